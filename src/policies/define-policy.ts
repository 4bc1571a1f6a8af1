import { toInputIssues } from '../model/parse.js';
import { PolicySchema, type Policy } from '../model/policy.js';
import type { DeepPartial } from '../model/readonly.js';
import { fail } from '../model/failure.js';
import type { Failure } from '../model/failure.js';
import { ok, type Result } from '../model/result.js';
import { deepFreeze } from '../model/freeze.js';
import { LEGAL_FLOORS } from './legal-floors.js';

/** Why an override was refused: one issue of a {@link PolicyError}. */
export interface PolicyIssue {
  /** `below_legal_floor`: a value the law does not allow; `invalid_policy`: the merged policy fails `PolicySchema`; `unknown_key`: the override names a field policies do not have. */
  readonly code: 'below_legal_floor' | 'invalid_policy' | 'unknown_key';
  /** The field at fault, in the policy (`['eligibility', 'noReasonWindowDays']`). */
  readonly path: readonly (string | number)[];
  /** The problem in English; `explain` words it in either language. */
  readonly message: string;
  /** For `below_legal_floor`: the rule the floor protects. */
  readonly rule?: string;
}

/** `definePolicy`'s error: the derived policy is refused, with every issue at once. */
export type PolicyError = Failure<'invalid_policy', PolicyIssue>;

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

/** The zod definition a schema node carries (zod mini keeps it under `_zod.def`). */
interface SchemaDef {
  readonly type: string;
  readonly shape?: Readonly<Record<string, { readonly _zod: { readonly def: SchemaDef } }>>;
  readonly innerType?: { readonly _zod: { readonly def: SchemaDef } };
}
const defOf = (schema: unknown): SchemaDef => (schema as { _zod: { def: SchemaDef } })._zod.def;

/**
 * Every override key the policy schema does not know, with its path: zod would drop it silently,
 * so a typo such as `noReasonWindowDay` from JSON would otherwise change nothing without a word.
 * Arrays replace and their items are checked by the schema; a value of the wrong kind is the
 * schema's to report.
 */
function unknownKeyIssues(over: unknown, def: SchemaDef, path: readonly (string | number)[]): PolicyIssue[] {
  while (def.type === 'nullable' && def.innerType) def = defOf(def.innerType);
  if (def.type !== 'object' || !def.shape || !isPlainObject(over)) return [];
  const shape = def.shape;
  return Object.entries(over).flatMap(([k, v]): PolicyIssue[] => {
    if (v === undefined) return [];
    if (!Object.hasOwn(shape, k)) {
      return [{ code: 'unknown_key', path: [...path, k], message: `unknown policy key "${k}"` }];
    }
    return unknownKeyIssues(v, defOf(shape[k]), [...path, k]);
  });
}

/** JSON with object keys sorted, so the same override always prints the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (isPlainObject(value)) {
    const entries = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** 32-bit FNV-1a of the UTF-8 bytes of `text`, as 8 hex digits: small, deterministic, no crypto. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Every legal floor (ELG-06/07/09/17, RFT-06, PEN-04) the policy goes below. */
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
  if (p.eligibility.exchangeWindowDays < f.exchangeWindowDays) {
    below(['eligibility', 'exchangeWindowDays'], 'ELG-17', `a fault exchange stays open at least ${f.exchangeWindowDays} days after signing`);
  }
  if (p.eligibility.repairWindowDays < f.repairWindowDays) {
    below(['eligibility', 'repairWindowDays'], 'ELG-17', `a fault repair stays open at least ${f.repairWindowDays} days after signing`);
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
 * A policy derived from `base` with `overrides` merged in, refused when the result is malformed,
 * names a key no policy has (`unknown_key`, with its path), or goes below a legal floor (no-reason
 * window under 7 days, a fault exchange or repair closing before day 15 (ELG-17), counterfeit compensation under 3× or ¥500, refund after receipt over 7 days,
 * a wider excluded-goods list than the law allows). Unknown keys are reported alongside every other
 * issue at once, as `{ code: 'invalid_policy', issues }` ({@link PolicyError}).
 *
 * The result is deeply frozen. A policy that differs from `base` has a new `version`: the one the
 * override gives, or else `${base.version}+` and the 8-hex FNV-1a fingerprint of the override's
 * (key-sorted) JSON, so the same override always derives the same version. An override that
 * changes nothing keeps `base` and its version.
 * Rules: ELG-06, ELG-07, ELG-09, ELG-17, RFT-06, PEN-04.
 *
 * @example
 * definePolicy(policies.taobao, { version: 'shop-42', eligibility: { noReasonWindowDays: 15 } }).ok // → true
 * definePolicy(policies.taobao, { eligibility: { noReasonWindowDays: 15 } }).value.version // → '2025.1+48e095d4'
 * definePolicy(policies.taobao, { eligibility: { noReasonWindowDays: 5 } })
 * // → { ok: false, error: { code: 'invalid_policy', issues: [{ code: 'below_legal_floor', rule: 'ELG-06', path: ['eligibility', 'noReasonWindowDays'], … }] } }
 * definePolicy(policies.taobao, { eligibility: { noReasonWindowDay: 15 } } as never)
 * // → { ok: false, error: { code: 'invalid_policy', issues: [{ code: 'unknown_key', path: ['eligibility', 'noReasonWindowDay'], … }] } }
 */
export function definePolicy(base: Policy, overrides: DeepPartial<Policy>): Result<Policy, PolicyError> {
  const unknown = unknownKeyIssues(overrides, defOf(PolicySchema), []);
  const parsed = PolicySchema.safeParse(merge(base, overrides));
  if (!parsed.success) {
    const malformed = toInputIssues(parsed.error).map((i): PolicyIssue => ({ code: 'invalid_policy', path: i.path, message: i.message }));
    return fail('invalid_policy', [...unknown, ...malformed]);
  }
  const floors = legalFloorIssues(parsed.data);
  if (unknown.length + floors.length > 0) return fail('invalid_policy', [...unknown, ...floors]);
  const policy = parsed.data;
  const { version: _given, ...rest } = policy;
  const { version: _base, ...baseRest } = base;
  const changed = canonicalJson(rest) !== canonicalJson(baseRest);
  const version =
    overrides.version !== undefined || !changed ? policy.version : `${base.version}+${fingerprint(canonicalJson(overrides))}`;
  return ok(deepFreeze({ ...policy, version }));
}
