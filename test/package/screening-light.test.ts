import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// aftersales/screening is its own subpath to keep bundles small: it must not drag in the schemas
// (zod) or the case machine, which a screener never calls.
describe('aftersales/screening stays light', () => {
  it('PEN-01: the screening entry bundles no zod, no schema module and no case machine', async () => {
    const out = await build({
      entryPoints: ['src/screening/index.ts'],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'neutral',
      format: 'esm',
      mainFields: ['module', 'main'],
      logLevel: 'silent',
    });
    const inputs = Object.keys(out.metafile.inputs);
    expect(inputs.filter((p) => /node_modules\/zod|src\/model\/(zod|policy|order|request|case)\.ts|src\/case\//.test(p))).toEqual([]);
  });
});
