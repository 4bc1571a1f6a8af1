import type { IssuePath } from '../model/failure.js';
import { INSTANT_YEARS } from '../model/instant.js';
import { err, ok, type Result } from '../model/result.js';
import { civilFromDays, daysFromCivil } from '../time/iso.js';
import { DAY_MS, formatInstant, instantOfLocal } from '../time/zone.js';
import { issue, type PlatformIssue } from './issue.js';

/** The zone both platforms document their clock in (北京时间). */
export const BEIJING = 'Asia/Shanghai';

/** Where `"yyyy-MM-dd HH:mm:ss"` has its digits; the other five of its 19 characters are its separators. */
const DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];

/** `/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(text)`, character by character (a regex match and six `Number` reads cost more than the rest of the conversion). */
function isPlatformTime(text: string): boolean {
  if (text.length !== 19 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 32 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return false;
  for (const i of DIGITS) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The two ASCII digits at `i` as a number. */
const num = (text: string, i: number): number => (text.charCodeAt(i) - 48) * 10 + (text.charCodeAt(i + 1) - 48);

/**
 * A platform time, `"yyyy-MM-dd HH:mm:ss"` without an offset, as an ISO-8601 instant with Beijing
 * time's offset (`"2026-03-01T10:00:00+08:00"`). This is the one place in the library where a time
 * without an offset is given one: both platforms document their clock as Beijing time, so the
 * offset is the platform's statement, not a guess from the host. The date must exist on the
 * calendar (`2026-02-30` does not) and the year lie in INSTANT_YEARS; else `invalid_time` at `path`.
 *
 * @example
 * beijingTimeToInstant('2026-03-01 10:00:00') // → { ok: true, value: '2026-03-01T10:00:00+08:00' }
 * beijingTimeToInstant('2026-02-30 10:00:00').ok // → false
 */
export function beijingTimeToInstant(text: string, path: IssuePath = []): Result<string, PlatformIssue> {
  // As a regex match reads it: a caller's non-string as its string.
  const t = typeof text === 'string' ? text : `${text as unknown as string}`;
  if (!isPlatformTime(t)) return bad(text, path, 'is not "yyyy-MM-dd HH:mm:ss"');
  // Read digit by digit: this runs for every time of every payload (bench: the adapters against assess).
  const y = num(t, 0) * 100 + num(t, 2);
  const mo = num(t, 5);
  const d = num(t, 8);
  const h = num(t, 11);
  const mi = num(t, 14);
  const s = num(t, 17);
  if (y < INSTANT_YEARS.first || y > INSTANT_YEARS.supportedLast) return bad(text, path, `is outside the supported years ${INSTANT_YEARS.first}–${INSTANT_YEARS.supportedLast}`);
  const day = daysFromCivil(y, mo, d);
  const [cy, cm, cd] = civilFromDays(day);
  // A date that is not on the calendar (month 13, 30 February) normalises to another one.
  if (cy !== y || cm !== mo || cd !== d) return bad(text, path, 'is not a calendar date');
  if (h > 23 || mi > 59 || s > 59) return bad(text, path, 'is not a time of day');
  return ok(formatInstant(instantOfLocal(day * DAY_MS + ((h * 60 + mi) * 60 + s) * 1000, BEIJING), BEIJING));
}

const bad = (text: string, path: IssuePath, why: string): Result<string, PlatformIssue> => err(issue('invalid_time', path, `time ${JSON.stringify(text)} ${why}`));
