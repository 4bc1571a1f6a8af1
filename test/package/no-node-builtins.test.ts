import { builtinModules } from 'node:module';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const NODE = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Bundles `entry` as a browser bundler would and returns esbuild's metafile, or the build errors. */
const bundle = (entry: string) =>
  build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'neutral',
    format: 'esm',
    mainFields: ['module', 'main'],
    external: ['fast-check'],
    logLevel: 'silent',
  }).catch((e: { errors?: { text: string }[] }) => ({ failure: (e.errors ?? []).map((x) => x.text) }));

describe('library entry points run in a browser', () => {
  it.each(['src/index.ts', 'src/testing/index.ts', 'src/rules/index.ts', 'src/calendar/index.ts', 'src/screening/index.ts', 'src/platforms/index.ts'])('%s imports no Node built-in, directly or through a dependency', async (entry) => {
    const result = await bundle(entry);
    expect('failure' in result ? result.failure : []).toEqual([]);
    if ('metafile' in result) {
      const imported = Object.values(result.metafile.inputs).flatMap((i) => i.imports.map((x) => x.path));
      expect(imported.filter((p) => NODE.has(p))).toEqual([]);
    }
  });
});

// aftersales/screening is its own subpath to keep bundles small: it must not drag in the schemas
// (zod) or the case machine, which a screener never calls.
describe('aftersales/screening stays light', () => {
  it('PEN-01: the screening entry bundles no zod, no schema module and no case machine', async () => {
    const result = await bundle('src/screening/index.ts');
    if ('failure' in result) throw new Error(result.failure.join('\n'));
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((p) => /node_modules\/zod|src\/model\/(zod|policy|order|request|case)\.ts|src\/case\//.test(p))).toEqual([]);
  });
});
