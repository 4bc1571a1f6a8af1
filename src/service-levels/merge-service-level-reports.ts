import type { InputError, InputIssue } from '../model/parse.js';
import { err, ok, type Result } from '../model/result.js';
import { shareOf, unionYears, type ServiceLevelReport, type ServiceLevelTarget } from './service-level-report.js';

type TargetKey = 'firstReply' | 'resolution' | 'returnProcessing' | 'logisticsDelay';
const TARGET_KEYS: readonly TargetKey[] = ['firstReply', 'resolution', 'returnProcessing', 'logisticsDelay'];

function mergeTarget(rs: readonly ServiceLevelReport[], key: TargetKey): ServiceLevelTarget {
  const first = rs[0]![key];
  let met = 0;
  let total = 0;
  for (const r of rs) {
    met += r[key].met;
    total += r[key].total;
  }
  // One concatenation of every list: a fold of pairwise merges would copy the lists k times.
  return { rule: 'SLA-02', target: first.target, met, total, share: shareOf(met, total), missed: rs.flatMap((r) => r[key].missed) };
}

/**
 * Why reports cannot be added up: each one made at another instant, under another policy pack, or
 * with other targets than the first (a record counted as of Monday is not one counted as of Friday).
 */
function mismatches(rs: readonly ServiceLevelReport[]): InputIssue[] {
  const first = rs[0]!;
  const issues: InputIssue[] = [];
  rs.forEach((r, i) => {
    if (r.at !== first.at) issues.push({ code: 'invalid_value', path: ['reports', i, 'at'], message: `made as of ${r.at}, the first report as of ${first.at}` });
    if (r.policy.id !== first.policy.id || r.policy.version !== first.policy.version) {
      issues.push({ code: 'invalid_value', path: ['reports', i, 'policy'], message: `made under ${r.policy.id} ${r.policy.version}, the first report under ${first.policy.id} ${first.policy.version}` });
    }
    for (const key of TARGET_KEYS) {
      if (r[key].target !== first[key].target) issues.push({ code: 'invalid_value', path: ['reports', i, key, 'target'], message: `target ${r[key].target}, the first report's ${first[key].target}` });
    }
  });
  return issues;
}

/**
 * SLA-03: the report of several batches from the reports of each, so that
 * `serviceLevelReport([...a, ...b])` equals `mergeServiceLevelReports(serviceLevelReport(a), serviceLevelReport(b))`
 * (each report's `value`). Reports made as of different instants (`at`), under different policy packs
 * (`policy`) or with different targets do not add up: `invalid_input` naming each such report
 * (`['reports', i, 'at']`, `['reports', i, 'policy']`, `['reports', i, 'firstReply', 'target']`).
 * `provisional` and `undecidable` add up, `provisionalYears` is the ascending union, and a share is
 * recomputed from the summed counts (`null` while nothing was counted).
 * Lets a caller report over shards, days or stores and combine the results; k reports merge in one
 * call, in time linear in their total size.
 *
 * @example
 * const merged = mergeServiceLevelReports(reportOfShard1, reportOfShard2);
 * merged.ok && merged.value.firstReply
 * // → { rule: 'SLA-02', target: 0.8, met: 7, total: 9, share: 0.777…, missed: ['c3', 'c12'] }
 */
export function mergeServiceLevelReports(first: ServiceLevelReport, ...rest: readonly ServiceLevelReport[]): Result<ServiceLevelReport, InputError> {
  const rs = [first, ...rest];
  const issues = mismatches(rs);
  if (issues.length > 0) return err({ code: 'invalid_input', issues });
  return ok({
    rule: 'SLA-03',
    at: first.at,
    policy: first.policy,
    firstReply: mergeTarget(rs, 'firstReply'),
    resolution: mergeTarget(rs, 'resolution'),
    returnProcessing: mergeTarget(rs, 'returnProcessing'),
    logisticsDelay: mergeTarget(rs, 'logisticsDelay'),
    calendarIssues: rs.flatMap((r) => r.calendarIssues),
    provisional: rs.reduce((n, r) => n + r.provisional, 0),
    provisionalYears: unionYears(rs.flatMap((r) => r.provisionalYears), []),
    undecidable: rs.reduce((n, r) => n + r.undecidable, 0),
  });
}
