import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// Stryker's config (stryker.config.json): the same tests, with fast-check's seed fixed. A property's
// test name carries its seed ("… (with seed=…)"), so with a fresh seed per run Stryker could not find
// a property again after its dry run, and no property would ever run against a mutant. The few
// megabyte-sized inputs shrink (test/fixtures/mutation.ts). The test files share one worker
// (`isolate: false`): a fresh worker per file, its dependencies loaded anew, was 80 % of every mutant's
// run. The library's own modules are still fresh for each file (test/fresh-modules.ts).
export default mergeConfig(
  base,
  defineConfig({
    test: { setupFiles: ['test/fixed-seed.ts', 'test/fresh-modules.ts'], env: { AFTERSALES_MUTATION: '1' }, isolate: false },
  }),
);
