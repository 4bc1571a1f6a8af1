import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { cnCalendar } from '../../src/index.js';
import { compileCalendar } from '../../src/time/calendar.js';
import { addCalendarDaysMs, addHoursMs, closesAfterSigning, holidayDelayedEnd } from '../../src/time/windows.js';
import { formatInstant, instantOfLocal, localDay, offsetAt, parseInstant } from '../../src/time/zone.js';

const SH = 'Asia/Shanghai';
const NY = 'America/New_York';
const at = (iso: string): number => parseInstant(iso);
const show = (t: number, zone = SH): string => formatInstant(t, zone);
const cal = compileCalendar(cnCalendar);

describe('TIME-01: N days after signing', () => {
  it('TIME-01: signed 2025-03-01 10:00 +08:00, a 7-day window closes 2025-03-09T00:00+08:00', () => {
    expect(show(closesAfterSigning(at('2025-03-01T10:00:00+08:00'), 7, SH))).toBe('2025-03-09T00:00:00+08:00');
  });

  it('TIME-01: a signing at 23:59 still makes the next date day 1', () => {
    expect(show(closesAfterSigning(at('2025-03-01T23:59:00+08:00'), 7, SH))).toBe('2025-03-09T00:00:00+08:00');
    expect(show(closesAfterSigning(at('2025-03-02T00:00:00+08:00'), 7, SH))).toBe('2025-03-10T00:00:00+08:00');
  });

  it('TIME-01: a signing stamped in UTC counts in the policy zone (15:59Z is 23:59 in Shanghai)', () => {
    expect(show(closesAfterSigning(at('2025-03-01T15:59:00Z'), 7, SH))).toBe('2025-03-09T00:00:00+08:00');
    expect(show(closesAfterSigning(at('2025-03-01T16:00:00Z'), 7, SH))).toBe('2025-03-10T00:00:00+08:00');
  });

  it('TIME-01: in a zone with DST the window still closes at local midnight', () => {
    // New York springs forward on 2025-03-09: the 7-day window from 03-05 closes at 03-13T00:00-04:00.
    expect(show(closesAfterSigning(at('2025-03-05T12:00:00-05:00'), 7, NY), NY)).toBe('2025-03-13T00:00:00-04:00');
  });
});

describe('TIME-02 and TIME-03', () => {
  it('TIME-02: N hours is exact elapsed time, across midnight and across a DST change', () => {
    expect(show(addHoursMs(at('2025-03-01T20:00:00+08:00'), 48))).toBe('2025-03-03T20:00:00+08:00');
    expect(show(addHoursMs(at('2025-03-08T20:00:00-05:00'), 24), NY)).toBe('2025-03-09T21:00:00-04:00');
  });

  it('TIME-03: 2025-03-01T15:00 + 2 calendar days = 2025-03-03T15:00 local', () => {
    expect(show(addCalendarDaysMs(at('2025-03-01T15:00:00+08:00'), 2, SH))).toBe('2025-03-03T15:00:00+08:00');
  });

  it('TIME-03: calendar days keep the local clock across a DST change (23 elapsed hours)', () => {
    const from = at('2025-03-08T15:00:00-05:00');
    const to = addCalendarDaysMs(from, 1, NY);
    expect(show(to, NY)).toBe('2025-03-09T15:00:00-04:00');
    expect((to - from) / 3_600_000).toBe(23);
  });

  it('TIME-03: a wall time skipped by DST resolves past the gap', () => {
    expect(show(addCalendarDaysMs(at('2025-03-08T02:30:00-05:00'), 1, NY), NY)).toBe('2025-03-09T03:30:00-04:00');
  });
});

