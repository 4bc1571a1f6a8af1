import * as z from './zod.js';
import { inInstantYears, isInstant, OUTSIDE_INSTANT_YEARS as OUTSIDE } from './is-instant.js';

export { INSTANT_YEARS, isInstant } from './is-instant.js';

/**
 * An ISO-8601 date-time that carries its offset (`Z` or `±hh:mm`). A bare local time would be read
 * in the host's zone, which TIME-06 forbids, so it is refused at the boundary.
 */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

const FORMAT = 'expected an ISO-8601 date-time with an offset, e.g. 2025-03-01T10:00:00+08:00';

/** Why `s` is not an instant: its shape, its year, or a field that names no real moment. */
function instantFault(s: string): string {
  if (!ISO_WITH_OFFSET.test(s)) return /^\d{5,}-/.test(s) ? OUTSIDE : FORMAT;
  return inInstantYears(s) ? 'not a real date-time' : OUTSIDE;
}

/** An instant: a real date-time with its offset, written in a year of `INSTANT_YEARS`. */
export const InstantSchema = z.string().check(
  // Only a failure pays for telling the faults apart.
  z.refine(isInstant, { error: (issue) => instantFault(String(issue.input)) }),
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

/**
 * The money ceiling: 10^13 fen (¥100 billion), far above any one order and about 900 times below
 * 2^53. An order keeps every amount and every sum it forms (payments, items × quantity) at or
 * under it, so what the library adds on top (shipping, refunds over the history, a payment's
 * share of a refund) stays a safe integer: sums of a few such amounts never come near 2^53.
 */
export const MAX_FEN = 10 ** 13;

/**
 * Whether `n` is an amount of money the library takes: whole fen, 0 to {@link MAX_FEN}.
 *
 * @example
 * isFenAmount(1990) // → true
 * isFenAmount(MAX_FEN + 1) // → false
 */
export const isFenAmount = (n: number): boolean => Number.isSafeInteger(n) && n >= 0 && n <= MAX_FEN;

/** The message for an amount or a sum of them above {@link MAX_FEN}. */
export const aboveCeiling = (what: string, fen: number): string => `${what} ${fen} fen, above the ceiling of ${MAX_FEN} fen (MAX_FEN)`;

/** Integer fen (分): never negative, never fractional, never above {@link MAX_FEN}. */
export const FenSchema = z.number().check(
  whole('fen'),
  z.nonnegative({ error: 'fen must not be negative' }),
  // A number past 2^53 is already "not a safe integer"; saying it is also too big is noise.
  z.refine((n) => !Number.isSafeInteger(n) || n <= MAX_FEN, { error: (issue) => aboveCeiling('fen is', Number(issue.input)) }),
);
