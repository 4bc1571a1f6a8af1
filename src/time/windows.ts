import { covers, isHoliday, notCovered, type CalendarIssue, type CompiledCalendar } from './calendar.js';
import { DAY_MS, HOUR_MS, instantOfLocal, localDay, offsetAt, startOfLocalDay } from './zone.js';

/**
 * TIME-01: a window of `days` days after signing closes at 00:00 local of day `days + 1`, day 1 being
 * the local date after the signing date (Measures art. 10).
 *
 * @example
 * formatInstant(closesAfterSigning(Date.parse('2025-03-01T10:00:00+08:00'), 7, 'Asia/Shanghai'), 'Asia/Shanghai')
 * // → '2025-03-09T00:00:00+08:00'
 */
export const closesAfterSigning = (signedAt: number, days: number, zone: string): number =>
  startOfLocalDay(localDay(signedAt, zone) + days + 1, zone);

/** TIME-02: exact elapsed hours. */
export const addHoursMs = (t: number, hours: number): number => t + hours * HOUR_MS;

/** TIME-03: `n` calendar days later at the same local clock time. */
export const addCalendarDaysMs = (t: number, n: number, zone: string): number =>
  instantOfLocal(t + offsetAt(zone, t) + n * DAY_MS, zone);

/**
 * TIME-05: the end of a holiday-delayed window `[from, end)`, pushed back one calendar day (TIME-03)
 * for every statutory-holiday date it overlaps, until pushing covers no new holiday date.
 * A date the calendar does not cover is a CAL-02 issue, not a guess.
 */
export function holidayDelayedEnd(
  from: number,
  end: number,
  zone: string,
  calendar: CompiledCalendar,
): number | CalendarIssue {
  let delayed = end;
  let counted = 0;
  let scanned = localDay(from, zone) - 1;
  for (;;) {
    // The window is half-open: an end at local midnight does not touch the date it opens.
    const lastDay = localDay(delayed - 1, zone);
    let found = 0;
    for (let d = scanned + 1; d <= lastDay; d++) {
      if (!covers(calendar, d)) return notCovered(calendar, d);
      if (isHoliday(calendar, d)) found++;
    }
    scanned = Math.max(scanned, lastDay);
    if (found === 0) return delayed;
    counted += found;
    delayed = addCalendarDaysMs(end, counted, zone);
  }
}
