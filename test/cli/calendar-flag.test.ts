import { describe, expect, it } from 'vitest';
import { policies, serviceLevelReport } from '../../src/index.js';
import { cnProvisionalCalendar, loadCalendar } from '../../src/calendar/index.js';
import { returnCase } from '../service-levels/factories.js';
import { runCli } from './in-process.js';
import { unwrap } from '../results.js';

const AT = '2027-02-01T00:00:00+08:00';
const year = (y: number) => ({
  year: y,
  papers: [],
  days: [
    { name: '元旦', date: `${y}-01-01`, isOffDay: true },
    { name: '元旦', date: `${y}-01-02`, isOffDay: true },
    { name: '元旦', date: `${y}-01-03`, isOffDay: true },
  ],
});
const late2026 = returnCase({ id: 'late', openedAt: '2026-12-28T10:00:00+08:00' });
const in2027 = returnCase({ id: 'in2027', openedAt: '2027-01-11T10:00:00+08:00' });
const batch = (records: unknown[], at = AT) => JSON.stringify({ policy: 'pinduoduo', at, records });
const stdout = (r: { stdout: string }) => JSON.parse(r.stdout);

describe('aftersales sla --calendar / --provisional (CAL-04)', () => {
  it('CAL-04: sla with a 2027 file removes the calendar issue and decides the record', () => {
    const without = runCli(['sla', 'batch.json'], { 'batch.json': batch([late2026]) });
    expect(without.code).toBe(0);
    expect(stdout(without).calendarIssues).toHaveLength(1);
    expect(stdout(without).returnProcessing.total).toBe(0);

    const files = { 'batch.json': batch([late2026]), '2027.json': JSON.stringify(year(2027)) };
    const r = runCli(['sla', 'batch.json', '--calendar', '2027.json'], files);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const loaded = loadCalendar(year(2027));
    if (!loaded.ok) throw new Error('fixture');
    expect(stdout(r)).toEqual(unwrap(serviceLevelReport([late2026], policies.pinduoduo, { at: AT, calendar: loaded.value })));
    expect(stdout(r).calendarIssues).toEqual([]);
    expect(stdout(r).returnProcessing).toMatchObject({ total: 1, missed: ['late'] });
  });

  it('CAL-04: --provisional makes a 2027 record decidable', () => {
    const at = '2027-03-01T00:00:00+08:00';
    const files = { 'batch.json': batch([in2027], at) };
    expect(stdout(runCli(['sla', 'batch.json'], files)).calendarIssues).toHaveLength(1);
    const r = runCli(['sla', 'batch.json', '--provisional'], files);
    expect(r.code).toBe(0);
    expect(stdout(r)).toEqual(unwrap(serviceLevelReport([in2027], policies.pinduoduo, { at, calendar: cnProvisionalCalendar })));
    expect(stdout(r).calendarIssues).toEqual([]);
    expect(stdout(r).returnProcessing.total).toBe(1);
  });

  it('CAL-04: a bad calendar file exits 2 with coded issues naming the file and the path', () => {
    const bad = { year: 2027, papers: [], days: [{ name: 'x', date: '2027-01-04', isOffDay: false }, { name: 'y', date: '2027-13-01', isOffDay: true }] };
    const files = { 'batch.json': batch([late2026]), 'bad.json': JSON.stringify(bad), 'broken.json': '{' };
    const r = runCli(['sla', 'batch.json', '--calendar', 'bad.json', '--calendar', 'broken.json'], files);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const error = JSON.parse(r.stderr);
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'weekday_make_up', rule: 'CAL-04', file: 'bad.json', path: ['calendar', 'bad.json', 'days', 0, 'isOffDay'] }),
        expect.objectContaining({ code: 'invalid_calendar_data', file: 'bad.json', path: ['calendar', 'bad.json', 'days', 1, 'date'] }),
        expect.objectContaining({ path: ['calendar', 'broken.json'] }),
      ]),
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('CAL-04: the flag repeated loads 2027 then 2028, each over the previous result', () => {
    const files = { 'batch.json': batch([late2026]), '2027.json': JSON.stringify(year(2027)), '2028.json': JSON.stringify(year(2028)) };
    const r = runCli(['sla', 'batch.json', '--calendar', '2027.json', '--calendar', '2028.json'], files);
    expect(r.code).toBe(0);
    const first = loadCalendar(year(2027));
    if (!first.ok) throw new Error('fixture');
    const both = loadCalendar(year(2028), { base: first.value });
    if (!both.ok) throw new Error('fixture');
    expect(both.value.id).toBe('cn-state-council-2024-2026+2027+2028');
    expect(stdout(r)).toEqual(unwrap(serviceLevelReport([late2026], policies.pinduoduo, { at: AT, calendar: both.value })));
    // 2028 alone is not adjacent to cnCalendar's coverage: the order matters.
    const reversed = runCli(['sla', 'batch.json', '--calendar', '2028.json', '--calendar', '2027.json'], files);
    expect(reversed.code).toBe(2);
    expect(JSON.parse(reversed.stderr).issues[0]).toMatchObject({ code: 'year_not_adjacent', file: '2028.json' });
  });
});

describe('aftersales assess --calendar / --provisional (CAL-04)', () => {
  const application = JSON.stringify({
    policy: 'taobao',
    order: {
      id: 'TB-1230',
      paidAt: '2026-12-30T09:00:00+08:00',
      payments: [{ method: 'alipay', amountFen: 1990 }],
      items: [{ sku: 'mug', priceFen: 1990, quantity: 1 }],
    },
    request: { type: 'refund_only', reason: 'no_reason', requestedAt: '2026-12-30T10:00:00+08:00' },
  });

  it('CAL-04: assess answers a 2027 arrival on --provisional and says so (CAL-03); without it, CAL-02', () => {
    const plain = runCli(['assess', 'a.json'], { 'a.json': application });
    expect(plain.code).toBe(0);
    expect(stdout(plain).refund.arrival).toMatchObject({ ok: false, error: { code: 'calendar_not_covered', issues: [{ code: 'calendar_not_covered' }] } });
    const r = runCli(['assess', 'a.json', '--provisional'], { 'a.json': application });
    expect(r.code).toBe(0);
    expect(stdout(r).refund.arrival).toMatchObject({ ok: true, value: { provisional: { code: 'calendar_provisional', params: { years: ['2027'] } } } });
  });

  it('CAL-04: assess with a bad calendar file exits 2 with the file’s coded issues', () => {
    const r = runCli(['assess', 'a.json', '--calendar', 'bad.json'], { 'a.json': application, 'bad.json': '{"year":2027,"days":[{"name":"x","date":"2027-01-04","isOffDay":false}]}' });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr).issues).toEqual([expect.objectContaining({ code: 'weekday_make_up', rule: 'CAL-04' })]);
  });
});
