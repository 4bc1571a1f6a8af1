import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../src/index.js';
import { cnCalendar, loadCalendar, type Calendar, type CalendarLoadIssue } from '../../src/calendar/index.js';

// A 2027 file in the holiday-cn shape (illustrative dates: 2027-02-20 is a make-up Saturday).
const file2027 = {
  year: 2027,
  papers: ['https://www.gov.cn/example'],
  days: [
    { name: '元旦', date: '2027-01-01', isOffDay: true },
    { name: '元旦', date: '2027-01-02', isOffDay: true },
    { name: '元旦', date: '2027-01-03', isOffDay: true },
    { name: '春节', date: '2027-02-06', isOffDay: true },
    { name: '春节', date: '2027-02-07', isOffDay: true },
    { name: '春节', date: '2027-02-08', isOffDay: true },
    { name: '春节', date: '2027-02-09', isOffDay: true },
    { name: '春节', date: '2027-02-20', isOffDay: false },
  ],
};

const issuesOf = (input: unknown, base?: Calendar): readonly CalendarLoadIssue[] => {
  const r = base === undefined ? loadCalendar(input) : loadCalendar(input, { base });
  if (r.ok) throw new Error('expected a failure');
  expect(r.error.code).toBe('invalid_calendar');
  return r.error.issues;
};
const codes = (issues: readonly CalendarLoadIssue[]) => issues.map((i) => [i.code, i.path]);

