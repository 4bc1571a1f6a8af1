import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTORS, type AfterSalesCase } from '../../src/index.js';
import { MACHINES } from '../../src/case/machines/index.js';
import { transition } from '../../src/case/apply-event.js';
import { currentWait } from '../../src/case/deadlines.js';
import { policies } from '../../src/policies/index.js';
import { arbGap, eventOf, walk, type Choice } from '../../src/testing/arb-events.js';
import { formatInstant } from '../../src/time/zone.js';
import { openedReturn } from './fixtures.js';
import { advanced } from '../results.js';

/*
 * arbEvents draws raw choices and `walk` turns them into events. These tests drive `walk` with
 * chosen choices, a branch at a time and at each branch's bounds, so what every kind of step writes
 * is pinned exactly. A choice is [kind 0–99, pick, actor pick, gap in ms, flag, flag2].
 */

const H = 3_600_000;
const ADDRESS = 'Return desk, 1 Warehouse Rd';
const after = (c: AfterSalesCase, ...choices: Choice[]): AfterSalesCase =>
  walk(c, choices).reduce((now, e) => {
    const r = transition(now, e);
    return r.ok ? r.value : now;
  }, c);
const at = (ms: number): string => formatInstant(ms, 'Asia/Shanghai');
const step = (c: AfterSalesCase, ...choice: Choice) => walk(c, [choice])[0];

describe('walk: a step the table offers (kind 0–59)', () => {
  it('an onward step by an allowed actor, the gap after the last event, every field filled', () => {
    const c = openedReturn();
    const last = c.clock.lastEventMs;
    expect(step(c, 6, 0, 0, H, false, false)).toEqual({ type: 'merchant_agreed', at: at(last + H), actor: 'merchant', returnAddress: ADDRESS });
    expect(step(c, 59, 1, 3, 0, false, false)).toEqual({ type: 'merchant_refused', at: at(last), actor: 'merchant' });
    expect(step(c, 6, 2, 1, 1, false, false)).toEqual({ type: 'merchant_agreed', at: at(last + 1), actor: 'merchant', returnAddress: ADDRESS });
  });

  it('kinds 0–5 also offer withdrawing; the table’s timeout is never offered as a step', () => {
    const c = openedReturn();
    const last = c.clock.lastEventMs;
    expect(step(c, 5, 2, 0, 0, false, false)).toEqual({ type: 'buyer_withdrew', at: at(last), actor: 'buyer' });
    expect(step(c, 0, 3, 0, 0, false, true)).toEqual({ type: 'merchant_agreed', at: at(last), actor: 'merchant', returnAddress: ADDRESS });
  });

  it('every fifth kind leaves guarded fields out unless flag2 says otherwise', () => {
    const c = openedReturn();
    const last = c.clock.lastEventMs;
    expect(step(c, 10, 0, 0, 0, false, false)).toEqual({ type: 'merchant_agreed', at: at(last), actor: 'merchant' });
    expect(step(c, 10, 0, 0, 0, false, true)).toEqual({ type: 'merchant_agreed', at: at(last), actor: 'merchant', returnAddress: ADDRESS });
    expect(step(c, 11, 0, 0, 0, false, false)).toEqual({ type: 'merchant_agreed', at: at(last), actor: 'merchant', returnAddress: ADDRESS });
  });

  it('declining a merchant’s application is offered as rarely as withdrawing', () => {
    const c = openedReturn('merchant');
    expect(c.status).toBe('awaiting_buyer_confirmation');
    expect(step(c, 6, 1, 0, 0, false, false)).toMatchObject({ type: 'buyer_confirmed', actor: 'buyer' });
    expect(step(c, 5, 1, 0, 0, false, false)).toMatchObject({ type: 'buyer_declined', actor: 'buyer' });
  });

  it('where nothing is pending, a step comes the gap after the last event', () => {
    const refunding = after(openedReturn(), [11, 0, 0, H, false, false], [11, 0, 0, H, false, false], [11, 0, 0, H, true, false]);
    expect(refunding.status).toBe('refunding');
    // RFT-06: once the refund's deadline has timed out, nothing is pending any more.
    const overdue = advanced(refunding, at(currentWait(refunding)!.dueMs), policies.pinduoduo);
    expect(overdue.status).toBe('refunding');
    expect(currentWait(overdue)).toBeUndefined();
    expect(step(overdue, 11, 0, 0, 3 * H, false, false)).toMatchObject({ at: at(overdue.clock.lastEventMs + 3 * H) });
  });

  it('a step never lands after the pending deadline', () => {
    const c = openedReturn();
    const due = currentWait(c)!.dueMs;
    expect(step(c, 11, 0, 0, 240 * H, false, false)).toMatchObject({ type: 'merchant_agreed', at: at(due) });
  });

  it('the walk follows the case it moves: after agreement the buyer ships back, with tracking', () => {
    const c = openedReturn();
    const last = c.clock.lastEventMs;
    expect(walk(c, [[11, 0, 0, H, false, false], [11, 0, 0, H, false, false]])).toEqual([
      { type: 'merchant_agreed', at: at(last + H), actor: 'merchant', returnAddress: ADDRESS },
      { type: 'buyer_shipped', at: at(last + 2 * H), actor: 'buyer', carrier: 'SF', trackingNumber: 'SF0' },
    ]);
  });
});

