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
 * The error of every fallible public function (the one error convention): a `code` for the failure
 * as a whole, and every issue that caused it at once.
 *
 * @example
 * const r = parseOrder({});
 * if (!r.ok) r.error // → { code: 'invalid_input', issues: [{ code: 'invalid_type', path: ['id'], message: '…' }, …] }
 */
export interface Failure<C extends string = string, I extends IssueBase = IssueBase> {
  /** The failure as a whole (`invalid_input`, `invalid_policy`, `transition_refused`, …). */
  readonly code: C;
  /** Every issue that caused it, at once. */
  readonly issues: readonly I[];
}

/** Builds a {@link Failure}. */
export const failure = <C extends string, I extends IssueBase>(code: C, issues: readonly I[]): Failure<C, I> => ({ code, issues });

/** A failed `Result` carrying a {@link Failure}. */
export const fail = <C extends string, I extends IssueBase>(code: C, issues: readonly I[]) => err(failure(code, issues));
