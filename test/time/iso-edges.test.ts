import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, formatIso, formatLocal, parseIso } from '../../src/time/iso.js';

const DAY_MS = 86_400_000;

/** Day number of a proleptic Gregorian date, by the host's Date (independent of the integer algorithms). */
const dayByDate = (y: number, m: number, d: number): number => {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getTime() / DAY_MS;
};

describe('TIME-06: ISO-8601 on integers, beyond the everyday years', () => {
  it('TIME-06: a string without an offset is never an instant (Date.parse would read it in the host zone)', () => {
    for (const s of ['2025-03-01', '2025-03-01T10:00:00', '2025-03-01T10:00', '2026-12-01 10:00', 'December 1, 2026 10:00', '2025-03-01T10:00:00.123']) {
      expect(parseIso(s), s).toBeNaN();
    }
  });

  it('TIME-06: other forms are NaN, or — where they are the admitted form — read as Date.parse reads them', () => {
    for (const s of [
      '2025-03-01',
      '2025-03-01T10:00Z',
      '2025-03-01T10:00:00+0800',
      '2025-03-01T10:00:00Zx',
      '2025-03-01T10:00:00+08:00x',
      '+012025-03-01T10:00:00Z',
      '2025/03/01T10:00:00Z',
      '20250301T100000Z',
      '2025-03-01T10:00:00.1234+08:00',
      'noon',
      '2025-03-01T',
      '2025-03-01T10:00:00+08',
      '2025-03-01T10:00:00.Zx',
      '2025-03-01x10:00:00Z',
      '2025-03-01T10:00:00X',
      '2025-03-01T10:00:00x08:00',
      '',
    ]) {
      const t = parseIso(s);
      if (!Number.isNaN(t)) expect(t, s).toBe(Date.parse(s));
    }
    expect(parseIso('2025-03-01T10:00Z')).toBe(Date.parse('2025-03-01T10:00Z'));
    expect(parseIso('2025-03-01T10:00:00+0800')).toBeNaN();
    expect(parseIso('noon')).toBeNaN();
  });

  it('TIME-06: a fraction longer than milliseconds is truncated, not rounded', () => {
    expect(parseIso('2025-03-01T10:00:00.9999Z')).toBe(Date.parse('2025-03-01T10:00:00.999Z'));
    expect(parseIso('2025-03-01T10:00:00.05Z')).toBe(Date.parse('2025-03-01T10:00:00.050Z'));
  });

  it('TIME-06: dates before year 0 and far beyond 9999 are exact (proleptic Gregorian)', () => {
    for (const [y, m, d] of [
      [-1, 1, 1],
      [-1, 12, 31],
      [0, 2, 29],
      [-400, 3, 1],
      [-401, 2, 28],
      [10_000, 1, 1],
      [275_000, 6, 15],
    ] as const) {
      const days = daysFromCivil(y, m, d);
      expect(days, `${y}-${m}-${d}`).toBe(dayByDate(y, m, d));
      expect(civilFromDays(days)).toEqual([y, m, d]);
    }
  });

  test.prop([fc.integer({ min: -100_000_000, max: 100_000_000 })])(
    'TIME-06 law: civilFromDays agrees with Date over its whole range, before year 0 included',
    (days) => {
      const date = new Date(days * DAY_MS);
      expect(civilFromDays(days)).toEqual([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]);
    },
  );

  test.prop([fc.integer({ min: -4_000_000_000, max: 4_000_000_000 })])(
    'TIME-06 law: daysFromCivil inverts civilFromDays even past 2^31 days',
    (days) => {
      const [y, m, d] = civilFromDays(days);
      expect(daysFromCivil(y, m, d)).toBe(days);
      expect(m >= 1 && m <= 12 && d >= 1 && d <= 31).toBe(true);
    },
  );

  it('TIME-06: formatting writes years outside 0000–9999 and milliseconds in full', () => {
    expect(formatLocal(Date.UTC(10_000, 0, 1))).toBe('10000-01-01T00:00:00');
    expect(formatIso(Date.UTC(10_000, 0, 1, 8), 480)).toBe('10000-01-01T08:00:00+08:00');
    expect(formatIso(dayByDate(-1, 1, 1) * DAY_MS, -300)).toBe('-1-01-01T00:00:00-05:00');
    expect(formatIso(Date.UTC(2025, 2, 1, 9, 5, 7, 8), -570)).toBe('2025-03-01T09:05:07.008-09:30');
    expect(formatIso(Date.UTC(2025, 2, 1, 9, 5, 7, 80), 345)).toBe('2025-03-01T09:05:07.080+05:45');
    expect(formatIso(Date.UTC(2025, 11, 31, 23, 59, 59, 999), 0)).toBe('2025-12-31T23:59:59.999+00:00');
    expect(formatLocal(Date.UTC(2025, 2, 1, 9, 5, 7, 8))).toBe('2025-03-01T09:05:07.008');
    expect(formatLocal(Date.UTC(2025, 2, 1, 9, 5, 7, 80))).toBe('2025-03-01T09:05:07.080');
    expect(formatLocal(Date.UTC(2025, 2, 1, 9, 5, 7, 800))).toBe('2025-03-01T09:05:07.800');
  });

  test.prop([
    fc.integer({ min: Date.UTC(0, 0, 1) - 1_000 * DAY_MS, max: Date.UTC(12_000, 0, 1) }),
    fc.integer({ min: -14 * 60, max: 14 * 60 }),
  ])('TIME-06 law: every instant formatted at any offset reads back as itself', (utc, offsetMinutes) => {
    const iso = formatIso(utc + offsetMinutes * 60_000, offsetMinutes);
    const [, year, rest] = /^(-?\d+)(-.*)$/.exec(iso)!;
    // Date.parse only reads six-digit extended years, so widen the year before comparing.
    const y = Number(year);
    const extended = y >= 0 && y <= 9999 ? iso : `${y < 0 ? '-' : '+'}${String(Math.abs(y)).padStart(6, '0')}${rest}`;
    expect(Date.parse(extended)).toBe(utc);
  });
});
