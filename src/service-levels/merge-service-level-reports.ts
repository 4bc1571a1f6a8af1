import { shareOf, unionYears, type ServiceLevelReport, type ServiceLevelTarget } from './service-level-report.js';

function mergeTarget(a: ServiceLevelTarget, b: ServiceLevelTarget): ServiceLevelTarget {
  // Reports made under different targets describe different policies: adding them is a caller's bug.
  if (a.target !== b.target) throw new RangeError(`cannot merge targets ${a.target} and ${b.target}`);
  const met = a.met + b.met;
  const total = a.total + b.total;
  return { rule: 'SLA-02', target: a.target, met, total, share: shareOf(met, total), missed: a.missed.concat(b.missed) };
}

/**
 * SLA-03: the report of two batches from the reports of each (same policy, same `at`), so that
 * `serviceLevelReport([...a, ...b])` equals `mergeServiceLevelReports(serviceLevelReport(a), serviceLevelReport(b))`.
 * `provisional` and `undecidable` add up, `provisionalYears` is the ascending union, and a share is
 * recomputed from the summed counts (`null` while nothing was counted).
 * Lets a caller report over shards, days or stores and combine the results.
 *
 * @example
 * mergeServiceLevelReports(reportOfMonday, reportOfTuesday).firstReply
 * // → { rule: 'SLA-02', target: 0.8, met: 7, total: 9, share: 0.777…, missed: ['c3', 'c12'] }
 */
export function mergeServiceLevelReports(a: ServiceLevelReport, b: ServiceLevelReport): ServiceLevelReport {
  return {
    rule: 'SLA-03',
    firstReply: mergeTarget(a.firstReply, b.firstReply),
    resolution: mergeTarget(a.resolution, b.resolution),
    returnProcessing: mergeTarget(a.returnProcessing, b.returnProcessing),
    logisticsDelay: mergeTarget(a.logisticsDelay, b.logisticsDelay),
    calendarIssues: a.calendarIssues.concat(b.calendarIssues),
    provisional: a.provisional + b.provisional,
    provisionalYears: unionYears(a.provisionalYears, b.provisionalYears),
    undecidable: a.undecidable + b.undecidable,
  };
}
