import { z } from 'zod';

/**
 * An ISO-8601 date-time that carries its offset (`Z` or `±hh:mm`). A bare local time would be read
 * in the host's zone, which TIME-06 forbids, so it is refused at the boundary.
 */
const ISO_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export const InstantSchema = z
  .string()
  .regex(ISO_WITH_OFFSET, {
    message: 'expected an ISO-8601 date-time with an offset, e.g. 2025-03-01T10:00:00+08:00',
    abort: true,
  })
  .refine((s) => !Number.isNaN(Date.parse(s)), { message: 'not a real date-time' });

/** An instant as it travels in JSON. */
export type Instant = string;

/** Integer fen (分): never negative, never fractional. */
export const FenSchema = z.number().int({ message: 'fen must be a whole number' }).nonnegative({ message: 'fen must not be negative' });
