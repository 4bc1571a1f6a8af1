import * as z from 'zod';

/**
 * An ISO-8601 date-time that carries its offset (`Z` or `±hh:mm`). A bare local time would be read
 * in the host's zone, which TIME-06 forbids, so it is refused at the boundary.
 */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

const FORMAT = 'expected an ISO-8601 date-time with an offset, e.g. 2025-03-01T10:00:00+08:00';

const two = (s: string, i: number): number => (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether `s` is an instant whose fields name a real moment. `Date.parse` would quietly roll 02-30
 * over into March. Validation sits on every `assess` call, so this reads digits in place.
 */
function isInstant(s: string): boolean {
  if (!ISO_WITH_OFFSET.test(s)) return false;
  const year = two(s, 0) * 100 + two(s, 2);
  const month = two(s, 5);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  const day = two(s, 8);
  const seconds = s.charCodeAt(16) === 58 ? two(s, 17) : 0;
  const offset = s.endsWith('Z') ? 0 : two(s, s.length - 5) * 100 + two(s, s.length - 2);
  return day >= 1 && day <= days && two(s, 11) < 24 && two(s, 14) < 60 && seconds < 60 && offset <= 1400 && offset % 100 < 60;
}

export const InstantSchema = z.string().refine(isInstant, {
  // Only a failure pays for telling the two faults apart.
  error: (issue) => (ISO_WITH_OFFSET.test(String(issue.input)) ? 'not a real date-time' : FORMAT),
});

/** An instant as it travels in JSON. */
export type Instant = string;

/** Integer fen (分): never negative, never fractional. */
export const FenSchema = z.number().int({ message: 'fen must be a whole number' }).nonnegative({ message: 'fen must not be negative' });
