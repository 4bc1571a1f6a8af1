import type { Instant } from '../model/instant.js';
import type { InputError, InputIssue } from '../model/parse.js';
import type { Policy } from '../model/policy.js';
import { err, ok, type Result } from '../model/result.js';
import { compileCalendar, provisionalYearsIn, type Calendar, type CalendarIssue } from '../time/calendar.js';
import { cnCalendar } from '../time/cn-calendar.js';
import { dayOf } from '../time/local-date.js';
import { addWorkingDaysMs } from '../time/working-days.js';
import { HOUR_MS, localDay, readInstant, startOfLocalDay } from '../time/zone.js';
import type { ServiceLevelRecord } from './record.js';
import { deepFreeze } from '../model/freeze.js';

/** One SLA-02 target over a batch: the share of counted records that met it, and who missed it. */
export interface ServiceLevelTarget {
  /** The rule that sets the targets. */
  readonly rule: 'SLA-02';
  /** The share the policy aims for, e.g. 0.8. */
  readonly target: number;
  /** Records decided as of the report instant that met the target (counted in `total`). */
  readonly met: number;
  /** Records decided as of the report instant: met, or missed (late, or still open past the deadline). */
  readonly total: number;
  /** `met / total`; `null` when nothing was counted: an empty target is not evidence of being met (SLA-03). */
  readonly share: number | null;
  /** Ids of the records that missed, in input order. */
  readonly missed: readonly string[];
}

/** The SLA-02 targets a {@link ServiceLevelReport} reports on, in report order. */
export const SERVICE_LEVEL_TARGETS = /* @__PURE__ */ deepFreeze(['firstReply', 'resolution', 'returnProcessing', 'logisticsDelay'] as const);
/** One of {@link SERVICE_LEVEL_TARGETS}: an SLA-02 target, and its key in a {@link ServiceLevelReport}. */
export type ServiceLevelTargetName = (typeof SERVICE_LEVEL_TARGETS)[number];

/** CAL-02: a record whose deadline fell outside the calendar and could not be decided without guessing. */
export interface ServiceLevelCalendarIssue {
  /** The record's `id`. */
  readonly id: string;
  /** The target the record could not be decided for. */
  readonly target: ServiceLevelTargetName;
  /** The CAL-02 issue: the first day the calendar does not cover, and what it covers. */
  readonly issue: CalendarIssue;
}

/**
 * SLA-03: the report over a batch of complaints and cases. It says how much of it rests on guesses:
 * `provisional` counts the records whose working-day deadline was computed over a provisional
 * calendar year (CAL-03), `provisionalYears` names those years (ascending), and `undecidable` counts
 * the records that went to `calendarIssues` (CAL-02) instead of into a share.
 */
export type ServiceLevelReport = {
  /** The rule that defines the report. */
  readonly rule: 'SLA-03';
  /** The instant the report is as of (`options.at`): reports merge only when it is the same. */
  readonly at: Instant;
  /** The policy pack it was made under: reports merge only under the same one. */
  readonly policy: {
    /** The pack's `id` (e.g. `'pinduoduo'`). */
    readonly id: string;
    /** The pack's `version` (e.g. `'2025.1'`). */
    readonly version: string;
  };
  /** CAL-02: the records whose deadline fell outside the calendar, one entry per record and target, in input order; empty when none. */
  readonly calendarIssues: readonly ServiceLevelCalendarIssue[];
  /** Records whose working-day deadline computation read a day of a provisional year (CAL-03). */
  readonly provisional: number;
  /** The provisional years those computations touched, ascending, each once (CAL-03). */
  readonly provisionalYears: readonly number[];
  /** Records that could not be decided and went to `calendarIssues` (CAL-02); `calendarIssues.length`. */
  readonly undecidable: number;
} & {
  readonly [K in ServiceLevelTargetName]: ServiceLevelTarget;
};

/**
 * SLA-03: the share met, in [0, 1]; `null` when nothing was counted, since no record decided means
 * the share is unknown, not met.
 *
 * @example
 * shareOf(3, 4) // → 0.75
 * shareOf(0, 0) // → null
 */
export const shareOf = (met: number, total: number): number | null => (total === 0 ? null : met / total);

/** Ascending union of two ascending year lists, each year once. */
export const unionYears = (a: readonly number[], b: readonly number[]): readonly number[] =>
  [...new Set([...a, ...b])].sort((x, y) => x - y);

interface Tally {
  met: number;
  total: number;
  readonly missed: string[];
}

type Outcome = 'met' | 'missed' | 'pending' | CalendarIssue;