describe('walk: the other kinds of step', () => {
  it('kinds 60–74 time the pending deadline out when it falls due, by the system, naming its rule', () => {
    const c = openedReturn();
    const wait = currentWait(c)!;
    for (const kind of [60, 74]) {
      expect(step(c, kind, 1, 2, H, true, true)).toEqual({ type: 'timed_out', at: at(wait.dueMs), actor: 'system', rule: wait.rule });
    }
  });

  it('kinds 75–84 take an offered step by a party the table does not allow, every field filled', () => {
    const c = openedReturn();
    const last = c.clock.lastEventMs;
    expect(step(c, 75, 0, 1, H, false, false)).toEqual({ type: 'merchant_agreed', at: at(last + H), actor: 'platform', returnAddress: ADDRESS });
    expect(step(c, 84, 2, 0, 0, false, false)).toEqual({ type: 'buyer_withdrew', at: at(last), actor: 'merchant' });
  });

  it('kinds 85–92 back-date an offered step by a millisecond to an hour', () => {
    const c = openedReturn();
    const last = c.clock.lastEventMs;
    expect(step(c, 85, 0, 1, H + 7, false, false)).toEqual({ type: 'merchant_agreed', at: at(last - 8), actor: 'merchant', returnAddress: ADDRESS });
    expect(step(c, 92, 2, 2, 0, false, false)).toEqual({ type: 'buyer_withdrew', at: at(last - 1), actor: 'platform' });
  });

  it('kinds 93–99 write any event by any actor at any later time', () => {
    const c = openedReturn();
    const last = c.clock.lastEventMs;
    expect(step(c, 93, 4, 2, 5, true, false)).toEqual({ type: 'stock_checked', at: at(last + 5), actor: 'platform', available: true });
    expect(step(c, 99, 0, 0, 0, false, false)).toEqual({ type: 'merchant_agreed', at: at(last), actor: 'buyer' });
    expect(step(c, 99, 0, 0, 0, false, true)).toEqual({ type: 'merchant_agreed', at: at(last), actor: 'buyer', returnAddress: ADDRESS });
  });

  it('a case in a state its machine has no table for, waiting on nobody, gets back-dated events of any type', () => {
    const stray: AfterSalesCase = { ...openedReturn(), status: 'in_transit_to_buyer' };
    expect(currentWait(stray)).toBeUndefined();
    const last = stray.clock.lastEventMs;
    for (const kind of [0, 60, 75, 85, 92]) {
      expect(step(stray, kind, 1, 1, 3, false, false)).toEqual({ type: 'merchant_refused', at: at(last - 4), actor: 'merchant' });
    }
    expect(step(stray, 93, 1, 1, 3, false, false)).toEqual({ type: 'merchant_refused', at: at(last + 3), actor: 'merchant' });
  });
});

describe('the case tables give walk what it relies on', () => {
  it('every state with a table offers an onward step, and no step is open to every actor', () => {
    for (const machine of Object.values(MACHINES)) {
      for (const [status, table] of Object.entries(machine.transitions)) {
        const steps = Object.entries(table ?? {}).filter(([t]) => t !== 'timed_out');
        expect(steps.filter(([t]) => t !== 'buyer_withdrew' && t !== 'buyer_declined').length, `${machine.id} ${status}`).toBeGreaterThan(0);
        for (const [t, { actors }] of steps) expect(actors.length, `${machine.id} ${status} ${t}`).toBeLessThan(ACTORS.length);
      }
    }
  });
});

