import { compileCalendar, type CompiledCalendar } from '../time/calendar.js';
import { cnCalendar } from '../time/cn-calendar.js';

// A memo, not state: compileCalendar already answers the same table for the same calendar; keeping
// it here saves the WeakMap lookup on every refund estimate that uses the built-in calendar.
let compiled: CompiledCalendar | undefined;

/**
 * The built-in China calendar (CAL-01), compiled once.
 *
 * @example
 * defaultCalendar() === compileCalendar(cnCalendar) // → true
 */
export const defaultCalendar = (): CompiledCalendar => (compiled ??= compileCalendar(cnCalendar));
