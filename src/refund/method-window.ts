import type { Policy } from '../model/policy.js';
import type { PaymentMethod } from '../model/vocabulary.js';
import type { CompiledCalendar } from '../time/calendar.js';
import { addCalendarDaysMs, addHoursMs } from '../time/windows.js';
import { approvedWindowMs } from './approved-window.js';
import { arrivalTerms } from './arrival-terms.js';
import { isCalendarIssue, type RefundRule, type RefundTrigger, type WindowOrIssue } from './window.js';

type RefundPolicy = Pick<Policy, 'timeZone' | 'refund'>;

/**
 * A refund issued at some instant in `[issuedFrom, issuedBy]` and then carried by the method's own
 * rule: the earliest arrival follows the first issue instant, the latest the last one.
 */
function issuedThenArrives(
  issuedFrom: number,
  issuedBy: number,
  rule: RefundRule,
  method: PaymentMethod,
  policy: RefundPolicy,
  calendar: CompiledCalendar,
): WindowOrIssue {
  const terms = arrivalTerms(method, policy.refund);
  const first = approvedWindowMs(issuedFrom, terms, policy.timeZone, calendar);
  if (isCalendarIssue(first)) return first;
  const last = approvedWindowMs(issuedBy, terms, policy.timeZone, calendar);
  if (isCalendarIssue(last)) return last;
  return { earliest: first.earliest, latest: last.latest, rule, then: terms.rule };
}

/**
 * The arrival window for one payment method, by trigger.
 * - `approved`: RFT-02…05 by method.
 * - `group_buy_failed` (RFT-01): the system issues within `issueWithinHours` of the failure; WeChat Pay
 *   lands `wechatArrivalMinutes` after issue, other methods follow their approved rule from the issue.
 *   A policy without group-buy refunds (`groupBuyFailed: null`) treats the failure as the approval.
 * - `goods_received` (RFT-06): the merchant refunds within `refundAfterReceiptDays` calendar days of
 *   receiving the goods (TIME-03); the money then travels by the method's approved rule.
 *
 * @example
 * methodWindowMs(Date.parse('2025-04-11T09:30:00+08:00'), 'group_buy_failed', 'wechat_pay', policies.pinduoduo, compileCalendar(cnCalendar))
 * // → { earliest: Date.parse('2025-04-11T09:31:00+08:00'), latest: Date.parse('2025-04-12T09:33:00+08:00'), rule: 'RFT-01' }
 */
export function methodWindowMs(
  from: number,
  trigger: RefundTrigger,
  method: PaymentMethod,
  policy: RefundPolicy,
  calendar: CompiledCalendar,
): WindowOrIssue {
  const zone = policy.timeZone;
  switch (trigger) {
    case 'approved':
      return approvedWindowMs(from, arrivalTerms(method, policy.refund), zone, calendar);
    case 'group_buy_failed': {
      const g = policy.refund.groupBuyFailed;
      if (g === null) return approvedWindowMs(from, arrivalTerms(method, policy.refund), zone, calendar);
      const issuedBy = addHoursMs(from, g.issueWithinHours);
      if (method !== 'wechat_pay') return issuedThenArrives(from, issuedBy, 'RFT-01', method, policy, calendar);
      const minute = 60_000;
      return { earliest: from + g.wechatArrivalMinutes.min * minute, latest: issuedBy + g.wechatArrivalMinutes.max * minute, rule: 'RFT-01' };
    }
    case 'goods_received': {
      const refundBy = addCalendarDaysMs(from, policy.refund.refundAfterReceiptDays, zone);
      return issuedThenArrives(from, refundBy, 'RFT-06', method, policy, calendar);
    }
  }
}
