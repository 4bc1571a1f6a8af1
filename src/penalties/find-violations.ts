import type { AfterSalesCase } from '../model/case.js';
import type { Policy } from '../model/policy.js';
import { CASE_VIOLATION_RULES } from './case-violations.js';
import { interventionRounds } from './intervention-rounds.js';
import type { Violation } from './violation.js';

/**
 * Every penalty the record of an after-sales case shows against the merchant, in rule order, each
 * with its sanctions as data and the instant of the event that establishes it:
 * - PEN-02 (RSD-06) `fake_shipment`: a `missing_item` case ruled for the buyer in intervention with no
 *   resend shipped;
 * - PEN-03 (CSE-03) `evidence_window_missed`: an intervention decided on the buyer's evidence after the
 *   merchant's window closed with none from it;
 * - PEN-04 `counterfeit_confirmed`: the case pays compensation for a confirmed counterfeit —
 *   `amountFen` is `counterfeitCompensation`'s N× the price, at least the legal 3× and ¥500;
 * - PEN-05 (CSE-01) `response_timeout`: each response window the merchant let run out;
 * - RFT-06 `refund_overdue`: returned goods received and not refunded within the ceiling (7 days).
 * Every PEN one carries FRT-05's `refundsFreight: true`; RFT-06 is no penalty rule and does not. PEN-01 is found on chat messages, not on cases:
 * see `offPlatformViolation`.
 *
 * Pure and read-only: the case is never changed, and the same case always gives the same list.
 * Amounts and terms come from the case, fixed under the policy version it opened with, so a later
 * version never changes what a case found.
 *
 * @example
 * // Pinduoduo: a refused missing-item resend; the merchant lets the 48 h evidence window pass.
 * findViolations(lateEvidenceCase)
 * // → [{ code: 'fake_shipment', rule: 'PEN-02', party: 'merchant', sanctions: ['fake_shipment_finding'],
 * //      refundsFreight: true, at: '2025-08-06T15:00:00+08:00' },
 * //    { code: 'evidence_window_missed', rule: 'PEN-03', party: 'merchant', sanctions: ['ruling_on_buyer_evidence'],
 * //      refundsFreight: true, at: '2025-08-06T15:00:00+08:00' }]
 * // Taobao: the merchant let a no-reason return's 72 h pass; FRT-05 moves the return postage onto it.
 * const penalties = findViolations(silentCase).filter((v) => v.refundsFreight).map((v) => v.rule); // → ['PEN-05']
 * assignFreight(order, noReasonReturn, policies.taobao, { penalties }) // → { ok: true, value: { returnLeg: { payer: 'merchant', rule: 'FRT-05' }, … } }
 *
 * @param policy - @deprecated not consulted (the case carries its terms); omit it. Removed in the next minor.
 */
export function findViolations(afterSalesCase: AfterSalesCase, policy?: Policy): Violation[] {
  const facts = { case: afterSalesCase, rounds: interventionRounds(afterSalesCase.history) };
  return CASE_VIOLATION_RULES.flatMap((rule) => rule(facts));
}
