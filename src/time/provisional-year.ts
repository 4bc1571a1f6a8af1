import { dateOf, dayOf, weekdayOf, type LocalDate } from './local-date.js';

const SAT = 6;
const SUN = 0;
const isWeekend = (day: number): boolean => weekdayOf(day) === SAT || weekdayOf(day) === SUN;

/** The days `from`…`to`, grown over every weekend day that touches either end, clipped to the year. */
function block(from: number, to: number, first: number, last: number): number[] {
  let lo = from;
  let hi = to;
  while (lo - 1 >= first && isWeekend(lo - 1)) lo--;
  while (hi + 1 <= last && isWeekend(hi + 1)) hi++;
  const out: number[] = [];
  for (let d = Math.max(lo, first); d <= Math.min(hi, last); d++) out.push(d);
  return out;
}

/**
 * A one-day festival (元旦, 清明, 端午, 中秋) joined to its weekend. On Saturday or Sunday the law's
 * day in lieu (放假办法 art. 7) is the Monday, as every notice has placed it. On Tuesday or Thursday
 * the notices bridge to the weekend with a make-up day they announce later; that make-up day can
 * fall after the bridge (2015-01-04 after 2015-01-02), which would push working days later than
 * ours, so the bridge day is taken as off: the construction errs late (CAL-03).
 */
function festival(day: number, first: number, last: number): number[] {
  const wd = weekdayOf(day);
  if (wd === SAT) return block(day, day + 2, first, last);
  if (wd === SUN) return block(day, day + 1, first, last);
  if (wd === 2) return block(day - 1, day, first, last);
  if (wd === 4) return block(day, day + 1, first, last);
  return wd === 3 ? [day] : block(day, day, first, last);
}

/**
 * CAL-03: a provisional year's days off, computed from 《全国年节及纪念日放假办法》 (2024 revision) and
 * the customary blocks the annual notices build around its days: 春节 8 days from 除夕, 劳动节
 * 05-01–05-05, 国庆 10-01–10-07 (10-08 when 中秋 falls inside it), each grown over adjacent
 * weekends; 元旦/清明/端午/中秋 joined to their weekend. No make-up working day is assumed: each one
 * a notice adds turns a day off into a working day, so answers only get earlier once it is known.
 *
 * @example
 * provisionalDaysOff(2027, ['02-05', '04-05', '06-09', '09-15'])
 * // → ['2027-01-01', '2027-01-02', '2027-01-03', '2027-02-05', … '2027-10-07']
 */
export function provisionalDaysOff(
  year: number,
  [eve, qingming, duanwu, midAutumn]: readonly [string, string, string, string],
): LocalDate[] {
  const first = dayOf(`${year}-01-01`);
  const last = dayOf(`${year}-12-31`);
  const on = (mmdd: string): number => dayOf(`${year}-${mmdd}`);
  const national = on('10-01');
  const moon = on(midAutumn);
  const joinsNational = moon >= national && moon <= national + 7;
  const days = new Set<number>([
    ...festival(first, first, last),
    ...block(on(eve), on(eve) + 7, first, last),
    ...festival(on(qingming), first, last),
    ...block(on('05-01'), on('05-05'), first, last),
    ...festival(on(duanwu), first, last),
    ...(joinsNational ? [] : festival(moon, first, last)),
    ...block(national, national + (joinsNational ? 7 : 6), first, last),
  ]);
  return [...days].sort((a, b) => a - b).map(dateOf);
}
