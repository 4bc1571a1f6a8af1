import type { IssuePath } from '../model/failure.js';
import { fail, type Failure } from '../model/failure.js';
import { ok, type Result } from '../model/result.js';
import { HOUR_MS, parseInstant } from '../time/zone.js';
import type { CalendarOptions } from '../time/working-days.js';
import type { PlatformIssue } from './issue.js';
import { currentWait, waitDeadline, type AfterSalesCase, type AfterSalesRequest, type CaseEvent, type LibraryDeadline, type Order, type Policy, type RequestReason } from './library.js';
import { replaySteps, type Mapped } from './steps.js';

/** What an adapter may be told beyond the payload. */
export interface PlatformOptions extends CalendarOptions {
  /** The pack the case runs under; default the platform's built-in pack. */
  readonly policy?: Policy;
  /** The library's reason, when the platform's reason text is not one the adapter knows. */
  readonly reason?: RequestReason;
  /**
   * How far the platform's deadline may lie from the library's before a `platform_deadline_drift`
   * warning is given, in ms. Default {@link DEFAULT_DEADLINE_TOLERANCE_MS} (one hour): the
   * platforms round their reminders, a policy pack that is a day off is what the warning is for.
   */
  readonly deadlineToleranceMs?: number;
}

/** One hour: the default {@link PlatformOptions.deadlineToleranceMs}. */
export const DEFAULT_DEADLINE_TOLERANCE_MS = HOUR_MS;

/**
 * The deadline of the case's current step. `source: 'platform'` when the payload carries the
 * platform's own (it wins: the platform enforces it); `'library'` when only the library's computed
 * deadline is known. `library` is the library's deadline for the same step, reported beside the
 * platform's so a disagreement shows.
 */
export interface PlatformDeadline {
  /** Whose deadline `dueAt` is: the payload's own (`'platform'`, it wins) or the library's computed one (`'library'`). */
  readonly source: 'platform' | 'library';
  /** When the current step is due: ISO-8601 with an offset (the platform's in Beijing time, `+08:00`; the library's in the policy's zone). */
  readonly dueAt: string;
  /** The library's pending deadline (`deadlines(case)`), absent when none is pending. */
  readonly library?: LibraryDeadline;
  /** Platform minus library, in ms, when both are known. */
  readonly differenceMs?: number;
}

/** A warning on an imported case: the platform's deadline and the policy pack's differ by more than the tolerance. */
export interface PlatformWarning {
  /** The one warning an import gives: the platform's and the library's deadline drifted apart. */
  readonly code: 'platform_deadline_drift';
  /** Always `'warn'`: the case is imported all the same, with the platform's deadline. */
  readonly effect: 'warn';
  /** The rule of the library's deadline that disagrees (e.g. `CSE-01`). */
  readonly rule: string;
  /** The payload field the platform's deadline came from (e.g. `['refund', 'refund_remind_timeout', 'timeout']`). */
  readonly path: IssuePath;
  /** A readable English account of the drift, for logs. */
  readonly message: string;
  /** The figures behind the warning, for rendering it in another language. */
  readonly params: {
    /** The platform's deadline: ISO-8601 with an offset, Beijing time. */
    readonly platformDueAt: string;
    /** The library's deadline for the same step: ISO-8601 with an offset, in the policy's zone. */
    readonly libraryDueAt: string;
    /** Platform minus library, in ms (positive: the platform's is later). */
    readonly differenceMs: number;
    /** The tolerance the difference exceeded, in ms ({@link PlatformOptions.deadlineToleranceMs}). */
    readonly toleranceMs: number;
  };
}

