import { rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

// The package layout (see package.json `exports`):
//   dist/**/*.js        ESM, one module per source file (as date-fns ships), so that with
//                       `"sideEffects": false` a bundler drops every module a consumer does not
//                       reach — zod schemas included. Import specifiers stay the sources' `.js` ones.
//   dist/model/zod.js   the slice of zod/mini the schemas use (src/model/zod.ts) and their messages
//                       (src/model/messages.ts), inlined: the one bundled module of the per-file build.
//   dist/node/index.js  ESM for Node (the `node` condition): everything in one file, zod inlined.
//                       Node reads and links a hundred small modules in ~150 ms; one file in ~30.
//   dist/index.cjs      CJS, one bundled file per entry point (CJS consumers do not tree-shake,
//   dist/{testing,rules}/index.cjs  and one file loads faster than a hundred `require`s).
//   dist/**/index.d.ts  types for `import`, dist/**/index.d.cts types for `require` (bundled).
//   dist/cli/main.js    the `bin`: one ESM file for Node, as test/cli/built-cli.ts builds it too.
//
// No source maps ship: the ESM build is one unminified module per source file with the sources'
// names, so a stack trace already reads like the source; the maps were 4.6 MB of the 6.2 MB unpacked
// package (130 files), carrying every source a second time.
//
// zod stays a dependency for its types (the schemas are exported); its code is always the inlined
// copy, so every build reports the same messages whatever zod a consumer has or configures.
//
// The configurations run in parallel, so none of them uses tsup's `clean` (one build's clean would
// race another's output); dist/ is emptied once here, before any of them starts.
export default defineConfig((options) => {
  if (!options.watch) rmSync('dist', { recursive: true, force: true });
  const entries = { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts', 'rules/index': 'src/rules/index.ts', 'calendar/index': 'src/calendar/index.ts', 'screening/index': 'src/screening/index.ts', 'platforms/index': 'src/platforms/index.ts' };
  return [
    {
      // ESM, module per file. `bundle: false` transpiles each file on its own; type-only imports are
      // already `import type` (tsconfig's verbatimModuleSyntax), so none is left as a value import.
      entry: ['src/**/*.ts', '!src/cli/**', '!src/model/zod.ts', '!src/model/messages.ts'],
      format: ['esm'],
      bundle: false,
      target: 'es2022',
    },
    {
      // The zod slice, bundled and tree-shaken.
      entry: { 'model/zod': 'src/model/zod.ts' },
      format: ['esm'],
      treeshake: true,
      target: 'es2022',
      noExternal: ['zod'],
    },
    {
      // ESM for Node: one file. @date-fns/tz stays external (one small module by subpath).
      entry: { 'node/index': 'src/index.ts' },
      format: ['esm'],
      platform: 'node',
      treeshake: true,
      target: 'node20',
      noExternal: ['zod'],
    },
    {
      // CJS, one bundled file per entry point; @date-fns/tz and fast-check stay external.
      entry: entries,
      format: ['cjs'],
      treeshake: true,
      target: 'es2022',
      external: ['fast-check'],
      noExternal: ['zod'],
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
      noExternal: ['zod'],
    },
  ];
});
