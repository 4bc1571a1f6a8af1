import { checkEligibility, type Eligibility } from '../eligibility/check-eligibility.js';
import { freightAssignment } from '../freight/assign-freight.js';
import type { FreightAssignment } from '../freight/types.js';
import type { InputError } from '../model/parse.js';
import { ok, type Result } from '../model/result.js';
import type { Calendar } from '../time/calendar.js';
import { parseAssessInput } from './assess-input.js';
import type { Deadline } from '../model/case.js';
import { firstDeadlines } from './first-deadlines.js';
import { refundOutlook, type RefundOutlook } from './refund-outlook.js';

/** Everything a merchant needs to answer an application, in one value. */
export interface Assessment {
  /** The verdict and every reason for it (ELG-01…18), as {@link checkEligibility} gives it. */
  readonly eligibility: Eligibility;
  /** Who pays postage, if the case goes ahead; `null` for a denied request (no case, no parcel). */
  readonly freight: FreightAssignment | null;
  /** What the buyer gets back, and when it arrives (RFT-01…07). */
  readonly refund: RefundOutlook;
  /** The deadlines the request sets running if it is filed now; none for a denied request, except RFT-01's automatic refund of a failed group buy. */
  readonly deadlines: readonly Deadline[];
}

/** How `assess` counts working days and holiday delays. */
export interface AssessOptions {
  /**
   * CAL-04: replaces the built-in China calendar, e.g. `cnProvisionalCalendar` or one made by
   * `loadCalendar` (both from `aftersales/calendar`); the refund arrival then carries `provisional`
   * when its days touched a provisional year (CAL-03).
   */
  readonly calendar?: Calendar;
}

/**
 * Assesses an after-sales application from untrusted JSON `{ policy, order, request, at? }`: the
 * policy by name (`'pinduoduo'`, `'taobao'`) or as a full object (shape and legal floors checked),
 * the order and request validated with every bad field reported by path, then eligibility (ELG-*),
 * freight (FRT-*), the refund's amount and arrival assuming approval at `at` (default: the request
 * instant; RFT-*) and the first deadlines (CSE-01, ELG-06/09, RFT-01). Never throws, whatever JSON.
 *
 * @example
 * assess({ policy: 'pinduoduo', order: {
 *     id: 'PDD-250930-6', paidAt: '2025-09-30T12:00:00+08:00', payments: [{ method: 'platform_balance', amountFen: 3990 }],
 *     items: [{ sku: 'case-1', priceFen: 3990, quantity: 1 }] },
 *   request: { type: 'refund_only', reason: 'no_reason', requestedAt: '2025-09-30T20:00:00+08:00' } })
 * // → { ok: true, value: {
 * //     eligibility: { verdict: 'allowed', reasons: [{ code: 'not_shipped_refund_only', rule: 'ELG-04', effect: 'info' }], refundableFen: 3990 },
 * //     freight: { returnLeg: null, forwardLeg: null, reimbursement: null, deduction: null },
 * //     refund: { status: 'on_approval', amountFen: 3990, approvedAt: '2025-09-30T20:00:00+08:00',
 * //       arrival: { ok: true, value: { earliest: '2025-09-30T20:00:00+08:00', latest: '2025-10-09T20:00:00+08:00', rule: 'RFT-02' } } },
 * //     deadlines: [{ party: 'merchant', action: 'respond', dueAt: '2025-10-02T20:00:00+08:00', onTimeout: 'system_agrees', rule: 'CSE-01' }] } }
 * assess({ policy: 'jd', order: {}, request: null }).error.issues.map((i) => i.path.join('.'))
 * // → ['policy', 'order.id', 'order.payments', 'order.items', 'request']
 */
export function assess(input: unknown, options?: AssessOptions): Result<Assessment, InputError> {
  const parsed = parseAssessInput(input);
  if (!parsed.ok) return parsed;
  const { policy, order, request, approvedAt, requestedAt } = parsed.value;
  const eligibility = checkEligibility(order, request, policy);
  const freight = eligibility.verdict === 'denied' ? null : freightAssignment(order, request, policy);
  const refund = refundOutlook(order, request, policy, eligibility, freight, approvedAt, options?.calendar);
  return ok({ eligibility, freight, refund, deadlines: firstDeadlines(request, policy, eligibility, refund, requestedAt) });
}
