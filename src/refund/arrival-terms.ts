import type { Policy } from '../model/policy.js';
import type { PaymentMethod } from '../model/vocabulary.js';

/**
 * How long money takes to reach one payment method once a refund is approved, as the policy states
 * it: `min`–`max` in `unit` after approval. RFT-02 original route (hours, maybe holiday-delayed),
 * RFT-03/04 bank cards (calendar days), RFT-05 general processing (working days).
 */
export interface ArrivalTerms {
  /** The rule the method falls under: RFT-02 original route, RFT-03 debit card, RFT-04 credit card, RFT-05 general processing. */
  readonly rule: 'RFT-02' | 'RFT-03' | 'RFT-04' | 'RFT-05';
  /** What `min` and `max` count: hours (RFT-02), calendar days (RFT-03/04, TIME-03) or working days (RFT-05, TIME-04). */
  readonly unit: 'hours' | 'calendar_days' | 'working_days';
  /** The earliest arrival, in `unit` after approval (`0` for RFT-02: it may land at once). */
  readonly min: number;
  /** The latest arrival, in `unit` after approval. */
  readonly max: number;
  /** TIME-05: holiday dates stop the clock (RFT-02 where the policy says so). */
  readonly holidayDelayed: boolean;
}

/**
 * RFT-02…05: which approved-refund rule a payment method falls under. A policy without an original
 * route or card terms (Taobao: both `null`) sends every method to general processing, RFT-05; that is
 * how platforms differ here, by parameters rather than by name.
 *
 * @example
 * arrivalTerms('debit_card', policies.pinduoduo.refund)
 * // → { rule: 'RFT-03', unit: 'calendar_days', min: 2, max: 6, holidayDelayed: false }
 * arrivalTerms('debit_card', policies.taobao.refund)
 * // → { rule: 'RFT-05', unit: 'working_days', min: 1, max: 3, holidayDelayed: false }
 */
export function arrivalTerms(method: PaymentMethod, refund: Policy['refund']): ArrivalTerms {
  const route = refund.originalRoute;
  if (route !== null && route.methods.includes(method)) {
    return { rule: 'RFT-02', unit: 'hours', min: 0, max: route.withinHours, holidayDelayed: route.holidayDelayed };
  }
  const cards = refund.cardDays;
  if (cards !== null && (method === 'debit_card' || method === 'credit_card')) {
    const span = cards[method];
    return { rule: method === 'debit_card' ? 'RFT-03' : 'RFT-04', unit: 'calendar_days', min: span.min, max: span.max, holidayDelayed: false };
  }
  const days = refund.processingWorkingDays;
  return { rule: 'RFT-05', unit: 'working_days', min: days.min, max: days.max, holidayDelayed: false };
}
