import { createRequire } from 'node:module';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, cnCalendar, isWorkingDay, policies, type Calendar } from '../../src/index.js';
import { compileCalendar } from '../../src/time/calendar.js';
import { dateOf, dayOf } from '../../src/time/local-date.js';
import { addWorkingDaysMs } from '../../src/time/working-days.js';
import { localDay } from '../../src/time/zone.js';

// chinese-days' own functions parse dates in the host zone (wrong under TZ=America/New_York), so
// the cross-check reads its data table: dates off for a holiday, and make-up working days.
const table = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};
const isWeekend = (date: string): boolean => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
const isWorkday = (date: string): boolean => date in table.workdays || (!isWeekend(date) && !(date in table.holidays));

describe('CAL-01: the China calendar 2024–2026', () => {
  it('CAL-01: every date of 2024–2026 agrees with the independent chinese-days package', () => {
    const disagreements: string[] = [];
    for (let d = dayOf('2024-01-01'); d <= dayOf('2026-12-31'); d++) {
      const date = dateOf(d);
      const ours = isWorkingDay(date, cnCalendar);
      if (!ours.ok || ours.value !== isWorkday(date)) disagreements.push(date);
    }
    expect(disagreements).toEqual([]);
  });

  it('CAL-01: the statutory holiday dates are exactly the ones chinese-days lists as days off for a holiday', () => {
    const theirs = Object.keys(table.holidays).filter((d) => d >= '2024-01-01' && d <= '2026-12-31');
    expect([...cnCalendar.holidays].sort()).toEqual(theirs.sort());
  });

  it('CAL-01: the make-up working days are exactly the ones chinese-days lists', () => {
    const theirs = Object.keys(table.workdays).filter((d) => d >= '2024-01-01' && d <= '2026-12-31');
    expect([...cnCalendar.makeUpWorkingDays].sort()).toEqual(theirs.sort());
  });

  it('CAL-01: make-up Sunday 2025-09-28 works, National Day 2025-10-08 does not, an ordinary Saturday does not', () => {
    expect(isWorkingDay('2025-09-28')).toEqual({ ok: true, value: true });
    expect(isWorkingDay('2025-10-08')).toEqual({ ok: true, value: false });
    expect(isWorkingDay('2025-03-01')).toEqual({ ok: true, value: false });
    expect(isWorkingDay('2025-03-03')).toEqual({ ok: true, value: true });
  });
});

