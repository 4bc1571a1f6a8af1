import * as z from './zod.js';
import { isInstant } from './is-instant.js';

export { isInstant } from './is-instant.js';

/**
 * An ISO-8601 date-time that carries its offset (`Z` or `±hh:mm`). A bare local time would be read
 * in the host's zone, which TIME-06 forbids, so it is refused at the boundary.
 */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

const FORMAT = 'expected an ISO-8601 date-time with an offset, e.g. 2025-03-01T10:00:00+08:00';

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
