import type { CalendarIssue, CompiledCalendar } from '../time/calendar.js';
import { addCalendarDaysMs, addHoursMs, holidayDelayedEnd } from '../time/windows.js';
import { addWorkingDaysMs } from '../time/working-days.js';
import type { ArrivalTerms } from './arrival-terms.js';
import { isCalendarIssue, type WindowOrIssue } from './window.js';

/**
 * RFT-02…05: when money approved at `from` reaches a method with these terms.
 * - RFT-02 (TIME-02, TIME-05): from the approval up to `max` hours later; holiday dates stop the clock.
 * - RFT-03 / RFT-04 (TIME-03): `min`…`max` calendar days later at the same local time.
 * - RFT-05 (TIME-04): `min`…`max` working days later, counted from the next working date when the
 *   approval falls on a weekend or holiday.
 *
 * @example
 * approvedWindowMs(Date.parse('2025-05-12T16:30:00+08:00'), arrivalTerms('debit_card', policies.pinduoduo.refund), 'Asia/Shanghai', compileCalendar(cnCalendar))
 * // → { earliest: Date.parse('2025-05-14T16:30:00+08:00'), latest: Date.parse('2025-05-18T16:30:00+08:00'), rule: 'RFT-03' }
 */
export function approvedWindowMs(from: number, terms: ArrivalTerms, zone: string, calendar: CompiledCalendar): WindowOrIssue {
  const rule = terms.rule;
  switch (terms.unit) {
    case 'hours': {
      const end = addHoursMs(from, terms.max);
      const latest = terms.holidayDelayed ? holidayDelayedEnd(from, end, zone, calendar) : end;
      return isCalendarIssue(latest) ? latest : { earliest: addHoursMs(from, terms.min), latest, rule };
    }
    case 'calendar_days':
      return { earliest: addCalendarDaysMs(from, terms.min, zone), latest: addCalendarDaysMs(from, terms.max, zone), rule };
    case 'working_days': {
      const earliest: number | CalendarIssue = addWorkingDaysMs(from, terms.min, zone, calendar);
      // Stryker disable next-line ConditionalExpression: counting max ≥ min working days from the same instant walks the same dates, so it reaches the same uncovered date
      if (isCalendarIssue(earliest)) return earliest;
      const latest = addWorkingDaysMs(from, terms.max, zone, calendar);
      return isCalendarIssue(latest) ? latest : { earliest, latest, rule };
    }
  }
}
