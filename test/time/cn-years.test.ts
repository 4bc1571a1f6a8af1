import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cnAnnouncedCalendar, joinYears, type CalendarYear } from '../../src/calendar/index.js';
import * as years from '../../src/time/cn-years.js';
import { cnCalendar } from '../../src/time/cn-calendar.js';
import { isWorkingDay } from '../../src/time/working-days.js';
import { dateOf, dayOf, weekdayOf } from '../../src/time/local-date.js';

// Two datasets made by other people, read as data (their functions parse in the host zone):
// chinese-days' table, and holiday-calendar's per-year files.
const require = createRequire(import.meta.url);
const chineseDays = require('chinese-days/dist/chinese-days.json') as { holidays: Record<string, string>; workdays: Record<string, string> };
const holidayCalendar = { off: new Set<string>(), work: new Set<string>() };
for (let y = 2010; y <= 2026; y++) {
  const file = JSON.parse(readFileSync(require.resolve(`holiday-calendar/data/CN/${y}.json`), 'utf8')) as {
    dates: { date: string; type: 'public_holiday' | 'transfer_workday' }[];
  };
  for (const d of file.dates) (d.type === 'public_holiday' ? holidayCalendar.off : holidayCalendar.work).add(d.date);
}

type Kind = 'off' | 'work' | 'weekday' | 'weekend';
const kindIn = (off: ReadonlySet<string> | Record<string, string>, work: ReadonlySet<string> | Record<string, string>, date: string): Kind => {
  const has = (s: ReadonlySet<string> | Record<string, string>): boolean => (s instanceof Set ? s.has(date) : date in s);
  if (has(off)) return 'off';
  if (has(work)) return 'work';
  const wd = weekdayOf(dayOf(date));
  return wd === 0 || wd === 6 ? 'weekend' : 'weekday';
};
const ourHolidays = new Set(cnAnnouncedCalendar.holidays);
const ourWork = new Set(cnAnnouncedCalendar.makeUpWorkingDays);
const ours = (date: string): Kind => kindIn(ourHolidays, ourWork, date);
const cd = (date: string): Kind => kindIn(chineseDays.holidays, chineseDays.workdays, date);
const hc = (date: string): Kind => kindIn(holidayCalendar.off, holidayCalendar.work, date);

/**
 * Every date on which the two datasets disagree, what each says, and the reading taken from the
 * notice's own text. A notice's day off is a date or range it names; "与周末连休" (joined to the
 * weekend) names no weekend day, so such a weekend stays an ordinary weekend.
 */
const READINGS: Readonly<Record<string, { cd: Kind; hc: Kind; ours: Kind; notice: string }>> = {
  '2011-06-05': { cd: 'weekend', hc: 'off', ours: 'off', notice: '2011: 端午节：6月4日至6日放假公休，共3天' },
  '2011-12-31': { cd: 'work', hc: 'weekend', ours: 'work', notice: '2012: 元旦：2012年1月1日至3日放假调休，共3天。2011年12月31日（星期六）上班' },
  '2012-06-23': { cd: 'weekend', hc: 'off', ours: 'off', notice: '2012: 端午节：6月22日至24日放假公休，共3天' },
  '2015-01-04': { cd: 'work', hc: 'weekend', ours: 'work', notice: '2015: 元旦：1月1日至3日放假调休，共3天。1月4日（星期日）上班' },
  '2015-05-02': { cd: 'weekend', hc: 'off', ours: 'weekend', notice: '2015: 劳动节：5月1日放假，与周末连休' },
  '2015-05-03': { cd: 'weekend', hc: 'off', ours: 'weekend', notice: '2015: 劳动节：5月1日放假，与周末连休' },
  '2015-06-21': { cd: 'weekend', hc: 'off', ours: 'weekend', notice: '2015: 端午节：6月20日放假，6月22日（星期一）补休' },
  '2015-09-05': { cd: 'weekend', hc: 'off', ours: 'off', notice: '2015 (抗战胜利70周年): 9月3日至5日调休放假，共3天' },
  '2016-01-02': { cd: 'weekend', hc: 'off', ours: 'weekend', notice: '2016: 元旦：1月1日放假，与周末连休' },
  '2016-01-03': { cd: 'weekend', hc: 'off', ours: 'weekend', notice: '2016: 元旦：1月1日放假，与周末连休' },
  '2016-04-02': { cd: 'weekend', hc: 'work', ours: 'weekend', notice: '2016: 清明节：4月4日放假，与周末连休 (no working day announced)' },
  '2016-04-30': { cd: 'weekend', hc: 'off', ours: 'weekend', notice: '2016: 劳动节：5月1日放假，5月2日（星期一）补休' },
  '2018-06-16': { cd: 'weekend', hc: 'work', ours: 'weekend', notice: '2018: 端午节：6月18日放假，与周末连休 (no working day announced)' },
  '2018-09-22': { cd: 'weekend', hc: 'work', ours: 'weekend', notice: '2018: 中秋节：9月24日放假，与周末连休 (no working day announced)' },
  '2020-02-02': { cd: 'off', hc: 'weekend', ours: 'off', notice: '延长2020年春节假期的通知: 延长2020年春节假期至2月2日' },
};

