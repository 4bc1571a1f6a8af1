import { MAX_CASE_EVENTS, type AfterSalesCase, type CaseEventType } from '../model/case.js';
import { ACTORS, type Actor } from '../model/vocabulary.js';
import { MACHINES } from './machines/index.js';

/** Per actor, the event types it may send next, in the transition table's order (empty: none). */
export type NextEvents = Readonly<Record<Actor, readonly CaseEventType[]>>;

/**
 * The events each actor may send next on a case, read from its transition table's row for the
 * current status (CSE-06): a service offers these buttons and hides the rest.
 * Law: an event listed for an actor is never refused for its state or actor (`event_not_allowed`,
 * `wrong_actor` or a refusal table's code); an event left out always is. What the table alone cannot
 * tell is not evaluated: the transition's guard (stock checked, tracking number, a timeout being due,
 * evidence window…), the event's date (`event_before_last`) and a deadline that passed and must be
 * timed out first (`deadline_passed`) — a listed event may still be refused for those, with their codes.
 * A case holding {@link MAX_CASE_EVENTS} events lists only the system's (`history_full` refuses the rest).
 * Cost: one pass over the status's row.
 *
 * @example
 * nextEvents(resendCase) // a resend awaiting the merchant
 * // → { buyer: ['buyer_withdrew'], merchant: ['merchant_agreed', 'merchant_refused', 'stock_checked'], platform: [], system: ['timed_out'] }
 */
export function nextEvents(afterSalesCase: AfterSalesCase): NextEvents {
  const out: Record<Actor, CaseEventType[]> = { buyer: [], merchant: [], platform: [], system: [] };
  const row = MACHINES[afterSalesCase.machine].transitions[afterSalesCase.status] ?? {};
  const full = afterSalesCase.history.length >= MAX_CASE_EVENTS;
  for (const [type, t] of Object.entries(row) as [CaseEventType, { readonly actors: readonly Actor[] }][]) {
    for (const actor of ACTORS) if (t.actors.includes(actor) && (actor === 'system' || !full)) out[actor].push(type);
  }
  return out;
}
