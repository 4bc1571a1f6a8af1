import type { AfterSalesCase, CaseEvent, TransitionIssue } from '../model/case.js';
import type { Order } from '../model/order.js';
import type { Policy } from '../model/policy.js';
import type { AfterSalesRequest } from '../model/request.js';
import { fail, type Failure } from '../model/failure.js';
import type { Reason } from '../model/reason.js';
import { ok, type Result } from '../model/result.js';
import type { CalendarOptions } from '../time/working-days.js';
import { transition, type FoldLog } from './apply-event.js';
import { openCase } from './open-case.js';

/** A refused event of a replay: the transition issue, the event's `index` and its `path` (`['events', index]`). */
export type ReplayIssue = TransitionIssue & {
  /** The refused event's index in the list replayed. */
  readonly index: number;
  /** Where the refused event sits in the input: `['events', index]`. */
  readonly path: readonly ['events', number];
};

/** Why a replay stopped: the request was not eligible (its reasons), or an event was refused (one issue). */
export type ReplayFailure = Failure<'not_eligible', Reason> | Failure<'transition_refused', ReplayIssue>;

/**
 * The case that a request and its events make: `openCase`, then `applyEvent` for each event in
 * order — exactly their fold (CSE-06), in time linear in the events (the fold appends to one history
 * rather than copying it per step). The first refused event stops the replay:
 * `{ code: 'transition_refused', issues: [issue] }`, the issue carrying the event's `index` and `path`
 * (`['events', index]`); an ineligible request is `openCase`'s `{ code: 'not_eligible', issues }`. `options.calendar`
 * is the calendar the case opens with (CAL-04). A replay is a case's whole life, so the effects it
 * produced are the case's own `effects` log, opening included (`applyEvent` returns one step's).
 *
 * @example
 * replay(order, request, [{ type: 'merchant_refused', at: '2025-03-06T10:00:00+08:00', actor: 'buyer' }], policies.taobao)
 * // → { ok: false, error: { code: 'transition_refused', issues: [{ code: 'wrong_actor', rule: 'CSE-06', index: 0, path: ['events', 0], … }] } }
 */
export function replay(
  order: Order,
  request: AfterSalesRequest,
  events: readonly CaseEvent[],
  policy: Policy,
  options: CalendarOptions = {},
): Result<AfterSalesCase, ReplayFailure> {
  const opened = openCase(order, request, policy, options);
  if (!opened.ok) return opened;
  let c = opened.value;
  // One history and one effects log for the whole fold, appended in place: linear in the events.
  const log: FoldLog = { history: [], effects: [...c.effects] };
  for (let index = 0; index < events.length; index++) {
    const r = transition(c, events[index] as CaseEvent, log);
    if (!r.ok) return fail('transition_refused', [{ ...r.error, index, path: ['events', index] as const }]);
    c = r.value;
  }
  return ok(c);
}
