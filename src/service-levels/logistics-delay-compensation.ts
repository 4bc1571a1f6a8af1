import type { Policy } from '../model/policy.js';
import type { ComplaintRecord } from './record.js';

/** SLA-04: the coupon a merchant may give for a logistics delay settled in the buyer's favour. */
export interface LogisticsDelayCompensation {
  /** The rule that allows the coupon. */
  readonly rule: 'SLA-04';
  /** The coupon's value, in integer fen: the policy's `serviceLevels.logisticsDelayCouponFen`. */
  readonly couponFen: number;
}

/**
 * SLA-04: a logistics-delay complaint resolved for the buyer may carry a coupon of the policy's amount;
 * `null` when the complaint is of another type, is not resolved for the buyer, or the policy has no coupon.
 * "May": the coupon is offered, not owed, so this tells what is allowed, not what was paid.
 *
 * @example
 * logisticsDelayCompensation({ kind: 'complaint', id: 'c7', type: 'logistics_delay', channel: 'phone',
 *   openedAt: '2025-02-05T09:00:00+08:00', resolvedAt: '2025-02-06T09:00:00+08:00', resolvedFor: 'buyer' },
 *   policies.pinduoduo)
 * // → { rule: 'SLA-04', couponFen: 500 }
 */
export function logisticsDelayCompensation(
  complaint: ComplaintRecord,
  policy: Pick<Policy, 'serviceLevels'>,
): LogisticsDelayCompensation | null {
  const couponFen = policy.serviceLevels.logisticsDelayCouponFen;
  const settledForBuyer = complaint.resolvedAt !== undefined && complaint.resolvedFor === 'buyer';
  return complaint.type === 'logistics_delay' && settledForBuyer && couponFen !== null ? { rule: 'SLA-04', couponFen } : null;
}
