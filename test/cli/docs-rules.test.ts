import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { renderRulesDoc, RULES_DOC } from '../../scripts/docs-rules.js';

describe('docs/rules.md', () => {
  it('is generated from the rule registry and is up to date (else run `npm run docs:rules`)', () => {
    expect(readFileSync(RULES_DOC, 'utf8')).toBe(renderRulesDoc());
  });

  it('RFT-01…07 and FRT-01…07: every rule has its row, with both packs\' parameter values', () => {
    const doc = renderRulesDoc();
    for (const rule of RULES) expect(doc).toContain(`| ${rule.id} |`);
    expect(doc).toMatch(/\| RFT-02 \|.*\| `refund\.originalRoute` \| methods: wechat_pay, alipay, platform_balance; withinHours: 24; holidayDelayed: yes \| — \|/);
    expect(doc).toMatch(/\| FRT-04 \|.*\| `freight\.returnFreightSubsidy` \| payoutHours: 24 \| — \|/);
  });
});
