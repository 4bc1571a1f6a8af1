import type { $ZodError } from 'zod/v4/core';
import type * as z from './zod.js';
import { OrderSchema, type Order } from './order.js';
import { PolicySchema, type Policy } from './policy.js';
import { AfterSalesRequestSchema, type AfterSalesRequest } from './request.js';
import { err, ok, type Result } from './result.js';

/** One bad field: where it is and what is wrong with it. */
export interface InputIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Untrusted input failed validation; `issues` names every bad field at once. */
export interface InputError {
  readonly code: 'invalid_input';
  readonly issues: readonly InputIssue[];
}

/** Converts zod's issues to ours, prefixing each path with where the value sat. */
export function toInputIssues(error: $ZodError, prefix: readonly (string | number)[] = []): InputIssue[] {
  return error.issues.map((i) => ({
    path: [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: i.message,
  }));
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
 * // → { ok: false, error: { code: 'invalid_input', issues: [{ path: ['items'], message: 'an order has at least one item' }] } }
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
