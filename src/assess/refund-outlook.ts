import type { Eligibility } from '../eligibility/check-eligibility.js';
import type { FreightAssignment } from '../freight/types.js';
import type { Order } from '../model/order.js';
import type { Policy } from '../model/policy.js';
import type { AfterSalesRequest } from '../model/request.js';
import type { Result } from '../model/result.js';
import type { PaymentMethod } from '../model/vocabulary.js';
import { arrivalTerms, type ArrivalTerms } from '../refund/arrival-terms.js';
import { defaultCalendar } from '../refund/default-calendar.js';
import { sharesArrival, type RefundArrival } from '../refund/shares-arrival.js';
import { splitShares } from '../refund/split-refund.js';
import type { RefundTrigger } from '../refund/window.js';
import { compileCalendar, type Calendar, type CalendarError } from '../time/calendar.js';
import { formatInstant, parseInstant } from '../time/zone.js';

/** A return flow's money per payment leg: the method's own arrival terms, counted once the refund is issued. */
export interface PendingRefundLeg extends ArrivalTerms {
  /** The payment method the leg goes back to. */
  readonly method: PaymentMethod;
  /** The leg's share of the refund, in fen (RFT-07: a mixed payment is split per method). */
  readonly amountFen: number;
}

/**
 * What the buyer gets back and when, assuming the request is approved at `approvedAt`.
 * - `automatic` (RFT-01): a failed group buy the system refunds by itself; `arrival` runs from the
 *   failure, `null` when the order does not say when the group failed.
 * - `on_approval` (RFT-02…05, RFT-07): money-only requests; the clock starts at the approval.
 * - `after_goods_received` (RFT-06): return flows. The clock starts when the merchant confirms
 *   receipt of the returned goods, an instant nobody knows yet, so no date is given: the merchant
 *   refunds within `refundWithinDays` of receipt and each leg then arrives on its own terms.
 * - `none`: the request is denied, or it moves goods and no money (exchange, resend, repair).
 */
export type RefundOutlook =
  | {
      /** The system refunds by itself: no one approves. */
      readonly status: 'automatic';
      /** The rule that refunds a failed group buy. */
      readonly rule: 'RFT-01';
      /** What comes back, in fen: everything still refundable (paid minus already refunded). */
      readonly amountFen: number;
      /** When the group buy failed (ISO-8601 with offset); `null` when the order does not say. */
      readonly failedAt: string | null;
      /** When the money arrives, counted from `failedAt`; `null` without it; an error when the calendar runs out (CAL-02). */
      readonly arrival: Result<RefundArrival, CalendarError> | null;
    }
  | {
      /** The money moves once the merchant (or the platform) approves. */
      readonly status: 'on_approval';
      /** What comes back, in fen (ELG-13: never more than is still refundable). */
      readonly amountFen: number;
      /** The assumed approval instant the arrival counts from (ISO-8601 with offset): the input's `at`, else the request's `requestedAt`. */
      readonly approvedAt: string;
      /** When the money arrives, per payment leg (RFT-02…05); an error when the calendar runs out (CAL-02). */
      readonly arrival: Result<RefundArrival, CalendarError>;
    }
  | {
      /** The money moves after the merchant confirms receipt of the returned goods. */
      readonly status: 'after_goods_received';
      /** The rule that holds a return's refund until the goods are back. */
      readonly rule: 'RFT-06';
      /** What comes back, in fen, after any deduction. */
      readonly amountFen: number;
      /** FRT-07: outbound postage the merchant may keep back, already taken off `amountFen`. */
      readonly deductedFen: number;
      /** The arrival clock starts when the merchant confirms receipt, an instant not known yet. */
      readonly clockStartsAt: 'goods_received';
      /** Days the merchant has to refund after receipt (the policy's `refund.refundAfterReceiptDays`, calendar days). */
      readonly refundWithinDays: number;
      /** Each payment leg with its own arrival terms. */
      readonly legs: readonly PendingRefundLeg[];
    }
  | {
      /** No money comes back. */
      readonly status: 'none';
      /** `denied`: the request is refused; `no_money_back`: it moves goods, not money (exchange, resend, repair). */
      readonly why: 'denied' | 'no_money_back';
    };

