import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLATFORMS_DOC, renderPlatformsDoc } from '../../scripts/docs-platforms.js';
import { PDD_SOURCES, PDD_STATUSES } from '../../src/platforms/pdd.js';
import { TAOBAO_SOURCES, TAOBAO_STATUS_TABLE } from '../../src/platforms/taobao.js';

describe('docs/platforms.md', () => {
  it('is generated from the adapters\' mapping tables and is up to date (else run `npm run docs:platforms`)', () => {
    expect(readFileSync(PLATFORMS_DOC, 'utf8')).toBe(renderPlatformsDoc());
  });

  it('has a row per PDD after_sales_status and per Taobao status × cs_status, mapped or not, with its library status or its reason', () => {
    const doc = renderPlatformsDoc();
    for (const r of PDD_STATUSES) {
      expect(doc).toContain(`| ${r.code} | ${r.meaning} | ${r.status === undefined ? r.notModelled! : `\`${r.status}\``} |`);
    }
    for (const r of TAOBAO_STATUS_TABLE) {
      expect(doc).toContain(`| \`${r.status}\` | ${r.csStatus} | ${r.meaning} | ${r.libraryStatus === undefined ? r.notModelled! : `\`${r.libraryStatus}\``}`);
    }
  });

  it('names every source a row cites, by repository and file', () => {
    const doc = renderPlatformsDoc();
    const tags = [...PDD_STATUSES.map((r) => [r.source, PDD_SOURCES] as const), ...TAOBAO_STATUS_TABLE.map((r) => [r.source, TAOBAO_SOURCES] as const)];
    for (const [source, table] of tags) {
      for (const tag of source.split(', ')) {
        expect(table[tag]).toMatch(/^github\.com\/[^/]+\/[^,]+, \S/);
        expect(doc).toContain(`- [${tag}] ${table[tag]}`);
      }
    }
  });
});
