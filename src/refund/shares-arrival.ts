import type { Policy } from '../model/policy.js';
import { err, ok, type Result } from '../model/result.js';
import type { Reason } from '../model/reason.js';
import { calendarError, type CalendarError, type CompiledCalendar } from '../time/calendar.js';
import { provisionalFor } from '../time/provisional-notice.js';
import { formatInstant } from '../time/zone.js';
import { methodWindowMs } from './method-window.js';
import type { RefundShare } from './split-refund.js';
import { isCalendarIssue, type RefundRule, type RefundTrigger, type WindowMs } from './window.js';

/** When the money arrives: no earlier than `earliest`, by `latest` (ISO in the policy's zone). */
export interface RefundWindow {
  /** The earliest the money can arrive: ISO-8601 with an offset, in the policy's zone. */
  readonly earliest: string;
  /** The latest the money should arrive: ISO-8601 with an offset, in the policy's zone. */
  readonly latest: string;
  /** The rule that set the window: RFT-01 or RFT-06 by trigger, RFT-02…05 by method, RFT-07 for a mixed payment. */
  readonly rule: RefundRule;
  /** RFT-01 / RFT-06: the method's own rule (RFT-02…05) that carries the money once it is issued. */
  readonly then?: RefundRule;
  /**
   * CAL-03: present only when the days the computation read (the trigger's local day to the
   * latest's, in the policy zone) touch a provisional year of the calendar; names those years.
   */
  readonly provisional?: Reason<'calendar_provisional'>;
}

/** One payment leg's window (RFT-07). */
export interface RefundLeg extends RefundWindow {
  /** The payment method this leg goes back to. */
  readonly method: RefundShare['method'];
  /** This leg's share of the refund, in integer fen (as the query's `payments` gave it). */
  readonly amountFen: number;
}

/**
 * The whole refund's window. For a mixed payment, `rule` is `RFT-07`, `legs` holds each method's own
 * window and the outer window spans them: from the first leg to arrive to the last.
 */
export interface RefundArrival extends RefundWindow {
  /** RFT-07: each payment leg's own window, in the order of the query's `payments`; absent for a single method. */
  readonly legs?: readonly RefundLeg[];
}


/**
 * A window in epoch ms as ISO strings in the policy's zone (RFT-01…07, TIME-06).
 *
 * @example
 * formatWindow({ earliest: 0, latest: 3_600_000, rule: 'RFT-02' }, 'Asia/Shanghai')
 * // → { earliest: '1970-01-01T08:00:00+08:00', latest: '1970-01-01T09:00:00+08:00', rule: 'RFT-02' }
 */
export const formatWindow = (w: WindowMs, zone: string, provisional?: Reason<'calendar_provisional'>): RefundWindow => {
  const earliest = formatInstant(w.earliest, zone);
  const latest = formatInstant(w.latest, zone);
  if (provisional === undefined)
    return w.then === undefined ? { earliest, latest, rule: w.rule } : { earliest, latest, rule: w.rule, then: w.then };
  return w.then === undefined
    ? { earliest, latest, rule: w.rule, provisional }
    : { earliest, latest, rule: w.rule, then: w.then, provisional };
};

/**
 * RFT-07: a refund going back over several payment methods gets one window per leg, each by its
 * method's rule, inside an outer `RFT-07` window; a single leg answers as that method's window.
 *
 * @example
 * sharesArrival(Date.parse('2025-05-12T16:30:00+08:00'), 'approved',
 *   [{ method: 'wechat_pay', amountFen: 5000 }, { method: 'debit_card', amountFen: 3900 }], policies.pinduoduo, compileCalendar(cnCalendar))
 * // → { ok: true, value: { earliest: '2025-05-12T16:30:00+08:00', latest: '2025-05-18T16:30:00+08:00', rule: 'RFT-07',
 * //     legs: [{ method: 'wechat_pay', amountFen: 5000, …, rule: 'RFT-02' }, { method: 'debit_card', amountFen: 3900, …, rule: 'RFT-03' }] } }
 */
export function sharesArrival(
  from: number,
  trigger: RefundTrigger,
  shares: readonly RefundShare[],
  policy: Pick<Policy, 'timeZone' | 'refund'>,
  calendar: CompiledCalendar,
): Result<RefundArrival, CalendarError> {
  const zone = policy.timeZone;
  const only = shares.length === 1 ? shares[0] : undefined;
  if (only !== undefined) {
    const w = methodWindowMs(from, trigger, only.method, policy, calendar);
    return isCalendarIssue(w) ? err(calendarError(w)) : ok(formatWindow(w, zone, provisionalFor(from, w.latest, zone, calendar)));
  }
  if (shares.length === 0) throw new RangeError('a refund goes back to at least one payment');
  const windows: WindowMs[] = [];
  for (const share of shares) {
    const w = methodWindowMs(from, trigger, share.method, policy, calendar);
    if (isCalendarIssue(w)) return err(calendarError(w));
    windows.push(w);
  }
  // The outer window's ends are legs' ends: their strings are reused rather than printed again.
  const legs: RefundLeg[] = [];
  const legNotices: (Reason<'calendar_provisional'> | undefined)[] = [];
  let first = 0;
  let last = 0;
  for (let i = 0; i < windows.length; i++) {
    const w = windows[i]!;
    const { method, amountFen } = shares[i]!;
    const earliest = formatInstant(w.earliest, zone);
    const latest = formatInstant(w.latest, zone);
    const leg: RefundLeg =
      w.then === undefined
        ? { method, amountFen, earliest, latest, rule: w.rule }
        : { method, amountFen, earliest, latest, rule: w.rule, then: w.then };
    // CAL-03: one check per leg window; every leg starts at `from`, so the outer window (from `from`
    // to the last leg's latest) reads exactly the days of its latest leg and reuses that notice.
    const provisional = provisionalFor(from, w.latest, zone, calendar);
    legNotices.push(provisional);
    legs.push(provisional === undefined ? leg : { ...leg, provisional });
    // Stryker disable next-line EqualityOperator: on a tie both legs print the same instant, so either index gives the same string
    if (w.earliest < windows[first]!.earliest) first = i;
    // Stryker disable next-line EqualityOperator: on a tie both legs print the same instant, so either index gives the same string
    if (w.latest > windows[last]!.latest) last = i;
  }
  const outer: RefundArrival = {
    earliest: legs[first]!.earliest,
    latest: legs[last]!.latest,
    rule: 'RFT-07',
    legs,
  };
  const provisional = legNotices[last];
  return ok(provisional === undefined ? outer : { ...outer, provisional });
}