describe('CAL-04: loading calendar data at run time', () => {
  it('CAL-04: the loaded calendar keeps its provenance: the base notices, then the files\' papers, once each', () => {
    const r = loadCalendar([file2027, { ...file2027, year: 2028, papers: ['https://www.gov.cn/example', 'notice 2028'], days: [{ name: '元旦', date: '2028-01-01', isOffDay: true }] }]);
    expect(r.ok && r.value.sources).toEqual([...(cnCalendar.sources ?? []), 'https://www.gov.cn/example', 'notice 2028']);
    expect(cnCalendar.sources?.length).toBeGreaterThan(0);
    const plain = loadCalendar([{ date: '2027-01-01', isOffDay: true }]);
    expect(plain.ok && plain.value.sources).toEqual(cnCalendar.sources);
  });

  it('CAL-04: a 2027 holiday-cn file loads; its make-up Saturday is a working day', () => {
    const r = loadCalendar(file2027);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const cal = r.value;
    expect(cal.id).toBe('cn-state-council-2024-2026+2027');
    expect(cal.covers).toEqual({ from: '2024-01-01', to: '2027-12-31' });
    expect(isWorkingDay('2027-02-20', cal)).toEqual({ ok: true, value: true });
    expect(isWorkingDay('2027-02-08', cal)).toEqual({ ok: true, value: false });
    expect(isWorkingDay('2027-02-10', cal)).toEqual({ ok: true, value: true });
    expect(isWorkingDay('2027-02-13', cal)).toEqual({ ok: true, value: false }); // a plain Saturday
    expect(isWorkingDay('2026-10-01', cal)).toEqual({ ok: true, value: false }); // base kept
    expect(isWorkingDay('2025-09-28', cal)).toEqual({ ok: true, value: true });
    expect(isWorkingDay('2028-01-03', cal).ok).toBe(false);
  });

  it('CAL-04: the result is frozen', () => {
    const r = loadCalendar(file2027);
    if (!r.ok) throw new Error('expected success');
    expect(Object.isFrozen(r.value)).toBe(true);
    expect(Object.isFrozen(r.value.covers)).toBe(true);
    expect(Object.isFrozen(r.value.holidays)).toBe(true);
    expect(Object.isFrozen(r.value.makeUpWorkingDays)).toBe(true);
    expect(() => (r.value.holidays as string[]).push('2027-03-01')).toThrow();
  });

  it('CAL-04: a plain list of days loads, its year taken from the dates', () => {
    const r = loadCalendar([
      { date: '2027-01-01', isOffDay: true },
      { date: '2027-02-20', isOffDay: false, name: 'make-up' },
    ]);
    expect(r.ok && isWorkingDay('2027-02-20', r.value)).toEqual({ ok: true, value: true });
  });

  it('CAL-04: several year files load at once and chain onto the coverage', () => {
    const file2028 = { year: 2028, papers: [], days: [{ name: '元旦', date: '2028-01-01', isOffDay: true }] };
    const r = loadCalendar([file2028, file2027]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.id).toBe('cn-state-council-2024-2026+2027+2028');
    expect(r.value.covers.to).toBe('2028-12-31');
    expect(isWorkingDay('2028-01-03', r.value)).toEqual({ ok: true, value: true });
  });

  it('CAL-04: a loaded year replaces a provisional year of the base and stops being provisional', () => {
    const base: Calendar = {
      id: 'test',
      covers: { from: '2026-01-01', to: '2027-12-31' },
      holidays: ['2027-01-01', '2027-05-03'],
      makeUpWorkingDays: [],
      provisionalYears: [2027],
    };
    const r = loadCalendar(file2027, { base });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.id).toBe('test+2027');
    expect(r.value.provisionalYears).toEqual([]);
    expect(r.value.covers).toEqual({ from: '2026-01-01', to: '2027-12-31' });
    expect(isWorkingDay('2027-05-03', r.value)).toEqual({ ok: true, value: true }); // base's day replaced
    expect(isWorkingDay('2027-02-20', r.value)).toEqual({ ok: true, value: true });
  });

  it('CAL-04: loading 2026 over the built-in calendar is refused with year_announced', () => {
    const issues = issuesOf({ year: 2026, papers: [], days: [{ name: '国庆节', date: '2026-10-01', isOffDay: true }] });
    expect(codes(issues)).toEqual([['year_announced', ['year']]]);
    expect(issues[0]).toMatchObject({ rule: 'CAL-04', year: 2026 });
    expect(codes(issuesOf([{ date: '2026-10-01', isOffDay: true }]))).toEqual([['year_announced', []]]);
  });

  it('CAL-04: invalid_calendar_data names each bad field by path', () => {
    expect(codes(issuesOf('nope'))).toEqual([['invalid_calendar_data', []]]);
    expect(codes(issuesOf(null))).toEqual([['invalid_calendar_data', []]]);
    const issues = issuesOf({ year: '2027', papers: [1], days: [{ name: 'x', date: '2027-02-30', isOffDay: 'yes' }] });
    expect(codes(issues)).toEqual(
      expect.arrayContaining([
        ['invalid_calendar_data', ['year']],
        ['invalid_calendar_data', ['papers', 0]],
        ['invalid_calendar_data', ['days', 0, 'date']],
        ['invalid_calendar_data', ['days', 0, 'isOffDay']],
      ]),
    );
    expect(codes(issuesOf({ year: 2027, papers: [] }))).toEqual([['invalid_calendar_data', ['days']]]);
    expect(codes(issuesOf({ year: 2027, papers: [], days: [{ date: '2027-01-01', isOffDay: true }] }))).toEqual([
      ['invalid_calendar_data', ['days', 0, 'name']],
    ]);
    for (const i of issues) expect(i.rule).toBe('CAL-04');
  });

  it('CAL-04: date_outside_year', () => {
    const issues = issuesOf({ ...file2027, days: [...file2027.days, { name: 'x', date: '2028-01-01', isOffDay: true }] });
    expect(codes(issues)).toEqual([['date_outside_year', ['days', 8, 'date']]]);
    expect(issues[0]).toMatchObject({ date: '2028-01-01', year: 2027 });
  });

  it('CAL-04: date_repeated and day_off_and_working', () => {
    expect(codes(issuesOf({ ...file2027, days: [...file2027.days, { name: 'x', date: '2027-01-01', isOffDay: true }] }))).toEqual([
      ['date_repeated', ['days', 8, 'date']],
    ]);
    expect(codes(issuesOf({ ...file2027, days: [...file2027.days, { name: 'x', date: '2027-01-02', isOffDay: false }] }))).toEqual([
      ['day_off_and_working', ['days', 8, 'date']],
    ]);
  });

  it('CAL-04: weekday_make_up — a working day listed on Monday–Friday is an error', () => {
    const issues = issuesOf({ ...file2027, days: [...file2027.days, { name: 'x', date: '2027-02-10', isOffDay: false }] });
    expect(codes(issues)).toEqual([['weekday_make_up', ['days', 8, 'isOffDay']]]);
    expect(issues[0]).toMatchObject({ date: '2027-02-10' });
  });

  it('CAL-04: year_missing for a file with no year and a list with no dates', () => {
    expect(codes(issuesOf({ papers: [], days: file2027.days }))).toEqual([['year_missing', ['year']]]);
    expect(codes(issuesOf([]))).toEqual([['year_missing', []]]);
    expect(codes(issuesOf({ papers: 'x', days: [] }))).toEqual([
      ['invalid_calendar_data', ['papers']],
      ['year_missing', ['year']],
    ]);
    // a bad `papers` does not hide the year's own checks
    expect(codes(issuesOf({ year: 2026, papers: 'x', days: [] }))).toEqual([
      ['invalid_calendar_data', ['papers']],
      ['year_announced', ['year']],
    ]);
  });

  it('CAL-04: year_repeated for the same year twice in one input', () => {
    expect(codes(issuesOf([file2027, [{ date: '2027-03-06', isOffDay: false }]]))).toEqual([['year_repeated', [1]]]);
    expect(codes(issuesOf([file2027, file2027]))).toEqual([['year_repeated', [1, 'year']]]);
  });

  it('CAL-04: year_not_adjacent keeps coverage contiguous', () => {
    const issues = issuesOf({ year: 2029, papers: [], days: [] });
    expect(codes(issues)).toEqual([['year_not_adjacent', ['year']]]);
    expect(codes(issuesOf({ year: 2020, papers: [], days: [] }))).toEqual([['year_not_adjacent', ['year']]]);
  });

  it('CAL-04: several faults are all reported at once, and nothing throws', () => {
    const input = [
      {
        year: 2027,
        papers: [],
        days: [
          { name: 'a', date: '2027-01-01', isOffDay: true },
          { name: 'a', date: '2027-01-01', isOffDay: false },
          { name: 'b', date: '2026-12-31', isOffDay: true },
          { name: 'c', date: '2027-02-10', isOffDay: false },
          { name: 'd', date: 'tomorrow', isOffDay: true },
        ],
      },
      { year: 2026, papers: [], days: [] },
      { year: 2030, papers: [], days: [] },
      [{ date: '2027-05-01', isOffDay: true }],
      42,
    ];
    expect(() => loadCalendar(input)).not.toThrow();
    expect(codes(issuesOf(input))).toEqual(
      expect.arrayContaining([
        ['day_off_and_working', [0, 'days', 1, 'date']],
        ['date_outside_year', [0, 'days', 2, 'date']],
        ['weekday_make_up', [0, 'days', 3, 'isOffDay']],
        ['invalid_calendar_data', [0, 'days', 4, 'date']],
        ['year_announced', [1, 'year']],
        ['year_not_adjacent', [2, 'year']],
        ['year_repeated', [3]],
        ['invalid_calendar_data', [4]],
      ]),
    );
    for (const odd of [undefined, 1, true, {}, [[]], [null], [{ days: null }], { year: 2027, days: [null, 3, []] }])
      expect(() => loadCalendar(odd)).not.toThrow();
  });

  it('CAL-04: the base defaults to cnCalendar and is left unchanged', () => {
    const before = cnCalendar.holidays.length;
    loadCalendar(file2027);
    expect(cnCalendar.holidays.length).toBe(before);
    expect(isWorkingDay('2027-02-20', cnCalendar).ok).toBe(false);
  });
});
