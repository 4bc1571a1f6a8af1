// `aftersales/calendar`: the calendars that change with the world — the provisional years computed
// from the law (CAL-03) and the loader for a newly announced year (CAL-04). A subpath of its own
// because deciding a case inside the announced years never needs them (their code and ten years of
// computed days are ~2 kB gzipped), and a service that keeps time passes the result as `calendar`.
export { cnProvisionalCalendar } from '../time/cn-provisional-calendar.js';
export { provisionalDaysOff } from '../time/provisional-year.js';
export {
  loadCalendar,
  CALENDAR_LOAD_CODES,
  type CalendarLoadCode,
  type CalendarLoadIssue,
  type LoadCalendarOptions,
  type CalendarInput,
  type CalendarDayInput,
  type HolidayCnYear,
} from '../time/load-calendar.js';
export { cnCalendar } from '../time/cn-calendar.js';
export type { Calendar, CalendarIssue } from '../time/calendar.js';