describe('CAL-02: leaving coverage is an issue naming the date', () => {
  it('CAL-02: 2027-01-04 is outside the built-in calendar', () => {
    expect(isWorkingDay('2027-01-04')).toEqual({
      ok: false,
      error: {
        code: 'calendar_not_covered',
        issues: [
          {
            code: 'calendar_not_covered',
            rule: 'CAL-02',
            date: '2027-01-04',
            calendar: cnCalendar.id,
            covers: { from: '2024-01-01', to: '2026-12-31' },
          },
        ],
      },
    });
  });

  it('CAL-02: counting working days past 2026-12-31 names the first uncovered date', () => {
    const r = addWorkingDays('2026-12-30T10:00:00+08:00', 3, policies.pinduoduo);
    expect(r.ok).toBe(false);
    expect(r).toMatchObject({ ok: false, error: { code: 'calendar_not_covered', issues: [{ code: 'calendar_not_covered', date: '2027-01-01' }] } });
  });

  it('CAL-02: a caller-supplied calendar extends coverage', () => {
    const extended: Calendar = {
      ...cnCalendar,
      id: 'cn-with-2027',
      covers: { from: '2024-01-01', to: '2027-12-31' },
      holidays: [...cnCalendar.holidays, '2027-01-01'],
    };
    expect(addWorkingDays('2026-12-30T10:00:00+08:00', 3, policies.pinduoduo, { calendar: extended })).toEqual({
      ok: true,
      value: '2027-01-05T10:00:00+08:00',
    });
  });

  it('refuses malformed dates as invalid_input', () => {
    expect(isWorkingDay('2025-02-30')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('TIME-04: working days keep the local clock time', () => {
  it('TIME-04: from Friday 2025-09-26, one working day is make-up Sunday 09-28', () => {
    expect(addWorkingDays('2025-09-26T10:00:00+08:00', 1, policies.taobao)).toEqual({ ok: true, value: '2025-09-28T10:00:00+08:00' });
  });

  it('TIME-04: from 2026-02-13, Saturday 02-14 counts and 02-15…02-23 are skipped', () => {
    expect(addWorkingDays('2026-02-13T09:30:00+08:00', 1, policies.taobao)).toEqual({ ok: true, value: '2026-02-14T09:30:00+08:00' });
    expect(addWorkingDays('2026-02-13T09:30:00+08:00', 2, policies.taobao)).toEqual({ ok: true, value: '2026-02-24T09:30:00+08:00' });
  });

  it('TIME-04: the trigger\'s local date is the one in the policy zone, whatever zone the instant is written in', () => {
    // 2025-09-26T15:00Z is Friday 23:00 in Shanghai; 17:00Z is already Saturday 01:00, a day off.
    expect(addWorkingDays('2025-09-26T15:00:00Z', 1, policies.taobao)).toEqual({ ok: true, value: '2025-09-28T23:00:00+08:00' });
    expect(addWorkingDays('2025-09-26T17:00:00Z', 1, policies.taobao)).toEqual({ ok: true, value: '2025-09-29T00:00:00+08:00' });
  });

  it('TIME-04: a trigger on a day off counts from the first instant of the next working date', () => {
    // Saturday 2025-03-08 09:30: counting starts Monday 03-10 00:00, so one working day is 03-11T00:00.
    expect(addWorkingDays('2025-03-08T09:30:00+08:00', 1, policies.taobao)).toEqual({ ok: true, value: '2025-03-11T00:00:00+08:00' });
    expect(addWorkingDays('2025-03-08T09:30:00+08:00', 0, policies.taobao)).toEqual({ ok: true, value: '2025-03-10T00:00:00+08:00' });
  });

  it('TIME-04: zero working days from a working date is the instant itself', () => {
    expect(addWorkingDays('2025-09-26T10:00:00-04:00', 0, policies.taobao)).toEqual({ ok: true, value: '2025-09-26T22:00:00+08:00' });
  });
});

describe('TIME-04 laws', () => {
  const cal = compileCalendar(cnCalendar);
  const SH = 'Asia/Shanghai';
  const arbT = fc.integer({ min: Date.parse('2024-01-01T00:00:00+08:00'), max: Date.parse('2026-11-30T00:00:00+08:00') });

  test.prop([arbT, fc.integer({ min: 1, max: 10 })])('TIME-04 law: working-day results always land on working days', (t, n) => {
    const r = addWorkingDaysMs(t, n, SH, cal) as number;
    expect(isWorkingDay(dateOf(localDay(r, SH)), cnCalendar)).toEqual({ ok: true, value: true });
    expect(r).toBeGreaterThan(t);
  });

  test.prop([arbT, fc.integer({ min: 1, max: 3 * 86_400_000 }), fc.integer({ min: 0, max: 10 })])(
    'TIME-04 law: a later trigger is never due sooner',
    (t, later, n) => {
      expect(addWorkingDaysMs(t + later, n, SH, cal) as number).toBeGreaterThanOrEqual(addWorkingDaysMs(t, n, SH, cal) as number);
    },
  );
});

describe('CAL-02: a caller-supplied calendar is checked once, when first used', () => {
  const base = { id: 'mine', holidays: [], makeUpWorkingDays: [] };

  it('CAL-02: coverage that ends before it starts, or is not a date, is a programmer error', () => {
    expect(() => isWorkingDay('2025-01-02', { ...base, covers: { from: '2025-12-31', to: '2025-01-01' } })).toThrow(/bad coverage/);
    expect(() => isWorkingDay('2025-01-02', { ...base, covers: { from: '2025-13-01', to: '2025-12-31' } })).toThrow(/bad coverage/);
  });

  it('CAL-02: a holiday or make-up day outside the calendar\'s own coverage is a programmer error', () => {
    expect(() => isWorkingDay('2025-01-02', { ...base, covers: { from: '2025-01-01', to: '2025-12-31' }, holidays: ['2026-01-01'] })).toThrow(
      /2026-01-01 is outside its coverage/,
    );
  });

  it('TIME-04: a negative or fractional count, or a bad instant, is invalid_input naming every bad argument', () => {
    const nIssue = (n: number) => ({ code: 'invalid_value', path: ['n'], message: `working days must be a whole number ≥ 0, got ${n}` });
    expect(addWorkingDays('2025-03-03T10:00:00+08:00', -1, policies.taobao)).toEqual({ ok: false, error: { code: 'invalid_input', issues: [nIssue(-1)] } });
    expect(addWorkingDays('2025-03-03T10:00:00+08:00', 1.5, policies.taobao)).toEqual({ ok: false, error: { code: 'invalid_input', issues: [nIssue(1.5)] } });
    expect(addWorkingDays('not a date', Number.NaN, policies.taobao)).toEqual({
      ok: false,
      error: { code: 'invalid_input', issues: [{ code: 'invalid_format', path: ['instant'], message: 'not an ISO-8601 instant with an offset: not a date' }, nIssue(Number.NaN)] },
    });
  });

  it('CAL-02: a trigger whose own date is outside coverage names that date', () => {
    const r = addWorkingDays('2023-12-31T10:00:00+08:00', 1, policies.taobao);
    expect(r).toMatchObject({ ok: false, error: { code: 'calendar_not_covered', issues: [{ code: 'calendar_not_covered', date: '2023-12-31' }] } });
  });
});
