import { deepFreeze } from './freeze.js';
import { err } from './result.js';

/** Where a problem sits in what the caller sent: object keys and array indexes, outermost first. */
export type IssuePath = readonly (string | number)[];

/**
 * What every issue has in common: a `code` from a closed list, and — where they apply — the `rule`
 * it enforces and the `path` of the field it is about. Verdict reasons, input issues, policy issues,
 * calendar issues and transition issues all extend it, so one `explain` renders any of them.
 */
export interface IssueBase {
  /** What kind of issue it is, from the closed list of its type. */
  readonly code: string;
  /** The rule ID it enforces, when a rule and not only the shape decides it. */
  readonly rule?: string;
  /** Where in the caller's input it sits, when it is about a field. */
  readonly path?: IssuePath;
}

/**
 * Every code a {@link Failure} can have, so a caller can switch over them exhaustively:
 *
 * | code | returned by |
 * |---|---|
 * | `invalid_input` | the parsers, `assess`, `splitRefund`, `addWorkingDays` and every function given a bad argument |
 * | `invalid_policy` | `definePolicy` (`PolicyError`) |
 * | `no_policy_in_force` | `policyAt` (`PolicyAtError`) |
 * | `invalid_calendar` | `loadCalendar` (`CalendarLoadError`, `aftersales/calendar`) |
 * | `calendar_not_covered` | working-day answers past the calendar's years (`CalendarError`, CAL-02) |
 * | `not_eligible` | `openCase`, `replay`: the request's reasons (`ReplayFailure`) |
 * | `transition_refused` | `applyEvent`, `replay` (`TransitionRefused`, CSE-06) |
 * | `invalid_payload`, `not_modelled`, `unreachable` | the platform adapters (`PlatformFailure`, `aftersales/platforms`) |
 *
 * @example
 * FAILURE_CODES.includes('invalid_policy') // → true
 */
export const FAILURE_CODES = /* @__PURE__ */ deepFreeze([
  'invalid_input',
  'invalid_policy',
  'no_policy_in_force',
  'invalid_calendar',
  'calendar_not_covered',
  'not_eligible',
  'transition_refused',
  'invalid_payload',
  'not_modelled',
  'unreachable',
] as const);
/** A failure's code: one of {@link FAILURE_CODES}. */
export type FailureCode = (typeof FAILURE_CODES)[number];

/**
 * The error of every fallible public function (the one error convention): a `code` for the failure
 * as a whole, and every issue that caused it at once.
 *
 * @example
 * const r = parseOrder({});
 * if (!r.ok) r.error // → { code: 'invalid_input', issues: [{ code: 'invalid_type', path: ['id'], message: '…' }, …] }
 */
export interface Failure<C extends FailureCode = FailureCode, I extends IssueBase = IssueBase> {
  /** The failure as a whole (`invalid_input`, `invalid_policy`, `transition_refused`, …). */
  readonly code: C;
  /** Every issue that caused it, at once. */
  readonly issues: readonly I[];
}

/** Builds a {@link Failure}. */
export const failure = <C extends FailureCode, I extends IssueBase>(code: C, issues: readonly I[]): Failure<C, I> => ({ code, issues });

/** A failed `Result` carrying a {@link Failure}. */
export const fail = <C extends FailureCode, I extends IssueBase>(code: C, issues: readonly I[]) => err(failure(code, issues));
