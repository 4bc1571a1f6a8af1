import { rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

// The package layout (see package.json `exports`):
//   dist/**/*.js        ESM, one module per source file (as date-fns ships), so that with
//                       `"sideEffects": false` a bundler drops every module a consumer does not
//                       reach — zod schemas included. Import specifiers stay the sources' `.js` ones.
//   dist/index.cjs      CJS, one bundled file per entry point (CJS consumers do not tree-shake,
//   dist/testing/index.cjs  and one file loads faster than a hundred `require`s).
//   dist/**/index.d.ts  types for `import`, dist/**/index.d.cts types for `require` (bundled).
//   dist/cli/main.js    the `bin`: one ESM file for Node, as test/cli/built-cli.ts builds it too.
//
// The configurations run in parallel, so none of them uses tsup's `clean` (one build's clean would
// race another's output); dist/ is emptied once here, before any of them starts.
export default defineConfig((options) => {
  if (!options.watch) rmSync('dist', { recursive: true, force: true });
  const entries = { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' };
  return [
    {
      // ESM, module per file. `bundle: false` transpiles each file on its own; type-only imports are
      // already `import type` (tsconfig's verbatimModuleSyntax), so none is left as a value import.
      entry: ['src/**/*.ts', '!src/cli/**'],
      format: ['esm'],
      bundle: false,
      sourcemap: true,
      target: 'es2022',
    },
    {
      // CJS, one bundled file per entry point; dependencies (zod, @date-fns/tz, fast-check) stay external.
      entry: entries,
      format: ['cjs'],
      sourcemap: true,
      treeshake: true,
      target: 'es2022',
      external: ['fast-check'],
    },
    {
      // Types only, for both module systems: index.d.ts / index.d.cts and testing/index.d.{ts,cts}.
      entry: entries,
      format: ['esm', 'cjs'],
      dts: { only: true },
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
  ];
});
