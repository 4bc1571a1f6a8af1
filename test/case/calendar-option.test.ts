import { describe, expect, it } from 'vitest';
import { cnCalendar, deadlines, openCase, replay } from '../../src/index.js';
import { cnProvisionalCalendar, loadCalendar } from '../../src/calendar/index.js';
import { runCli } from '../cli/in-process.js';
import { order, pdd, request, taobao } from './fixtures.js';
import { advanced } from '../results.js';

// A Taobao return that opens on 2026-12-30: its deadlines run into 2027.
const lateOrder = order('signed', { paidAt: '2026-12-20T10:00:00+08:00', shippedAt: '2026-12-21T10:00:00+08:00', signedAt: '2026-12-27T10:00:00+08:00' });
const lateRequest = request({ requestedAt: '2026-12-30T10:00:00+08:00' });
const agreed = [{ type: 'merchant_agreed' as const, at: '2026-12-31T09:00:00+08:00', actor: 'merchant' as const, returnAddress: '杭州市余杭区文一西路 1 号' }];

describe('the case functions and the calendar (CAL-04)', () => {
  it('CAL-04: openCase records the built-in calendar when none is passed: id, coverage, no provisional year', () => {
    const r = openCase(lateOrder, lateRequest, taobao);
    expect(r.ok && r.value.calendar).toEqual({ id: cnCalendar.id, covers: cnCalendar.covers, provisionalYears: [] });
  });

  it('CAL-04: openCase and replay record the calendar passed — cnProvisionalCalendar names 2027–2036', () => {
    const opened = openCase(lateOrder, lateRequest, taobao, { calendar: cnProvisionalCalendar });
    const replayed = replay(lateOrder, lateRequest, agreed, taobao, { calendar: cnProvisionalCalendar });
    const recorded = { id: cnProvisionalCalendar.id, covers: cnProvisionalCalendar.covers, provisionalYears: cnProvisionalCalendar.provisionalYears };
    expect(opened.ok && opened.value.calendar).toEqual(recorded);
    expect(replayed.ok && replayed.value.calendar).toEqual(recorded);
  });

  it('CAL-04 law: the built-in calendar passed explicitly gives the same case as no calendar', () => {
    expect(openCase(lateOrder, lateRequest, pdd, { calendar: cnCalendar })).toEqual(openCase(lateOrder, lateRequest, pdd));
    expect(replay(lateOrder, lateRequest, agreed, taobao, { calendar: cnCalendar })).toEqual(replay(lateOrder, lateRequest, agreed, taobao));
  });

  it('CAL-03: case deadlines count hours and calendar days, so across the year end they are the same on any calendar and never provisional', () => {
    const file = { year: 2027, papers: [], days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }, { name: '元旦', date: '2027-01-02', isOffDay: false }] };
    const loaded = loadCalendar(file, { base: cnProvisionalCalendar });
    if (!loaded.ok) throw new Error('fixture');
    const dues = [undefined, cnProvisionalCalendar, loaded.value].map((calendar) => {
      const r = replay(lateOrder, lateRequest, agreed, taobao, calendar === undefined ? {} : { calendar });
      if (!r.ok) throw new Error('fixture');
      return [deadlines(r.value, taobao), deadlines(advanced(r.value, '2027-01-20T00:00:00+08:00', taobao), taobao)];
    });
    expect(dues[0]![0]).toEqual([expect.objectContaining({ rule: 'CSE-04', dueAt: '2027-01-07T09:00:00+08:00' })]);
    expect(dues[1]).toEqual(dues[0]);
    expect(dues[2]).toEqual(dues[0]);
    expect(JSON.stringify(dues)).not.toContain('provisional');
  });

  it('CAL-04: aftersales replay --provisional records the provisional calendar in the case it prints', () => {
    const input = JSON.stringify({ policy: 'taobao', order: lateOrder, request: lateRequest, events: agreed });
    const plain = JSON.parse(runCli(['replay', '-'], { '-': input }).stdout);
    const provisional = runCli(['replay', '-', '--provisional'], { '-': input });
    expect(provisional).toMatchObject({ code: 0, stderr: '' });
    expect(plain.case.calendar.id).toBe(cnCalendar.id);
    expect(JSON.parse(provisional.stdout).case.calendar.id).toBe(cnProvisionalCalendar.id);
    expect(runCli(['replay', '-', '--calendar', 'missing.json'], { '-': input }).code).toBe(3);
  });
});
