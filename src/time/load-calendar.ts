import type { $ZodError } from 'zod/v4/core';
import * as z from '../model/zod.js';
import { whole } from '../model/instant.js';
import { deepFreeze } from '../model/freeze.js';
import { fail, type Failure } from '../model/failure.js';
import { ok, type Result } from '../model/result.js';
import type { Calendar } from './calendar.js';
import { cnCalendar } from './cn-calendar.js';
import { dayOf, weekdayOf, type LocalDate } from './local-date.js';

/** The CAL-04 issue codes {@link loadCalendar} can report. */
export const CALENDAR_LOAD_CODES = /* @__PURE__ */ deepFreeze([
  'invalid_calendar_data',
  'date_outside_year',
  'date_repeated',
  'day_off_and_working',
  'weekday_make_up',
  'year_missing',
  'year_announced',
  'year_repeated',
  'year_not_adjacent',
] as const);
/** One of {@link CALENDAR_LOAD_CODES}: what is wrong with calendar data (CAL-04). */
export type CalendarLoadCode = (typeof CALENDAR_LOAD_CODES)[number];

/** One problem with calendar data: what, where (the path inside the input) and why. */
export interface CalendarLoadIssue {
  /** What is wrong, one of {@link CALENDAR_LOAD_CODES}. */
  readonly code: CalendarLoadCode;
  /** The rule that checks loaded calendar data. */
  readonly rule: 'CAL-04';
  /** Where in the input, e.g. `[0, 'days', 3, 'date']`; `[]` for the input as a whole. */
  readonly path: readonly (string | number)[];
  /** A readable English account of the problem, for logs. */
  readonly message: string;
  /** The date the issue is about, when it is about one. */
  readonly date?: LocalDate;
  /** The year the issue is about, when it is about one. */
  readonly year?: number;
}

/** `loadCalendar`'s error: the data is refused, with every {@link CalendarLoadIssue} at once. */
export type CalendarLoadError = Failure<'invalid_calendar', CalendarLoadIssue>;

/** What {@link loadCalendar} may be told beyond the data. */
export interface LoadCalendarOptions {
  /** The calendar the loaded years extend or replace provisional years of (default {@link cnCalendar}). */
  readonly base?: Calendar;
}

/** One day of a holiday-cn `YYYY.json` file, or of a plain list (where `name` is optional). */
export interface CalendarDayInput {
  /** The day, a real `YYYY-MM-DD` date in the year being loaded. */
  readonly date: LocalDate;
  /** `true`: a holiday day off; `false`: a make-up working day (调休上班), which must fall on a weekend. */
  readonly isOffDay: boolean;
  /** The holiday's name (e.g. `'元旦'`); required in a holiday-cn file, optional in a plain list, never read. */
  readonly name?: string;
}

/** A holiday-cn `YYYY.json` file. */
export interface HolidayCnYear {
  /** The year the file is for; every day must lie in it (`date_outside_year`), and it is required (`year_missing`). */
  readonly year: number;
  /** The notices the file was read from (links or titles); the loaded calendar lists them in its `sources`. */
  readonly papers?: readonly string[];
  /** The year's days off and make-up working days; other days follow the week (weekends off). */
  readonly days: readonly CalendarDayInput[];
}

/** What {@link loadCalendar} accepts. */
export type CalendarInput = HolidayCnYear | readonly CalendarDayInput[] | readonly (HolidayCnYear | readonly CalendarDayInput[])[];

const isDate = (s: string): boolean => !Number.isNaN(dayOf(s));
const DateSchema = z.string().check(z.refine(isDate, { error: 'expected a real YYYY-MM-DD date' }));
const PlainDaySchema = z.object({ date: DateSchema, isOffDay: z.boolean(), name: z.optional(z.string()) });
const FileDaySchema = z.object({ date: DateSchema, isOffDay: z.boolean(), name: z.string() });
const YearSchema = z.number().check(whole('a year'), z.minimum(1000), z.maximum(9999));
// `days` is checked day by day (below), so one bad day does not hide the problems of the others.
const FileHeadSchema = z.object({ year: z.optional(YearSchema), papers: z.optional(z.array(z.string())) });

type Path = readonly (string | number)[];

const issue = (code: CalendarLoadCode, path: Path, message: string, extra: { date?: LocalDate; year?: number } = {}): CalendarLoadIssue => ({
  code,
  rule: 'CAL-04',
  path: [...path],
  message,
  ...extra,
});

