import type { IssueBase, IssuePath } from '../model/failure.js';
import { deepFreeze } from '../model/freeze.js';

/**
 * Why a platform payload was not mapped. Shape and value faults (`invalid_*`, `missing_field`,
 * `negative_amount`, `too_many_decimals`, `above_max_fen`, `inconsistent`), codes the adapters do
 * not know or cannot tell apart (`unknown_code`, `ambiguous_code`), codes they know but the case
 * machines do not model (`not_modelled`), and a status the library's rules refuse to reach from
 * the payload's facts (`unreachable`).
 */
export const PLATFORM_ISSUE_CODES = /* @__PURE__ */ deepFreeze([
  'missing_field',
  'invalid_type',
  'invalid_value',
  'invalid_amount',
  'negative_amount',
  'too_many_decimals',
  'above_max_fen',
  'invalid_time',
  'unknown_code',
  'ambiguous_code',
  'not_modelled',
  'inconsistent',
  'unreachable',
] as const);
/** One of {@link PLATFORM_ISSUE_CODES}: why a platform payload was not mapped. */
export type PlatformIssueCode = (typeof PLATFORM_ISSUE_CODES)[number];

/** One thing wrong with a payload: its code, the field's path in the payload, and a readable message. */
export interface PlatformIssue extends IssueBase {
  /** What is wrong, one of {@link PLATFORM_ISSUE_CODES}. */
  readonly code: PlatformIssueCode;
  /** Where in the payload, e.g. `['refund', 'after_sales_status']`; `[]` for the payload as a whole. */
  readonly path: IssuePath;
  /** A readable English account of the fault, for logs. */
  readonly message: string;
  /** The rule that refused, for `unreachable` (the library's refusal, e.g. `CSE-04`). */
  readonly rule?: string;
}

/** Builds a {@link PlatformIssue}. */
export const issue = (code: PlatformIssueCode, path: IssuePath, message: string, rule?: string): PlatformIssue =>
  rule === undefined ? { code, path, message } : { code, path, message, rule };
