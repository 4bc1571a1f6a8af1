import type { Policy } from '../model/policy.js';
import { findContacts } from './find-contacts.js';
import { findKeywords } from './find-keywords.js';
import { findLinks } from './find-links.js';
import { findNumbers } from './find-numbers.js';
import { foldMessage } from './normalize.js';
import { TextIndex } from './text-index.js';
import { FindingSink, type ChatMessage, type RawFinding, type ScreenFinding, type ScreenResult } from './screen-finding.js';

/** Sorts raw findings and merges overlapping or touching ones of the same kind. */
function mergeFindings(items: readonly RawFinding[]): RawFinding[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: RawFinding[] = [];
  const last = new Map<string, RawFinding>();
  for (const f of sorted) {
    const prev = last.get(f.kind);
    if (prev !== undefined && f.start <= prev.end) {
      prev.end = Math.max(prev.end, f.end);
      continue;
    }
    const copy = { ...f };
    out.push(copy);
    last.set(f.kind, copy);
  }
  return out;
}

/**
 * PEN-01: screens a merchant's chat message for steering the buyer off the platform — chat handles
 * (微信, QQ, 钉钉, 企业微信 and disguises such as 薇信, V信, 加V, 扣扣, spaced or full-width letters),
 * phone numbers, bank cards, paying outside the platform, other marketplaces and stores, links and
 * QR-code prompts — while tracking, order and after-sales numbers, prices, sizes, addresses,
 * "退款原路退回微信" and "京东快递" pass.
 *
 * Only the merchant's messages are screened: PEN-01 sanctions the merchant, and a buyer who writes
 * their own phone number breaks no rule, so any other sender yields no findings. Findings are reported
 * whatever the policy; `flagged` is true only when there are findings and the policy sanctions
 * off-platform trade (`penalties.offPlatformTrade` is not null). Linear in the text length.
 *
 * @example
 * screenMessage({ text: '加我薇信 lili_8899', sender: 'merchant', at: '2025-03-01T10:00:00+08:00' }, policies.pinduoduo)
 * // → { flagged: true, rule: 'PEN-01',
 * //     findings: [{ kind: 'contact_handle', excerpt: '薇信 lili_8899', start: 2, end: 14 }] }
 * screenMessage({ text: '顺丰单号SF1234567890123', sender: 'merchant', at: '2025-03-01T10:00:00+08:00' }, policies.pinduoduo)
 * // → { flagged: false, findings: [], rule: 'PEN-01' }
 */
export function screenMessage(message: ChatMessage, policy: Pick<Policy, 'penalties'>): ScreenResult {
  if (message.sender !== 'merchant') return { flagged: false, findings: [], rule: 'PEN-01' };
  const { text, origin } = foldMessage(message.text);
  const sink = new FindingSink();
  const idx = new TextIndex(text);
  findContacts(idx, sink);
  findNumbers(text, sink);
  findKeywords(idx, sink);
  findLinks(text, sink);
  const findings: ScreenFinding[] = mergeFindings(sink.items).map((f) => {
    const start = origin === null ? f.start : (origin[f.start] ?? 0);
    const end = origin === null ? f.end : (origin[f.end - 1] ?? start) + 1;
    return { kind: f.kind, excerpt: message.text.slice(start, end), start, end };
  });
  return { flagged: findings.length > 0 && policy.penalties.offPlatformTrade !== null, findings, rule: 'PEN-01' };
}
