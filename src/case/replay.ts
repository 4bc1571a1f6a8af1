import type { AfterSalesCase, CaseEvent, TransitionIssue } from '../model/case.js';
import type { Order } from '../model/order.js';
import type { Policy } from '../model/policy.js';
import type { AfterSalesRequest } from '../model/request.js';
import { err, ok, type Result } from '../model/result.js';
import type { CalendarOptions } from '../time/working-days.js';
import { transition, type FoldLog } from './apply-event.js';
import { messageOf } from './issues.js';
import { openCase } from './open-case.js';

/** A refused replay: the issue and the index of the event refused (−1: the case never opened). */
export type ReplayIssue = TransitionIssue & { readonly index: number };

/**
 * The case that a request and its events make: `openCase`, then `applyEvent` for each event in
 * order — exactly their fold (CSE-06), in time linear in the events (the fold appends to one history
 * rather than copying it per step). The first refused event stops the replay and is returned with
 * its index; an ineligible request is `not_eligible` at index −1 with its reasons. `options.calendar`
 * is the calendar the case opens with (CAL-04). A replay is a case's whole life, so the effects it
 * produced are the case's own `effects` log, opening included (`applyEvent` returns one step's).
 *
 * @example
 * replay(order, request, [{ type: 'merchant_refused', at: '2025-03-06T10:00:00+08:00', actor: 'buyer' }], policies.taobao)
 * // → { ok: false, error: { code: 'wrong_actor', rule: 'CSE-06', index: 0, … } }
 */
export function replay(
  order: Order,
  request: AfterSalesRequest,
  events: readonly CaseEvent[],
  policy: Policy,
  options: CalendarOptions = {},
): Result<AfterSalesCase, ReplayIssue> {
  const opened = openCase(order, request, policy, options);
  if (!opened.ok) {
    // Stryker disable next-line OptionalChaining,StringLiteral: a request is refused only when some reason denies it, so the fallback is never used
    const rule = opened.error.find((r) => r.effect === 'deny')?.rule ?? 'CSE-06';
    return err({ code: 'not_eligible', rule, message: messageOf('not_eligible'), reasons: opened.error, index: -1 });
  }
  let c = opened.value;
  // One history and one effects log for the whole fold, appended in place: linear in the events.
  const log: FoldLog = { history: [], effects: [...c.effects] };
  for (let index = 0; index < events.length; index++) {
    const r = transition(c, events[index] as CaseEvent, log);
    if (!r.ok) return err({ ...r.error, index });
    c = r.value;
  }
  return ok(c);
}
