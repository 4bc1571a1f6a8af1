import type { Policy } from '../model/policy.js';
import { err, ok } from '../model/result.js';
import type { Reason } from '../model/reason.js';
import { invalidArgument } from '../model/invalid-argument.js';
import { inInstantYears, OUTSIDE_INSTANT_YEARS } from '../model/is-instant.js';
import type { InputError, InputIssue } from '../model/parse.js';
import { provisionalFor, provisionalForDays } from './provisional-notice.js';
import {
  calendarError,
  compileCalendar,
  covers,
  isWorking,
  notCovered,
  type Calendar,
  type CalendarError,
  type CalendarIssue,
  type CompiledCalendar,
} from './calendar.js';
import { cnCalendar } from './cn-calendar.js';
import { dayOf, type LocalDate } from './local-date.js';
import { DAY_MS, formatInstant, instantOfLocal, localDay, localTimeOfDay, readInstant } from './zone.js';

/**
 * TIME-04: `n` working days after instant `t`: the `n`th working day after `t`'s local date, at the
 * same local clock time. Make-up working days count; statutory holidays and ordinary weekends do not.
 *
 * A trigger on a non-working date counts from the first instant of the next working date, as
 * processing resumes then. Read literally, TIME-04 would keep a weekend trigger's clock time, so a
 * Saturday 00:30 trigger would fall due before a Friday 23:00 one; a later trigger must never be
 * due sooner (the monotonicity law), and triggers on working dates are untouched.
 */
export function addWorkingDaysMs(
  t: number,
  n: number,
  zone: string,
  calendar: CompiledCalendar,
): number | CalendarIssue {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  let day = localDay(t, zone);
  if (!covers(calendar, day)) return notCovered(calendar, day);
  let timeOfDay = localTimeOfDay(t, zone);
  if (!isWorking(calendar, day)) {
    do {
      day++;
      if (!covers(calendar, day)) return notCovered(calendar, day);
    } while (!isWorking(calendar, day));
    timeOfDay = 0;
  }
  for (let counted = 0; counted < n; ) {
    day++;
    if (!covers(calendar, day)) return notCovered(calendar, day);
    if (isWorking(calendar, day)) counted++;
  }
  return instantOfLocal(day * DAY_MS + timeOfDay, zone);
}

/**
 * A working-day answer. `provisional` (CAL-03) is present exactly when a day the computation read
 * lies in one of the calendar's provisional years, and names those years.
 */
export type WorkingDayResult<T> =
  | {
      /** The computation succeeded. */
      readonly ok: true;
      /** The answer: `isWorkingDay`'s boolean, or `addWorkingDays`'s instant (ISO-8601 with an offset, in the policy's zone). */
      readonly value: T;
      /** CAL-03: the `calendar_provisional` notice naming the provisional years read; absent when none was. */
      readonly provisional?: Reason<'calendar_provisional'>;
    }
  | {
      /** The computation failed. */
      readonly ok: false;
      /** CAL-02 `calendar_not_covered` (the calendar ran out), or `invalid_input` naming the bad argument. */
      readonly error: CalendarError | InputError;
    };

/** The calendar option every day-counting function takes (CAL-04). */
export interface CalendarOptions {
  /** Replaces the built-in China calendar (`cnCalendar`), e.g. a loaded notice or `cnProvisionalCalendar`. */
  readonly calendar?: Calendar;
}

const answer = <T>(value: T, provisional: Reason<'calendar_provisional'> | undefined): WorkingDayResult<T> =>
  provisional === undefined ? ok(value) : { ok: true, value, provisional };

/**
 * CAL-01: whether a local date is a working day on the calendar (default: the built-in China
 * calendar), given as `{ calendar }` like every other function or, as before, directly. A date
 * outside the calendar's coverage is a CAL-02 issue; a date in a provisional year carries
 * `provisional` (CAL-03); a string that is not a real `YYYY-MM-DD` date, or one outside
 * `INSTANT_YEARS`, is `invalid_input`.
 *
 * @example
 * isWorkingDay('2025-10-08') // → { ok: true, value: false }
 * isWorkingDay('2027-01-04')
 * // → { ok: false, error: { code: 'calendar_not_covered', issues: [{ code: 'calendar_not_covered', rule: 'CAL-02', date: '2027-01-04', … }] } }
 * isWorkingDay('2027-01-04', { calendar: cnProvisionalCalendar })
 * // → { ok: true, value: true, provisional: { code: 'calendar_provisional', rule: 'CAL-03', effect: 'info', params: { years: ['2027'] } } }
 */
export function isWorkingDay(date: LocalDate, calendar: Calendar | CalendarOptions = {}): WorkingDayResult<boolean> {
  const day = typeof date === 'string' ? dayOf(date) : Number.NaN;
  if (Number.isNaN(day)) return err(invalidArgument(['date'], `not a real YYYY-MM-DD date: ${String(date)}`, 'invalid_format'));
  if (!inInstantYears(date)) return err(invalidArgument(['date'], `${OUTSIDE_INSTANT_YEARS}: ${date}`, 'too_big'));
  const c = compileCalendar(('covers' in calendar ? calendar : calendar.calendar) ?? cnCalendar);
  if (!covers(c, day)) return err(calendarError(notCovered(c, day)));
  return answer(isWorking(c, day), provisionalForDays(c, day, day));
}

/**
 * TIME-04: the instant `n` working days after `instant`, counted in the policy's zone, as ISO in that
 * zone; `provisional` (CAL-03) when a day counted lies in a provisional year of the calendar. An
 * instant without an offset (which would be read in the host's zone) or not a real date-time, or a
 * count that is not a whole number ≥ 0, is `invalid_input` naming the argument — never a throw.
 *
 * @example
 * addWorkingDays('2025-09-26T10:00:00+08:00', 1, policies.taobao)
 * // → { ok: true, value: '2025-09-28T10:00:00+08:00' }  (Sunday 09-28 is a make-up working day)
 */
export function addWorkingDays(
  instant: string,
  n: number,
  policy: Pick<Policy, 'timeZone'>,
  options: CalendarOptions = {},
): WorkingDayResult<string> {
  const t = readInstant(instant);
  const issues: InputIssue[] = [
    ...(Number.isNaN(t) ? [{ code: 'invalid_format' as const, path: ['instant'], message: `not an ISO-8601 instant with an offset: ${String(instant)}` }] : []),
    ...(Number.isSafeInteger(n) && n >= 0 ? [] : [{ code: 'invalid_value' as const, path: ['n'], message: `working days must be a whole number ≥ 0, got ${String(n)}` }]),
  ];
  if (issues.length > 0) return err({ code: 'invalid_input', issues });
  const c = compileCalendar(options.calendar ?? cnCalendar);
  const r = addWorkingDaysMs(t, n, policy.timeZone, c);
  return typeof r === 'number' ? answer(formatInstant(r, policy.timeZone), provisionalFor(t, r, policy.timeZone, c)) : err(calendarError(r));
}
