// Kept apart from the schemas so the time functions can check an instant without loading zod.

/**
 * The form with every field in range (month 01–12, day 01–31, hour 00–23, minute and second 00–59,
 * offset at most ±14:00): one native regex call, cheaper than reading the fields in JavaScript.
 */
const IN_RANGE =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:(?:0\d|1[0-3]):[0-5]\d|14:00))$/;

const two = (s: string, i: number): number => (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

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
 * {@link INSTANT_YEARS}. `Date.parse` would quietly roll 02-30
 * over into March. Validation sits on every `assess` call, so only days 29–31 read further digits.
 *
 * @example
 * isInstant('2024-02-29T10:00:00+08:00') // → true
 * isInstant('2025-02-29T10:00:00+08:00') // → false
 * isInstant('1900-03-01T10:00:00+08:00') // → false (before INSTANT_YEARS)
 */
export function isInstant(s: string): boolean {
  if (!IN_RANGE.test(s) || !inInstantYears(s)) return false;
  const day = two(s, 8);
  if (day <= 28) return true;
  const month = two(s, 5);
  if (month !== 2) return day <= (DAYS_IN_MONTH[month - 1] ?? 0);
  const year = two(s, 0) * 100 + two(s, 2);
  return day === 29 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
