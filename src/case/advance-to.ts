import type { AfterSalesCase } from '../model/case.js';
import { invalidArgument } from '../model/invalid-argument.js';
import type { InputError } from '../model/parse.js';
import type { Policy } from '../model/policy.js';
import { err, ok, type Result } from '../model/result.js';
import { formatInstant, readInstant } from '../time/zone.js';
import { applyEvent } from './apply-event.js';
import { currentWait } from './deadlines.js';

// Every chain of timeouts ends (the follow-up is the last deadline of any case); this only guards a table bug.
const MAX_TIMEOUTS = 64;

/**
 * The case as it stands at `at`: every deadline due at or before `at` fires in order, each recorded
 * as a `timed_out` event by the `system` at the instant it fell due, with its rule — the merchant's
 * silence agrees (CSE-01), the evidence window closes (CSE-03), an unshipped return lapses (CSE-04),
 * a missed follow-up is recorded (CSE-07), a refund of received goods is recorded overdue (RFT-06).
 * A case with nothing due is returned as is. An `at` that is not an ISO-8601 instant with an offset
 * (one without would be read in the host's zone) or lies outside the supported years is
 * `invalid_input` at `['at']`, never a throw (TIME-06).
 * Rules: CSE-01, CSE-02, CSE-03, CSE-04, CSE-07, RSD-01, RSD-02, RFT-06.
 *
 * @example
 * const r = advanceTo(taobaoCase, '2025-03-09T09:00:00+08:00', policies.taobao);
 * r.ok && r.value.history.at(-1)
 * // → { type: 'timed_out', at: '2025-03-09T09:00:00+08:00', actor: 'system', rule: 'CSE-01' }   (opened 72 h earlier)
 * advanceTo(taobaoCase, '2025-03-09 09:00', policies.taobao)
 * // → { ok: false, error: { code: 'invalid_input', issues: [{ path: ['at'], message: 'not an ISO-8601 instant with an offset: 2025-03-09 09:00' }] } }
 */
export function advanceTo(afterSalesCase: AfterSalesCase, at: string, policy: Policy): Result<AfterSalesCase, InputError> {
  const t = readInstant(at);
  if (Number.isNaN(t)) return err(invalidArgument(['at'], `not an ISO-8601 instant with an offset: ${String(at)}`, 'invalid_format'));
  let c = afterSalesCase;
  // Stryker disable next-line EqualityOperator,UpdateOperator: a bound that only a transition-table bug can reach; every chain of timeouts ends long before it
  for (let n = 0; n < MAX_TIMEOUTS; n++) {
    const wait = currentWait(c);
    if (wait === undefined || wait.dueMs > t) return ok(c);
    const fired = applyEvent(c, { type: 'timed_out', at: formatInstant(wait.dueMs, c.terms.timeZone), actor: 'system', rule: wait.rule }, policy);
    // Stryker disable next-line ConditionalExpression,StringLiteral: table-bug guard; `currentWait` only names a timeout the table accepts (laws.prop: advanceTo never throws)
    if (!fired.ok) throw new Error(`advanceTo: the ${wait.rule} timeout was refused (${fired.error.code}): transition table bug`);
    c = fired.value.case;
  }
  // Stryker disable next-line StringLiteral: unreachable but for a transition-table bug (see the loop bound)
  throw new Error('advanceTo: timeouts did not settle');
}
