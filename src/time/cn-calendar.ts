import type { Calendar } from './calendar.js';
import { joinYears } from './calendar-year.js';
import { cnYear2024, cnYear2025, cnYear2026 } from './cn-years.js';

/**
 * CAL-01: China's statutory holidays and make-up working days for 2024–2026, as announced by the
 * State Council — the default calendar. A date in 2027 is outside coverage (CAL-02) unless a
 * calendar with it is passed: `cnProvisionalCalendar` (CAL-03), a loaded notice (CAL-04), or
 * `cnAnnouncedCalendar` for every announced year since 2010 (all from `aftersales/calendar`).
 *
 * @example
 * isWorkingDay('2025-09-28', cnCalendar) // → { ok: true, value: true }  (a make-up Sunday)
 */
export const cnCalendar: Calendar = /* @__PURE__ */ joinYears('cn-state-council-2024-2026', [cnYear2024, cnYear2025, cnYear2026]);
