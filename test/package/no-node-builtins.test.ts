import { builtinModules } from 'node:module';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const NODE = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

describe('library entry points run in a browser', () => {
  it.each(['src/index.ts', 'src/testing/index.ts', 'src/rules/index.ts', 'src/calendar/index.ts', 'src/screening/index.ts'])('%s imports no Node built-in, directly or through a dependency', async (entry) => {
    const result = await build({
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
    expect('failure' in result ? result.failure : []).toEqual([]);
    if ('metafile' in result) {
      const imported = Object.values(result.metafile.inputs).flatMap((i) => i.imports.map((x) => x.path));
      expect(imported.filter((p) => NODE.has(p))).toEqual([]);
    }
  });
});
