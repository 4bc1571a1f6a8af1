import { z } from 'zod';

/**
 * An ISO-8601 date-time that carries its offset (`Z` or `±hh:mm`). A bare local time would be read
 * in the host's zone, which TIME-06 forbids, so it is refused at the boundary.
 */
const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** Whether the fields name a real moment: `Date.parse` would quietly roll 02-30 over into March. */
function isRealDateTime(s: string): boolean {
  const m = ISO_WITH_OFFSET.exec(s);
  if (m === null) return false;
  const [year, month, day, hour, minute, second, offH, offM] = m.slice(1).map((x) => Number(x ?? 0)) as number[];
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month! - 1 &&
    date.getUTCDate() === day &&
    hour! < 24 &&
    minute! < 60 &&
    second! < 60 &&
    offH! <= 14 &&
    offM! < 60
  );
}

export const InstantSchema = z
  .string()
  .regex(ISO_WITH_OFFSET, {
    message: 'expected an ISO-8601 date-time with an offset, e.g. 2025-03-01T10:00:00+08:00',
    abort: true,
  })
  .refine(isRealDateTime, { message: 'not a real date-time' });

/** An instant as it travels in JSON. */
export type Instant = string;

/** Integer fen (分): never negative, never fractional. */
export const FenSchema = z.number().int({ message: 'fen must be a whole number' }).nonnegative({ message: 'fen must not be negative' });
