import type { Calendar } from './calendar.js';
import { joinYears } from './calendar-year.js';
import * as Y from './cn-years.js';

/**
 * CAL-01: every year the State Council has announced, 2010–2026, as one calendar. For a service
 * that answers about past years (an SLA report over 2019's records); the default `cnCalendar` keeps
 * to 2024–2026, and `joinYears` builds any run of single years (`cnYear2010` … `cnYear2026`).
 *
 * @example
 * isWorkingDay('2020-02-02', cnAnnouncedCalendar) // → { ok: true, value: false }  (春节, extended)
 */
export const cnAnnouncedCalendar: Calendar = /* @__PURE__ */ joinYears('cn-state-council-2010-2026', [
  Y.cnYear2010, Y.cnYear2011, Y.cnYear2012, Y.cnYear2013, Y.cnYear2014, Y.cnYear2015, Y.cnYear2016, Y.cnYear2017, Y.cnYear2018,
  Y.cnYear2019, Y.cnYear2020, Y.cnYear2021, Y.cnYear2022, Y.cnYear2023, Y.cnYear2024, Y.cnYear2025, Y.cnYear2026,
]);
