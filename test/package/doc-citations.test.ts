import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));

// The specs the library was built from (DOMAIN.md, API.md, PLATFORMS.md) live beside the repository,
// not in it or in the package: a comment that cites them sends a user to a file they do not have.
const UNSHIPPED = /\b(DOMAIN|API|PLATFORMS|STYLE)\.md\b/;

describe('doc comments cite what ships (issue 16 item 7)', () => {
  it('no source file cites DOMAIN.md, API.md, PLATFORMS.md or STYLE.md', () => {
    const citing = files(SRC).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (UNSHIPPED.test(line) ? [`${f.slice(SRC.length)}:${i + 1}`] : [])),
    );
    expect(files(SRC).length).toBeGreaterThan(100);
    expect(citing).toEqual([]);
  });

  it('every docs/*.md a source comment cites exists and ships in the package', () => {
    const cited = new Set(files(SRC).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/docs\/[\w.-]+\.md/g)].map((m) => m[0])));
    expect(cited.size).toBeGreaterThan(0);
    for (const doc of cited) expect(existsSync(new URL(`../../${doc}`, import.meta.url)), doc).toBe(true);
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('docs/*.md');
  });
});
