import type { Instant } from '../model/instant.js';
import type { Policy } from '../model/policy.js';
import { err, ok, type Result } from '../model/result.js';
import type { PaymentMethod } from '../model/vocabulary.js';
import { calendarError, compileCalendar, type Calendar, type CalendarError } from '../time/calendar.js';
import { readInstant } from '../time/zone.js';
import { invalidArgument } from '../model/invalid-argument.js';
import type { InputError } from '../model/parse.js';
import { defaultCalendar } from './default-calendar.js';
import { methodWindowMs } from './method-window.js';
import { provisionalFor } from '../time/provisional-notice.js';
import { formatWindow, sharesArrival, type RefundArrival } from './shares-arrival.js';
import type { RefundShare } from './split-refund.js';
import { isCalendarIssue, type RefundTrigger } from './window.js';

export type { RefundArrival, RefundLeg, RefundWindow } from './shares-arrival.js';

/** One refund going back by one method. */
export interface RefundArrivalQuery {
  /** The instant the trigger happened: approval, group-buy failure, or the merchant's receipt of the goods. */
  readonly from: Instant;
  /** What started the clock: `approved` (RFT-02…05), `group_buy_failed` (RFT-01) or `goods_received` (RFT-06). */
  readonly trigger: RefundTrigger;
  /** The payment method the money goes back to (RFT-07: the original one); it picks the rule for `approved`. */
  readonly method: PaymentMethod;
}

/** RFT-07: a refund split over several payment methods, one window per leg. */
export interface MixedRefundArrivalQuery {
  /** The instant the trigger happened (ISO-8601 with an offset): approval, group-buy failure, or the merchant's receipt of the goods. */
  readonly from: Instant;
  /** What started the clock: `approved` (RFT-02…05), `group_buy_failed` (RFT-01) or `goods_received` (RFT-06); the same for every leg. */
  readonly trigger: RefundTrigger;
  /** The shares going back, e.g. from {@link splitRefund}; at least one. A single share answers like `method`. */
  readonly payments: readonly RefundShare[];
}

/** What {@link estimateRefundArrival} may be told beyond the query and the policy. */
export interface RefundArrivalOptions {
  /** Replaces the built-in China calendar (CAL-02: extend coverage, or another jurisdiction). */
  readonly calendar?: Calendar;
}

const NO_OPTIONS: RefundArrivalOptions = Object.freeze({});

/**
 * When does the money arrive? The window from the trigger instant to the refund landing on the
 * payment method, in the policy's zone: RFT-01 failed group buy, RFT-02 original route within 24 h
 * (holiday-delayed, TIME-05), RFT-03/04 bank cards in calendar days (TIME-03), RFT-05 working days
 * (TIME-04, CAL-01), RFT-06 after the merchant receives returned goods, RFT-07 one window per payment
 * leg. A computation that leaves the calendar's coverage is the CAL-02 issue, never a guess. When the
 * days read (the trigger's local day to the latest's) touch a provisional year (CAL-03, e.g. with
 * `cnProvisionalCalendar`), the value — and each leg — carries `provisional`, the
 * `calendar_provisional` notice naming the years (`explain` renders it); otherwise no such field.
 * A `from` without an offset or not a real date-time, or an empty `payments`, is `invalid_input`.
 *
 * @example
 * estimateRefundArrival({ from: '2025-09-30T20:00:00+08:00', trigger: 'approved', method: 'platform_balance' }, policies.pinduoduo)
 * // → { ok: true, value: { earliest: '2025-09-30T20:00:00+08:00', latest: '2025-10-09T20:00:00+08:00', rule: 'RFT-02' } }
 * estimateRefundArrival({ from: '2025-09-26T10:00:00+08:00', trigger: 'approved', method: 'alipay' }, policies.taobao)
 * // → { ok: true, value: { earliest: '2025-09-28T10:00:00+08:00', latest: '2025-09-30T10:00:00+08:00', rule: 'RFT-05' } }
 * estimateRefundArrival({ from: '2025-05-12T16:30:00+08:00', trigger: 'approved',
 *   payments: [{ method: 'wechat_pay', amountFen: 5000 }, { method: 'debit_card', amountFen: 3900 }] }, policies.pinduoduo)
 * // → { ok: true, value: { earliest: '2025-05-12T16:30:00+08:00', latest: '2025-05-18T16:30:00+08:00', rule: 'RFT-07', legs: [
 * //      { method: 'wechat_pay', amountFen: 5000, earliest: '2025-05-12T16:30:00+08:00', latest: '2025-05-13T16:30:00+08:00', rule: 'RFT-02' },
 * //      { method: 'debit_card', amountFen: 3900, earliest: '2025-05-14T16:30:00+08:00', latest: '2025-05-18T16:30:00+08:00', rule: 'RFT-03' }] } }
 */
export function estimateRefundArrival(
  query: RefundArrivalQuery | MixedRefundArrivalQuery,
  policy: Pick<Policy, 'timeZone' | 'refund'>,
  options: RefundArrivalOptions = NO_OPTIONS,
): Result<RefundArrival, CalendarError | InputError> {
  const from = readInstant(query.from);
  if (Number.isNaN(from)) return err(invalidArgument(['from'], `not an ISO-8601 instant with an offset: ${String(query.from)}`, 'invalid_format'));
  if ('payments' in query && query.payments.length === 0) return err(invalidArgument(['payments'], 'a refund goes back to at least one payment'));
  const custom = options.calendar;
  const calendar = custom === undefined || custom === null ? defaultCalendar() : compileCalendar(custom);
  if ('payments' in query) return sharesArrival(from, query.trigger, query.payments, policy, calendar);
  const w = methodWindowMs(from, query.trigger, query.method, policy, calendar);
  return isCalendarIssue(w) ? err(calendarError(w)) : ok(formatWindow(w, policy.timeZone, provisionalFor(from, w.latest, policy.timeZone, calendar)));
}
