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
 * Whether `s` is an instant whose fields name a real moment. `Date.parse` would quietly roll 02-30
 * over into March. Validation sits on every `assess` call, so only days 29–31 read further digits.
 *
 * @example
 * isInstant('2024-02-29T10:00:00+08:00') // → true
 * isInstant('2025-02-29T10:00:00+08:00') // → false
 */
export function isInstant(s: string): boolean {
  if (!IN_RANGE.test(s)) return false;
  const day = two(s, 8);
  if (day <= 28) return true;
  const month = two(s, 5);
  if (month !== 2) return day <= (DAYS_IN_MONTH[month - 1] ?? 0);
  const year = two(s, 0) * 100 + two(s, 2);
  return day === 29 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
