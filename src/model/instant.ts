import * as z from './zod.js';

/**
 * An ISO-8601 date-time that carries its offset (`Z` or `±hh:mm`). A bare local time would be read
 * in the host's zone, which TIME-06 forbids, so it is refused at the boundary.
 */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

const FORMAT = 'expected an ISO-8601 date-time with an offset, e.g. 2025-03-01T10:00:00+08:00';

/**
 * The form with every field in range (month 01–12, day 01–31, hour 00–23, minute and second 00–59,
 * offset at most ±14:00): one native regex call, cheaper than reading the fields in JavaScript.
 */
const IN_RANGE =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:(?:0\d|1[0-3]):[0-5]\d|14:00))$/;

const two = (s: string, i: number): number => (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether `s` is an instant whose fields name a real moment. `Date.parse` would quietly roll 02-30
 * over into March. Validation sits on every `assess` call, so only days 29–31 read further digits.
 *
 * @example
 * isInstant('2024-02-29T10:00:00+08:00') // → true
 * isInstant('2025-02-29T10:00:00+08:00') // → false
 */
export function isInstant(s: string): boolean {
  if (!IN_RANGE.test(s)) return false;
  const day = two(s, 8);
  if (day <= 28) return true;
  const month = two(s, 5);
  if (month !== 2) return day <= (DAYS_IN_MONTH[month - 1] ?? 0);
  const year = two(s, 0) * 100 + two(s, 2);
  return day === 29 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export const InstantSchema = z.string().check(
  z.refine(isInstant, {
    // Only a failure pays for telling the two faults apart.
    error: (issue) => (ISO_WITH_OFFSET.test(String(issue.input)) ? 'not a real date-time' : FORMAT),
  }),
);

/** An instant as it travels in JSON. */
export type Instant = string;

/**
 * A check that a number is a whole number in the safe-integer range (zod's `int` costs a schema class
 * more), said of `subject` (e.g. 'fen'). A whole number past ±2^53 − 1 (`1e20`) is told apart from a
 * fraction: it is whole, but no longer exact.
 *
 * @example
 * z.number().check(whole('fen')) // 19.9 → 'fen must be a whole number'; 1e20 → 'fen is not a safe integer (…)'
 */
export const whole = (subject?: string) => {
  const unsafe = `not a safe integer (beyond ±${Number.MAX_SAFE_INTEGER}, where doubles stop being exact)`;
  const [fraction, tooBig] = subject === undefined ? ['must be a whole number', unsafe] : [`${subject} must be a whole number`, `${subject} is ${unsafe}`];
  return z.refine<number>((n) => Number.isSafeInteger(n), { error: (issue) => (Number.isInteger(issue.input) ? tooBig : fraction) });
};

/** Integer fen (分): never negative, never fractional. */
export const FenSchema = z.number().check(whole('fen'), z.nonnegative({ error: 'fen must not be negative' }));
