import { describe, expect, it } from 'vitest';
import { addWorkingDays, cnCalendar, isWorkingDay, policies, type Calendar } from '../../src/index.js';
import { compileCalendar } from '../../src/time/calendar.js';
import { dateOf, dayOf, weekdayOf } from '../../src/time/local-date.js';
import { addCalendarDaysMs, holidayDelayedEnd } from '../../src/time/windows.js';
import { addWorkingDaysMs } from '../../src/time/working-days.js';
import { formatInstant, localTimeOfDay, offsetAt, parseInstant } from '../../src/time/zone.js';

const SH = 'Asia/Shanghai';
const NY = 'America/New_York';
const at = (iso: string): number => parseInstant(iso);
const cal = compileCalendar(cnCalendar);

describe('TIME-06: zone offsets at their transitions', () => {
  it('TIME-06: the new offset holds from the exact millisecond of a DST change, in both directions', () => {
    // New York: 2025-03-09 02:00 EST → 03:00 EDT (07:00Z); 2025-11-02 02:00 EDT → 01:00 EST (06:00Z).
    expect(offsetAt(NY, at('2025-03-09T06:59:59.999Z'))).toBe(-5 * 3_600_000);
    expect(offsetAt(NY, at('2025-03-09T07:00:00Z'))).toBe(-4 * 3_600_000);
    expect(offsetAt(NY, at('2025-11-02T05:59:59.999Z'))).toBe(-4 * 3_600_000);
    expect(offsetAt(NY, at('2025-11-02T06:00:00Z'))).toBe(-5 * 3_600_000);
    expect(formatInstant(at('2025-11-02T06:00:00Z'), NY)).toBe('2025-11-02T01:00:00-05:00');
  });

  it('TIME-06: alternating zones inside one period never mixes their offsets', () => {
    const t = at('2025-06-01T00:00:00Z');
    expect([offsetAt(SH, t), offsetAt(NY, t), offsetAt(SH, t + 1), offsetAt('UTC', t), offsetAt(NY, t + 1)]).toEqual([
      8 * 3_600_000,
      -4 * 3_600_000,
      8 * 3_600_000,
      0,
      -4 * 3_600_000,
    ]);
  });

  it('TIME-06: instants before 1970 have their local time of day too', () => {
    expect(localTimeOfDay(at('1969-12-31T10:30:00Z'), 'UTC')).toBe(10.5 * 3_600_000);
    expect(formatInstant(at('1969-07-20T20:17:40Z'), 'UTC')).toBe('1969-07-20T20:17:40+00:00');
  });

  it('TIME-06: an unknown time zone is a programmer error naming it', () => {
    expect(() => offsetAt('Mars/Olympus', 0)).toThrow(/unknown time zone: Mars\/Olympus/);
  });
});

describe('CAL-01: local dates', () => {
  it('CAL-01: weekdays are right before 1970 too', () => {
    expect(weekdayOf(dayOf('1969-12-31'))).toBe(3);
    expect(weekdayOf(dayOf('1969-12-28'))).toBe(0);
    expect(weekdayOf(dayOf('2025-03-08'))).toBe(6);
  });

  it('CAL-01: a date that does not exist, or is not YYYY-MM-DD, has no day number', () => {
    for (const bad of ['2025-02-29', '2025-04-31', '2025-13-01', '2025-3-1', '2025-03-01T00:00', 'x2025-03-01']) expect(dayOf(bad), bad).toBeNaN();
    expect(dayOf('2024-02-29')).toBe(19_782);
    expect(dateOf(19_782)).toBe('2024-02-29');
  });

  it('CAL-02: a malformed date is invalid_input with the date in the message', () => {
    expect(isWorkingDay('2025-02-30')).toEqual({
      ok: false,
      error: { code: 'invalid_input', issues: [{ code: 'invalid_format', path: ['date'], message: 'not a real YYYY-MM-DD date: 2025-02-30' }] },
    });
  });
});

