import { invalidArgument } from '../model/invalid-argument.js';
import type { InputError } from '../model/parse.js';
import { err, ok, type Result } from '../model/result.js';
import type { Calendar } from './calendar.js';
import { cnCalendar } from './cn-calendar.js';
import { LUNAR_DATES } from './lunar-table.js';
import { provisionalDaysOff } from './provisional-year.js';
import { deepFreeze } from '../model/freeze.js';

const LAST = Math.max(...Object.keys(LUNAR_DATES).map(Number));
const LAW = '全国年节及纪念日放假办法 (2024 revision), with the customary blocks of the annual notices';

/**
 * CAL-03: `base` followed by provisional years — from the year after `base` ends through 2036 —
 * whose days off are computed from the law and the customary blocks (`provisionalDaysOff`), with
 * no make-up working day assumed. A `base` that does not end on 31 December of a year before the
 * last one the lunar table holds (a loaded calendar may reach past it) is `invalid_input` at
 * `['base', 'covers', 'to']`; an answer that reads one of the added years names it (`provisional`).
 *
 * @example
 * withProvisionalYears(cnAnnouncedCalendar).value?.covers // → { from: '2010-01-01', to: '2036-12-31' }
 */
export function withProvisionalYears(base: Calendar): Result<Calendar, InputError> {
  const end = base.covers.to;
  const next = Number(end.slice(0, 4)) + 1;
  if (!end.endsWith('-12-31') || !(next in LUNAR_DATES)) {
    return err(invalidArgument(['base', 'covers', 'to'], `${base.id} ends on ${end}: it must end on 31 December of a year before ${LAST}`));
  }
  const years = Array.from({ length: LAST - next + 1 }, (_, i) => next + i);
  return ok(
    deepFreeze({
      id: `${base.id}+provisional-${next}-${LAST}`,
      covers: { from: base.covers.from, to: `${LAST}-12-31` },
      holidays: [...base.holidays, ...years.flatMap((y) => provisionalDaysOff(y, LUNAR_DATES[y]!))],
      makeUpWorkingDays: base.makeUpWorkingDays,
      provisionalYears: [...(base.provisionalYears ?? []), ...years],
      sources: [...(base.sources ?? []), LAW],
    }),
  );
}

/**
 * CAL-03: the built-in China calendar (CAL-01, 2024–2026) followed by provisional years 2027–2036
 * ({@link withProvisionalYears}). Opt in by passing it as `calendar` where a function takes one; its
 * `provisionalYears` name the years an answer may rest on. Load a year's notice over it with
 * `loadCalendar` (CAL-04) once the State Council publishes it.
 *
 * @example
 * isWorkingDay('2027-02-08', cnProvisionalCalendar) // → { ok: true, value: false }  (春节, provisional)
 */
export const cnProvisionalCalendar: Calendar = /* @__PURE__ */ provisionalOf(cnCalendar);

// cnCalendar ends on 31 December of an announced year, before the lunar table's last.
function provisionalOf(base: Calendar): Calendar {
  const r = withProvisionalYears(base);
  if (!r.ok) throw new Error(`cnProvisionalCalendar: ${r.error.issues[0]?.message ?? ''}`);
  return r.value;
}
