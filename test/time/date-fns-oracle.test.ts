import { fc, test } from '@fast-check/vitest';
import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { addHours } from 'date-fns/addHours';
import { startOfDay } from 'date-fns/startOfDay';
import { describe, expect, it } from 'vitest';
import { addCalendarDaysMs, addHoursMs, closesAfterSigning } from '../../src/time/windows.js';

// date-fns with @date-fns/tz is an independent implementation of the same calendar arithmetic; our
// hot path works on epoch milliseconds and cached offsets for speed, so it must agree with it.
const ZONES = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'UTC', 'Australia/Lord_Howe'] as const;
const arbT = fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2035-01-01T00:00:00Z') });

/**
 * Runs the oracle with the host zone set to UTC. date-fns' TZDate is built on the host's `Date`, and
 * when a target-zone gap meets a host transition it reads the host zone: Lord Howe's 2001-10-28
 * gap, reached from 2001-11-08 02:00 local minus 11 days, is 15:30Z under a UTC or Shanghai host but
 * 16:30Z under New York's (which changes clocks the same day). Our answer must not depend on the
 * host, so the oracle must not either; the call is synchronous, so nothing else sees the switch.
 */
function oracle<T>(f: () => T): T {
  const host = process.env['TZ'];
  process.env['TZ'] = 'UTC';
  try {
    return f();
  } finally {
    if (host === undefined) delete process.env['TZ'];
    else process.env['TZ'] = host;
  }
}

describe('TIME rules agree with date-fns in the zone', () => {
  test.prop([arbT, fc.integer({ min: -60, max: 60 }), fc.constantFrom(...ZONES)], { numRuns: 500 })(
    'TIME-03 law: n calendar days at the same local clock time, as date-fns addDays on a TZDate',
    (t, n, zone) => {
      // Wall times inside a DST gap have no single answer; date-fns and we both move past the gap.
      expect(addCalendarDaysMs(t, n, zone)).toBe(oracle(() => addDays(new TZDate(t, zone), n).getTime()));
    },
  );

  test.prop([arbT, fc.integer({ min: 1, max: 30 }), fc.constantFrom(...ZONES)], { numRuns: 500 })(
    'TIME-01 law: a window of N days after signing closes at the start of local day N+1, as date-fns computes it',
    (signedAt, days, zone) => {
      const expected = oracle(() => startOfDay(addDays(new TZDate(signedAt, zone), days + 1)).getTime());
      expect(closesAfterSigning(signedAt, days, zone)).toBe(expected);
    },
  );

  test.prop([arbT, fc.integer({ min: 0, max: 500 })])('TIME-02 law: N hours is exact elapsed time, as date-fns addHours', (t, h) => {
    expect(addHoursMs(t, h)).toBe(addHours(new Date(t), h).getTime());
  });
});

describe('TIME-03 at transitions seen by fuzzing', () => {
  it('TIME-03: a day that lands in Lord Howe’s half-hour spring gap moves past it, as date-fns does', () => {
    const t = Date.parse('2006-12-24T15:00:00Z');
    expect(new Date(addCalendarDaysMs(t, -57, 'Australia/Lord_Howe')).toISOString()).toBe('2006-10-28T15:30:00.000Z');
  });

  it('TIME-03/TIME-06: Lord Howe’s 2001 spring gap gives one answer on every host (date-fns under a New York host gave 16:30Z)', () => {
    const t = Date.parse('2001-11-07T15:00:00Z');
    expect(new Date(addCalendarDaysMs(t, -11, 'Australia/Lord_Howe')).toISOString()).toBe('2001-10-27T15:30:00.000Z');
    expect(oracle(() => new Date(addDays(new TZDate(t, 'Australia/Lord_Howe'), -11).getTime()).toISOString())).toBe('2001-10-27T15:30:00.000Z');
  });

  it('TIME-03: zero days is the same instant, even inside a backward transition', () => {
    const t = Date.parse('2029-03-31T14:30:00Z');
    expect(addCalendarDaysMs(t, 0, 'Australia/Lord_Howe')).toBe(t);
  });
});
