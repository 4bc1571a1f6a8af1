import { Lunar } from 'lunar-javascript';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { cnCalendar, estimateRefundArrival, isWorkingDay, type Calendar } from '../../src/index.js';
import { cnProvisionalCalendar, loadCalendar, provisionalDaysOff } from '../../src/calendar/index.js';
import { compileCalendar } from '../../src/time/calendar.js';
import { dateOf, dayOf } from '../../src/time/local-date.js';
import { LUNAR_DATES } from '../../src/time/lunar-table.js';
import { addWorkingDaysMs } from '../../src/time/working-days.js';
import { PDD, TAOBAO } from '../refund/helpers.js';

/** 除夕, 清明, 端午, 中秋 of `year` as MM-DD, computed by lunar-javascript (an independent library). */
const lunarRow = (year: number): [string, string, string, string] => {
  const mmdd = (ymd: string) => ymd.slice(5);
  return [
    mmdd(Lunar.fromYmd(year, 1, 1).getSolar().next(-1).toYmd()),
    mmdd(Lunar.fromYmd(year, 3, 1).getJieQiTable()['清明']!.toYmd()),
    mmdd(Lunar.fromYmd(year, 5, 5).getSolar().toYmd()),
    mmdd(Lunar.fromYmd(year, 8, 15).getSolar().toYmd()),
  ];
};

const YEARS = Object.keys(LUNAR_DATES).map(Number);

describe('CAL-03: the lunar table', () => {
  it('CAL-03: reaches at least 10 years past the last announced year', () => {
    expect(YEARS[0]).toBe(2027);
    expect(YEARS.at(-1)).toBeGreaterThanOrEqual(2036);
    expect(cnProvisionalCalendar.provisionalYears).toEqual(YEARS);
  });

  it.each(YEARS)('CAL-03: %i agrees with lunar-javascript on 除夕, 清明, 端午 and 中秋', (year) => {
    expect(LUNAR_DATES[year]).toEqual(lunarRow(year));
  });

  it('CAL-03: 2027 春节 starts on 除夕 02-05, so 正月初一 is 02-06 (not ICU 78’s 02-07)', () => {
    expect(LUNAR_DATES[2027]![0]).toBe('02-05');
  });
});

