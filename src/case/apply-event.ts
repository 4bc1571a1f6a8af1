import { MAX_CASE_EVENTS, type AfterSalesCase, type CaseEvent, type CaseStatus, type CaseEffect, type TransitionIssue } from '../model/case.js';
import type { Policy } from '../model/policy.js';
import { fail, type Failure } from '../model/failure.js';
import { err, ok, type Result } from '../model/result.js';
import { formatInstant, parseInstant } from '../time/zone.js';
import { currentWait } from './deadlines.js';
import { EFFECTS, type EffectName } from './effects.js';
import { GUARDS } from './guards.js';
import { transitionIssue } from './issues.js';
import type { Machine, Transition } from './machine.js';
import { MACHINES } from './machines/index.js';
import { record, withPatch, type Ending } from './record.js';
import { SELECTORS } from './selectors.js';

/** CSE-07: an ended case (`completed`, `closed`) only records its follow-up. */
export const isTerminal = (s: CaseStatus): boolean => s === 'completed' || s === 'closed';

/**
 * Appends the effects named for a step to the case's log: a copy, or the same log when they are none;
 * with `into` (a fold's own log, see {@link FoldLog}), onto `into` in place.
 */
export function appendEffects(
  log: readonly CaseEffect[],
  names: readonly (readonly EffectName[] | undefined)[],
  next: AfterSalesCase,
  event: CaseEvent | undefined,
  at: string,
  rule: string,
  into?: CaseEffect[],
): readonly CaseEffect[] {
  let out: CaseEffect[] | undefined = into;
  for (const list of names) {
    if (list === undefined) continue;
    for (const name of list) {
      const made = EFFECTS[name](next, event, at, rule);
      if (made.length === 0) continue;
      out ??= log.slice();
      for (const effect of made) out.push(effect);
    }
  }
  return out ?? log;
}

/** Where a step leads, and the rule it applies (a branch may name its own). */
function target(t: Transition, c: AfterSalesCase, e: CaseEvent): { readonly to: CaseStatus; readonly rule: string } {
  if (typeof t.to === 'string') return { to: t.to, rule: t.rule };
  const key = SELECTORS[t.to.select].pick(c, e);
  const to = t.to.cases[key];
  // Stryker disable next-line ConditionalExpression,StringLiteral: table-bug guard; tables.test.ts proves every branch lists exactly its selector's keys, so it never fires
  if (to === undefined) throw new Error(`transition table: branch ${t.to.select} has no case ${key}`);
  return { to, rule: t.to.rules?.[key] ?? t.rule };
}

function refuse(m: Machine, c: AfterSalesCase, e: CaseEvent): TransitionIssue {
  // Stryker disable next-line OptionalChaining: every machine has a refusal table, so `refusals` is never absent
  const r = m.refusals?.[c.status]?.[e.type];
  return r === undefined
    ? transitionIssue('event_not_allowed', 'CSE-06', c, e)
    : transitionIssue(r.code, r.rule, c, e);
}

/** One accepted step: the case after it, and the effects this step produced (in order). */
export interface CaseStep {
  /** The case after the event: a new frozen value, the input is untouched. */
  readonly case: AfterSalesCase;
  /**
   * The effects of this step only — exactly what it appended to `case.effects`, so a service performs
   * these without diffing logs. Empty when the step has none.
   */
  readonly effects: readonly CaseEffect[];
}

/** A refused step: one issue, the refusal (CSE-06). */
export type TransitionRefused = Failure<'transition_refused', TransitionIssue>;

/**
 * Takes one step: the event is checked against the case type's transition table (state, actor,
 * guard, deadlines) and either yields the next case and the effects of this step, as data (the case's
 * `effects` log also gets them appended), or a coded refusal that changes nothing. An event dated
 * before the last one, from an actor who may not take the step, or after a deadline that has not been
 * timed out yet (see `advanceTo`) is refused: `{ code: 'transition_refused', issues: [issue] }`, the
 * one issue saying why (its own `code`, `rule`, `status`, `event`). The input case is never mutated; unchanged parts are shared, the history is copied, so a lone
 * step is O(history), bounded by {@link MAX_CASE_EVENTS} (the parties' events past it are refused,
 * `history_full`); `replay` folds many events in O(events). `policy` is the pack the case runs
 * under; the terms the case needs were captured when it opened. Rules: CSE-01…08, RSD-01…06, LOG-03…05.
 *
 * @example
 * applyEvent(resendCase, { type: 'merchant_agreed', at: '2025-03-06T10:00:00+08:00', actor: 'merchant' }, policies.pinduoduo)
 * // → { ok: false, error: { code: 'transition_refused', issues: [{ code: 'stock_not_confirmed', rule: 'RSD-02', status: 'awaiting_merchant', … }] } }
 * applyEvent(resendCase, { type: 'stock_checked', at: '2025-03-06T10:00:00+08:00', actor: 'merchant', available: true }, policies.pinduoduo)
 * // → { ok: true, value: { case: { status: 'awaiting_merchant', … }, effects: [] } }
 */
