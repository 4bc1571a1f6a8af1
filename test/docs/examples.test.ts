import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/*
 * Issue 16 item 5: every fenced `ts` example of README.md and docs/ runs. scripts/docs-examples.ts
 * turns each into a module of test/docs/examples/ (typechecked with the rest of the suite, kept
 * current by `npm run docs:check`); importing one runs it, and its literal comments assert.
 */
const DIR = new URL('./examples/', import.meta.url);
const modules = readdirSync(DIR).filter((f) => f.endsWith('.ts')).sort();

describe('docs: every fenced ts example runs (issue 16 item 5)', () => {
  it('README.md and docs/ hold the examples', () => {
    expect(modules.filter((m) => m.startsWith('README-')).length).toBeGreaterThanOrEqual(2);
    expect(modules.length).toBeGreaterThanOrEqual(6);
  });

  it.each(modules)('%s', async (name) => {
    await import(new URL(name, DIR).href);
  });
});
