import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cnCalendar, type Calendar } from '../../src/index.js';
import { compileCalendar } from '../../src/time/calendar.js';
import { daysFromCivil, formatIso, parseIso } from '../../src/time/iso.js';
import { instantOfLocal } from '../../src/time/zone.js';

const DAY_MS = 86_400_000;
const NY = 'America/New_York';
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

afterEach(() => {
  vi.restoreAllMocks();
});

/** Every form the schemas admit: with or without seconds, a fraction of 1–9 digits, `Z` or an offset. */
const arbAdmitted = fc
  .record({
    t: fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9998, 11, 31) }),
    seconds: fc.boolean(),
    fraction: fc.option(fc.stringMatching(/^\d{1,9}$/), { nil: undefined }),
    offset: fc.option(fc.record({ sign: fc.constantFrom('+', '-'), h: fc.integer({ min: 0, max: 14 }), m: fc.integer({ min: 0, max: 59 }) }), { nil: undefined }),
  })
  .map(({ t, seconds, fraction, offset }) => {
    const d = new Date(t);
    const clock = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${seconds ? `:${pad(d.getUTCSeconds())}${fraction === undefined ? '' : `.${fraction}`}` : ''}`;
    const zone = offset === undefined ? 'Z' : `${offset.sign}${pad(offset.h)}:${pad(offset.m)}`;
    return `${d.toISOString().slice(0, 10)}T${clock}${zone}`;
  });

describe('TIME-06: the integer paths read and print every admitted instant themselves', () => {
  test.prop([arbAdmitted])('TIME-06 law: parseIso reads every admitted form as Date.parse does, without calling it', (s) => {
    const expected = Date.parse(s);
    const parse = vi.spyOn(Date, 'parse');
    expect(parseIso(s)).toBe(expected);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('TIME-06: the last day of a 400-year era prints as itself', () => {
    expect(formatIso(Date.UTC(2000, 1, 29), 0)).toBe('2000-02-29T00:00:00+00:00');
    expect(formatIso(Date.UTC(2400, 1, 29, 23, 59, 59), 480)).toBe('2400-02-29T23:59:59+08:00');
  });

  it('TIME-02: a fraction of a millisecond is dropped, as toISOString drops it, in any year', () => {
    const year25 = daysFromCivil(25, 1, 1) * DAY_MS;
    expect(formatIso(year25 + 10.5, 0)).toBe('0025-01-01T00:00:00.010+00:00');
    expect(formatIso(daysFromCivil(0, 1, 1) * DAY_MS + 0.5, 0)).toBe('0000-01-01T00:00:00+00:00');
    expect(formatIso(year25 + 100.25, -60)).toBe('0025-01-01T00:00:00.100-01:00');
    expect(formatIso(Date.UTC(2025, 2, 1) + 0.5, 480)).toBe('2025-03-01T00:00:00+08:00');
    expect(formatIso(daysFromCivil(10_000, 1, 1) * DAY_MS + 10, 0)).toBe('10000-01-01T00:00:00.010+00:00');
    expect(formatIso(daysFromCivil(10_000, 1, 1) * DAY_MS + 100, 0)).toBe('10000-01-01T00:00:00.100+00:00');
  });
});

describe('TIME-03: a wall time across a DST change', () => {
  it('TIME-03: a wall time just after the spring-forward gap is found; one inside it moves past the gap', () => {
    // New York 2025-03-09: 02:00 EST → 03:00 EDT (07:00Z).
    expect(instantOfLocal(Date.UTC(2025, 2, 9, 3, 30), NY)).toBe(Date.UTC(2025, 2, 9, 7, 30));
    expect(instantOfLocal(Date.UTC(2025, 2, 9, 2, 30), NY)).toBe(Date.UTC(2025, 2, 9, 7, 30));
    expect(instantOfLocal(Date.UTC(2025, 2, 9, 1, 30), NY)).toBe(Date.UTC(2025, 2, 9, 6, 30));
  });
});

describe('CAL-01: the compiled calendar', () => {
  it('CAL-01: compiles once per calendar object, one byte per covered day', () => {
    const c = compileCalendar(cnCalendar);
    expect(compileCalendar(cnCalendar)).toBe(c);
    expect(c.flags.length).toBe(366 + 365 + 365);
  });

  it('CAL-02: a holiday on the last covered date is inside the coverage', () => {
    const calendar: Calendar = { id: 'edge', covers: { from: '2025-03-03', to: '2025-03-07' }, holidays: ['2025-03-07'], makeUpWorkingDays: ['2025-03-03'] };
    const c = compileCalendar(calendar);
    expect([...c.flags]).toEqual([1, 1, 1, 1, 2]);
  });
});
