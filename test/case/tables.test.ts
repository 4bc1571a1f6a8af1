import { describe, expect, it } from 'vitest';
import { WAITS } from '../../src/case/deadlines.js';
import { EFFECTS } from '../../src/case/effects.js';
import { GUARDS } from '../../src/case/guards.js';
import { targetsOf, type Machine } from '../../src/case/machine.js';
import { MACHINES } from '../../src/case/machines/index.js';
import { SELECTORS } from '../../src/case/selectors.js';
import { CASE_EVENT_TYPES, CASE_MACHINES, CASE_STATUSES, TERMINAL_STATUSES, type CaseStatus } from '../../src/model/case.js';
import { ACTORS } from '../../src/model/vocabulary.js';

/** API.md "Case vocabulary", copied as the contract states it. */
const API_EVENTS = [
  'merchant_agreed', 'merchant_refused', 'buyer_confirmed', 'buyer_declined', 'stock_checked',
  'buyer_refused_delivery', 'buyer_shipped', 'merchant_received', 'merchant_shipped', 'delivered',
  'refund_paid', 'intervention_requested', 'evidence_submitted', 'platform_ruled', 'buyer_withdrew', 'timed_out',
];
const API_STATUSES = [
  'awaiting_merchant', 'awaiting_buyer_confirmation', 'awaiting_refusal', 'awaiting_return', 'return_in_transit',
  'awaiting_shipment', 'in_transit_to_buyer', 'refunding', 'rejected', 'in_intervention', 'completed', 'closed',
];

const machines = Object.values(MACHINES);
const terminal: readonly CaseStatus[] = TERMINAL_STATUSES;
const rows = (m: Machine) =>
  Object.entries(m.transitions).flatMap(([from, byEvent]) =>
    Object.entries(byEvent ?? {}).map(([event, t]) => ({ from: from as CaseStatus, event, t })),
  );

function reachable(m: Machine): Set<CaseStatus> {
  const seen = new Set<CaseStatus>([m.start.buyer, m.start.merchant]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const { from, t } of rows(m)) {
      if (!seen.has(from)) continue;
      for (const to of targetsOf(t)) if (!seen.has(to)) (seen.add(to), (grew = true));
    }
  }
  return seen;
}

describe('transition tables (CSE-06)', () => {
  it('CSE-06: there is one table per case machine and its id matches its key', () => {
    expect(Object.keys(MACHINES).sort()).toEqual([...CASE_MACHINES].sort());
    for (const [id, m] of Object.entries(MACHINES)) expect(m.id).toBe(id);
  });

  it('the vocabulary keeps every status and event API.md names', () => {
    expect([...CASE_STATUSES].sort()).toEqual([...API_STATUSES].sort());
    for (const e of API_EVENTS) expect(CASE_EVENT_TYPES).toContain(e);
  });

  describe.each(machines.map((m) => [m.id, m] as const))('%s', (_id, m) => {
    it('has no unknown targets, states, actors, guards, effects or selectors', () => {
      for (const { from, event, t } of rows(m)) {
        expect(CASE_STATUSES).toContain(from);
        expect(CASE_EVENT_TYPES).toContain(event);
        for (const to of targetsOf(t)) expect(CASE_STATUSES).toContain(to);
        expect(t.actors.length).toBeGreaterThan(0);
        for (const a of t.actors) expect(ACTORS).toContain(a);
        if (t.guard !== undefined) expect(Object.keys(GUARDS)).toContain(t.guard);
        for (const e of t.effects ?? []) expect(Object.keys(EFFECTS)).toContain(e);
        expect(t.rule).toMatch(/^[A-Z]{3}-\d{2}$/);
        if (typeof t.to !== 'string') {
          expect(Object.keys(t.to.cases).sort()).toEqual([...SELECTORS[t.to.select].keys].sort());
          for (const key of Object.keys(t.to.rules ?? {})) expect(Object.keys(t.to.cases)).toContain(key);
        }
      }
      for (const [status, names] of Object.entries(m.entry)) {
        expect(CASE_STATUSES).toContain(status);
        for (const e of names ?? []) expect(Object.keys(EFFECTS)).toContain(e);
      }
    });

    it('reaches every state it names from a start state', () => {
      const named = new Set<CaseStatus>(rows(m).flatMap(({ from, t }) => [from, ...targetsOf(t)]));
      const seen = reachable(m);
      for (const s of named) expect(seen, `${s} unreachable`).toContain(s);
    });

    it('lets every state reach an end (no trap states)', () => {
      for (const s of reachable(m)) {
        const seen = new Set<CaseStatus>([s]);
        for (let grew = true; grew; ) {
          grew = false;
          for (const { from, t } of rows(m)) {
            if (!seen.has(from)) continue;
            for (const to of targetsOf(t)) if (!seen.has(to)) (seen.add(to), (grew = true));
          }
        }
        expect([...seen].some((x) => terminal.includes(x)), `${s} never ends`).toBe(true);
      }
    });

    it('CSE-07: terminal states have no exits (they only record the follow-up, in place)', () => {
      for (const { from, event, t } of rows(m)) {
        if (!terminal.includes(from)) continue;
        expect(targetsOf(t), `${from} ${event}`).toEqual([from]);
        expect(['merchant_followed_up', 'timed_out']).toContain(event);
      }
    });

    it('CSE-06: every transition into an end names the outcome', () => {
      for (const { from, event, t } of rows(m)) {
        if (terminal.includes(from)) continue;
        if (targetsOf(t).some((to) => terminal.includes(to))) expect(t.outcome, `${from} ${event}`).toBeDefined();
      }
    });

    it('times out exactly the states that have a deadline, and nothing else', () => {
      for (const s of reachable(m)) {
        const timeout = m.transitions[s]?.timed_out;
        // RFT-06: `refunding` waits on the merchant only where the goods came back first.
        const waits = WAITS[s] !== undefined || (s === 'refunding' && m.rules.includes('RFT-06'));
        expect(timeout !== undefined, `${s}`).toBe(waits);
        if (timeout !== undefined) {
          expect(timeout.actors).toEqual(['system']);
          expect(timeout.guard).toBe('timeoutDue');
        }
      }
    });
  });

  it('every event type in API.md (and the two the rules add) is used by some table', () => {
    const used = new Set(machines.flatMap((m) => rows(m).map((r) => r.event)));
    for (const e of CASE_EVENT_TYPES) expect(used, e).toContain(e);
  });

  it('every status in the vocabulary is used by some table', () => {
    const used = new Set(machines.flatMap((m) => [...reachable(m)]));
    for (const s of CASE_STATUSES) expect(used, s).toContain(s);
  });

  it('every guard, effect and selector is used by some table', () => {
    const guards = new Set(machines.flatMap((m) => rows(m).map((r) => r.t.guard)));
    const effects = new Set(machines.flatMap((m) => [...rows(m).flatMap((r) => r.t.effects ?? []), ...Object.values(m.entry).flat()]));
    const selectors = new Set(machines.flatMap((m) => rows(m).map((r) => (typeof r.t.to === 'string' ? undefined : r.t.to.select))));
    for (const g of Object.keys(GUARDS)) expect(guards, g).toContain(g);
    for (const e of Object.keys(EFFECTS)) expect(effects, e).toContain(e);
    for (const s of Object.keys(SELECTORS)) expect(selectors, s).toContain(s);
  });
});
