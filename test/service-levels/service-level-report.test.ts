import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policies/index.js';
import { serviceLevelReport } from '../../src/service-levels/service-level-report.js';
import type { ServiceLevelRecord } from '../../src/service-levels/record.js';
import type { Calendar } from '../../src/time/calendar.js';
import { complaint, returnCase } from './factories.js';
import { unwrap } from '../results.js';

const LATER = '2025-12-01T00:00:00+08:00';
const report = (records: ServiceLevelRecord[], at = LATER, calendar?: Calendar) =>
  unwrap(serviceLevelReport(records, policies.pinduoduo, calendar === undefined ? { at } : { at, calendar }));

describe('serviceLevelReport: first reply', () => {
  it('SLA-02: a first reply exactly 24 h after a quality complaint is on time; 1 ms later is not', () => {
    const r = report([
      complaint({ id: 'on-time', firstReplyAt: '2025-03-04T10:00:00+08:00' }),
      complaint({ id: 'late', firstReplyAt: '2025-03-04T10:00:00.001+08:00' }),
    ]);
    expect(r.firstReply).toEqual({ rule: 'SLA-02', target: 0.8, met: 1, total: 2, share: 0.5, missed: ['late'] });
  });

  it('SLA-02: 24 h is elapsed time whatever offset the reply is written in', () => {
    const r = report([complaint({ firstReplyAt: '2025-03-04T02:00:00Z' })]);
    expect(r.firstReply.met).toBe(1);
  });

  it('SLA-02: only quality complaints count toward the first-reply target', () => {
    const r = report([complaint({ type: 'logistics_delay' }), complaint({ type: 'after_sales_service' })]);
    expect(r.firstReply.total).toBe(0);
    expect(r.firstReply.share).toBeNull();
  });
});

describe('serviceLevelReport: resolution and return processing', () => {
  it('SLA-02: resolution counts 3 working days in Beijing time, skipping the National Day holiday and using the make-up Saturday', () => {
    // Opened Tue 2025-09-30 10:00: Oct 1–8 are off, Thu 9 and Fri 10 work, Sat 11 is a make-up working day.
    const opened = '2025-09-30T10:00:00+08:00';
    const r = report([
      complaint({ id: 'on-time', openedAt: opened, resolvedAt: '2025-10-11T10:00:00+08:00' }),
      complaint({ id: 'late', openedAt: opened, resolvedAt: '2025-10-11T10:00:01+08:00' }),
    ]);
    expect(r.resolution).toEqual({ rule: 'SLA-02', target: 0.75, met: 1, total: 2, share: 0.5, missed: ['late'] });
  });

  it('SLA-02: the resolution target counts quality complaints only (S2 §2.1); logistics-delay and service complaints are not in its scope', () => {
    const r = report([
      complaint({ id: 'q', resolvedAt: '2025-03-04T10:00:00+08:00' }),
      complaint({ id: 'l', type: 'logistics_delay', resolvedAt: '2025-03-04T10:00:00+08:00' }),
      complaint({ id: 's', type: 'after_sales_service', resolvedAt: '2025-03-04T10:00:00+08:00' }),
    ]);
    expect(r.resolution).toMatchObject({ met: 1, total: 1 });
    expect(r.firstReply.total).toBe(1);
  });

  it('SLA-02: 90 % of logistics-delay complaints resolved for the buyer (S2 §2.2): for the buyer is met, for the merchant missed, open not counted', () => {
    const r = report([
      complaint({ id: 'b', type: 'logistics_delay', resolvedAt: '2025-03-20T10:00:00+08:00', resolvedFor: 'buyer' }),
      complaint({ id: 'm', type: 'logistics_delay', resolvedAt: '2025-03-04T10:00:00+08:00', resolvedFor: 'merchant' }),
      complaint({ id: 'open', type: 'logistics_delay' }),
      complaint({ id: 'q', resolvedAt: '2025-03-04T10:00:00+08:00', resolvedFor: 'merchant' }),
    ]);
    expect(r.logisticsDelay).toEqual({ rule: 'SLA-02', target: 0.9, met: 1, total: 2, share: 0.5, missed: ['m'] });
  });

  it('SLA-02: a logistics-delay complaint resolved after the report instant is not decided yet', () => {
    const late = complaint({ type: 'logistics_delay', resolvedAt: '2025-03-04T10:00:00.001+08:00', resolvedFor: 'buyer' });
    expect(unwrap(serviceLevelReport([late], policies.pinduoduo, { at: '2025-03-04T10:00:00+08:00' })).logisticsDelay.total).toBe(0);
    expect(unwrap(serviceLevelReport([late], policies.pinduoduo, { at: '2025-03-04T10:00:00.001+08:00' })).logisticsDelay.met).toBe(1);
  });

  it('SLA-02: return and exchange applications are processed within 7 working days; other cases are not counted', () => {
    const r = report([
      returnCase({ id: 'r1', processedAt: '2025-03-12T10:00:00+08:00' }),
      returnCase({ id: 'x1', type: 'exchange', processedAt: '2025-03-12T10:00:01+08:00' }),
      returnCase({ id: 'o1', type: 'refund_only' }),
    ]);
    expect(r.returnProcessing).toEqual({ rule: 'SLA-02', target: 0.95, met: 1, total: 2, share: 0.5, missed: ['x1'] });
  });
});

