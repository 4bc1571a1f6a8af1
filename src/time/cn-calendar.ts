import type { Calendar } from './calendar.js';
import { dateOf, dayOf } from './local-date.js';
import { deepFreeze } from '../model/freeze.js';

/** Expands `[first, last]` inclusive date ranges to single dates. */
const dates = (...ranges: readonly (readonly [string, string?])[]): string[] =>
  ranges.flatMap(([from, to = from]) => {
    const out: string[] = [];
    for (let d = dayOf(from); d <= dayOf(to); d++) out.push(dateOf(d));
    return out;
  });

/**
 * CAL-01: China's statutory holidays and make-up working days for 2024–2026, as announced by the
 * State Council (国务院办公厅关于…部分节假日安排的通知). A date in 2027 is outside coverage (CAL-02).
 *
 * @example
 * isWorkingDay('2025-09-28', cnCalendar) // → { ok: true, value: true }  (a make-up Sunday)
 */
export const cnCalendar: Calendar = /* @__PURE__ */ deepFreeze({
  id: 'cn-state-council-2024-2026',
  covers: { from: '2024-01-01', to: '2026-12-31' },
  holidays: dates(
    // 2024
    ['2024-01-01'],
    ['2024-02-10', '2024-02-17'],
    ['2024-04-04', '2024-04-06'],
    ['2024-05-01', '2024-05-05'],
    ['2024-06-10'],
    ['2024-09-15', '2024-09-17'],
    ['2024-10-01', '2024-10-07'],
    // 2025 (Mid-Autumn falls inside National Day)
    ['2025-01-01'],
    ['2025-01-28', '2025-02-04'],
    ['2025-04-04', '2025-04-06'],
    ['2025-05-01', '2025-05-05'],
    ['2025-05-31', '2025-06-02'],
    ['2025-10-01', '2025-10-08'],
    // 2026
    ['2026-01-01', '2026-01-03'],
    ['2026-02-15', '2026-02-23'],
    ['2026-04-04', '2026-04-06'],
    ['2026-05-01', '2026-05-05'],
    ['2026-06-19', '2026-06-21'],
    ['2026-09-25', '2026-09-27'],
    ['2026-10-01', '2026-10-07'],
  ),
  makeUpWorkingDays: dates(
    ['2024-02-04'], ['2024-02-18'], ['2024-04-07'], ['2024-04-28'], ['2024-05-11'], ['2024-09-14'], ['2024-09-29'], ['2024-10-12'],
    ['2025-01-26'], ['2025-02-08'], ['2025-04-27'], ['2025-09-28'], ['2025-10-11'],
    ['2026-01-04'], ['2026-02-14'], ['2026-02-28'], ['2026-05-09'], ['2026-09-20'], ['2026-10-10'],
  ),
});