/**
 * Decides one record against one deadline as of `at`. `done` is NaN when the step has not happened;
 * a step recorded after `at` has not happened yet as far as this report knows. When the deadline left
 * the calendar, only a lower bound is known (the first uncovered day), and anything it cannot settle
 * is an issue rather than a guess.
 */
function judge(deadline: number | CalendarIssue, done: number, at: number, zone: string): Outcome {
  const finished = done <= at;
  if (typeof deadline === 'number') {
    // Stryker disable next-line StringLiteral: `count` tallies every outcome other than 'met' (and 'pending') as missed, so the word itself is not observable
    if (finished) return done <= deadline ? 'met' : 'missed';
    // Stryker disable next-line StringLiteral: as above, any string but 'met' and 'pending' is tallied as missed
    return at > deadline ? 'missed' : 'pending';
  }
  const floor = startOfLocalDay(dayOf(deadline.date), zone);
  if (finished) return done < floor ? 'met' : deadline;
  return at < floor ? 'pending' : deadline;
}



/**
 * SLA-02 (S2 §2.2): a logistics-delay complaint is decided once it is resolved by `at` and says in
 * whose favour: met when for the buyer. No deadline: an open one, or one resolved without a side, is
 * not counted yet.
 */
function satisfied(resolvedAt: number, resolvedFor: 'buyer' | 'merchant' | undefined, at: number): Outcome {
  if (!(resolvedAt <= at) || resolvedFor === undefined) return 'pending';
  // Stryker disable next-line StringLiteral: any string but 'met' and 'pending' is tallied as missed
  return resolvedFor === 'buyer' ? 'met' : 'missed';
}

/**
 * SLA-02/SLA-03: the service-level report over complaints and cases, as of instant `at`, each target
 * over the records it names (S2 §2):
 * - `firstReply`: quality complaints first answered within `serviceLevels.firstReply.hours` (TIME-02);
 * - `resolution`: quality complaints resolved within `resolution.workingDays` working days (TIME-04);
 * - `returnProcessing`: return and exchange applications processed within `returnProcessing.workingDays`;
 * - `logisticsDelay`: logistics-delay complaints resolved for the buyer (`resolvedFor: 'buyer'`).
 * After-sales-service complaints and other case types count toward none.
 *
 * A record still open at `at` counts as missed once its deadline has passed and is not counted before.
 * Working days follow the China calendar (or `options.calendar`) in the policy's zone; a deadline
 * outside the calendar that cannot be settled goes to `calendarIssues` (CAL-02), never into a share,
 * and is counted in `undecidable`. A record whose working-day deadline was computed over a provisional
 * year (CAL-03, e.g. under `cnProvisionalCalendar`) is counted in `provisional`, whether or not it is
 * decided yet, and the years are named in `provisionalYears`. A target nothing was counted for has
 * `share: null`. One pass over any iterable; the calendar is compiled once. An instant that is not
 * ISO-8601 with an offset, or outside the supported years (a record's, or `options.at`), is
 * `invalid_input` naming every such field (`['records', index, 'openedAt']`, `['options', 'at']`),
 * never a throw: a report over data with holes would count them as open.
 *
 * @example
 * serviceLevelReport([{ kind: 'complaint', id: 'c1', type: 'quality', channel: 'online',
 *   openedAt: '2025-03-03T10:00:00+08:00', firstReplyAt: '2025-03-03T12:00:00+08:00' }],
 *   policies.pinduoduo, { at: '2025-03-10T00:00:00+08:00' }).value
 * // → { rule: 'SLA-03', at: '2025-03-10T00:00:00+08:00', policy: { id: 'pinduoduo', version: '2025.1' },
 * //     calendarIssues: [], provisional: 0, provisionalYears: [], undecidable: 0,
 * //     firstReply: { rule: 'SLA-02', target: 0.8, met: 1, total: 1, share: 1, missed: [] },
 * //     resolution: { rule: 'SLA-02', target: 0.75, met: 0, total: 1, share: 0, missed: ['c1'] },
 * //     returnProcessing: { rule: 'SLA-02', target: 0.95, met: 0, total: 0, share: null, missed: [] },
 * //     logisticsDelay: { rule: 'SLA-02', target: 0.9, met: 0, total: 0, share: null, missed: [] } }
 */
