import type { InputIssue } from '../model/parse.js';
import { toInputIssues } from '../model/parse.js';
import { PolicySchema, type Policy } from '../model/policy.js';
import { err, ok, type Result } from '../model/result.js';
import { legalFloorIssues } from './define-policy.js';
import { policies } from './index.js';

const NAMES = Object.keys(policies).join(', ');

/**
 * An untrusted policy: a built-in pack by name, or a full policy object held to the same checks as
 * `definePolicy` (its shape, then the legal floors of ELG-06/07/09, RFT-06, PEN-04). Issues carry
 * paths under `policy`, as `assess` and the CLI report them.
 *
 * @example
 * resolvePolicy('taobao') // → { ok: true, value: policies.taobao }
 * resolvePolicy('jd')     // → { ok: false, error: [{ code: 'invalid_value', path: ['policy'], message: 'unknown policy "jd": use pinduoduo, taobao or a full policy object' }] }
 */
export function resolvePolicy(value: unknown): Result<Policy, InputIssue[]> {
  if (typeof value === 'string') {
    return Object.hasOwn(policies, value)
      ? ok(policies[value as keyof typeof policies])
      : err([{ code: 'invalid_value', path: ['policy'], message: `unknown policy "${value}": use ${NAMES} or a full policy object` }]);
  }
  if (value === undefined) return err([{ code: 'invalid_type', path: ['policy'], message: `required: a policy name (${NAMES}) or a full policy object` }]);
  const parsed = PolicySchema.safeParse(value);
  if (!parsed.success) return err(toInputIssues(parsed.error, ['policy']));
  // Stryker disable next-line StringLiteral: every legal floor issue names its rule, so the fallback text is never printed
  const floors = legalFloorIssues(parsed.data).map((i) => ({ code: 'custom' as const, ...(i.rule === undefined ? {} : { rule: i.rule }), path: ['policy', ...i.path], message: `${i.message} (${i.rule ?? 'legal floor'})` }));
  return floors.length === 0 ? ok(parsed.data) : err(floors);
}
