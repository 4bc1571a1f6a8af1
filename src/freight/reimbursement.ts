import type { Order } from '../model/order.js';
import type { Policy } from '../model/policy.js';
import { addCalendarDaysMs, addHoursMs } from '../time/windows.js';
import { formatInstant, parseInstant } from '../time/zone.js';
import type { FreightLeg, FreightReimbursement } from './types.js';

/**
 * FRT-03: freight insurance on the order covers its return postage. A buyer's policy always does; a
 * merchant's subscription runs in `insurancePeriodDays` periods and covers an order placed (paid)
 * inside the paid period that starts at `periodStartedAt`. Without that start the platform's own
 * attachment of the insurance to the order is taken as the proof of cover.
 *
 * @example
 * insuranceCovers({ ...order, paidAt: '2025-02-28T00:00:00+08:00',
 *   freightInsurance: { holder: 'merchant', periodStartedAt: '2025-02-21T00:00:00+08:00' } }, policies.taobao)
 * // → false  (the 7-day period ended at 02-28T00:00)
 */
export function insuranceCovers(order: Order, policy: Policy): boolean {
  const insurance = order.freightInsurance;
  if (insurance === undefined || order.paidAt === undefined) return false;
  if (insurance.holder === 'buyer' || insurance.periodStartedAt === undefined) return true;
  const start = parseInstant(insurance.periodStartedAt);
  const placed = parseInstant(order.paidAt);
  return placed >= start && placed < addCalendarDaysMs(start, policy.freight.insurancePeriodDays, policy.timeZone);
}

/**
 * Who pays the buyer back the return postage the buyer advanced:
 * - FRT-04: the platform's subsidy (退货包运费), `payoutHours` after the merchant agrees and gives a
 *   return address (`dueBy` once the instant it agreed, `agreedAtMs`, is known).
 * - FRT-03: the insurer, when the buyer is the payer of record and insurance covers the order.
 * Nobody when the merchant pays the leg: the merchant's liability is not insured away.
 *
 * @example
 * reimbursement({ payer: 'platform', rule: 'FRT-04' }, order, policies.pinduoduo, Date.parse('2025-03-06T10:00:00+08:00'))
 * // → { by: 'platform', rule: 'FRT-04', dueWithinHours: 24, dueBy: '2025-03-07T10:00:00+08:00' }
 */
export function reimbursement(
  returnLeg: FreightLeg | null,
  order: Order,
  policy: Policy,
  agreedAtMs: number | undefined,
): FreightReimbursement | null {
  if (returnLeg === null) return null;
  const subsidy = policy.freight.returnFreightSubsidy;
  // Stryker disable next-line ConditionalExpression: freightLegs names the platform payer only when the policy has the subsidy
  if (returnLeg.payer === 'platform' && subsidy !== null) {
    const dueWithinHours = subsidy.payoutHours;
    if (agreedAtMs === undefined) return { by: 'platform', rule: 'FRT-04', dueWithinHours };
    const dueBy = formatInstant(addHoursMs(agreedAtMs, dueWithinHours), policy.timeZone);
    return { by: 'platform', rule: 'FRT-04', dueWithinHours, dueBy };
  }
  if (returnLeg.payer === 'buyer' && insuranceCovers(order, policy)) return { by: 'insurer', rule: 'FRT-03' };
  return null;
}
