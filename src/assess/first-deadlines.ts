import type { Deadline } from '../model/case.js';
import type { Eligibility } from '../eligibility/check-eligibility.js';
import type { Policy } from '../model/policy.js';
import type { AfterSalesRequest } from '../model/request.js';
import { addHoursMs } from '../time/windows.js';
import { formatInstant, parseInstant } from '../time/zone.js';
import type { RefundOutlook } from './refund-outlook.js';


/** Inserts `deadline` due at `at` after every deadline due no later. */
function insert(deadlines: Deadline[], dueAts: number[], at: number, deadline: Deadline): void {
  let i = deadlines.length;
  while (i > 0 && dueAts[i - 1]! > at) i--;
  deadlines.splice(i, 0, deadline);
  dueAts.splice(i, 0, at);
}

/**
 * The first deadlines a request sets running, from the policy alone, earliest first:
 * - CSE-01: the merchant answers a buyer's application within `merchantResponseHours` (TIME-02), or
 *   the system agrees — except to a refund-only of signed goods, which silence leaves refused (ELG-18).
 *   A merchant's own application (RSD-01) waits for the buyer instead, untimed.
 * - ELG-06 / ELG-09: the window the request falls under closes; until then the buyer may still apply.
 *   ELG-17: past a fault exchange's or repair's window, the merchant's warranty terms apply.
 * - RFT-01: the system issues a failed group buy's refund within `issueWithinHours` of the failure.
 * A denied request opens no case and starts no clock. Later deadlines (return shipment, receipt,
 * evidence) depend on events still to come; the case machine's `deadlines()` tracks those.
 *
 * @example
 * firstDeadlines({ type: 'return_refund', reason: 'no_reason', requestedAt: '2025-03-05T09:00:00+08:00' }, policies.pinduoduo, eligibility, refund)
 * // → [{ party: 'merchant', action: 'respond', dueAt: '2025-03-07T09:00:00+08:00', onTimeout: 'system_agrees', rule: 'CSE-01' },
 * //    { party: 'buyer', action: 'apply', dueAt: '2025-03-09T00:00:00+08:00', onTimeout: 'window_closes', rule: 'ELG-06' }]
 */
export function firstDeadlines(
  request: AfterSalesRequest,
  policy: Policy,
  eligibility: Eligibility,
  refund: RefundOutlook,
  requestedAt: number = parseInstant(request.requestedAt),
): Deadline[] {
  const zone = policy.timeZone;
  // At most three, kept in order as they come: a tie keeps its place, as a stable sort would.
  const deadlines: Deadline[] = [];
  // Stryker disable next-line ArrayDeclaration: a stray first entry is never compared, as at most two deadlines are ever inserted (RFT-01 comes only with a denial)
  const dueAts: number[] = [];
  const groupBuy = policy.refund.groupBuyFailed;
  if (refund.status === 'automatic' && refund.failedAt !== null && groupBuy !== null) {
    const at = addHoursMs(parseInstant(refund.failedAt), groupBuy.issueWithinHours);
    insert(deadlines, dueAts, at, { party: 'platform', action: 'issue_refund', onTimeout: 'contact_platform_service', rule: 'RFT-01', dueAt: formatInstant(at, zone) });
  }
  if (eligibility.verdict !== 'denied') {
    if (request.initiatedBy !== 'merchant') {
      const at = addHoursMs(requestedAt, policy.case.merchantResponseHours);
      // ELG-18: a refund of goods the buyer keeps is never agreed by the merchant's silence.
      const negotiated = eligibility.reasons.some((r) => r.rule === 'ELG-18');
      const onTimeout = negotiated ? 'treat_as_refused' : 'system_agrees';
      insert(deadlines, dueAts, at, { party: 'merchant', action: 'respond', onTimeout, rule: 'CSE-01', dueAt: formatInstant(at, zone) });
    }
    const w = eligibility.window;
    if (w !== undefined) {
      const at = parseInstant(w.closesAt);
      // ELG-17: an exchange or repair window's end hands the claim to the warranty terms; it closes nothing.
      const onTimeout = w.rule === 'ELG-17' ? 'warranty_terms_apply' : 'window_closes';
      insert(deadlines, dueAts, at, { party: 'buyer', action: 'apply', onTimeout, rule: w.rule, dueAt: formatInstant(at, zone) });
    }
  }
  return deadlines;
}
