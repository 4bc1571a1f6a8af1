import { describe, expect, it } from 'vitest';
import { policies } from '../../src/index.js';
import { MAX_FINDINGS, screenMessage } from '../../src/screening/index.js';

const merchant = (text: string) => ({ text, sender: 'merchant' as const });

describe('PEN-01: the findings of one message are capped', () => {
  it('PEN-01: 3,000 QR-code prompts list the first 1,000 findings, in text order, and count the other 2,000', () => {
    const text = '扫码加'.repeat(3000);
    const all = screenMessage(merchant('扫码加'), policies.pinduoduo).findings;
    expect(all).toHaveLength(1);
    const r = screenMessage(merchant(text), policies.pinduoduo);
    expect(MAX_FINDINGS).toBe(1000);
    expect(r.flagged).toBe(true);
    expect(r.findings).toHaveLength(MAX_FINDINGS);
    expect(r.droppedFindings).toBe(2000);
    expect(r.findings[0]).toEqual({ ...all[0], start: 0, end: all[0]!.end });
    expect(r.findings.every((f, i) => i === 0 || f.start >= r.findings[i - 1]!.end)).toBe(true);
    expect(r.findings.at(-1)?.excerpt).toBe(all[0]!.excerpt);
  });

  it('PEN-01: at the cap nothing is dropped and no count is given; flagged follows the policy, not the cap', () => {
    const r = screenMessage(merchant('扫码加'.repeat(MAX_FINDINGS)), policies.pinduoduo);
    expect(r.findings).toHaveLength(MAX_FINDINGS);
    expect(r).not.toHaveProperty('droppedFindings');
    const lenient = { penalties: { ...policies.pinduoduo.penalties, offPlatformTrade: null } };
    const over = screenMessage(merchant('扫码加'.repeat(MAX_FINDINGS + 1)), lenient);
    expect(over).toMatchObject({ flagged: false, droppedFindings: 1 });
  });
});
