import type { IssuePath } from '../model/failure.js';
import { INSTANT_YEARS } from '../model/instant.js';
import { err, ok, type Result } from '../model/result.js';
import { civilFromDays, daysFromCivil } from '../time/iso.js';
import { DAY_MS, formatInstant, instantOfLocal } from '../time/zone.js';
import { issue, type PlatformIssue } from './issue.js';

/** The zone both platforms document their clock in (北京时间). */
export const BEIJING = 'Asia/Shanghai';

const PLATFORM_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

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
  const m = PLATFORM_TIME.exec(text);
  if (m === null) return bad(text, path, 'is not "yyyy-MM-dd HH:mm:ss"');
  // Read field by field: this runs for every time of every payload (bench: the adapters against assess).
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const s = Number(m[6]);
  if (y < INSTANT_YEARS.first || y > INSTANT_YEARS.supportedLast) return bad(text, path, `is outside the supported years ${INSTANT_YEARS.first}–${INSTANT_YEARS.supportedLast}`);
  const day = daysFromCivil(y, mo, d);
  const [cy, cm, cd] = civilFromDays(day);
  // A date that is not on the calendar (month 13, 30 February) normalises to another one.
  if (cy !== y || cm !== mo || cd !== d) return bad(text, path, 'is not a calendar date');
  if (h > 23 || mi > 59 || s > 59) return bad(text, path, 'is not a time of day');
  return ok(formatInstant(instantOfLocal(day * DAY_MS + ((h * 60 + mi) * 60 + s) * 1000, BEIJING), BEIJING));
}

const bad = (text: string, path: IssuePath, why: string): Result<string, PlatformIssue> => err(issue('invalid_time', path, `time ${JSON.stringify(text)} ${why}`));
