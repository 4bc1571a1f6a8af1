// Kept apart from the schemas so the time functions can check an instant without loading zod.

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Two decimal digits at `i` as a number, `-1` unless both are digits (past the end too: NaN compares false). */
const two = (s: string, i: number): number => {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
};

/**
 * The instants the library supports, by the year they are written with (the offset shown), both
 * ends included. Inputs are supported from `first` through `supportedLast`: every answer for them
 * is exact, and every instant a function writes for them re-parses with `InstantSchema` (the
 * round-trip law), because every boundary accepts through `last`. The century of headroom is for
 * outputs — a policy's windows reach at most ten years ahead, and working days stop where the
 * calendar does — and for the offset moving a written year across New Year. Outside: before 2000
 * Asia/Shanghai's history has offsets such as the +08:05:43 of local mean time (before 1901) and
 * `Date.UTC` reads years 0–99 as 19xx; past 9999 an instant no longer has four year digits.
 */
export const INSTANT_YEARS = /* @__PURE__ */ Object.freeze({ first: 2000, supportedLast: 2100, last: 2199 });

/** The message every boundary gives for an instant or a date written in a year outside {@link INSTANT_YEARS}. */
export const OUTSIDE_INSTANT_YEARS = `outside the supported range: years ${INSTANT_YEARS.first}–${INSTANT_YEARS.last}`;

/**
 * Whether the year written at the start of `s` (four digits, as `isInstant` reads them) lies in
 * {@link INSTANT_YEARS}' accepted range.
 *
 * @example
 * inInstantYears('2025-03-01T10:00:00+08:00') // → true
 * inInstantYears('1900-03-01T10:00:00+08:00') // → false
 */
export const inInstantYears = (s: string): boolean => {
  const year = two(s, 0) * 100 + two(s, 2);
  return year >= INSTANT_YEARS.first && year <= INSTANT_YEARS.last;
};

/**
 * Whether `s` is an instant whose fields name a real moment, written in a year of
 * {@link INSTANT_YEARS}: `YYYY-MM-DDTHH:mm[:ss[.f…]](Z|±hh:mm)` with month 01–12, a day the month
 * has (`Date.parse` would quietly roll 02-30 over into March), hour 00–23, minute and second 00–59,
 * one to nine fraction digits, and an offset of at most ±14:00. Every typed instant argument and
 * every instant of a service-level record is checked here, so the fields are read as character
 * codes: a regex over the whole string cost more than the rest of the check and the read together.
 *
 * @example
 * isInstant('2024-02-29T10:00:00+08:00') // → true
 * isInstant('2025-02-29T10:00:00+08:00') // → false
 * isInstant('1900-03-01T10:00:00+08:00') // → false (before INSTANT_YEARS)
 */
export function isInstant(s: string): boolean {
  const n = s.length;
  if (n < 17 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58) return false;
  const century = two(s, 0);
  const yy = two(s, 2);
  const year = century * 100 + yy;
  if (century < 0 || yy < 0 || year < INSTANT_YEARS.first || year > INSTANT_YEARS.last) return false;
  const month = two(s, 5);
  const day = two(s, 8);
  const hour = two(s, 11);
  const minute = two(s, 14);
  if (month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > 28 && day > (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number))) return false;
  let i = 16;
  if (s.charCodeAt(i) === 58) {
    const second = two(s, 17);
    if (second < 0 || second > 59) return false;
    i = 19;
    if (s.charCodeAt(i) === 46) {
      const start = ++i;
      while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
      if (i === start || i - start > 9) return false;
    }
  }
  const sign = s.charCodeAt(i);
  if (sign === 90) return i === n - 1;
  if ((sign !== 43 && sign !== 45) || i !== n - 6 || s.charCodeAt(i + 3) !== 58) return false;
  const oh = two(s, i + 1);
  const om = two(s, i + 4);
  return oh >= 0 && om >= 0 && om <= 59 && (oh < 14 || (oh === 14 && om === 0));
}
