import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { isInstant } from '../../src/model/is-instant.js';
import { parseIso } from '../../src/time/iso.js';
import { readInstant } from '../../src/time/zone.js';

// The regex check that isInstant's character-code reading replaced, kept as its oracle (TIME-06: never Date.parse).
const IN_RANGE =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:(?:0\d|1[0-3]):[0-5]\d|14:00))$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function oracle(s: string): number {
  if (!IN_RANGE.test(s)) return Number.NaN;
  const year = Number(s.slice(0, 4));
  const month = Number(s.slice(5, 7));
  const day = Number(s.slice(8, 10));
  if (year < 2000 || year > 2199) return Number.NaN;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 ? (leap ? 29 : 28) : DAYS[month - 1]!)) return Number.NaN;
  return parseIso(s);
}

const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, '0'));
/** Instant-shaped strings with every field drawn over all its digits, so most are out of range somewhere. */
const shaped = fc
  .tuple(fc.integer({ min: 1990, max: 2210 }), digits(2), digits(2), digits(2), digits(2), fc.option(digits(2)), fc.option(fc.integer({ min: 0, max: 11 }).chain(digits)),
    fc.oneof(fc.constant('Z'), fc.tuple(fc.constantFrom('+', '-'), digits(2), digits(2)).map(([s, h, m]) => `${s}${h}:${m}`)))
  .map(([y, mo, d, h, mi, sec, frac, off]) => `${y}-${mo}-${d}T${h}:${mi}${sec === null ? '' : `:${sec}${frac === null ? '' : `.${frac}`}`}${off}`);
/** A valid-looking instant with one character replaced or removed. */
const mutated = fc
  .tuple(fc.date({ min: new Date('2000-01-02T00:00:00Z'), max: new Date('2199-12-30T00:00:00Z'), noInvalidDate: true }), fc.nat(), fc.string({ maxLength: 1 }))
  .map(([d, at, c]) => {
    const s = d.toISOString().replace('Z', '+08:00');
    const i = at % s.length;
    return s.slice(0, i) + c + s.slice(i + 1);
  });

describe('isInstant and readInstant (TIME-06)', () => {
  test.prop([fc.oneof(shaped, mutated, fc.string())], { numRuns: 20_000 })('TIME-06: agree with the regex oracle on instant-shaped and mutated strings', (s) => {
    expect(readInstant(s)).toBe(oracle(s));
    expect(isInstant(s)).toBe(!Number.isNaN(oracle(s)));
  });

  test('TIME-06: the edges of each field', () => {
    const cases: [string, boolean][] = [
      ['2024-02-29T10:00:00+08:00', true], ['2025-02-29T10:00:00+08:00', false], ['2100-02-29T10:00:00Z', false],
      ['2000-02-29T10:00:00Z', true], ['2025-04-31T10:00Z', false], ['2025-12-31T23:59:59.999999999-14:00', true], ['2025-12-31T23:59:59-14:01', false],
      ['2025-12-31T23:59:59.123456789+14:00', true], ['2025-12-31T23:59:59.1234567890+08:00', false], ['2025-01-01T10:00:00.+08:00', false],
      ['2025-01-01T24:00Z', false], ['2025-01-01T10:60Z', false], ['2025-01-01T10:00:60Z', false], ['2025-01-01T10:00+13:59', true], ['2025-01-01T10:00+15:00', false],
      ['2025-01-01 10:00:00+08:00', false], ['2025-01-01T10:00:00', false], ['1999-12-31T23:59:59Z', false], ['2200-01-01T00:00Z', false],
    ];
    expect(cases.map(([s]) => isInstant(s))).toEqual(cases.map(([, ok]) => ok));
    expect(readInstant('2025-03-01T10:00:00+08:00')).toBe(Date.UTC(2025, 2, 1, 2));
  });
});
