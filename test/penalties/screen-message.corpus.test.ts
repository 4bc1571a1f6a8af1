import { describe, expect, it } from 'vitest';
import corpus from '../fixtures/merchant-messages.json' with { type: 'json' };
import { policies } from '../../src/policies/index.js';
import { screenMessage } from '../../src/penalties/screen-message.js';
import { SCREEN_FINDING_KINDS } from '../../src/penalties/screen-finding.js';

const AT = '2025-03-01T10:00:00+08:00';
const screen = (text: string) => screenMessage({ text, sender: 'merchant', at: AT }, policies.pinduoduo);

/**
 * A violation counts as found only when a finding of its labelled kind is reported; an ordinary
 * message counts against precision when it is flagged at all.
 */
function score(): { precision: number; recall: number; misses: string[] } {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const misses: string[] = [];
  for (const { text, expected } of corpus.messages) {
    const r = screen(text);
    if (expected === null) {
      if (r.flagged) {
        falsePositives++;
        misses.push(`false positive: ${text} → ${r.findings.map((f) => `${f.kind}:${f.excerpt}`).join(', ')}`);
      }
    } else if (r.findings.some((f) => f.kind === expected)) truePositives++;
    else {
      falseNegatives++;
      misses.push(`missed ${expected}: ${text}`);
    }
  }
  return {
    precision: truePositives / (truePositives + falsePositives),
    recall: truePositives / (truePositives + falseNegatives),
    misses,
  };
}

describe('PEN-01 corpus of merchant messages', () => {
  it('PEN-01: the corpus has at least 200 messages, about half of them violations, each with a known kind', () => {
    const violations = corpus.messages.filter((m) => m.expected !== null);
    expect(corpus.messages.length).toBeGreaterThanOrEqual(200);
    expect(violations.length / corpus.messages.length).toBeGreaterThan(0.4);
    expect(violations.length / corpus.messages.length).toBeLessThan(0.6);
    for (const m of violations) expect(SCREEN_FINDING_KINDS).toContain(m.expected);
    for (const kind of SCREEN_FINDING_KINDS) expect(violations.some((m) => m.expected === kind), kind).toBe(true);
  });

  it('PEN-01: precision and recall over the corpus are both at least 0.95', () => {
    const { precision, recall, misses } = score();
    console.log(`PEN-01 corpus: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} over ${corpus.messages.length} messages`);
    for (const miss of misses) console.log(`  ${miss}`);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