export function applyEvent(afterSalesCase: AfterSalesCase, event: CaseEvent, policy: Policy): Result<CaseStep, TransitionRefused> {
  const r = transition(afterSalesCase, event);
  if (!r.ok) return fail('transition_refused', [r.error]);
  // The step appended its effects to a copy of the log (or left the log as it was): they are its tail.
  return ok({ case: r.value, effects: r.value.effects.slice(afterSalesCase.effects.length) });
}

/**
 * The history and effects a fold (`replay`) appends to in place: one array each for the whole fold,
 * owned by it, where a lone step copies them; so replaying n events costs O(n), not O(n²). The cases
 * in between share these arrays and never leave the fold; only the last one is returned.
 */
export interface FoldLog {
  readonly history: CaseEvent[];
  readonly effects: CaseEffect[];
}

/** `applyEvent` without the policy it does not need: for the library's own loops and arbitraries. */
export function transition(c: AfterSalesCase, e: CaseEvent, log?: FoldLog): Result<AfterSalesCase, TransitionIssue> {
  const ms = parseInstant(e.at);
  if (!(ms >= c.clock.lastEventMs)) {
    return err(transitionIssue('event_before_last', 'CSE-06', c, e, { at: e.at, lastAt: formatInstant(c.clock.lastEventMs, c.terms.timeZone) }));
  }
  if (e.actor !== 'system' && c.history.length >= MAX_CASE_EVENTS) {
    return err(transitionIssue('history_full', 'CSE-06', c, e, { events: c.history.length, max: MAX_CASE_EVENTS }));
  }
  const machine = MACHINES[c.machine];
  // Stryker disable next-line OptionalChaining: every status a machine can reach has a row (tables.test.ts: reachable states, terminal states keep their follow-up row)
  const t = machine.transitions[c.status]?.[e.type];
  if (t === undefined) return err(refuse(machine, c, e));
  if (!t.actors.includes(e.actor)) {
    return err(transitionIssue('wrong_actor', 'CSE-06', c, e, { actor: e.actor, allowed: t.actors }));
  }
  if (t.guard !== undefined) {
    const no = GUARDS[t.guard](c, e, ms);
    if (no !== undefined) return err(transitionIssue(no.code, no.rule ?? t.rule, c, e, no.params));
  }
  if (e.type !== 'timed_out') {
    // A deadline that passed must be timed out first, so the history shows it (PEN-03, PEN-05).
    const wait = currentWait(c);
    if (wait !== undefined && ms > wait.dueMs) {
      return err(transitionIssue('deadline_passed', wait.rule, c, e, { dueAt: formatInstant(wait.dueMs, c.terms.timeZone) }));
    }
  }
  return ok(step(machine, c, e, t, ms, log));
}

function step(machine: Machine, c: AfterSalesCase, e: CaseEvent, t: Transition, ms: number, log: FoldLog | undefined): AfterSalesCase {
  const { to, rule } = target(t, c, e);
  const entered = to !== c.status;
  const clock = { lastEventMs: ms, statusSinceMs: entered ? ms : c.clock.statusSinceMs };
  let ending: Ending | undefined;
  if (entered && isTerminal(to)) {
    // Stryker disable next-line ConditionalExpression,StringLiteral: table-bug guard; tables.test.ts proves every transition into an end names its outcome
    if (t.outcome === undefined) throw new Error(`transition table: ${c.status} → ${to} on ${e.type} has no outcome`);
    ending = { outcome: t.outcome, endedAt: e.at };
  }
  // A fresh object this function owns until it returns: filling in its effects mutates no input.
  let history: CaseEvent[];
  if (log === undefined) history = [...c.history, e];
  else {
    log.history.push(e);
    history = log.history;
  }
  const next = withPatch(c, record(c, e), to, clock, history, ending);
  next.effects = appendEffects(c.effects, entered ? [t.effects, machine.entry[to]] : [t.effects], next, e, e.at, rule, log?.effects);
  return next;
}
