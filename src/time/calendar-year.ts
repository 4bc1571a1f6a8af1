import type { Calendar } from './calendar.js';
import { dateOf, dayOf, type LocalDate } from './local-date.js';
import { deepFreeze } from '../model/freeze.js';

/**
 * CAL-01: one year of an announced calendar — its days off and make-up working days — with the
 * notices they come from. Years are separate values so a bundle carries only the years it imports.
 */
export interface CalendarYear {
  /** The calendar year, e.g. `2026`; every date below lies in it. */
  readonly year: number;
  /** The days off the notices name, as dates or ranges (a weekend merely "与周末连休" is not one). */
  readonly holidays: readonly LocalDate[];
  /** Weekend dates the notices make working days (调休上班). */
  readonly makeUpWorkingDays: readonly LocalDate[];
  /** The notices, by title, that decide this year's dates. */
  readonly sources: readonly string[];
}

/**
 * Reads a year written compactly: `off` lists `MMDD` dates and `MMDD-MMDD` ranges, `work` lists
 * `MMDD` dates, both space-separated. Only the built-in data is written so; callers load theirs
 * with `loadCalendar` (CAL-04), which validates.
 */
export function compactYear(year: number, off: string, work: string, sources: readonly string[]): CalendarYear {
  const date = (mmdd: string): LocalDate => `${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`;
  const holidays = off.split(' ').flatMap((part) => {
    const [from, to = from] = part.split('-') as [string, string?];
    const out: LocalDate[] = [];
    for (let d = dayOf(date(from)); d <= dayOf(date(to)); d++) out.push(dateOf(d));
    return out;
  });
  const makeUpWorkingDays = work === '' ? [] : work.split(' ').map(date);
  return deepFreeze({ year, holidays, makeUpWorkingDays, sources });
}

/**
 * CAL-01: joins consecutive years into one {@link Calendar} covering them, first January to last
 * December. Years must be given in order with no gap (a programmer error otherwise, as a gap would
 * read as ordinary weekdays).
 *
 * @example
 * joinYears('cn-2025-2026', [cnYear2025, cnYear2026]).covers // → { from: '2025-01-01', to: '2026-12-31' }
 */
export function joinYears(id: string, years: readonly CalendarYear[]): Calendar {
  const first = years[0];
  if (first === undefined) throw new RangeError('joinYears needs at least one year');
  years.forEach((y, i) => {
    if (y.year !== first.year + i) throw new RangeError(`joinYears: ${y.year} does not follow ${first.year + i - 1}`);
  });
  return deepFreeze({
    id,
    covers: { from: `${first.year}-01-01`, to: `${first.year + years.length - 1}-12-31` },
    holidays: years.flatMap((y) => y.holidays),
    makeUpWorkingDays: years.flatMap((y) => y.makeUpWorkingDays),
    sources: [...new Set(years.flatMap((y) => y.sources))],
  });
}
