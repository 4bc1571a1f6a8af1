import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policies/index.js';
import { mergeServiceLevelReports } from '../../src/service-levels/merge-service-level-reports.js';
import type { ServiceLevelRecord } from '../../src/service-levels/record.js';
import type { InputIssue } from '../../src/model/parse.js';
import { serviceLevelReport, shareOf } from '../../src/service-levels/service-level-report.js';
import { complaint, returnCase } from './factories.js';
import { unwrap } from '../results.js';

const report = (records: ServiceLevelRecord[], at: string) => unwrap(serviceLevelReport(records, policies.pinduoduo, { at }));

// Opened Mon 2026-12-28 10:00: 7 working days reach past 2026, the last year the calendar covers.
const OPENED_LATE_2026 = '2026-12-28T10:00:00+08:00';
const UNCOVERED = '2027-01-01T00:00:00+08:00';

describe('serviceLevelReport: instants on the boundary', () => {
  it('SLA-02: an open record is still pending at the exact instant its deadline falls due', () => {
    const r = report([complaint()], '2025-03-04T10:00:00+08:00');
    expect(r.firstReply).toMatchObject({ met: 0, total: 0, missed: [] });
  });

  it('SLA-03: a step recorded at the report instant itself has happened', () => {
    const r = report([complaint({ firstReplyAt: '2025-03-03T12:00:00+08:00' })], '2025-03-03T12:00:00+08:00');
    expect(r.firstReply).toMatchObject({ met: 1, total: 1, share: 1 });
  });

  it('SLA-03: a late step recorded at the report instant is counted as missed', () => {
    const r = report([complaint({ firstReplyAt: '2025-03-05T12:00:00+08:00' })], '2025-03-05T12:00:00+08:00');
    expect(r.firstReply).toMatchObject({ met: 0, total: 1, share: 0, missed: ['c1'] });
  });

  it('SLA-03: the shares are met / total', () => {
    const r = report(
      [
        complaint({ id: 'a', firstReplyAt: '2025-03-03T11:00:00+08:00' }),
        complaint({ id: 'b', firstReplyAt: '2025-03-03T12:00:00+08:00' }),
        complaint({ id: 'c', firstReplyAt: '2025-03-03T13:00:00+08:00' }),
        complaint({ id: 'd', firstReplyAt: '2025-03-06T13:00:00+08:00' }),
      ],
      '2025-12-01T00:00:00+08:00',
    );
    expect(r.firstReply).toEqual({ rule: 'SLA-02', target: 0.8, met: 3, total: 4, share: 0.75, missed: ['d'] });
    expect(shareOf(3, 4)).toBe(0.75);
    expect(shareOf(0, 0)).toBeNull();
    expect(shareOf(0, 2)).toBe(0);
  });
});

describe('serviceLevelReport: deadlines past the calendar (CAL-02)', () => {
  it('CAL-02: a step done at the first instant of the uncovered day cannot be settled and is an issue', () => {
    const r = report([returnCase({ openedAt: OPENED_LATE_2026, processedAt: UNCOVERED })], '2027-02-01T00:00:00+08:00');
    expect(r.returnProcessing.total).toBe(0);
    expect(r.calendarIssues).toEqual([
      { id: 'r1', target: 'returnProcessing', issue: expect.objectContaining({ code: 'calendar_not_covered', date: '2027-01-01' }) },
    ]);
  });

  it('CAL-02: a step done the millisecond before the uncovered day is met', () => {
    const r = report([returnCase({ openedAt: OPENED_LATE_2026, processedAt: '2026-12-31T23:59:59.999+08:00' })], '2027-02-01T00:00:00+08:00');
    expect(r.returnProcessing).toMatchObject({ met: 1, total: 1 });
    expect(r.calendarIssues).toEqual([]);
  });

  it('CAL-02: an open record reported at the first instant of the uncovered day is an issue, not pending', () => {
    const r = report([returnCase({ openedAt: OPENED_LATE_2026 })], UNCOVERED);
    expect(r.returnProcessing.total).toBe(0);
    expect(r.calendarIssues).toHaveLength(1);
  });

  it('CAL-02: an open record reported the millisecond before the uncovered day is pending', () => {
    const r = report([returnCase({ openedAt: OPENED_LATE_2026 })], '2026-12-31T23:59:59.999+08:00');
    expect(r.calendarIssues).toEqual([]);
  });

  it('CAL-02: a complaint whose resolution deadline leaves the calendar is an issue of the resolution target', () => {
    const r = report([complaint({ id: 'k', openedAt: '2026-12-30T10:00:00+08:00', firstReplyAt: '2026-12-30T11:00:00+08:00' })], '2027-02-01T00:00:00+08:00');
    expect(r.resolution.total).toBe(0);
    expect(r.calendarIssues).toEqual([
      { id: 'k', target: 'resolution', issue: expect.objectContaining({ rule: 'CAL-02', date: '2027-01-01' }) },
    ]);
  });
});