const allDates = (from: string, to: string): string[] =>
  Array.from({ length: dayOf(to) - dayOf(from) + 1 }, (_, i) => dateOf(dayOf(from) + i));

describe('CAL-01: every announced year 2010–2026, checked date by date against two datasets', () => {
  it('CAL-01: where chinese-days and holiday-calendar agree, so do we — on every date from 2010-01-01 to 2026-12-31', () => {
    const wrong = allDates('2010-01-01', '2026-12-31').filter((d) => cd(d) === hc(d) && ours(d) !== cd(d));
    expect(wrong).toEqual([]);
  });

  it('CAL-01: the dates where they disagree are exactly the ones named, each decided by its notice', () => {
    const disagree = allDates('2010-01-01', '2026-12-31').filter((d) => cd(d) !== hc(d));
    expect(disagree).toEqual(Object.keys(READINGS));
    for (const [date, r] of Object.entries(READINGS)) {
      expect({ date, cd: cd(date), hc: hc(date), ours: ours(date) }).toEqual({ date, cd: r.cd, hc: r.hc, ours: r.ours });
    }
  });

  it('CAL-01: every year is its own export covering exactly its dates, with its notice named', () => {
    for (let y = 2010; y <= 2026; y++) {
      const year = (years as Record<string, CalendarYear>)[`cnYear${y}`]!;
      expect(year.year).toBe(y);
      expect([...year.holidays, ...year.makeUpWorkingDays].every((d) => d.startsWith(`${y}-`))).toBe(true);
      expect(year.sources).toContain(`国务院办公厅关于${y}年部分节假日安排的通知`);
    }
  });

  it('CAL-01: the default calendar is the years 2024–2026 joined, and agrees with the full one on them', () => {
    expect(cnCalendar).toEqual(joinYears('cn-state-council-2024-2026', [years.cnYear2024, years.cnYear2025, years.cnYear2026]));
    for (const d of allDates('2024-01-01', '2026-12-31')) expect(isWorkingDay(d, cnCalendar)).toEqual(isWorkingDay(d, cnAnnouncedCalendar));
  });

  it('CAL-01: 2020-02-02 (the extended 春节) is off; 2011-12-31 works; 2009-12-31 is outside coverage (CAL-02)', () => {
    expect(isWorkingDay('2020-02-02', cnAnnouncedCalendar)).toEqual({ ok: true, value: false });
    expect(isWorkingDay('2011-12-31', cnAnnouncedCalendar)).toEqual({ ok: true, value: true });
    expect(isWorkingDay('2009-12-31', cnAnnouncedCalendar)).toMatchObject({ ok: false, error: { code: 'calendar_not_covered', issues: [{ rule: 'CAL-02', date: '2009-12-31' }] } });
  });

  it('CAL-01: joinYears refuses a gap or an unordered run', () => {
    expect(() => joinYears('gap', [years.cnYear2010, years.cnYear2012])).toThrow(RangeError);
    expect(() => joinYears('none', [])).toThrow(RangeError);
  });
});
