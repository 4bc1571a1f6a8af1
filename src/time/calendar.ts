import { failure, type Failure } from '../model/failure.js';
import { dateOf, dayOf, weekdayOf, type LocalDate } from './local-date.js';

/**
 * A working-day calendar as plain data (CAL-01). Callers may pass their own with the same shape to
 * extend coverage or model another jurisdiction (CAL-02).
 */
export interface Calendar {
  /** Names the data and its years (e.g. `'cn-state-council-2024-2026'`); a CAL-02 issue reports it as `calendar`. */
  readonly id: string;
  /** The first and last local date the data speaks for, inclusive. */
  readonly covers: {
    /** The first covered date, `YYYY-MM-DD`. */
    readonly from: LocalDate;
    /** The last covered date, `YYYY-MM-DD`, inclusive. */
    readonly to: LocalDate;
  };
  /** Statutory holiday dates: the days off as announced, weekends inside a holiday included. */
  readonly holidays: readonly LocalDate[];
  /** Make-up working days (调休): weekend dates that are working days. */
  readonly makeUpWorkingDays: readonly LocalDate[];
  /**
   * CAL-03: the years whose days are computed from the law, not announced. An answer whose
   * computation touched a date in one of them says so (`provisional`).
   */
  readonly provisionalYears?: readonly number[];
  /** Where the dates come from: the notices (by title) or the law a provisional year is built on. */
  readonly sources?: readonly string[];
}

/** CAL-02: a computation needed a date the calendar does not cover. */
export interface CalendarIssue {
  /** The one CAL-02 issue: the calendar ran out. */
  readonly code: 'calendar_not_covered';
  /** The rule that refuses to guess past the calendar's coverage. */
  readonly rule: 'CAL-02';
  /** The first uncovered date the computation reached. */
  readonly date: LocalDate;
  /** The {@link Calendar.id} of the calendar that ran out. */
  readonly calendar: string;
  /** What that calendar does cover, to tell the caller which years to load (CAL-04). */
  readonly covers: {
    /** The first covered date, `YYYY-MM-DD`. */
    readonly from: LocalDate;
    /** The last covered date, `YYYY-MM-DD`, inclusive. */
    readonly to: LocalDate;
  };
}

const WORKING = 1;
const HOLIDAY = 2;

/** A calendar compiled to one byte per day, so a lookup is an array read. */
export interface CompiledCalendar {
  readonly source: Calendar;
  readonly first: number;
  readonly last: number;
  readonly flags: Uint8Array;
  /** CAL-03: each provisional year as its first and last day number, ascending. */
  readonly provisional: readonly (readonly [year: number, first: number, last: number])[];
}

const compiled = new WeakMap<Calendar, CompiledCalendar>();

/** Compiles (once per calendar object) the day table; throws on malformed calendar data. */
export function compileCalendar(calendar: Calendar): CompiledCalendar {
  const hit = compiled.get(calendar);
  if (hit !== undefined) return hit;
  const first = dayOf(calendar.covers.from);
  const last = dayOf(calendar.covers.to);
  if (!(first <= last)) throw new RangeError(`calendar ${calendar.id}: bad coverage`);
  const flags = new Uint8Array(last - first + 1);
  for (let d = first; d <= last; d++) {
    const wd = weekdayOf(d);
    flags[d - first] = wd === 0 || wd === 6 ? 0 : WORKING;
  }
  const mark = (date: LocalDate, value: number): void => {
    const d = dayOf(date);
    if (!(d >= first && d <= last)) throw new RangeError(`calendar ${calendar.id}: ${date} is outside its coverage`);
    flags[d - first] = value;
  };
  for (const date of calendar.holidays) mark(date, HOLIDAY);
  for (const date of calendar.makeUpWorkingDays) mark(date, WORKING);
  const provisional = [...(calendar.provisionalYears ?? [])]
    .sort((a, b) => a - b)
    .map((y) => [y, dayOf(`${y}-01-01`), dayOf(`${y}-12-31`)] as const);
  const c: CompiledCalendar = { source: calendar, first, last, flags, provisional };
  compiled.set(calendar, c);
  return c;
}

/**
 * The error of a computation that left the calendar's coverage (CAL-02): the one error convention,
 * `{ code: 'calendar_not_covered', issues: [issue] }`, the issue naming the first uncovered date.
 */
export type CalendarError = Failure<'calendar_not_covered', CalendarIssue>;

/** Wraps a CAL-02 issue as the {@link CalendarError} a public function answers. */
export const calendarError = (issue: CalendarIssue): CalendarError => failure('calendar_not_covered', [issue]);

/** The CAL-02 issue for day number `day`. */
export const notCovered = (c: CompiledCalendar, day: number): CalendarIssue => ({
  code: 'calendar_not_covered',
  rule: 'CAL-02',
  date: dateOf(day),
  calendar: c.source.id,
  covers: c.source.covers,
});

export const covers = (c: CompiledCalendar, day: number): boolean => day >= c.first && day <= c.last;

/** Day flags; only call for a covered day (callers check `covers` first, and must). */
export const isWorking = (c: CompiledCalendar, day: number): boolean => (c.flags[day - c.first]! & WORKING) !== 0;
export const isHoliday = (c: CompiledCalendar, day: number): boolean => (c.flags[day - c.first]! & HOLIDAY) !== 0;

/**
 * CAL-03: the provisional years a computation touched when it read the days `from`…`to` (day
 * numbers, inclusive, in either order); empty when every day read was announced.
 */
export function provisionalYearsIn(c: CompiledCalendar, from: number, to: number): readonly number[] {
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  const years = c.provisional;
  // Binary search for the first year ending on or after `lo` (the years are ascending and disjoint),
  // then the run up to `hi`: a report over many records costs O(log years) per record, not O(years).
  let i = 0;
  for (let n = years.length; i < n; ) {
    const mid = (i + n) >>> 1;
    if (years[mid]![2] < lo) i = mid + 1;
    else n = mid;
  }
  const out: number[] = [];
  for (; i < years.length && years[i]![1] <= hi; i++) out.push(years[i]![0]);
  return out;
}
