import type { AfterSalesCase } from '../src/model/case.js';
import type { Policy } from '../src/model/policy.js';
import { advanceTo } from '../src/case/advance-to.js';

/** `advanceTo` for a test that passes a valid instant: its case, and a failed test if the instant was refused. */
export function advanced(c: AfterSalesCase, at: string, policy: Policy): AfterSalesCase {
  const r = advanceTo(c, at, policy);
  if (!r.ok) throw new Error(`advanceTo refused ${at}: ${JSON.stringify(r.error)}`);
  return r.value;
}

/** A `Result` a test expects to be ok: its value, and a failed test otherwise. */
export function unwrap<T>(r: { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}
