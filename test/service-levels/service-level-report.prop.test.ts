import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect } from 'vitest';
import { REQUEST_TYPES } from '../../src/model/vocabulary.js';
import { policies } from '../../src/policies/index.js';
import { mergeServiceLevelReports } from '../../src/service-levels/merge-service-level-reports.js';
import { COMPLAINT_CHANNELS, COMPLAINT_TYPES, type ServiceLevelRecord } from '../../src/service-levels/record.js';
import { SERVICE_LEVEL_TARGETS, serviceLevelReport, type ServiceLevelReport } from '../../src/service-levels/service-level-report.js';
import { formatInstant } from '../../src/time/zone.js';
import { unwrap } from '../results.js';

const HOUR = 3_600_000;
// 2024-01-01 … 2027-03-01 in Beijing time: the tail past 2026 exercises CAL-02.
const FIRST = Date.parse('2024-01-01T00:00:00+08:00');
const SPAN_HOURS = 27_000;
const ZONES = ['Asia/Shanghai', 'UTC', 'America/New_York'] as const;

/** An optional delay after opening, in minutes: up to 20 days, or nothing done yet. */
const arbDelay = fc.option(fc.integer({ min: 0, max: 20 * 24 * 60 }), { nil: undefined });
const later = (opened: number, minutes: number | undefined, zone: string): string | undefined =>
  minutes === undefined ? undefined : formatInstant(opened + minutes * 60_000, zone);

/** A record before it gets its id (Omit distributed over the union). */
type Unnamed<T> = T extends unknown ? Omit<T, 'id'> : never;

const arbRecord = fc
  .tuple(
    fc.boolean(),
    fc.integer({ min: 0, max: SPAN_HOURS * 60 }),
    fc.constantFrom(...ZONES),
    fc.constantFrom(...COMPLAINT_TYPES),
    fc.constantFrom(...COMPLAINT_CHANNELS),
    fc.constantFrom(...REQUEST_TYPES),
    fc.tuple(arbDelay, arbDelay),
    fc.constantFrom('buyer', 'merchant'),
  )
  .map(([isComplaint, minute, zone, type, channel, caseType, [first, second], side]): Unnamed<ServiceLevelRecord> => {
    const opened = FIRST + minute * 60_000;
    const openedAt = formatInstant(opened, zone);
    if (!isComplaint) {
      const processedAt = later(opened, first, zone);
      return { kind: 'case', type: caseType, openedAt, ...(processedAt === undefined ? {} : { processedAt }) };
    }
    const firstReplyAt = later(opened, first, zone);
    const resolvedAt = later(opened, second, zone);
    return {
      kind: 'complaint',
      type,
      channel,
      openedAt,
      ...(firstReplyAt === undefined ? {} : { firstReplyAt }),
      ...(resolvedAt === undefined ? {} : { resolvedAt, resolvedFor: side }),
    };
  });
const arbRecords = fc.array(arbRecord, { maxLength: 40 }).map((rs) => rs.map((r, i) => ({ ...r, id: `r${i}` }) as ServiceLevelRecord));
const arbAt = fc.tuple(fc.integer({ min: 0, max: SPAN_HOURS }), fc.constantFrom(...ZONES)).map(([h, zone]) => formatInstant(FIRST + h * HOUR, zone));
const arbPolicy = fc.constantFrom(policies.pinduoduo, policies.taobao);

