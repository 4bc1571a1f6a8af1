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

/** A check that a number is a whole number in the safe-integer range (zod's `int` costs a schema class more). */
export const whole = (error = 'must be a whole number') => z.refine<number>((n) => Number.isSafeInteger(n), { error });

/** Integer fen (分): never negative, never fractional. */
export const FenSchema = z.number().check(whole('fen must be a whole number'), z.nonnegative({ error: 'fen must not be negative' }));
