import { describe, expect, it } from 'vitest';
import { parseAssessInput } from '../../src/assess/assess-input.js';
import { applyEvent, MAX_CASE_EVENTS, nextEvents, openCase, parseCaseEvents, policies, replay, type AfterSalesCase, type CaseEvent } from '../../src/index.js';
import { scaledAssessInput, scaledEvents } from '../fixtures/scaled.js';
import { advanced } from '../results.js';

/*
 * Long histories: replay folds into one history instead of copying it per step. Before, 60k events
 * took well over 5 s (a copy of the whole history per step) and ran into the test timeout; now
 * ~40 ms. A case holds at most MAX_CASE_EVENTS of the parties' events, which bounds a lone step's copy. Speed is measured in `npm run bench` (growth table), not here.
 */

const input = parseAssessInput(scaledAssessInput());
if (!input.ok) throw new Error('the scaled input does not validate');
const { order, request } = input.value;
const policy = policies.pinduoduo;

const events = (n: number): CaseEvent[] => {
  const parsed = parseCaseEvents(scaledEvents(n));
  if (!parsed.ok) throw new Error('the scaled events do not validate');
  return parsed.value;
};

const replayed = (evs: readonly CaseEvent[]): AfterSalesCase => {
  const r = replay(order, request, evs, policy);
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.error)}`);
  return r.value;
};

describe('CSE-06: replay of a long history', () => {
  it('CSE-06: MAX_CASE_EVENTS (10,000) events replay into a case whose history is exactly those events, in order', () => {
    const evs = events(MAX_CASE_EVENTS);
    const c = replayed(evs);
    expect(c.history).toHaveLength(MAX_CASE_EVENTS);
    expect(c.history.every((e, i) => e === evs[i])).toBe(true);
    expect(c.intervention).toMatchObject({ merchantEvidence: 4_999, buyerEvidence: 4_999 });
  });

  it('CSE-06: the parties\' event past MAX_CASE_EVENTS is refused (history_full), in replay and in applyEvent, and nextEvents offers only the system\'s', () => {
    const evs = events(MAX_CASE_EVENTS + 1);
    const r = replay(order, request, evs, policy);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ code: 'transition_refused', issues: [{ code: 'history_full', rule: 'CSE-06', index: MAX_CASE_EVENTS, params: { events: MAX_CASE_EVENTS, max: MAX_CASE_EVENTS } }] });
    }
    const full = replayed(evs.slice(0, MAX_CASE_EVENTS));
    const step = applyEvent(full, evs[MAX_CASE_EVENTS]!, policy);
    expect(step.ok).toBe(false);
    if (!step.ok) expect(step.error.issues[0]?.code).toBe('history_full');
    const offered = nextEvents(full);
    expect(offered.buyer).toEqual([]);
    expect(offered.merchant).toEqual([]);
    expect(offered.system).toEqual(nextEvents(replayed(evs.slice(0, 100))).system);
  });

  it('CSE-06: past MAX_CASE_EVENTS the system\'s timeouts are still recorded, so advanceTo settles a full case', () => {
    const full = replayed(events(MAX_CASE_EVENTS));
    const settled = advanced(full, '2026-06-01T00:00:00+08:00', policy);
    expect(settled.history.length).toBeGreaterThan(MAX_CASE_EVENTS);
    expect(settled.history.slice(MAX_CASE_EVENTS).every((e) => e.type === 'timed_out' && e.actor === 'system')).toBe(true);
  });

  it('CSE-06: the fold of applyEvent over 2,000 events gives the same case as replay', () => {
    const evs = events(2_000);
    const opened = openCase(order, request, policy);
    if (!opened.ok) throw new Error('not opened');
    let c = opened.value;
    for (const e of evs) {
      const r = applyEvent(c, e, policy);
      if (!r.ok) throw new Error(r.error.code);
      c = r.value.case;
    }
    expect(replayed(evs)).toEqual(c);
  });

  it('CSE-06: each replay returns its own history and effects, and leaves its events as they were', () => {
    const evs = events(50);
    const before = JSON.stringify(evs);
    const a = replayed(evs.slice(0, 10));
    const b = replayed(evs);
    expect(a.history).toHaveLength(10);
    expect(b.history).toHaveLength(50);
    expect(a.history).not.toBe(b.history);
    expect(a.effects).not.toBe(b.effects);
    expect(JSON.stringify(evs)).toBe(before);
  });

  it('CSE-06: a refused event mid-history leaves the earlier replay untouched and reports its index', () => {
    const evs = events(1_000);
    const bad = [...evs.slice(0, 500), { ...evs[0]!, at: '2025-03-05T09:00:00+08:00' } as CaseEvent, ...evs.slice(500)];
    const r = replay(order, request, bad, policy);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'transition_refused', issues: [{ code: 'event_before_last', index: 500, path: ['events', 500] }] });
  });
});
