import { definePolicy, policies, type DeepPartial, type Policy } from '../../src/index.js';

/** A built-in policy with overrides, failing the test (not returning a Result) if the override is refused. */
export function policyWith(base: Policy, overrides: DeepPartial<Policy>): Policy {
  const p = definePolicy(base, overrides);
  if (!p.ok) throw new Error(`test policy refused: ${JSON.stringify(p.error)}`);
  return p.value;
}

export const PDD = policies.pinduoduo;
export const TAOBAO = policies.taobao;