describe('serviceLevelReport: malformed input is invalid_input naming every bad field, never a throw', () => {
  const raw = (records: ServiceLevelRecord[], at: string) => serviceLevelReport(records, policies.pinduoduo, { at });
  const refused = (...issues: InputIssue[]) => ({ ok: false, error: { code: 'invalid_input', issues } });
  const notAnInstant = (s: string) => `not an ISO-8601 instant with an offset in the supported years: ${s}`;

  it('TIME-06: a report instant that is not ISO-8601 with an offset is refused at options.at', () => {
    expect(raw([], 'yesterday')).toEqual(refused({ code: 'invalid_format', path: ['options', 'at'], message: notAnInstant('yesterday') }));
    expect(raw([], '2025-12-01 00:00')).toEqual(refused({ code: 'invalid_format', path: ['options', 'at'], message: notAnInstant('2025-12-01 00:00') }));
  });

  it('SLA-01: every record instant that is not ISO-8601, or outside the supported years, is named by its index and field', () => {
    const records = [complaint({ id: 'ok' }), complaint({ id: 'x9', firstReplyAt: 'soon' }), returnCase({ openedAt: '0001-01-01T00:00:00Z' })];
    expect(raw(records, '2025-12-01T00:00:00+08:00')).toEqual(
      refused({ code: 'invalid_format', path: ['records', 1, 'firstReplyAt'], message: notAnInstant('soon') }, { code: 'invalid_format', path: ['records', 2, 'openedAt'], message: notAnInstant('0001-01-01T00:00:00Z') }),
    );
  });

  it('SLA-01: a record without openedAt is refused', () => {
    const broken = { ...complaint({ id: 'x8' }), openedAt: undefined } as unknown as ServiceLevelRecord;
    expect(raw([broken], '2025-12-01T00:00:00+08:00')).toEqual(refused({ code: 'invalid_type', path: ['records', 0, 'openedAt'], message: 'openedAt is required' }));
  });
});

describe('mergeServiceLevelReports', () => {
  const at = '2025-12-01T00:00:00+08:00';

  it('SLA-03: merging adds met and total, concatenates missed ids and calendar issues in order', () => {
    const a = report([complaint({ id: 'a1' }), returnCase({ id: 'late', openedAt: OPENED_LATE_2026 })], '2027-02-01T00:00:00+08:00');
    const b = report([complaint({ id: 'b1', firstReplyAt: '2025-03-03T11:00:00+08:00' }), complaint({ id: 'b2' })], '2027-02-01T00:00:00+08:00');
    const m = unwrap(mergeServiceLevelReports(a, b));
    expect(m.rule).toBe('SLA-03');
    expect(m.firstReply).toEqual({ rule: 'SLA-02', target: 0.8, met: 1, total: 3, share: 1 / 3, missed: ['a1', 'b2'] });
    expect(m.calendarIssues.map((i) => i.id)).toEqual(['late']);
    expect(unwrap(mergeServiceLevelReports(b, a)).calendarIssues.map((i) => i.id)).toEqual(['late']);
  });

  it('SLA-03: reports made under different targets, as of different instants or under different policy packs are refused, each named', () => {
    const a = report([], at);
    const b = { ...a, resolution: { ...a.resolution, target: 0.9 } };
    expect(mergeServiceLevelReports(a, b)).toEqual({
      ok: false,
      error: { code: 'invalid_input', issues: [{ code: 'invalid_value', path: ['reports', 1, 'resolution', 'target'], message: "target 0.9, the first report's 0.75" }] },
    });
    const later = report([], '2025-12-02T00:00:00+08:00');
    const taobaoReport = unwrap(serviceLevelReport([], policies.taobao, { at }));
    const merged = mergeServiceLevelReports(a, a, later, taobaoReport);
    if (merged.ok) throw new Error('merged reports of different instants and packs');
    // Taobao's targets differ from PDD's as well: those issues follow, named by target.
    expect(merged.error.issues.filter((i) => i.path[2] === 'at' || i.path[2] === 'policy')).toEqual([
      { code: 'invalid_value', path: ['reports', 2, 'at'], message: `made as of 2025-12-02T00:00:00+08:00, the first report as of ${at}` },
      { code: 'invalid_value', path: ['reports', 3, 'policy'], message: 'made under taobao 2025.1, the first report under pinduoduo 2025.1' },
    ]);
    expect(merged.error.issues.every((i) => i.path[1] === 2 || i.path[1] === 3)).toBe(true);
  });

  it('SLA-03: a report says the instant and the policy pack it was made under', () => {
    expect(report([], at)).toMatchObject({ at, policy: { id: 'pinduoduo', version: policies.pinduoduo.version } });
  });
});
