import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, cnCalendar, isWorkingDay, policies } from '../../src/index.js';
import { cnAnnouncedCalendar, cnProvisionalCalendar, withProvisionalYears } from '../../src/calendar/index.js';
import { dateOf, dayOf } from '../../src/time/local-date.js';
import { DAY_MS } from '../../src/time/zone.js';
import { unwrap } from '../results.js';

const SHANGHAI = 8 * 3_600_000;
const PROVISIONAL_FROM = dayOf('2027-01-01');
/** An instant from 2025-06-01 to 2028-12-31 (Beijing), as ISO with +08:00. */
const arbInstant = fc
  .integer({ min: Date.parse('2025-06-01T00:00:00+08:00'), max: Date.parse('2028-12-31T23:59:59+08:00') })
  .map((t) => new Date(t + SHANGHAI).toISOString().replace('Z', '+08:00').replace('.000', ''));
const beijingDay = (iso: string): number => Math.floor((Date.parse(iso) + SHANGHAI) / DAY_MS);

describe('CAL-03 / CAL-04: working days on a calendar that may be provisional', () => {
  it('CAL-03: 1 working day from Thu 2026-12-31 10:00 reads into 2027 and says so, naming the year', () => {
    expect(addWorkingDays('2026-12-31T10:00:00+08:00', 1, policies.taobao, { calendar: cnProvisionalCalendar })).toEqual({
      ok: true,
      value: '2027-01-04T10:00:00+08:00',
      provisional: { code: 'calendar_provisional', rule: 'CAL-03', effect: 'info', params: { years: ['2027'] } },
    });
  });

  it('CAL-03: the same count inside 2026 carries no provisional field, on either calendar', () => {
    const exact = { ok: true, value: '2026-12-30T10:00:00+08:00' };
    expect(addWorkingDays('2026-12-29T10:00:00+08:00', 1, policies.taobao, { calendar: cnProvisionalCalendar })).toEqual(exact);
    expect(addWorkingDays('2026-12-29T10:00:00+08:00', 1, policies.taobao)).toEqual(exact);
  });

  it('CAL-03: isWorkingDay takes { calendar } and flags a provisional date; 2026-12-31 is not flagged', () => {
    expect(isWorkingDay('2027-02-08', { calendar: cnProvisionalCalendar })).toEqual({
      ok: true,
      value: false,
      provisional: { code: 'calendar_provisional', rule: 'CAL-03', effect: 'info', params: { years: ['2027'] } },
    });
    expect(isWorkingDay('2026-12-31', { calendar: cnProvisionalCalendar })).toEqual({ ok: true, value: true });
    expect(isWorkingDay('2026-12-31', cnProvisionalCalendar)).toEqual({ ok: true, value: true });
  });

  it('CAL-03: withProvisionalYears extends the full announced calendar 2010–2036 and refuses a base ending mid-year or past the lunar table, as a value', () => {
    const c = unwrap(withProvisionalYears(cnAnnouncedCalendar));
    expect(c.covers).toEqual({ from: '2010-01-01', to: '2036-12-31' });
    expect(c.provisionalYears).toEqual(cnProvisionalCalendar.provisionalYears);
    expect(isWorkingDay('2015-09-04', { calendar: c })).toEqual({ ok: true, value: false });
    expect(withProvisionalYears({ ...cnCalendar, covers: { from: '2024-01-01', to: '2026-06-30' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: ['base', 'covers', 'to'], message: expect.stringContaining('ends on 2026-06-30') }] },
    });
    expect(withProvisionalYears(c)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  test.prop([arbInstant, fc.integer({ min: 0, max: 20 })])(
    'CAL-03 law: addWorkingDays carries provisional exactly when a day it read (trigger day … answer day) is in 2027 or later, naming those years',
    (from, n) => {
      const r = addWorkingDays(from, n, policies.taobao, { calendar: cnProvisionalCalendar });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const first = beijingDay(from);
      const last = beijingDay(r.value);
      const years: string[] = [];
      for (let y = Math.max(2027, Number(dateOf(first).slice(0, 4))); y <= Number(dateOf(last).slice(0, 4)); y++) years.push(String(y));
      if (last < PROVISIONAL_FROM) expect(r.provisional).toBeUndefined();
      else expect(r.provisional).toEqual({ code: 'calendar_provisional', rule: 'CAL-03', effect: 'info', params: { years } });
    },
  );

  test.prop([fc.integer({ min: dayOf('2024-01-01'), max: dayOf('2026-12-31') }), fc.integer({ min: 0, max: 10 })])(
    'CAL-04 law: the built-in calendar passed explicitly answers exactly as no calendar at all',
    (day, n) => {
      const date = dateOf(day);
      const at = `${date}T09:30:00+08:00`;
      expect(isWorkingDay(date, { calendar: cnCalendar })).toEqual(isWorkingDay(date));
      expect(isWorkingDay(date, cnCalendar)).toEqual(isWorkingDay(date));
      expect(addWorkingDays(at, n, policies.pinduoduo, { calendar: cnCalendar })).toEqual(addWorkingDays(at, n, policies.pinduoduo));
    },
  );
});