describe('CAL-02: caller calendars', () => {
  it('CAL-02: a make-up working day overrides an ordinary weekend; a holiday on a weekday stops work', () => {
    const mine: Calendar = { id: 'mine', covers: { from: '2025-03-01', to: '2025-03-31' }, holidays: ['2025-03-04'], makeUpWorkingDays: ['2025-03-08'] };
    expect(isWorkingDay('2025-03-08', mine)).toEqual({ ok: true, value: true });
    expect(isWorkingDay('2025-03-09', mine)).toEqual({ ok: true, value: false });
    expect(isWorkingDay('2025-03-04', mine)).toEqual({ ok: true, value: false });
    expect(isWorkingDay('2025-03-01', mine)).toEqual({ ok: true, value: false });
    expect(isWorkingDay('2025-03-31', mine)).toEqual({ ok: true, value: true });
    expect(isWorkingDay('2025-04-01', mine)).toMatchObject({ ok: false, error: { code: 'calendar_not_covered', issues: [{ date: '2025-04-01', calendar: 'mine' }] } });
    expect(isWorkingDay('2025-02-28', mine)).toMatchObject({ ok: false, error: { code: 'calendar_not_covered', issues: [{ date: '2025-02-28' }] } });
  });

  it('CAL-02: a one-day calendar is valid; a holiday before its coverage is refused', () => {
    expect(isWorkingDay('2025-03-03', { id: 'day', covers: { from: '2025-03-03', to: '2025-03-03' }, holidays: [], makeUpWorkingDays: [] })).toEqual({
      ok: true,
      value: true,
    });
    expect(() =>
      isWorkingDay('2025-03-03', { id: 'early', covers: { from: '2025-03-01', to: '2025-03-31' }, holidays: ['2025-02-28'], makeUpWorkingDays: [] }),
    ).toThrow(/calendar early: 2025-02-28 is outside its coverage/);
  });

  it('TIME-04: a day off at the end of coverage, skipped to find a working date, names the first uncovered date', () => {
    // Saturday 2026-12-26 … Sunday 12-27 are off, then working days; a calendar ending on Sunday runs out while skipping.
    const short: Calendar = { id: 'short', covers: { from: '2026-12-01', to: '2026-12-27' }, holidays: [], makeUpWorkingDays: [] };
    expect(addWorkingDays('2026-12-26T10:00:00+08:00', 0, policies.taobao, { calendar: short })).toMatchObject({
      ok: false,
      error: { code: 'calendar_not_covered', issues: [{ date: '2026-12-28', calendar: 'short' }] },
    });
  });

  it('TIME-04: counting from an instant that is not ISO-8601 is invalid_input naming it; the internal count stays a programmer error', () => {
    expect(addWorkingDays('soon', 1, policies.taobao)).toEqual({
      ok: false,
      error: { code: 'invalid_input', issues: [{ code: 'invalid_format', path: ['instant'], message: 'not an ISO-8601 instant with an offset: soon' }] },
    });
    expect(() => addWorkingDaysMs(0, -1, SH, cal)).toThrow(/working days must be a whole number ≥ 0, got -1/);
  });
});

describe('TIME-05: empty and edge windows', () => {
  it('TIME-05: an empty window opening inside a holiday still ends where it starts', () => {
    const from = at('2025-10-05T10:00:00+08:00');
    expect(holidayDelayedEnd(from, from, SH, cal)).toBe(from);
  });

  it('TIME-05: an empty window outside the calendar covers no date, so it needs none', () => {
    const from = at('2027-06-01T10:00:00+08:00');
    expect(holidayDelayedEnd(from, from, SH, cal)).toBe(from);
  });

  it('TIME-05: a window ending exactly at the start of a holiday is not moved; one ending a millisecond later is', () => {
    const from = at('2025-09-30T10:00:00+08:00');
    expect(holidayDelayedEnd(from, at('2025-10-01T00:00:00+08:00'), SH, cal)).toBe(at('2025-10-01T00:00:00+08:00'));
    expect(holidayDelayedEnd(from, at('2025-10-01T00:00:00.001+08:00'), SH, cal)).toBe(at('2025-10-09T00:00:00.001+08:00'));
  });
});

describe('TIME-03: wall times a DST change repeats', () => {
  it('TIME-03: a local time that occurs twice resolves to its first occurrence (Temporal "compatible")', () => {
    // New York falls back at 2025-11-02 02:00 EDT: 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST).
    const to = addCalendarDaysMs(at('2025-11-01T01:30:00-04:00'), 1, NY);
    expect(formatInstant(to, NY)).toBe('2025-11-02T01:30:00-04:00');
    expect(formatInstant(addCalendarDaysMs(to, 1, NY), NY)).toBe('2025-11-03T01:30:00-05:00');
  });
});
