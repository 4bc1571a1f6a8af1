import { toInputIssues } from '../model/parse.js';
import { PolicySchema, type Policy } from '../model/policy.js';
import type { DeepPartial } from '../model/readonly.js';
import { err, ok, type Result } from '../model/result.js';
import { LEGAL_FLOORS } from './legal-floors.js';

/** Why an override was refused. */
export interface PolicyIssue {
  readonly code: 'below_legal_floor' | 'invalid_policy';
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** For `below_legal_floor`: the rule the floor protects. */
  readonly rule?: string;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Objects merge key by key; arrays, `null` and scalars replace. Neither input is touched. */
function merge(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = merge(base[k], v);
  return out;
}

/** Every legal floor (ELG-06/07/09, RFT-06, PEN-04) the policy goes below. */
export function legalFloorIssues(p: Policy): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const below = (path: string[], rule: string, message: string): void => {
    issues.push({ code: 'below_legal_floor', path, rule, message });
  };
  const f = LEGAL_FLOORS;
  if (p.eligibility.noReasonWindowDays < f.noReasonWindowDays) {
    below(['eligibility', 'noReasonWindowDays'], 'ELG-06', `the no-reason window may not be shorter than ${f.noReasonWindowDays} days`);
  }
  if (p.eligibility.qualityWindowDays < f.qualityWindowDays) {
    below(['eligibility', 'qualityWindowDays'], 'ELG-09', `the quality window may not be shorter than ${f.qualityWindowDays} days`);
  }
  const widened = p.eligibility.excludedGoods.filter((g) => !f.excludedGoods.includes(g));
  if (widened.length > 0) {
    below(['eligibility', 'excludedGoods'], 'ELG-07', `the law does not let ${widened.join(', ')} be excluded outright`);
  }
  const widenedConfirmed = p.eligibility.excludedIfConfirmed.filter((g) => !f.excludedIfConfirmed.includes(g));
  if (widenedConfirmed.length > 0) {
    below(['eligibility', 'excludedIfConfirmed'], 'ELG-07', `the law does not let ${widenedConfirmed.join(', ')} be excluded`);
  }
  if (p.refund.refundAfterReceiptDays > f.refundAfterReceiptDays) {
    below(['refund', 'refundAfterReceiptDays'], 'RFT-06', `refunds are due within ${f.refundAfterReceiptDays} days of receiving the goods`);
  }
  if (p.penalties.counterfeit.multiple < f.counterfeitMultiple) {
    below(['penalties', 'counterfeit', 'multiple'], 'PEN-04', `counterfeit compensation is at least ${f.counterfeitMultiple}× the price`);
  }
  if (p.penalties.counterfeit.minimumFen < f.counterfeitMinimumFen) {
    below(['penalties', 'counterfeit', 'minimumFen'], 'PEN-04', `counterfeit compensation is at least ${f.counterfeitMinimumFen} fen`);
  }
  return issues;
}

/**
 * A policy derived from `base` with `overrides` merged in, refused when the result is malformed or
 * goes below a legal floor (no-reason window under 7 days, counterfeit compensation under 3× or
 * ¥500, refund after receipt over 7 days, a wider excluded-goods list than the law allows).
 * Rules: ELG-06, ELG-07, ELG-09, RFT-06, PEN-04.
 *
 * @example
 * definePolicy(policies.taobao, { version: 'shop-42', eligibility: { noReasonWindowDays: 15 } }).ok // → true
 * definePolicy(policies.taobao, { eligibility: { noReasonWindowDays: 5 } })
 * // → { ok: false, error: [{ code: 'below_legal_floor', rule: 'ELG-06', path: ['eligibility', 'noReasonWindowDays'], … }] }
 */
export function definePolicy(base: Policy, overrides: DeepPartial<Policy>): Result<Policy, PolicyIssue[]> {
  const parsed = PolicySchema.safeParse(merge(base, overrides));
  if (!parsed.success) {
    return err(toInputIssues(parsed.error).map((i) => ({ code: 'invalid_policy' as const, ...i })));
  }
  const floors = legalFloorIssues(parsed.data);
  return floors.length > 0 ? err(floors) : ok(parsed.data);
}
