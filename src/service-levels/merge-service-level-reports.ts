import { shareOf, unionYears, type ServiceLevelReport, type ServiceLevelTarget } from './service-level-report.js';

type TargetKey = 'firstReply' | 'resolution' | 'returnProcessing' | 'logisticsDelay';

function mergeTarget(rs: readonly ServiceLevelReport[], key: TargetKey): ServiceLevelTarget {
  const first = rs[0]![key];
  let met = 0;
  let total = 0;
  for (const r of rs) {
    const t = r[key];
    // Reports made under different targets describe different policies: adding them is a caller's bug.
    if (t.target !== first.target) throw new RangeError(`cannot merge targets ${first.target} and ${t.target}`);
    met += t.met;
    total += t.total;
  }
  // One concatenation of every list: a fold of pairwise merges would copy the lists k times.
  return { rule: 'SLA-02', target: first.target, met, total, share: shareOf(met, total), missed: rs.flatMap((r) => r[key].missed) };
}

/**
 * SLA-03: the report of several batches from the reports of each (same policy, same `at`), so that
 * `serviceLevelReport([...a, ...b])` equals `mergeServiceLevelReports(serviceLevelReport(a), serviceLevelReport(b))`
 * (each report's `value`).
 * `provisional` and `undecidable` add up, `provisionalYears` is the ascending union, and a share is
 * recomputed from the summed counts (`null` while nothing was counted).
 * Lets a caller report over shards, days or stores and combine the results; k reports merge in one
 * call, in time linear in their total size.
 *
 * @example
 * mergeServiceLevelReports(reportOfMonday, reportOfTuesday).firstReply
 * // → { rule: 'SLA-02', target: 0.8, met: 7, total: 9, share: 0.777…, missed: ['c3', 'c12'] }
 */
export function mergeServiceLevelReports(first: ServiceLevelReport, ...rest: readonly ServiceLevelReport[]): ServiceLevelReport {
  const rs = [first, ...rest];
  return {
    rule: 'SLA-03',
    firstReply: mergeTarget(rs, 'firstReply'),
    resolution: mergeTarget(rs, 'resolution'),
    returnProcessing: mergeTarget(rs, 'returnProcessing'),
    logisticsDelay: mergeTarget(rs, 'logisticsDelay'),
    calendarIssues: rs.flatMap((r) => r.calendarIssues),
    provisional: rs.reduce((n, r) => n + r.provisional, 0),
    provisionalYears: unionYears(rs.flatMap((r) => r.provisionalYears), []),
    undecidable: rs.reduce((n, r) => n + r.undecidable, 0),
  };
}
