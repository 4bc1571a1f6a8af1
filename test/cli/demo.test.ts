import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { displayWidth } from '../../src/cli/demo/table.js';
import { ROOT } from './built-cli.js';

let out = '';
let code = -1;

beforeAll(() => {
  const dir = join(ROOT, 'examples');
  code = run(['demo', dir], {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      throw new Error(`unexpected stderr: ${text}`);
    },
    readText: (path) => readFileSync(path, 'utf8'),
    listJson: (d) => readdirSync(d).filter((f) => f.endsWith('.json')).sort().map((f) => join(d, f)),
    version: () => '0.0.0',
    examplesDir: dir,
  });
});

describe('aftersales demo', () => {
  it('runs every seed case and exits 0', () => {
    expect(code).toBe(0);
    expect(out).toContain('12 cases');
    for (let i = 1; i <= 12; i++) expect(out).toMatch(new RegExp(`^${i}\\. `, 'm'));
    expect(out).not.toContain('invalid example');
  });

  it('the summary table lines up, Chinese titles included', () => {
    const table = out.split('\n\n')[1]?.split('\n') ?? [];
    expect(table).toHaveLength(14);
    const verdictColumn = (line: string): number => displayWidth(line.slice(0, line.search(/允许|拒绝|有条件|结论/)));
    expect(new Set(table.filter((_, i) => i !== 1).map(verdictColumn)).size).toBe(1);
  });

  it('ELG-06: gives each reason in Chinese and in English', () => {
    expect(out).toContain('七天无理由退换货期限已于 2025-03-09T00:00:00+08:00 结束。');
    expect(out).toContain('The 7-day no-reason return window closed at 2025-03-09T00:00:00+08:00.');
  });

  it('FRT-02 / FRT-03: says who pays postage per leg', () => {
    expect(out).toContain('退回 return leg: 商家 merchant (FRT-02) · 寄出 forward leg: 商家 merchant (FRT-02)');
    expect(out).toContain('运费险赔付 · freight insurance pays the buyer back (FRT-03)');
  });

  it('RFT-02 / RFT-06: says when the money arrives', () => {
    expect(out).toContain('¥39.90 → 平台余额 platform balance: 2025-09-30 20:00 … 2025-10-09 20:00');
    expect(out).toContain('within 7 days of the merchant receiving the goods (RFT-06)');
  });
});
