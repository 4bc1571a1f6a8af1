import type { Order } from '../model/order.js';
import type { Policy } from '../model/policy.js';
import type { Reason } from '../model/reason.js';
import type { AfterSalesRequest } from '../model/request.js';
import { refundAmount } from './amount.js';
import { eligibilityFacts, type EligibilityRule } from './facts.js';
import { afterSalesLimit, entryClosed, repeatedApplications } from './history.js';
import { excludedGoods, goodsIntact, noReasonWindow } from './no-reason.js';
import { groupBuy, shipmentStage, unpaidOrder } from './order-stage.js';
import { signedRefundOnly } from './signed-refund-only.js';
import { appraisalRequired, evidenceRequired, faultRemedyWindow, qualityWindow, resendApplicable } from './quality.js';

/** `denied` when some reason denies; else `conditional` when some reason makes a condition; else `allowed`. */
export type Verdict = 'allowed' | 'conditional' | 'denied';

/** The answer to "may this buyer open this request now?": a verdict with every reason for it. */
export interface Eligibility {
  /** The verdict the reasons' effects decide. */
  readonly verdict: Verdict;
  /** Every reason that applies, in rule order; none is skipped because another already denied. */
  readonly reasons: readonly Reason[];
  /** The window the request falls under (ELG-06, ELG-09 or ELG-17), when one does. */
  readonly window?: {
    /** The window's first instant past its end (ISO-8601 with offset, in the policy's zone): it is open before it. */
    readonly closesAt: string;
    /** The rule of the window. */
    readonly rule: 'ELG-06' | 'ELG-09' | 'ELG-17';
  };
  /** ELG-13: what can still be refunded, in fen: paid minus already refunded. */
  readonly refundableFen: number;
}

/** The ELG rules in catalogue order (the registry, `aftersales/rules`, lists ELG-17/18 after ELG-09); all run, none short-circuits (Solidus' validator list). */
export const ELIGIBILITY_RULES: readonly EligibilityRule[] = [
  unpaidOrder, // ELG-01
  groupBuy, // ELG-02, ELG-03
  shipmentStage, // ELG-04, ELG-05
  noReasonWindow, // ELG-06
  excludedGoods, // ELG-07
  goodsIntact, // ELG-08
  qualityWindow, // ELG-09
  faultRemedyWindow, // ELG-17
  signedRefundOnly, // ELG-18
  afterSalesLimit, // ELG-10
  entryClosed, // ELG-11
  repeatedApplications, // ELG-12
  refundAmount, // ELG-13
  resendApplicable, // ELG-14
  appraisalRequired, // ELG-15
  evidenceRequired, // ELG-16
];

/**
 * `denied` when any reason denies, else `conditional` when any conditions, else `allowed`.
 *
 * @example
 * verdictOf([{ code: 'goods_intact_required', rule: 'ELG-08', effect: 'condition' }]) // → 'conditional'
 * verdictOf([]) // → 'allowed'
 */
export function verdictOf(reasons: readonly Reason[]): Verdict {
  let verdict: Verdict = 'allowed';
  for (const r of reasons) {
    if (r.effect === 'deny') return 'denied';
    if (r.effect === 'condition') verdict = 'conditional';
  }
  return verdict;
}

/**
 * May this buyer open this kind of case now? Runs ELG-01…18 and returns the verdict with every
 * applicable reason, the window the request falls under and what is still refundable.
 * Inputs are trusted typed values; validate untrusted JSON first (`parseOrder`, `assess`).
 *
 * @example
 * checkEligibility(
 *   { id: 'o1', paidAt: '2025-03-01T10:00:00+08:00', payments: [{ method: 'wechat_pay', amountFen: 1990 }],
 *     shippedAt: '2025-03-01T18:00:00+08:00', signedAt: '2025-03-01T23:59:00+08:00',
 *     items: [{ sku: 'case-1', priceFen: 1990, quantity: 1 }] },
 *   { type: 'return_refund', reason: 'no_reason', requestedAt: '2025-03-09T00:00:00+08:00' },
 *   policies.pinduoduo,
 * )
 * // → { verdict: 'denied', reasons: [{ code: 'no_reason_window_closed', rule: 'ELG-06', effect: 'deny', … },
 * //      { code: 'goods_intact_required', rule: 'ELG-08', effect: 'condition' }],
 * //    window: { closesAt: '2025-03-09T00:00:00+08:00', rule: 'ELG-06' }, refundableFen: 1990 }
 */
export function checkEligibility(order: Order, request: AfterSalesRequest, policy: Policy): Eligibility {
  const facts = eligibilityFacts(order, request, policy);
  const reasons: Reason[] = [];
  for (const rule of ELIGIBILITY_RULES) {
    const found = rule(facts, policy);
    for (const r of found) reasons.push(r);
  }
  const verdict = verdictOf(reasons);
  const w = facts.window;
  return w === undefined
    ? { verdict, reasons, refundableFen: facts.refundableFen }
    : { verdict, reasons, window: { closesAt: w.closesAtIso, rule: w.rule }, refundableFen: facts.refundableFen };
}
