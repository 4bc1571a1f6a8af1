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

/**
 * TIME-03: `n` calendar days later at the same local clock time. Zero days is `t` itself: read back
 * from its wall time, an instant inside a backward transition could take the other reading.
 */
export const addCalendarDaysMs = (t: number, n: number, zone: string): number =>
  n === 0 ? t : instantOfLocal(t + offsetAt(zone, t) + n * DAY_MS, zone);

/**
 * TIME-05: the end of a holiday-delayed window `[from, end)`: the clock does not run on statutory
 * holiday dates. For a window that opens on an ordinary date this is TIME-05's "push back one day
 * for every holiday date it overlaps, until no new one is covered" (each covered holiday lies wholly
 * inside it). For a window opening inside a holiday it starts the clock when the holiday ends rather
 * than counting the partial date as a whole day, which would let a later start end earlier; this
 * keeps deadlines monotone in their start. A date the calendar does not cover is a CAL-02 issue.
 */
export function holidayDelayedEnd(
  from: number,
  end: number,
  zone: string,
  calendar: CompiledCalendar,
): number | CalendarIssue {
  let remaining = end - from;
  // Half-open: an empty window covers no date at all.
  if (remaining <= 0) return end;
  let cursor = from;
  for (;;) {
    const day = localDay(cursor, zone);
    if (!covers(calendar, day)) return notCovered(calendar, day);
    const next = startOfLocalDay(day + 1, zone);
    if (!isHoliday(calendar, day)) {
      if (cursor + remaining <= next) return cursor + remaining;
      remaining -= next - cursor;
    }
    cursor = next;
  }
}
