import type { Calendar } from './calendar.js';
import { cnCalendar } from './cn-calendar.js';
import { LUNAR_DATES } from './lunar-table.js';
import { provisionalDaysOff } from './provisional-year.js';
import { deepFreeze } from '../model/freeze.js';

const YEARS = Object.keys(LUNAR_DATES).map(Number);

/**
 * CAL-03: the built-in China calendar (CAL-01) followed by provisional years 2027–2036, whose days
 * off are computed from the law and the customary blocks (`provisionalDaysOff`) and which assume no
 * make-up working day. Opt in by passing it as `calendar` where a function takes one; its
 * `provisionalYears` name the years an answer may rest on. Load a year's notice over it with
 * `loadCalendar` (CAL-04) once the State Council publishes it.
 *
 * @example
 * isWorkingDay('2027-02-08', cnProvisionalCalendar) // → { ok: true, value: false }  (春节, provisional)
 */
export const cnProvisionalCalendar: Calendar = /* @__PURE__ */ deepFreeze({
  id: `${cnCalendar.id}+provisional-${YEARS[0]}-${YEARS[YEARS.length - 1]}`,
  covers: { from: cnCalendar.covers.from, to: `${YEARS[YEARS.length - 1]}-12-31` },
  holidays: [...cnCalendar.holidays, ...YEARS.flatMap((y) => provisionalDaysOff(y, LUNAR_DATES[y]!))],
  makeUpWorkingDays: cnCalendar.makeUpWorkingDays,
  provisionalYears: YEARS,
});