describe('serviceLevelReport: records still open', () => {
  it('SLA-03: an open record is not counted before its deadline', () => {
    const r = report([complaint()], '2025-03-04T09:59:59+08:00');
    expect(r.firstReply.total).toBe(0);
    expect(r.resolution.total).toBe(0);
  });

  it('SLA-03: an open record counts as missed once its deadline has passed', () => {
    const r = report([complaint()], '2025-03-04T10:00:00.001+08:00');
    expect(r.firstReply).toMatchObject({ met: 0, total: 1, missed: ['c1'] });
    expect(r.resolution.total).toBe(0);
  });

  it('SLA-03: a step recorded after the report instant has not happened yet', () => {
    const r = report([complaint({ firstReplyAt: '2025-03-03T11:00:00+08:00' })], '2025-03-03T10:30:00+08:00');
    expect(r.firstReply.total).toBe(0);
  });

  it('SLA-03: missed ids keep input order and every target names its policy share', () => {
    const r = report([complaint({ id: 'b' }), complaint({ id: 'a' }), returnCase({ id: 'c' })]);
    expect(r.firstReply.missed).toEqual(['b', 'a']);
    expect(r.resolution.missed).toEqual(['b', 'a']);
    expect(r.returnProcessing.missed).toEqual(['c']);
    expect([r.firstReply.target, r.resolution.target, r.returnProcessing.target]).toEqual([0.8, 0.75, 0.95]);
    expect(r.rule).toBe('SLA-03');
  });

  it('SLA-03: a generator is read once and gives the same report as an array', () => {
    const records = [complaint({ id: 'x', firstReplyAt: '2025-03-03T11:00:00+08:00' }), returnCase()];
    function* once() {
      yield* records;
    }
    expect(report([...once()])).toEqual(report(records));
    expect(unwrap(serviceLevelReport(once(), policies.pinduoduo, { at: LATER }))).toEqual(report(records));
  });
});

describe('serviceLevelReport: calendar coverage', () => {
  it('CAL-02: a deadline beyond the calendar that cannot be settled is reported, not guessed', () => {
    const r = report([returnCase({ id: 'late-2026', openedAt: '2026-12-28T10:00:00+08:00' })], '2027-02-01T00:00:00+08:00');
    expect(r.returnProcessing.total).toBe(0);
    expect(r.calendarIssues).toEqual([
      { id: 'late-2026', target: 'returnProcessing', issue: expect.objectContaining({ code: 'calendar_not_covered', rule: 'CAL-02', date: '2027-01-01' }) },
    ]);
  });

  it('CAL-02: a step done before the calendar runs out is settled as met even though the deadline is unknown', () => {
    const r = report([returnCase({ openedAt: '2026-12-28T10:00:00+08:00', processedAt: '2026-12-31T18:00:00+08:00' })], '2027-02-01T00:00:00+08:00');
    expect(r.returnProcessing).toMatchObject({ met: 1, total: 1 });
    expect(r.calendarIssues).toEqual([]);
  });

  it('CAL-02: an open record whose report instant is still inside the calendar is pending, not an issue', () => {
    const r = report([returnCase({ openedAt: '2026-12-28T10:00:00+08:00' })], '2026-12-31T23:00:00+08:00');
    expect(r.returnProcessing.total).toBe(0);
    expect(r.calendarIssues).toEqual([]);
  });

  it('CAL-02: a caller-supplied calendar extends coverage', () => {
    const extended: Calendar = { id: 'weekdays-2026-2027', covers: { from: '2026-01-01', to: '2027-12-31' }, holidays: [], makeUpWorkingDays: [] };
    const r = report([returnCase({ openedAt: '2026-12-28T10:00:00+08:00' })], '2027-02-01T00:00:00+08:00', extended);
    expect(r.returnProcessing).toMatchObject({ met: 0, total: 1, missed: ['r1'] });
    expect(r.calendarIssues).toEqual([]);
  });
});