/** A platform payload in the library's terms: the order, the request, the events that reach the platform's status, the case. */
export interface PlatformCase {
  /** The order, built from the payload and the caller's order context (amounts in integer fen). */
  readonly order: Order;
  /** The buyer's after-sales request: its type, reason, time and amount (integer fen). */
  readonly request: AfterSalesRequest;
  /** The equivalent events, as `replay` takes them; empty for a fresh application. */
  readonly events: readonly CaseEvent[];
  /** The case they reach (for a fresh application, the case just opened). */
  readonly case: AfterSalesCase;
  /** The current step's deadline, absent when nothing is pending. */
  readonly deadline?: PlatformDeadline;
  /** Warnings on the import (a drifted deadline); empty when none. */
  readonly warnings: readonly PlatformWarning[];
}

/** Every adapter's failure: the payload is malformed, names a code the case machines do not model, or cannot reach its status. */
export type PlatformFailure = Failure<'invalid_payload' | 'not_modelled' | 'unreachable', PlatformIssue>;

/** The platform's own deadline for the current step, where the payload carries one. */
export interface PlatformDue {
  /** When the step is due: ISO-8601 with Beijing time's offset (`+08:00`). */
  readonly dueAt: string;
  /** The payload field it was read from. */
  readonly path: IssuePath;
}

/**
 * The library's deadline for the current step of the refund: the first pending one, leaving out
 * FRT-04's subsidy payout (the platform's own) and CSE-07's follow-up visit (the merchant's service
 * after the case ended, which no platform timeout stands for).
 */
const current = (c: AfterSalesCase): LibraryDeadline | undefined => {
  // `deadlines(c)` without FRT-04 and CSE-07 is its current wait, unless that is CSE-07's: read directly,
  // so that nothing is formatted or listed only to be dropped.
  const w = currentWait(c);
  return w === undefined || w.rule === 'CSE-07' ? undefined : waitDeadline(w, c.terms.timeZone);
};

/**
 * Replays a mapped payload and settles its deadline: the platform's wins (`source: 'platform'`),
 * the library's is reported beside it, and a gap wider than the tolerance is a warning.
 */
export function importCase(m: Mapped, policy: Policy, options: PlatformOptions, platformDue?: PlatformDue): Result<PlatformCase, PlatformFailure> {
  const replayed = replaySteps(m, policy, options.calendar === undefined ? {} : { calendar: options.calendar });
  if (!replayed.ok) return fail('unreachable', [replayed.error]);
  const c = replayed.value.case;
  const events = replayed.value.events;
  const library = current(c);
  // Object literals of fixed shapes, not spreads of a shared base: spreading objects of varying shape
  // goes through V8's slow generic copy, which was the largest single cost of an import (bench).
  if (platformDue === undefined) {
    return ok(
      library === undefined
        ? { order: m.order, request: m.request, events, case: c, warnings: [] }
        : { order: m.order, request: m.request, events, case: c, deadline: { source: 'library', dueAt: library.dueAt, library }, warnings: [] },
    );
  }
  if (library === undefined) return ok({ order: m.order, request: m.request, events, case: c, deadline: { source: 'platform', dueAt: platformDue.dueAt }, warnings: [] });
  const differenceMs = parseInstant(platformDue.dueAt) - parseInstant(library.dueAt);
  const toleranceMs = options.deadlineToleranceMs ?? DEFAULT_DEADLINE_TOLERANCE_MS;
  const warnings: PlatformWarning[] =
    Math.abs(differenceMs) > toleranceMs
      ? [
          {
            code: 'platform_deadline_drift',
            effect: 'warn',
            rule: library.rule,
            path: platformDue.path,
            message: `the platform's deadline ${platformDue.dueAt} is ${Math.round(differenceMs / 60_000)} min from the policy's ${library.dueAt} (${library.rule}); the platform's applies — check the policy pack`,
            params: { platformDueAt: platformDue.dueAt, libraryDueAt: library.dueAt, differenceMs, toleranceMs },
          },
        ]
      : [];
  return ok({ order: m.order, request: m.request, events, case: c, deadline: { source: 'platform', dueAt: platformDue.dueAt, library, differenceMs }, warnings });
}
