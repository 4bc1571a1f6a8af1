import fc from 'fast-check';
import { transition } from '../case/apply-event.js';
import { currentWait } from '../case/deadlines.js';
import type { Transition } from '../case/machine.js';
import { MACHINES } from '../case/machines/index.js';
import {
  CASE_EVENT_TYPES,
  COURIER_FINDINGS,
  type AfterSalesCase,
  type CaseEvent,
  type CaseEventType,
} from '../model/case.js';
import { ACTORS, type Actor } from '../model/vocabulary.js';
import { formatInstant } from '../time/zone.js';

/** What {@link arbEvents} draws. */
export interface EventsConstraints {
  /** At most this many events (default 12). */
  readonly maxLength?: number;
}

/** One step's raw choices: everything is a number or a flag, so shrinking simplifies the sequence. */
export type Choice = readonly [kind: number, pick: number, actor: number, gap: number, flag: boolean, flag2: boolean];

const HOUR = 3_600_000;
/** The time between two steps: none, a few milliseconds, whole hours, or anything up to ten days. */
export const arbGap = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 1_000 }),
  fc.integer({ min: 1, max: 120 }).map((h) => h * HOUR),
  fc.integer({ min: 0, max: 240 * HOUR }),
);
const arbChoice: fc.Arbitrary<Choice> = fc.tuple(fc.nat(99), fc.nat(), fc.nat(), arbGap, fc.boolean(), fc.boolean());

const nth = <T>(xs: readonly T[], i: number): T => xs[i % xs.length] as T;

/** A well-formed event of `type`; `full` fills every field its guards look for (tracking, address…). */
export function eventOf(type: CaseEventType, at: string, actor: Actor, full: boolean, flag: boolean, pick: number, c: AfterSalesCase): CaseEvent {
  const base = { at, actor };
  switch (type) {
    case 'merchant_agreed':
      return full ? { type, ...base, returnAddress: 'Return desk, 1 Warehouse Rd' } : { type, ...base };
    case 'stock_checked':
      return { type, ...base, available: flag };
    case 'buyer_shipped':
    case 'merchant_shipped':
      return full ? { type, ...base, carrier: 'SF', trackingNumber: `SF${pick % 1_000_000}` } : { type, ...base, carrier: 'SF' };
    case 'merchant_received':
      return { type, ...base, intact: full || flag };
    case 'evidence_submitted':
      return {
        type,
        ...base,
        by: actor === 'buyer' ? 'buyer' : 'merchant',
        items: [flag ? { kind: 'appraisal', confirmsCounterfeit: full } : { kind: actor === 'buyer' ? 'photo' : 'courier_receipt' }],
      };
    case 'platform_ruled':
      return { type, ...base, for: flag ? 'buyer' : 'merchant' };
    case 'timed_out':
      return { type, ...base, rule: currentWait(c)?.rule ?? 'CSE-01' };
    case 'courier_verified':
      return { type, ...base, finding: nth(COURIER_FINDINGS, pick) };
    default:
      return { type, ...base };
  }
}

/** Turns raw choices into events by walking the case's own table, so most steps are legal and some are not. */
export function walk(start: AfterSalesCase, choices: readonly Choice[]): CaseEvent[] {
  const zone = start.terms.timeZone;
  const events: CaseEvent[] = [];
  let c = start;
  for (const [kind, pick, actorPick, gap, flag, flag2] of choices) {
    const last = c.clock.lastEventMs;
    const wait = currentWait(c);
    const table = MACHINES[c.machine].transitions[c.status] ?? {};
    // Timeouts are written when they fall due (below), never offered as a step.
    const offered = (Object.entries(table) as [CaseEventType, Transition][]).filter(([t]) => t !== 'timed_out');
    // Withdrawing ends most cases at once; offer it rarely so sequences get somewhere. Every state
    // with a table has an onward step, and no step is open to every actor (walk.test checks both).
    const onward = offered.filter(([t]) => t !== 'buyer_withdrew' && t !== 'buyer_declined');
    let event: CaseEvent;
    if (kind < 60 && offered.length > 0) {
      // A step the table offers, by an allowed actor, before any deadline passes.
      const [type, { actors }] = nth(kind < 6 ? offered : onward, pick);
      const at = wait === undefined ? last + gap : Math.min(last + gap, wait.dueMs);
      event = eventOf(type, formatInstant(at, zone), nth(actors, actorPick), flag2 || kind % 5 !== 0, flag, pick, c);
    } else if (kind < 75 && wait !== undefined) {
      // The pending deadline times out when it falls due.
      event = { type: 'timed_out', at: formatInstant(wait.dueMs, zone), actor: 'system', rule: wait.rule };
    } else if (kind < 85 && offered.length > 0) {
      // The right step by the wrong party.
      const [type, { actors }] = nth(offered, pick);
      const wrong = ACTORS.filter((a) => !actors.includes(a));
      event = eventOf(type, formatInstant(last + gap, zone), nth(wrong, actorPick), true, flag, pick, c);
    } else if (kind < 93) {
      // Dated before the last event.
      const type = offered.length > 0 ? nth(offered, pick)[0] : nth(CASE_EVENT_TYPES, pick);
      event = eventOf(type, formatInstant(last - 1 - (gap % HOUR), zone), nth(ACTORS, actorPick), true, flag, pick, c);
    } else {
      // Anything at all, at any later time.
      event = eventOf(nth(CASE_EVENT_TYPES, pick), formatInstant(last + gap, zone), nth(ACTORS, actorPick), flag2, flag, pick, c);
    }
    events.push(event);
    const r = transition(c, event);
    if (r.ok) c = r.value;
  }
  return events;
}

/**
 * Event sequences for a case, legal and not: most steps are ones its transition table offers in the
 * state the case has reached (with allowed actors, in time, guards mostly satisfied), mixed with
 * timeouts as they fall due, wrong actors, back-dated events and arbitrary events. Apply them one by
 * one with `applyEvent` for model-based tests; `replay` stops at the first refused one.
 *
 * @example
 * fc.assert(fc.property(arbEvents(openedCase), (events) => {
 *   let c = openedCase;
 *   for (const e of events) { const r = applyEvent(c, e, policy); if (r.ok) c = r.value.case; }
 *   return CASE_STATUSES.includes(c.status);
 * }))
 */
export function arbEvents(afterSalesCase: AfterSalesCase, constraints: EventsConstraints = {}): fc.Arbitrary<CaseEvent[]> {
  return fc.array(arbChoice, { maxLength: constraints.maxLength ?? 12 }).map((choices) => walk(afterSalesCase, choices));
}
