import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policies/index.js';
import { mergeServiceLevelReports } from '../../src/service-levels/merge-service-level-reports.js';
import type { ServiceLevelRecord } from '../../src/service-levels/record.js';
import { SERVICE_LEVEL_TARGETS, serviceLevelReport } from '../../src/service-levels/service-level-report.js';
import type { Calendar } from '../../src/time/calendar.js';
import { cnProvisionalCalendar } from '../../src/time/cn-provisional-calendar.js';
import { complaint, returnCase } from './factories.js';
import { unwrap } from '../results.js';

const report = (records: ServiceLevelRecord[], at: string, calendar?: Calendar) =>
  unwrap(serviceLevelReport(records, policies.pinduoduo, calendar === undefined ? { at } : { at, calendar }));

// Thu 2026-12-24 10:00: 7 working days run into 2027, announced by no notice yet (provisional).
const ACROSS_2027 = returnCase({ id: 'p1', openedAt: '2026-12-24T10:00:00+08:00', processedAt: '2027-01-05T09:00:00+08:00' });
const AT_2027 = '2027-02-01T00:00:00+08:00';

describe('serviceLevelReport honesty', () => {
  it('SLA-03: a target with no decidable record has share null, not 1', () => {
    const r = report([], '2025-12-01T00:00:00+08:00');
    for (const name of SERVICE_LEVEL_TARGETS) expect(r[name]).toMatchObject({ met: 0, total: 0, share: null, missed: [] });
    const onlyLogistics = report([complaint({ type: 'logistics_delay', resolvedAt: '2025-03-04T10:00:00+08:00', resolvedFor: 'buyer' })], '2025-12-01T00:00:00+08:00');
    expect(onlyLogistics.firstReply.share).toBeNull();
    expect(onlyLogistics.resolution.share).toBeNull();
    expect(onlyLogistics.returnProcessing.share).toBeNull();
    expect(onlyLogistics.logisticsDelay.share).toBe(1);
    // Resolved without saying for whom: not decidable for the logistics-delay target, so still no share.
    const noSide = report([complaint({ type: 'logistics_delay', resolvedAt: '2025-03-04T10:00:00+08:00' })], '2025-12-01T00:00:00+08:00');
    expect(noSide.logisticsDelay.share).toBeNull();
  });

  it('SLA-03 / CAL-03: a return opened 2026-12-24 and processed 2027-01-05 09:00 is met under cnProvisionalCalendar, and counted provisional for 2027', () => {
    const r = report([ACROSS_2027], AT_2027, cnProvisionalCalendar);
    expect(r.returnProcessing).toEqual({ rule: 'SLA-02', target: 0.95, met: 1, total: 1, share: 1, missed: [] });
    expect(r.calendarIssues).toEqual([]);
    expect(r).toMatchObject({ provisional: 1, provisionalYears: [2027], undecidable: 0 });
  });

  it('CAL-03: a record entirely in 2025 is not provisional, even under cnProvisionalCalendar', () => {
    const records = [complaint({ resolvedAt: '2025-03-04T10:00:00+08:00' }), returnCase({ processedAt: '2025-03-05T10:00:00+08:00' })];
    for (const calendar of [undefined, cnProvisionalCalendar]) {
      expect(report(records, '2025-12-01T00:00:00+08:00', calendar)).toMatchObject({ provisional: 0, provisionalYears: [], undecidable: 0 });
    }
  });

  it('SLA-03 / CAL-02: undecidable counts the records that went to calendarIssues', () => {
    // Under the built-in calendar (through 2026) the same record cannot be decided.
    const r = report([ACROSS_2027, returnCase({ id: 'p2', openedAt: '2026-12-28T10:00:00+08:00' }), complaint({ id: 'ok' })], AT_2027);
    expect(r.calendarIssues.map((i) => i.id)).toEqual(['p1', 'p2']);
    expect(r.undecidable).toBe(r.calendarIssues.length);
    expect(r.undecidable).toBe(2);
    expect(r.provisional).toBe(0);
    expect(r.returnProcessing.share).toBeNull();
  });

  it('SLA-03 / CAL-03: merging sums provisional and undecidable and unions provisionalYears', () => {
    // Reports merge only as of one instant: one late enough that every record here is decided.
    const AS_OF = '2028-02-01T00:00:00+08:00';
    const a = report([ACROSS_2027], AS_OF, cnProvisionalCalendar);
    const b = report([returnCase({ id: 'p3', openedAt: '2027-12-27T10:00:00+08:00', processedAt: '2028-01-03T10:00:00+08:00' })], AS_OF, cnProvisionalCalendar);
    const c = report([returnCase({ id: 'u1', openedAt: '2026-12-28T10:00:00+08:00' })], AS_OF);
    expect(b.provisionalYears).toEqual([2027, 2028]);
    const m = unwrap(mergeServiceLevelReports(unwrap(mergeServiceLevelReports(b, a)), c));
    expect(m).toMatchObject({ provisional: 2, provisionalYears: [2027, 2028], undecidable: 1 });
    expect(m.calendarIssues.map((i) => i.id)).toEqual(['u1']);
    expect(m.returnProcessing).toMatchObject({ met: 2, total: 2, share: 1 });
    const empty = unwrap(mergeServiceLevelReports(report([], AS_OF), report([], AS_OF)));
    expect(empty).toMatchObject({ provisional: 0, provisionalYears: [], undecidable: 0 });
    expect(empty.firstReply.share).toBeNull();
  });
});
