import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { applyEvent } from '../../src/case/apply-event.js';
import type { AfterSalesCase, CaseEvent, Milestones } from '../../src/model/case.js';
import type { Policy } from '../../src/model/policy.js';
import { arbEvents } from '../../src/testing/arb-events.js';
import { parseInstant } from '../../src/time/zone.js';
import { arbOpened } from './arbitraries.js';

const arbRun = () => arbOpened().chain((o) => arbEvents(o.case, { maxLength: 16 }).map((events) => ({ ...o, events })));

/** Every accepted step: the case before, the event, the case after. */
function steps(start: AfterSalesCase, events: readonly CaseEvent[], policy: Policy): { before: AfterSalesCase; e: CaseEvent; after: AfterSalesCase }[] {
  const out: { before: AfterSalesCase; e: CaseEvent; after: AfterSalesCase }[] = [];
  let c = start;
  for (const e of events) {
    const r = applyEvent(c, e, policy);
    if (!r.ok) continue;
    out.push({ before: c, e, after: r.value.case });
    c = r.value.case;
  }
  return out;
}

const TERMINAL = new Set(['completed', 'closed']);

/** Paths of every property, at any depth, whose value is `undefined`. */
function undefinedKeys(value: unknown, path = '$'): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (v === undefined ? [`${path}.${k}`] : undefinedKeys(v, `${path}.${k}`)));
}

describe('case step laws', () => {
  test.prop([arbRun()])('CSE-06 law: an absent fact is an absent key, never a key holding undefined', ({ case: start, events, policy }) => {
    expect(undefinedKeys(start)).toEqual([]);
    for (const { after } of steps(start, events, policy)) expect(undefinedKeys(after)).toEqual([]);
  });

  test.prop([arbRun()])('CSE-06 law: an accepted step leaves the case it started from as it was', ({ case: start, events, policy }) => {
    let c = start;
    for (const e of events) {
      const json = JSON.stringify(c);
      const effects = c.effects.length;
      const r = applyEvent(c, e, policy);
      expect(JSON.stringify(c)).toBe(json);
      expect(c.effects).toHaveLength(effects);
      if (r.ok) c = r.value.case;
    }
  });

  test.prop([arbRun()])('RSD-05 law: a step stamps only its own instant and keeps every instant recorded before', ({ case: start, events, policy }) => {
    for (const { before, e, after } of steps(start, events, policy)) {
      const was = before.milestones as Record<keyof Milestones, string | undefined>;
      const now = after.milestones as Record<keyof Milestones, string | undefined>;
      expect(now.appliedAt).toBe(start.milestones.appliedAt);
      for (const key of Object.keys(now) as (keyof Milestones)[]) {
        if (now[key] !== was[key]) expect(now[key]).toBe(e.at);
      }
      for (const key of Object.keys(was) as (keyof Milestones)[]) expect(now[key]).toBeDefined();
    }
  });

  test.prop([arbRun()])('CSE-06 law: the clock moves to the event, and the status clock only when the status changes', ({ case: start, events, policy }) => {
    for (const { before, e, after } of steps(start, events, policy)) {
      expect(after.clock.lastEventMs).toBe(parseInstant(e.at));
      expect(after.clock.statusSinceMs).toBe(after.status === before.status ? before.clock.statusSinceMs : parseInstant(e.at));
      expect(after.history).toEqual([...before.history, e]);
    }
  });

  test.prop([arbRun()])('CSE-06 law: a step keeps what it does not change, and shares it', ({ case: start, events, policy }) => {
    for (const { before, after } of steps(start, events, policy)) {
      for (const key of ['id', 'orderId', 'type', 'machine', 'reason', 'initiatedBy', 'policy', 'terms', 'skus', 'money', 'conditions'] as const) {
        expect(after[key]).toBe(before[key]);
      }
      for (const key of ['courier', 'stock', 'appraisal', 'goodsIntact', 'intervention', 'shipment', 'returnShipment', 'confirmation', 'liableParty'] as const) {
        // Once recorded, a fact is only ever replaced, never dropped.
        if (before[key] !== undefined) expect(after[key]).toBeDefined();
      }
    }
  });

  test.prop([arbRun()])('CSE-06 law: effects are an append-only log stamped with the step, shared when nothing is added', ({ case: start, events, policy }) => {
    for (const { before, e, after } of steps(start, events, policy)) {
      expect(after.effects.slice(0, before.effects.length)).toEqual(before.effects);
      for (const effect of after.effects.slice(before.effects.length)) expect(effect.at).toBe(e.at);
      if (after.effects.length === before.effects.length) expect(after.effects).toBe(before.effects);
    }
  });

  test.prop([arbRun()])('CSE-07 law: the step that ends a case stamps its end, names the outcome and opens the follow-up', ({ case: start, events, policy }) => {
    for (const { before, e, after } of steps(start, events, policy)) {
      if (TERMINAL.has(after.status) && !TERMINAL.has(before.status)) {
        expect(after.milestones.endedAt).toBe(e.at);
        expect(after.outcome).toBeDefined();
        expect(after.followUp).toEqual({ missed: false });
      }
      if (TERMINAL.has(before.status)) {
        expect(after.status).toBe(before.status);
        expect(after.outcome).toBe(before.outcome);
        expect(after.milestones.endedAt).toBe(before.milestones.endedAt);
      }
    }
  });
});