const MONEY_ON_APPROVAL: readonly string[] = ['refund_only'];
const MONEY_AFTER_RETURN: readonly string[] = ['return_refund', 'counterfeit_claim'];

/**
 * RFT-07: the refund split over the order's payments, one window per leg. Money only comes back
 * (amountFen > 0) from a paid order, so one payment takes it all: no split to compute.
 */
const arrival = (
  from: number,
  trigger: RefundTrigger,
  amountFen: number,
  order: Order,
  policy: Policy,
  calendar: Calendar | undefined,
): Result<RefundArrival, CalendarError> =>
  sharesArrival(
    from,
    trigger,
    order.payments.length === 1 ? order.payments : paidBack(amountFen, order),
    policy,
    calendar === undefined ? defaultCalendar() : compileCalendar(calendar),
  );

/** RFT-07: the shares that carry money; a method whose share rounds to nothing gets no leg. */
const paidBack = (amountFen: number, order: Order) => splitShares(amountFen, order.payments).filter((s) => s.amountFen > 0);

/**
 * The refund part of an assessment: how much goes back and when, assuming approval at `approvedAt`
 * (RFT-01…07, FRT-07 deduction).
 *
 * @example
 * refundOutlook(order, { type: 'refund_only', reason: 'no_reason', requestedAt: '2025-09-30T20:00:00+08:00' }, policies.pinduoduo,
 *   eligibility, freight, Date.parse('2025-09-30T20:00:00+08:00'))
 * // → { status: 'on_approval', amountFen: 3990, approvedAt: '2025-09-30T20:00:00+08:00',
 * //     arrival: { ok: true, value: { earliest: '2025-09-30T20:00:00+08:00', latest: '2025-10-09T20:00:00+08:00', rule: 'RFT-02' } } }
 */
export function refundOutlook(
  order: Order,
  request: AfterSalesRequest,
  policy: Policy,
  eligibility: Eligibility,
  freight: FreightAssignment | null,
  approvedAt: number,
  /** CAL-04: replaces the built-in calendar for the arrival's working days and holiday delays. */
  calendar?: Calendar,
): RefundOutlook {
  const refundable = eligibility.refundableFen;
  if (eligibility.reasons.some((r) => r.code === 'group_buy_failed_auto_refund')) {
    // Stryker disable next-line OptionalChaining: the ELG-03 reason implies the order has a group buy
    const failedAt = order.groupBuy?.failedAt;
    const from = failedAt === undefined ? Number.NaN : parseInstant(failedAt);
    return {
      status: 'automatic',
      rule: 'RFT-01',
      amountFen: refundable,
      failedAt: failedAt === undefined ? null : formatInstant(from, policy.timeZone),
      arrival: failedAt === undefined || refundable === 0 ? null : arrival(from, 'group_buy_failed', refundable, order, policy, calendar),
    };
  }
  if (eligibility.verdict === 'denied') return { status: 'none', why: 'denied' };
  // ELG-13 has already held the amount to (0, refundable]; the clamp only keeps the split total.
  const asked = Math.min(Math.max(request.amountFen ?? refundable, 0), refundable);
  if (asked === 0) return { status: 'none', why: 'no_money_back' };
  if (MONEY_ON_APPROVAL.includes(request.type)) {
    return {
      status: 'on_approval',
      amountFen: asked,
      approvedAt: formatInstant(approvedAt, policy.timeZone),
      arrival: arrival(approvedAt, 'approved', asked, order, policy, calendar),
    };
  }
  if (!MONEY_AFTER_RETURN.includes(request.type)) return { status: 'none', why: 'no_money_back' };
  // Stryker disable next-line OptionalChaining: freight is null only for a denied request, which returned above
  const deductedFen = Math.min(freight?.deduction?.amountFen ?? 0, asked);
  const amountFen = asked - deductedFen;
  return {
    status: 'after_goods_received',
    rule: 'RFT-06',
    amountFen,
    deductedFen,
    clockStartsAt: 'goods_received',
    refundWithinDays: policy.refund.refundAfterReceiptDays,
    legs: paidBack(amountFen, order).map((s) => ({ method: s.method, amountFen: s.amountFen, ...arrivalTerms(s.method, policy.refund) })),
  };
}
