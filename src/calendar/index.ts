// `aftersales/calendar`: the calendars that change with the world — every announced year since 2010
// one by one (CAL-01), the provisional years computed from the law (CAL-03) and the loader for a
// newly announced year (CAL-04). A subpath of its own because deciding a case inside the default
// years never needs them, and a service that keeps time passes the result as `calendar`. Each year
// is its own export, so a bundle carries only the years it imports.
export { cnProvisionalCalendar, withProvisionalYears } from '../time/cn-provisional-calendar.js';
export { cnAnnouncedCalendar } from '../time/cn-announced-calendar.js';
export { joinYears, type CalendarYear } from '../time/calendar-year.js';
export * from '../time/cn-years.js';
export { provisionalDaysOff } from '../time/provisional-year.js';
export {
  loadCalendar,
  CALENDAR_LOAD_CODES,
  type CalendarLoadCode,
  type CalendarLoadError,
  type CalendarLoadIssue,
  type LoadCalendarOptions,
  type CalendarInput,
  type CalendarDayInput,
  type HolidayCnYear,
} from '../time/load-calendar.js';
export { cnCalendar } from '../time/cn-calendar.js';
export type { Calendar, CalendarError, CalendarIssue } from '../time/calendar.js';
