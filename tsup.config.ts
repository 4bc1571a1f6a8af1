import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS + types for both module systems.
    entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    target: 'es2022',
    external: ['fast-check'],
  },
  {
    // The command line: one ESM file with a shebang, run by Node.
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
  },
]);