describe('CAL-03: the provisional days off', () => {
  it('CAL-03: 2027 as the law and the customary blocks give it', () => {
    const ranges = (list: readonly string[]) => {
      const out: string[] = [];
      for (const d of list) {
        const last = out.at(-1);
        if (last !== undefined && dayOf(last.slice(-10)) + 1 === dayOf(d)) out[out.length - 1] = `${last.slice(0, 10)}…${d}`;
        else out.push(d);
      }
      return out;
    };
    expect(ranges(provisionalDaysOff(2027, LUNAR_DATES[2027]!))).toEqual([
      '2027-01-01…2027-01-03',
      '2027-02-05…2027-02-14',
      '2027-04-03…2027-04-05',
      '2027-05-01…2027-05-05',
      '2027-06-09',
      '2027-09-15',
      '2027-10-01…2027-10-07',
    ]);
  });

  it('CAL-03: 中秋 inside 国庆 makes it 8 days (2028: 10-03 → 10-01…10-08)', () => {
    const off = provisionalDaysOff(2028, LUNAR_DATES[2028]!);
    for (let d = dayOf('2028-10-01'); d <= dayOf('2028-10-08'); d++) expect(off).toContain(dateOf(d));
  });

  it.each(YEARS)('CAL-03: %i holds every statutory day of the law (放假办法 art. 2)', (year) => {
    const [eve, qingming, duanwu, midAutumn] = LUNAR_DATES[year]!;
    const off = provisionalDaysOff(year, LUNAR_DATES[year]!);
    const statutory = [`${year}-01-01`, `${year}-${qingming}`, `${year}-05-01`, `${year}-05-02`, `${year}-${duanwu}`, `${year}-${midAutumn}`];
    for (let d = dayOf(`${year}-${eve}`); d < dayOf(`${year}-${eve}`) + 4; d++) statutory.push(dateOf(d));
    for (const d of ['10-01', '10-02', '10-03']) statutory.push(`${year}-${d}`);
    for (const d of statutory) expect(off).toContain(d);
  });

  // The construction run on years whose notices we have: it must keep every announced day off, and
  // (the err-late law) never answer a working-day count earlier than the notice did.
  const constructed: Calendar = {
    id: 'constructed-2025-2026',
    covers: { from: '2025-01-01', to: '2026-12-31' },
    holidays: [2025, 2026].flatMap((y) => provisionalDaysOff(y, lunarRow(y))),
    makeUpWorkingDays: [],
  };

  it('CAL-03: run on 2025 and 2026, it keeps every day off the State Council announced', () => {
    const off = new Set(constructed.holidays);
    expect(cnCalendar.holidays.filter((d) => d >= '2025-01-01' && !off.has(d))).toEqual([]);
  });

  it('CAL-03 errs late: on 2025–2026 no count of working days ends earlier than the announced answer', () => {
    const ours = compileCalendar(constructed);
    const announced = compileCalendar(cnCalendar);
    const zone = 'Asia/Shanghai';
    let compared = 0;
    for (let day = dayOf('2025-01-01'); day <= dayOf('2026-11-30'); day++) {
      for (const hour of [0, 10, 23]) {
        const t = Date.UTC(1970, 0, 1) + day * 86_400_000 + (hour - 8) * 3_600_000;
        for (const n of [0, 1, 2, 3, 5, 7, 10]) {
          const a = addWorkingDaysMs(t, n, zone, announced);
          const p = addWorkingDaysMs(t, n, zone, ours);
          if (typeof a !== 'number' || typeof p !== 'number') continue;
          compared++;
          if (p < a) expect({ from: dateOf(day), hour, n, provisional: p }).toEqual({ from: dateOf(day), hour, n, provisional: a });
        }
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });
});

describe('CAL-03: the opt-in provisional calendar across the year end', () => {
  it('CAL-03: it is the built-in calendar on the announced years', () => {
    for (let d = dayOf('2024-01-01'); d <= dayOf('2026-12-31'); d++) {
      expect(isWorkingDay(dateOf(d), cnProvisionalCalendar)).toEqual(isWorkingDay(dateOf(d), cnCalendar));
    }
  });

  it('CAL-03: Taobao 1–3 working days from Tue 2026-12-29 10:00 → 2026-12-30 10:00 … 2027-01-04 10:00', () => {
    const r = estimateRefundArrival({ from: '2026-12-29T10:00:00+08:00', trigger: 'approved', method: 'alipay' }, TAOBAO, {
      calendar: cnProvisionalCalendar,
    });
    expect(r).toMatchObject({ ok: true, value: { earliest: '2026-12-30T10:00:00+08:00', latest: '2027-01-04T10:00:00+08:00' } });
  });

  it('CAL-03: a WeChat refund approved 2026-12-31 10:00 lands by 2027-01-02 10:00 or later', () => {
    const r = estimateRefundArrival({ from: '2026-12-31T10:00:00+08:00', trigger: 'approved', method: 'wechat_pay' }, PDD, {
      calendar: cnProvisionalCalendar,
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(Date.parse(r.value.latest)).toBeGreaterThanOrEqual(Date.parse('2027-01-02T10:00:00+08:00'));
  });

  it('CAL-02 still holds past the provisional horizon', () => {
    expect(isWorkingDay('2037-01-05', cnProvisionalCalendar)).toMatchObject({ ok: false, error: { code: 'calendar_not_covered', issues: [{ code: 'calendar_not_covered', date: '2037-01-05' }] } });
  });
});

describe('CAL-04 over CAL-03: a loaded notice replaces the provisional year', () => {
  it('CAL-04: Taobao from Tue 2026-12-29 10:00 after loading a 2027 file with a make-up Saturday → 2027-01-02 10:00, exact', () => {
    const file = { year: 2027, papers: [], days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }, { name: '元旦', date: '2027-01-02', isOffDay: false }] };
    const loaded = loadCalendar(file, { base: cnProvisionalCalendar });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.provisionalYears).toEqual(YEARS.filter((y) => y !== 2027));
    const r = estimateRefundArrival({ from: '2026-12-29T10:00:00+08:00', trigger: 'approved', method: 'alipay' }, TAOBAO, { calendar: loaded.value });
    expect(r).toMatchObject({ ok: true, value: { latest: '2027-01-02T10:00:00+08:00' } });
  });

  const off2027 = provisionalDaysOff(2027, LUNAR_DATES[2027]!);
  const weekends2027: string[] = [];
  for (let d = dayOf('2027-01-01'); d <= dayOf('2027-12-31'); d++) if ([0, 6].includes(new Date(d * 86_400_000).getUTCDay())) weekends2027.push(dateOf(d));
  // Any arrangement a notice can make: some of the provisional days off kept, some weekends made working.
  const arrangement = fc
    .tuple(fc.subarray(off2027), fc.subarray(weekends2027))
    .map(([kept, makeUp]) => ({
      year: 2027,
      papers: [],
      days: [
        ...kept.map((date) => ({ name: '假日', date, isOffDay: true })),
        ...makeUp.filter((d) => !kept.includes(d)).map((date) => ({ name: '调休', date, isOffDay: false })),
      ],
    }));

  test.prop([arrangement], { numRuns: 25 })('CAL-03 errs late: loading 2027’s notice never moves a working-day count later', (file) => {
    const loaded = loadCalendar(file, { base: cnProvisionalCalendar });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const exact = compileCalendar(loaded.value);
    const provisional = compileCalendar(cnProvisionalCalendar);
    for (let day = dayOf('2026-12-01'); day <= dayOf('2027-12-20'); day += 3) {
      const t = day * 86_400_000 + 2 * 3_600_000; // 10:00 in Beijing
      for (const n of [1, 3, 7]) {
        const a = addWorkingDaysMs(t, n, 'Asia/Shanghai', exact);
        const p = addWorkingDaysMs(t, n, 'Asia/Shanghai', provisional);
        expect(typeof a === 'number' && typeof p === 'number' && a <= p).toBe(true);
      }
    }
  });
});