export function serviceLevelReport(
  records: Iterable<ServiceLevelRecord>,
  policy: Pick<Policy, 'id' | 'version' | 'serviceLevels' | 'timeZone'>,
  options: { readonly at: Instant; readonly calendar?: Calendar },
): Result<ServiceLevelReport, InputError> {
  const issues: InputIssue[] = [];
  const invalid = (iso: string, path: InputIssue['path']): void => {
    issues.push({ code: 'invalid_format', path, message: `not an ISO-8601 instant with an offset in the supported years: ${String(iso)}` });
  };
  /**
   * Epoch ms of record `i`'s optional instant, `NaN` when absent; a bad one is an issue at its path,
   * which is built only then: a million records must not cost millions of path arrays.
   */
  const parse = (iso: string | undefined, i: number, field: string): number => {
    if (iso === undefined) return Number.NaN;
    const t = readInstant(iso);
    if (Number.isNaN(t)) invalid(iso, ['records', i, field]);
    return t;
  };
  const at = readInstant(options.at);
  if (options.at === undefined) issues.push({ code: 'invalid_type', path: ['options', 'at'], message: 'the report instant is required' });
  else if (Number.isNaN(at)) invalid(options.at, ['options', 'at']);
  const zone = policy.timeZone;
  const calendar = compileCalendar(options.calendar ?? cnCalendar);
  const { firstReply, resolution, returnProcessing, logisticsDelay } = policy.serviceLevels;
  const tallies: Record<ServiceLevelTargetName, Tally> = {
    firstReply: { met: 0, total: 0, missed: [] },
    resolution: { met: 0, total: 0, missed: [] },
    returnProcessing: { met: 0, total: 0, missed: [] },
    logisticsDelay: { met: 0, total: 0, missed: [] },
  };
  const calendarIssues: ServiceLevelCalendarIssue[] = [];
  const count = (target: ServiceLevelTargetName, id: string, outcome: Outcome): void => {
    if (outcome === 'pending') return;
    if (typeof outcome !== 'string') {
      calendarIssues.push({ id, target, issue: outcome });
      return;
    }
    const tally = tallies[target];
    tally.total++;
    if (outcome === 'met') tally.met++;
    else tally.missed.push(id);
  };

  let provisional = 0;
  const years = new Set<number>();
  /** CAL-03: notes the provisional years read from the opening day to the due day (or the last covered day). */
  const touched = (opened: number, due: number | CalendarIssue): void => {
    if (calendar.provisional.length === 0) return;
    const to = typeof due === 'number' ? localDay(due, zone) : dayOf(due.date) - 1;
    const hit = provisionalYearsIn(calendar, localDay(opened, zone), to);
    if (hit.length === 0) return;
    provisional++;
    for (const y of hit) years.add(y);
  };

  let index = 0;
  for (const r of records) {
    const i = index++;
    const opened = parse(r.openedAt, i, 'openedAt');
    if (r.openedAt === undefined) issues.push({ code: 'invalid_type', path: ['records', i, 'openedAt'], message: 'openedAt is required' });
    const replied = r.kind === 'complaint' ? parse(r.firstReplyAt, i, 'firstReplyAt') : Number.NaN;
    const resolved = r.kind === 'complaint' ? parse(r.resolvedAt, i, 'resolvedAt') : Number.NaN;
    const processed = r.kind === 'case' ? parse(r.processedAt, i, 'processedAt') : Number.NaN;
    // Once anything is wrong there is no report: nothing more is counted, but every bad field is still named.
    if (issues.length > 0) continue;
    if (r.kind === 'complaint') {
      if (r.type === 'quality') {
        count('firstReply', r.id, judge(opened + firstReply.hours * HOUR_MS, replied, at, zone));
        const due = addWorkingDaysMs(opened, resolution.workingDays, zone, calendar);
        touched(opened, due);
        count('resolution', r.id, judge(due, resolved, at, zone));
      } else if (r.type === 'logistics_delay') {
        count('logisticsDelay', r.id, satisfied(resolved, r.resolvedFor, at));
      }
    } else if (r.type === 'return_refund' || r.type === 'exchange') {
      const due = addWorkingDaysMs(opened, returnProcessing.workingDays, zone, calendar);
      touched(opened, due);
      count('returnProcessing', r.id, judge(due, processed, at, zone));
    }
  }
  if (issues.length > 0) return err({ code: 'invalid_input', issues });

  const targets = { firstReply: firstReply.share, resolution: resolution.share, returnProcessing: returnProcessing.share, logisticsDelay: logisticsDelay.share };
  const report = (name: ServiceLevelTargetName): ServiceLevelTarget => {
    const { met, total, missed } = tallies[name];
    return { rule: 'SLA-02', target: targets[name], met, total, share: shareOf(met, total), missed };
  };
  return ok({
    rule: 'SLA-03',
    at: options.at,
    policy: { id: policy.id, version: policy.version },
    firstReply: report('firstReply'),
    resolution: report('resolution'),
    returnProcessing: report('returnProcessing'),
    logisticsDelay: report('logisticsDelay'),
    calendarIssues,
    provisional,
    provisionalYears: [...years].sort((a, b) => a - b),
    undecidable: calendarIssues.length,
  });
}