const schemaIssues = (error: $ZodError, prefix: Path): CalendarLoadIssue[] =>
  error.issues.map((i) =>
    issue(
      'invalid_calendar_data',
      [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      i.message,
    ),
  );

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Source {
  readonly path: Path;
  /** Where the year sits (a file's `year`, or the list itself). */
  readonly yearPath: Path;
  readonly year: number | undefined;
  /** A file's `papers`: the provenance the calendar keeps in its `sources`. */
  readonly papers: readonly string[];
  readonly days: readonly { readonly day: CalendarDayInput; readonly path: Path }[];
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const yearOf = (date: LocalDate): number => Number(date.slice(0, 4));

/** Reads one year file or plain list into a {@link Source}, pushing its schema and per-day issues. */
function readSource(raw: unknown, path: Path, issues: CalendarLoadIssue[]): Source | undefined {
  let list: unknown[];
  let year: number | undefined;
  let yearOk = true;
  let isFile = false;
  let papers: readonly string[] = [];
  if (Array.isArray(raw)) {
    list = raw;
  } else if (isObject(raw)) {
    isFile = true;
    const head = FileHeadSchema.safeParse(raw);
    if (!head.success) issues.push(...schemaIssues(head.error, path));
    else papers = head.data.papers ?? [];
    yearOk = head.success || !head.error.issues.some((i) => i.path[0] === 'year');
    if (yearOk) {
      year = typeof raw.year === 'number' ? raw.year : undefined;
      if (year === undefined) issues.push(issue('year_missing', [...path, 'year'], 'a holiday-cn file names its year'));
    }
    if (!Array.isArray(raw.days)) {
      issues.push(issue('invalid_calendar_data', [...path, 'days'], 'required: expected an array of days'));
      list = [];
    } else list = raw.days;
  } else {
    issues.push(issue('invalid_calendar_data', [...path], 'expected a holiday-cn year file { year, papers, days } or a list of days'));
    return undefined;
  }
  const daysPath: Path = isFile ? [...path, 'days'] : path;
  const schema = isFile ? FileDaySchema : PlainDaySchema;
  const days: { day: CalendarDayInput; path: Path }[] = [];
  list.forEach((d, i) => {
    const parsed = schema.safeParse(d);
    if (parsed.success) days.push({ day: parsed.data as CalendarDayInput, path: [...daysPath, i] });
    else issues.push(...schemaIssues(parsed.error, [...daysPath, i]));
  });
  if (!isFile) {
    year = days.length > 0 ? yearOf(days[0]!.day.date) : undefined;
    if (year === undefined) issues.push(issue('year_missing', [...path], 'a list of days with no valid date names no year'));
  }
  // Per-day checks that do not need the year.
  const seen = new Map<LocalDate, boolean>();
  for (const { day, path: p } of days) {
    const prior = seen.get(day.date);
    if (prior === undefined) seen.set(day.date, day.isOffDay);
    else if (prior === day.isOffDay) issues.push(issue('date_repeated', [...p, 'date'], `${day.date} is listed twice`, { date: day.date }));
    else issues.push(issue('day_off_and_working', [...p, 'date'], `${day.date} is listed both as a day off and as a working day`, { date: day.date }));
    const wd = weekdayOf(dayOf(day.date));
    if (!day.isOffDay && wd !== 0 && wd !== 6)
      issues.push(
        issue('weekday_make_up', [...p, 'isOffDay'], `${day.date} is a ${WEEKDAY_NAMES[wd]}: a make-up working day falls on a weekend`, { date: day.date }),
      );
    if (year !== undefined && yearOk && yearOf(day.date) !== year)
      issues.push(issue('date_outside_year', [...p, 'date'], `${day.date} is not in ${year}`, { date: day.date, year }));
  }
  return { path, yearPath: isFile ? [...path, 'year'] : path, year: yearOk ? year : undefined, papers, days };
}

/**
 * CAL-04: a calendar with newly announced years loaded at run time — from a holiday-cn `YYYY.json`
 * file (`{ year, papers, days: [{ name, date, isOffDay }] }`), a plain list of days
 * (`[{ date, isOffDay, name? }]`, its year that of its first date), or an array of several of
 * either — on top of `base` (default {@link cnCalendar}). Never throws: every problem is reported
 * at once, as `{ code: 'invalid_calendar', issues }` ({@link CalendarLoadError}), each issue with its
 * path in the input and `rule: 'CAL-04'`.
 *
 * A loaded year replaces that year's days in `base` (its holidays and make-up working days come
 * from the data alone; weekends stay off unless listed as working) and stops being provisional
 * (CAL-03). A day listed `isOffDay: true` is a holiday (a weekend inside a holiday block is fine);
 * `isOffDay: false` is a make-up working day and must fall on a weekend (`weekday_make_up`).
 *
 * Loading over an announced (non-provisional) year of `base` is refused (`year_announced`), and
 * so is loading the same year twice in one input (`year_repeated`); to replace an announced year,
 * build from a base without it. A loaded year must lie within `base`'s coverage or directly after
 * it (after the other loaded years), so coverage stays contiguous (`year_not_adjacent`).
 *
 * The result is frozen; its id is `${base.id}+${years}` (the loaded years joined by `+`).
 *
 * @example
 * const r = loadCalendar({ year: 2027, papers: [], days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] });
 * r.ok && r.value.id // → 'cn-state-council-2024-2026+2027'
 * loadCalendar([{ date: '2026-10-01', isOffDay: true }]).ok // → false (year_announced: 2026 is announced)
 */
export function loadCalendar(input: unknown, options: LoadCalendarOptions = {}): Result<Calendar, CalendarLoadError> {
  const base = options.base ?? cnCalendar;
  const issues: CalendarLoadIssue[] = [];
  const sources: Source[] = [];
  const read = (raw: unknown, path: Path): void => {
    const s = readSource(raw, path, issues);
    if (s !== undefined) sources.push(s);
  };
  if (Array.isArray(input) && input.some((e) => Array.isArray(e) || (isObject(e) && 'days' in e))) {
    input.forEach((e, i) => read(e, [i]));
  } else read(input, []);

  // Year-level checks, in ascending year order so a run of new years chains onto the coverage.
  const fromYear = yearOf(base.covers.from);
  const toYear = yearOf(base.covers.to);
  let next = base.covers.to.slice(5) === '12-31' ? toYear + 1 : toYear;
  const provisional = new Set(base.provisionalYears ?? []);
  const byYear = new Map<number, Source>();
  for (const s of sources) {
    if (s.year === undefined) continue;
    if (byYear.has(s.year)) issues.push(issue('year_repeated', s.yearPath, `${s.year} is loaded twice`, { year: s.year }));
    else byYear.set(s.year, s);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  for (const y of years) {
    const s = byYear.get(y)!;
    const within = y >= fromYear && y <= toYear && y < next;
    if (within && !provisional.has(y))
      issues.push(
        issue('year_announced', s.yearPath, `${y} is already announced in ${base.id}; to replace it, build from a base without it`, { year: y }),
      );
    else if (!within) {
      if (y === next) next++;
      else
        issues.push(
          issue('year_not_adjacent', s.yearPath, `${y} is neither within ${base.id}'s coverage (${base.covers.from}…${base.covers.to}) nor directly after it`, {
            year: y,
          }),
        );
    }
  }
  if (issues.length > 0) return fail('invalid_calendar', deepFreeze(issues));

  const loaded = new Set(years);
  const keep = (date: LocalDate): boolean => !loaded.has(yearOf(date));
  const newDays = years.flatMap((y) => byYear.get(y)!.days.map((d) => d.day));
  const holidays = [...base.holidays.filter(keep), ...newDays.filter((d) => d.isOffDay).map((d) => d.date)].sort();
  const makeUp = [...base.makeUpWorkingDays.filter(keep), ...newDays.filter((d) => !d.isOffDay).map((d) => d.date)].sort();
  const first = years.length > 0 ? `${years[0]}-01-01` : base.covers.from;
  const last = years.length > 0 ? `${years[years.length - 1]}-12-31` : base.covers.to;
  // Provenance survives the load: the base's notices, then the loaded files' papers.
  const provenance = [...new Set([...(base.sources ?? []), ...years.flatMap((y) => byYear.get(y)!.papers)])];
  const calendar: Calendar = {
    id: years.length > 0 ? `${base.id}+${years.join('+')}` : base.id,
    covers: { from: first < base.covers.from ? first : base.covers.from, to: last > base.covers.to ? last : base.covers.to },
    holidays,
    makeUpWorkingDays: makeUp,
    ...(base.provisionalYears === undefined ? {} : { provisionalYears: base.provisionalYears.filter((y) => !loaded.has(y)) }),
    ...(provenance.length === 0 ? {} : { sources: provenance }),
  };
  return ok(deepFreeze(calendar));
}
