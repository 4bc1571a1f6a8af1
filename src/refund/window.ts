import type { CalendarIssue } from '../time/calendar.js';
import { deepFreeze } from '../model/freeze.js';

/** The RFT rules a refund window can come from. */
export type RefundRule = 'RFT-01' | 'RFT-02' | 'RFT-03' | 'RFT-04' | 'RFT-05' | 'RFT-06' | 'RFT-07';

/** What starts the refund clock: an approval, a failed group buy (RFT-01), goods back with the merchant (RFT-06). */
export const REFUND_TRIGGERS = /* @__PURE__ */ deepFreeze(['approved', 'group_buy_failed', 'goods_received'] as const);
/** One of {@link REFUND_TRIGGERS}: what starts the refund clock. */
export type RefundTrigger = (typeof REFUND_TRIGGERS)[number];

/**
 * A refund window in epoch ms, as the rules compute it; formatting waits for the edge so that a
 * composed rule (RFT-01, RFT-06) never parses what another rule just printed.
 */
export interface WindowMs {
  readonly earliest: number;
  readonly latest: number;
  readonly rule: RefundRule;
  /** For a composed rule: the method's own arrival rule that runs once the refund is issued. */
  readonly then?: RefundRule;
}

/** Rules answer a window or, when the calendar runs out, the CAL-02 issue. */
export type WindowOrIssue = WindowMs | CalendarIssue;

/**
 * Tells a rule's CAL-02 answer from a window or an instant (CAL-02).
 *
 * @example
 * isCalendarIssue({ earliest: 0, latest: 1, rule: 'RFT-02' }) // → false
 * isCalendarIssue(notCovered(compileCalendar(cnCalendar), dayOf('2027-01-01'))) // → true
 */
export const isCalendarIssue = (x: WindowOrIssue | number): x is CalendarIssue => typeof x === 'object' && 'code' in x;