const HOST_TZ = process.env.TZ;
afterEach(() => {
  if (HOST_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = HOST_TZ;
});

describe('serviceLevelReport laws', () => {
  test.prop([arbRecords, arbAt, arbPolicy])('SLA-03 law: every share lies in [0, 1]', (records, at, policy) => {
    const r = unwrap(serviceLevelReport(records, policy, { at }));
    for (const name of SERVICE_LEVEL_TARGETS) {
      const share = r[name].share;
      expect(share === null ? r[name].total === 0 : share >= 0 && share <= 1).toBe(true);
    }
  });

  test.prop([arbRecords, arbAt, arbPolicy])('SLA-03 law: met + missed = total, per target', (records, at, policy) => {
    const r = unwrap(serviceLevelReport(records, policy, { at }));
    for (const name of SERVICE_LEVEL_TARGETS) expect(r[name].met + r[name].missed.length).toBe(r[name].total);
  });

  test.prop([arbRecords, arbAt, arbPolicy])('SLA-02 law: each target carries the share the policy sets', (records, at, policy) => {
    const r = unwrap(serviceLevelReport(records, policy, { at }));
    for (const name of SERVICE_LEVEL_TARGETS) expect(r[name].target).toBe(policy.serviceLevels[name].share);
  });

  test.prop([arbRecords, arbRecords, arbAt, arbPolicy])(
    'SLA-03 law: the report of a concatenation equals the merge of the reports',
    (a, b, at, policy) => {
      const merged = unwrap(mergeServiceLevelReports(unwrap(serviceLevelReport(a, policy, { at })), unwrap(serviceLevelReport(b, policy, { at }))));
      expect(unwrap(serviceLevelReport([...a, ...b], policy, { at }))).toEqual(merged);
    },
  );

  test.prop([fc.array(arbRecords, { minLength: 1, maxLength: 6 }), arbAt, arbPolicy])(
    'SLA-03 law: one merge of k reports equals the report of the k batches and the fold of pairwise merges',
    (batches, at, policy) => {
      const reports = batches.map((b) => unwrap(serviceLevelReport(b, policy, { at })));
      const [first, ...rest] = reports as [ServiceLevelReport, ...ServiceLevelReport[]];
      const merged = unwrap(mergeServiceLevelReports(first, ...rest));
      expect(merged).toEqual(unwrap(serviceLevelReport(batches.flat(), policy, { at })));
      expect(merged).toEqual(rest.reduce((m, r) => unwrap(mergeServiceLevelReports(m, r)), first));
    },
  );

  test.prop([arbRecords, arbAt, arbPolicy])('SLA-03 law: merging with the report of nothing changes nothing', (records, at, policy) => {
    const r = unwrap(serviceLevelReport(records, policy, { at }));
    expect(unwrap(mergeServiceLevelReports(r, unwrap(serviceLevelReport([], policy, { at }))))).toEqual(r);
  });

  test.prop([arbRecords, arbAt, arbPolicy])(
    'SLA-03 law: every record is counted at most once per target, as met, missed or a calendar issue',
    (records, at, policy) => {
      const r = unwrap(serviceLevelReport(records, policy, { at }));
      for (const name of SERVICE_LEVEL_TARGETS) {
        const issues = r.calendarIssues.filter((i) => i.target === name).length;
        expect(r[name].total + issues).toBeLessThanOrEqual(records.length);
      }
    },
  );

  test.prop([arbRecords, arbAt, arbPolicy, fc.constantFrom('UTC', 'Asia/Shanghai', 'America/New_York', 'Australia/Lord_Howe')])(
    'TIME-06 law: the report is identical under any host time zone',
    (records, at, policy, zone) => {
      const here = unwrap(serviceLevelReport(records, policy, { at }));
      process.env.TZ = zone;
      expect(unwrap(serviceLevelReport(records, policy, { at }))).toEqual(here);
    },
  );

  test.prop([arbRecords, arbAt, arbPolicy])(
    "SLA-02 law: the totals partition the records by the targets' scopes — each target reads only its own records, and the others add nothing to it",
    (records, at, policy) => {
      const scopeOf = (r: ServiceLevelRecord): string =>
        r.kind === 'case' ? (r.type === 'return_refund' || r.type === 'exchange' ? 'returns' : 'none') : r.type === 'quality' ? 'quality' : r.type === 'logistics_delay' ? 'logistics' : 'none';
      const SCOPE = { firstReply: 'quality', resolution: 'quality', returnProcessing: 'returns', logisticsDelay: 'logistics' } as const;
      const all = unwrap(serviceLevelReport(records, policy, { at }));
      for (const scope of ['quality', 'logistics', 'returns', 'none']) {
        const part = unwrap(serviceLevelReport(records.filter((r) => scopeOf(r) === scope), policy, { at }));
        for (const name of SERVICE_LEVEL_TARGETS) {
          if (SCOPE[name] === scope) expect(part[name]).toEqual(all[name]);
          else expect(part[name].total + part.calendarIssues.filter((i) => i.target === name).length).toBe(0);
        }
      }
    },
  );

  test.prop([arbRecords, arbAt, arbPolicy])('SLA-03 law: the report does not mutate its input', (records, at, policy) => {
    const copy = structuredClone(records);
    unwrap(serviceLevelReport(Object.freeze(records.map((r) => Object.freeze(r))), policy, { at }));
    expect(records).toEqual(copy);
  });
});
