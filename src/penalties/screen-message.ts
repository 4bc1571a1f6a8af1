import type { Policy } from '../model/policy.js';
import { findContacts } from './find-contacts.js';
import { findKeywords } from './find-keywords.js';
import { findLinks } from './find-links.js';
import { findNumbers } from './find-numbers.js';
import { isSeparator } from './chars.js';
import { foldMessage, type Units } from './normalize.js';
import { screenFolding } from './prescan.js';
import { CONTACT, KEYWORD, LINK, NUMBER, TextIndex } from './text-index.js';
import { FindingSink, MAX_FINDINGS, type ChatMessage, type ScreenFinding, type ScreenResult } from './screen-finding.js';

/** What a finding past the cap is made as before the list is cut to the cap. */
const DROPPED: ScreenFinding = { kind: 'link', excerpt: '', start: 0, end: 0 };

/**
 * Whether `s[from, to)` holds only separators (spaces, dashes, dots, brackets): two findings of a kind
 * that far apart are one span of evidence, so that 'a.com a.com …' is one finding, not a hundred
 * thousand. A clause break keeps them apart.
 */
function onlySeparators(s: Units, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSeparator(s[k])) return false;
  return true;
}

/**
 * PEN-01: screens a merchant's chat message for steering the buyer off the platform — chat handles
 * (微信, QQ, 钉钉, 企业微信 and disguises such as 薇信, V信, 加V, 扣扣, spaced or full-width letters),
 * phone numbers, bank cards, paying outside the platform (私下交易, 走微信, 支付宝转我), marketplaces
 * other than the policy's own (`penalties.ownMarketplaces`) and stores, WeChat official accounts and
 * mini programs, links (hxxp:// too) and QR-code prompts (扫码付款) — while tracking, order and after-sales numbers, prices, sizes, addresses,
 * "退款原路退回微信" and "京东快递" pass.
 *
 * Only the merchant's messages are screened: PEN-01 sanctions the merchant, and a buyer who writes
 * their own phone number breaks no rule, so any other sender yields no findings. Findings are reported
 * whatever the policy; `flagged` is true only when there are findings and the policy sanctions
 * off-platform trade (`penalties.offPlatformTrade` is not null). Findings of one kind that overlap,
 * touch or stand apart only by spaces, dashes or dots are one finding, so a run of repeated handles is
 * reported once, as one span. Linear in the text length. At most {@link MAX_FINDINGS} findings are
 * listed, the first in the text; `droppedFindings` counts the rest (`flagged` is exact either way).
 *
 * Reads only the message's `text` and `sender`: when it was sent (`at`) belongs to the audit trail
 * and changes nothing here, so `at` may be left out.
 *
 * @example
 * screenMessage({ text: '加我薇信 lili_8899', sender: 'merchant', at: '2025-03-01T10:00:00+08:00' }, policies.pinduoduo)
 * // → { flagged: true, rule: 'PEN-01',
 * //     findings: [{ kind: 'contact_handle', excerpt: '薇信 lili_8899', start: 2, end: 14 }] }
 * screenMessage({ text: '顺丰单号SF1234567890123', sender: 'merchant', at: '2025-03-01T10:00:00+08:00' }, policies.pinduoduo)
 * // → { flagged: false, findings: [], rule: 'PEN-01' }
 */
export function screenMessage(
  message: Omit<ChatMessage, 'at'> & Partial<Pick<ChatMessage, 'at'>>,
  policy: Pick<Policy, 'penalties'>,
): ScreenResult {
  const raw = message.text;
  if (message.sender !== 'merchant') return { flagged: false, findings: [], rule: 'PEN-01' };
  const { units, origin, seen, markCount, marked, marks } = foldMessage(raw, screenFolding());
  // Stryker disable next-line ConditionalExpression: a shortcut; the finders find nothing in a text without marks
  if (seen === 0) return { flagged: false, findings: [], rule: 'PEN-01' };
  const sink = new FindingSink();
  const idx = new TextIndex(units, markCount, marked, marks);
  // Stryker disable ConditionalExpression: shortcuts; a finder none of whose marks occur finds nothing
  if ((seen & CONTACT) !== 0) findContacts(idx, sink);
  if ((seen & NUMBER) !== 0) findNumbers(idx, sink);
  const own = policy.penalties.ownMarketplaces;
  if ((seen & KEYWORD) !== 0) findKeywords(idx, sink, own);
  if ((seen & LINK) !== 0) findLinks(idx, sink, own);
  // Stryker restore ConditionalExpression
  if (sink.size === 0) return { flagged: false, findings: [], rule: 'PEN-01' };
  // Past the cap only a count: no excerpt is cut for a finding that is dropped.
  let made = 0;
  const findings = sink.merged(
    (kind, start, end): ScreenFinding => {
      if (++made > MAX_FINDINGS) return DROPPED;
      const from = origin === null ? start : (origin[start] as number);
      const to = origin === null ? end : (origin[end - 1] as number) + 1;
      return { kind, excerpt: raw.slice(from, to), start: from, end: to };
    },
    (from, to) => onlySeparators(units, from, to),
  );
  const flagged = policy.penalties.offPlatformTrade !== null;
  if (made <= MAX_FINDINGS) return { flagged, findings, rule: 'PEN-01' };
  findings.length = MAX_FINDINGS;
  return { flagged, findings, droppedFindings: made - MAX_FINDINGS, rule: 'PEN-01' };
}
