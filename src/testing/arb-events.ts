import fc from 'fast-check';
import { transition } from '../case/apply-event.js';
import { currentWait } from '../case/deadlines.js';
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

export interface EventsConstraints {
  /** At most this many events (default 12). */
  readonly maxLength?: number;
}

/** One step's raw choices: everything is a number or a flag, so shrinking simplifies the sequence. */
type Choice = readonly [kind: number, pick: number, actor: number, gap: number, flag: boolean, flag2: boolean];

const HOUR = 3_600_000;
const arbGap = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 1_000 }),
  fc.integer({ min: 1, max: 120 }).map((h) => h * HOUR),
  fc.integer({ min: 0, max: 240 * HOUR }),
);
const arbChoice: fc.Arbitrary<Choice> = fc.tuple(fc.nat(99), fc.nat(), fc.nat(), arbGap, fc.boolean(), fc.boolean());

const nth = <T>(xs: readonly T[], i: number): T => xs[i % xs.length] as T;

/** A well-formed event of `type`; `full` fills every field its guards look for (tracking, address…). */
function eventOf(type: CaseEventType, at: string, actor: Actor, full: boolean, flag: boolean, pick: number, c: AfterSalesCase): CaseEvent {
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
function walk(start: AfterSalesCase, choices: readonly Choice[]): CaseEvent[] {
  const zone = start.terms.timeZone;
  const events: CaseEvent[] = [];
  let c = start;
  for (const [kind, pick, actorPick, gap, flag, flag2] of choices) {
    const last = c.clock.lastEventMs;
    const wait = currentWait(c);
    const table = MACHINES[c.machine].transitions[c.status] ?? {};
    const legal = (Object.keys(table) as CaseEventType[]).filter((t) => t !== 'timed_out');
    // Withdrawing ends most cases at once; offer it rarely so sequences get somewhere.
    const onward = legal.filter((t) => t !== 'buyer_withdrew' && t !== 'buyer_declined');
    let event: CaseEvent;
    if (kind < 60 && legal.length > 0) {
      // A step the table offers, by an allowed actor, before any deadline passes.
      const type = nth(kind < 6 || onward.length === 0 ? legal : onward, pick);
      const actors = table[type]?.actors ?? ACTORS;
      const at = wait === undefined ? last + gap : Math.min(last + gap, wait.dueMs);
      event = eventOf(type, formatInstant(at, zone), nth(actors, actorPick), flag2 || kind % 5 !== 0, flag, pick, c);
    } else if (kind < 75 && wait !== undefined) {
      // The pending deadline times out when it falls due.
      event = { type: 'timed_out', at: formatInstant(wait.dueMs, zone), actor: 'system', rule: wait.rule };
    } else if (kind < 85 && legal.length > 0) {
      // The right step by the wrong party.
      const type = nth(legal, pick);
      const allowed = table[type]?.actors ?? [];
      const wrong = ACTORS.filter((a) => !allowed.includes(a));
      event = eventOf(type, formatInstant(last + gap, zone), nth(wrong.length > 0 ? wrong : ACTORS, actorPick), true, flag, pick, c);
    } else if (kind < 93) {
      // Dated before the last event.
      const type = nth(legal.length > 0 ? legal : CASE_EVENT_TYPES, pick);
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
 *   for (const e of events) { const r = applyEvent(c, e, policy); if (r.ok) c = r.value; }
 *   return CASE_STATUSES.includes(c.status);
 * }))
 */
export function arbEvents(afterSalesCase: AfterSalesCase, constraints: EventsConstraints = {}): fc.Arbitrary<CaseEvent[]> {
  return fc.array(arbChoice, { maxLength: constraints.maxLength ?? 12 }).map((choices) => walk(afterSalesCase, choices));
}
