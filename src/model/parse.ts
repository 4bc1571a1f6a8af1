import type { $ZodError, $ZodIssue } from 'zod/v4/core';
import type { InputIssueCode } from '../explain/issues.js';
import type * as z from './zod.js';
import { OrderSchema, type Order } from './order.js';
import { PolicySchema, type Policy } from './policy.js';
import { AfterSalesRequestSchema, type AfterSalesRequest } from './request.js';
import { err, ok, type Result } from './result.js';

/**
 * One bad field: where it is (`path`), what kind of problem it is (`code`, one of zod's
 * {@link INPUT_ISSUE_CODES}), and an English `message`; `params` carries the bounds or the allowed
 * values when the check has them, so `explain` can name them in either language.
 */
export interface InputIssue {
  /** The kind of problem, as zod names it (`invalid_type`, `too_small`, …, `custom` for a rule's own check). */
  readonly code: InputIssueCode;
  /** Where the bad field sits in the input: keys and indexes, outermost first (`['items', 0, 'sku']`). */
  readonly path: readonly (string | number)[];
  /** The problem in English; `explain` words it in zh-CN or en from `code` and `params`. */
  readonly message: string;
  /** The rule the field breaks, when a rule and not just the shape refuses it (a policy below a legal floor). */
  readonly rule?: string;
  /** The bounds or allowed values of the check, when it has any. */
  readonly params?: InputIssueParams;
}

/** What an {@link InputIssue} names beside its message: the expected type, the bounds, the allowed values or keys. */
export interface InputIssueParams {
  /** `invalid_type`: the type the field should have (`string`, `number`, …). */
  readonly expected?: string;
  /** `too_small`: the least value, length or count allowed. */
  readonly minimum?: number | bigint;
  /** `too_big`: the greatest value, length or count allowed. */
  readonly maximum?: number | bigint;
  /** `invalid_value`: the values allowed (an enum's or a literal's). */
  readonly values?: readonly unknown[];
  /** `unrecognized_keys`: the keys that do not belong. */
  readonly keys?: readonly string[];
}

/** Untrusted input failed validation; `issues` names every bad field at once. */
export interface InputError {
  /** Always `invalid_input`: the input did not have the shape or the values required. */
  readonly code: 'invalid_input';
  /** Every bad field, each with its path. */
  readonly issues: readonly InputIssue[];
}

/** The bounds or allowed values of a zod issue, when it has any. */
function paramsOf(i: $ZodIssue): InputIssueParams | undefined {
  switch (i.code) {
    case 'invalid_type':
      return { expected: i.expected };
    case 'too_big':
      return { maximum: i.maximum };
    case 'too_small':
      return { minimum: i.minimum };
    case 'invalid_value':
      return { values: i.values };
    case 'unrecognized_keys':
      return { keys: i.keys };
    default:
      return undefined;
  }
}

/** Converts zod's issues to ours, prefixing each path with where the value sat. */
export function toInputIssues(error: $ZodError, prefix: readonly (string | number)[] = []): InputIssue[] {
  return error.issues.map((i) => {
    const params = paramsOf(i);
    const issue = {
      code: i.code,
      path: [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      message: i.message,
    };
    return params === undefined ? issue : { ...issue, params };
  });
}

const parser =
  <T>(schema: z.ZodMiniType<T>) =>
  (input: unknown): Result<T, InputError> => {
    const parsed = schema.safeParse(input);
    return parsed.success
      ? ok(parsed.data)
      : err({ code: 'invalid_input', issues: toInputIssues(parsed.error) });
  };

/**
 * Validates untrusted JSON as an {@link Order}, reporting every bad field with its path.
 *
 * @example
 * parseOrder({ id: 'x', payments: [], items: [] })
 * // → { ok: false, error: { code: 'invalid_input', issues: [{ code: 'too_small', path: ['items'], message: 'an order has at least one item', params: { minimum: 1 } }] } }
 */
export const parseOrder: (input: unknown) => Result<Order, InputError> = parser(OrderSchema);

/**
 * Validates untrusted JSON as an {@link AfterSalesRequest}.
 *
 * @example
 * parseRequest({ type: 'refund_only', reason: 'quality', requestedAt: '2025-03-06T09:00:00+08:00' }).ok // → true
 */
export const parseRequest: (input: unknown) => Result<AfterSalesRequest, InputError> =
  parser(AfterSalesRequestSchema);

/**
 * Validates untrusted JSON as a {@link Policy} (shape only; {@link definePolicy} also checks the legal floors).
 *
 * @example
 * parsePolicy(policies.taobao).ok // → true
 */
export const parsePolicy: (input: unknown) => Result<Policy, InputError> = parser(PolicySchema);