describe('TIME-05: holiday-delayed windows', () => {
  it('TIME-05: 24 h from 2025-09-30T20:00 is pushed past all eight National Day dates to 10-09T20:00', () => {
    const from = at('2025-09-30T20:00:00+08:00');
    expect(show(holidayDelayedEnd(from, addHoursMs(from, 24), SH, cal) as number)).toBe('2025-10-09T20:00:00+08:00');
  });

  it('TIME-05: a window that touches no holiday is not moved', () => {
    const from = at('2025-03-03T10:00:00+08:00');
    expect(holidayDelayedEnd(from, addHoursMs(from, 24), SH, cal)).toBe(addHoursMs(from, 24));
  });

  it('TIME-05: an end at local midnight does not touch the holiday that starts then', () => {
    const from = at('2025-09-30T00:00:00+08:00');
    expect(holidayDelayedEnd(from, at('2025-10-01T00:00:00+08:00'), SH, cal)).toBe(at('2025-10-01T00:00:00+08:00'));
  });

  it('TIME-05: a window reaching past coverage is a CAL-02 issue, not a guess', () => {
    const from = at('2026-12-31T20:00:00+08:00');
    expect(holidayDelayedEnd(from, addHoursMs(from, 24), SH, cal)).toMatchObject({ code: 'calendar_not_covered', date: '2027-01-01' });
  });

  const arbFrom = fc.integer({ min: at('2024-01-01T00:00:00+08:00'), max: at('2026-11-30T00:00:00+08:00') });
  test.prop([arbFrom, fc.integer({ min: 0, max: 72 })])('TIME-05 law: a delayed end is never earlier than the undelayed one', (from, hours) => {
    const end = addHoursMs(from, hours);
    const delayed = holidayDelayedEnd(from, end, SH, cal);
    expect(typeof delayed === 'number' && delayed >= end).toBe(true);
  });

  test.prop([arbFrom, fc.integer({ min: 0, max: 72 }), fc.integer({ min: 1, max: 86_400_000 })])(
    'TIME-05 law: a later start never gives an earlier delayed end',
    (from, hours, later) => {
      const a = holidayDelayedEnd(from, addHoursMs(from, hours), SH, cal) as number;
      const b = holidayDelayedEnd(from + later, addHoursMs(from + later, hours), SH, cal) as number;
      expect(b).toBeGreaterThanOrEqual(a);
    },
  );
});

describe('TIME-06: results never depend on the host time zone', () => {
  it(`TIME-06: formatting and local dates use the policy zone (host TZ=${process.env['TZ'] ?? 'unset'})`, () => {
    const t = at('2025-03-01T16:30:00Z');
    expect(show(t)).toBe('2025-03-02T00:30:00+08:00');
    expect(show(t, 'UTC')).toBe('2025-03-01T16:30:00+00:00');
    expect(show(t, 'Asia/Kolkata')).toBe('2025-03-01T22:00:00+05:30');
    expect(show(t + 7, NY)).toBe('2025-03-01T11:30:00.007-05:00');
    expect(localDay(t, SH) - localDay(t, 'UTC')).toBe(1);
  });

  test.prop([fc.integer({ min: at('1990-01-01T00:00:00Z'), max: at('2040-01-01T00:00:00Z') }), fc.constantFrom(SH, NY, 'UTC', 'Asia/Kolkata', 'Europe/London', 'Australia/Lord_Howe')], { numRuns: 1000 })(
    'TIME-06 law: cached offsets equal Intl\'s, and formatting round-trips',
    (t, zone) => {
      const intl = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).format(new Date(t));
      const m = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(intl);
      const expected = m?.[1] === undefined ? 0 : (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
      expect(offsetAt(zone, t)).toBe(expected);
      expect(parseInstant(formatInstant(t, zone))).toBe(t);
    },
  );

  test.prop([fc.integer({ min: at('2000-01-01T00:00:00Z'), max: at('2035-01-01T00:00:00Z') }), fc.constantFrom(SH, NY, 'Europe/London')])(
    'TIME-06 law: the start of a local day is a local midnight (or the first instant after a gap)',
    (t, zone) => {
      const day = localDay(t, zone);
      const start = instantOfLocal(day * 86_400_000, zone);
      expect(localDay(start, zone)).toBe(day);
      expect(localDay(start - 1, zone)).toBe(day - 1);
    },
  );
});

describe('TIME-05: a window opening inside a holiday', () => {
  it('TIME-05: approved on 2025-10-05T10:00 (a holiday), 24 h run from 10-09T00:00 and end 10-10T00:00', () => {
    const from = at('2025-10-05T10:00:00+08:00');
    expect(show(holidayDelayedEnd(from, addHoursMs(from, 24), SH, cal) as number)).toBe('2025-10-10T00:00:00+08:00');
  });
});
