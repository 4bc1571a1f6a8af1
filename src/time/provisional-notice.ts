import { deepFreeze } from '../model/freeze.js';
import { provisionalNotice, type Reason } from '../model/reason.js';
import { provisionalYearsIn, type CompiledCalendar } from './calendar.js';
import { localDay } from './zone.js';

/**
 * CAL-03: the notice for a window read from local day of `from` to that of `latest` — one
 * {@link provisionalYearsIn} call; `undefined` when every day read was announced.
 *
 * @example
 * provisionalFor(Date.parse('2026-12-31T10:00:00+08:00'), Date.parse('2027-01-02T10:00:00+08:00'), 'Asia/Shanghai', compileCalendar(cnProvisionalCalendar))
 * // → { code: 'calendar_provisional', rule: 'CAL-03', effect: 'info', params: { years: ['2027'] } }
 */
export function provisionalFor(
  from: number,
  latest: number,
  zone: string,
  calendar: CompiledCalendar,
): Reason<'calendar_provisional'> | undefined {
  return provisionalForDays(calendar, localDay(from, zone), localDay(latest, zone));
}

/** CAL-03: the notice for the day numbers `first`…`last` read on `calendar`, or `undefined`. */
export function provisionalForDays(calendar: CompiledCalendar, first: number, last: number): Reason<'calendar_provisional'> | undefined {
  if (calendar.provisional.length === 0) return undefined;
  const years = provisionalYearsIn(calendar, first, last);
  const n = years.length;
  if (n === 0) return undefined;
  // The years touched are a contiguous run of the calendar's sorted provisional years, so the first
  // and last name the run; the frozen notice is built once per run and shared.
  let memo = notices.get(calendar);
  if (memo === undefined) notices.set(calendar, (memo = new Map()));
  const key = years[0]! * 100_000 + years[n - 1]!;
  let notice = memo.get(key);
  if (notice === undefined) memo.set(key, (notice = deepFreeze(provisionalNotice(years))));
  return notice;
}

const notices = new WeakMap<CompiledCalendar, Map<number, Reason<'calendar_provisional'>>>();