describe('eventOf writes each event type well-formed', () => {
  const t = '2025-03-04T10:00:00+08:00';

  it('shipments carry SF and, when full, a tracking number from the pick', () => {
    const c = openedReturn();
    expect(eventOf('buyer_shipped', t, 'buyer', true, false, 1_000_007, c)).toEqual({ type: 'buyer_shipped', at: t, actor: 'buyer', carrier: 'SF', trackingNumber: 'SF7' });
    expect(eventOf('merchant_shipped', t, 'merchant', false, false, 7, c)).toEqual({ type: 'merchant_shipped', at: t, actor: 'merchant', carrier: 'SF' });
  });

  it('received goods are intact when full or flagged, damaged only when neither', () => {
    const c = openedReturn();
    const intact = (full: boolean, flag: boolean) => eventOf('merchant_received', t, 'merchant', full, flag, 0, c);
    expect([intact(false, false), intact(true, false), intact(false, true), intact(true, true)]).toEqual(
      [false, true, true, true].map((ok) => ({ type: 'merchant_received', at: t, actor: 'merchant', intact: ok })),
    );
    expect(eventOf('stock_checked', t, 'merchant', true, false, 0, c)).toEqual({ type: 'stock_checked', at: t, actor: 'merchant', available: false });
  });

  it('evidence is the submitter’s own kind, or an appraisal when flagged', () => {
    const c = openedReturn();
    const evidence = (actor: 'buyer' | 'merchant' | 'platform', full: boolean, flag: boolean) => eventOf('evidence_submitted', t, actor, full, flag, 0, c);
    expect(evidence('buyer', false, false)).toEqual({ type: 'evidence_submitted', at: t, actor: 'buyer', by: 'buyer', items: [{ kind: 'photo' }] });
    expect(evidence('merchant', false, false)).toEqual({ type: 'evidence_submitted', at: t, actor: 'merchant', by: 'merchant', items: [{ kind: 'courier_receipt' }] });
    expect(evidence('platform', false, false)).toMatchObject({ by: 'merchant', items: [{ kind: 'courier_receipt' }] });
    expect(evidence('buyer', true, true)).toMatchObject({ by: 'buyer', items: [{ kind: 'appraisal', confirmsCounterfeit: true }] });
    expect(evidence('buyer', false, true)).toMatchObject({ items: [{ kind: 'appraisal', confirmsCounterfeit: false }] });
  });

  it('a ruling is for the buyer when flagged; a timeout names the pending rule, CSE-01 when none is pending', () => {
    const c = openedReturn();
    expect(eventOf('platform_ruled', t, 'platform', true, true, 0, c)).toEqual({ type: 'platform_ruled', at: t, actor: 'platform', for: 'buyer' });
    expect(eventOf('platform_ruled', t, 'platform', true, false, 0, c)).toMatchObject({ for: 'merchant' });
    const awaitingReturn = after(c, [11, 0, 0, H, false, false]);
    expect(awaitingReturn.status).toBe('awaiting_return');
    expect(eventOf('timed_out', t, 'system', true, false, 0, awaitingReturn)).toEqual({ type: 'timed_out', at: t, actor: 'system', rule: 'CSE-04' });
    expect(eventOf('timed_out', t, 'system', true, false, 0, after(c, [5, 2, 0, 0, false, false]))).toMatchObject({ rule: 'CSE-07' });
    expect(eventOf('timed_out', t, 'system', true, false, 0, { ...c, status: 'in_transit_to_buyer' })).toMatchObject({ rule: 'CSE-01' });
  });

  it('courier findings come from the pick; other types carry only type, time and actor', () => {
    const c = openedReturn();
    expect(eventOf('courier_verified', t, 'platform', true, false, 4, c)).toEqual({ type: 'courier_verified', at: t, actor: 'platform', finding: 'lost' });
    expect(eventOf('delivered', t, 'system', true, true, 3, c)).toEqual({ type: 'delivered', at: t, actor: 'system' });
  });
});

describe('arbGap', () => {
  it('draws no gap, gaps of milliseconds, whole hours, and anything up to ten days', () => {
    const gaps = fc.sample(arbGap, { numRuns: 400, seed: 20261122 });
    expect(gaps).toContain(0);
    expect(gaps.some((g) => g > 0 && g <= 1_000)).toBe(true);
    expect(gaps.filter((g) => g >= H && g % H === 0).length).toBeGreaterThan(20);
    expect(gaps.some((g) => g > 120 * H && g % H !== 0)).toBe(true);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(240 * H);
  });
});
