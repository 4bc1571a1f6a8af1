import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { applyEvent } from '../../src/case/apply-event.js';
import { deadlines } from '../../src/case/deadlines.js';
import { replay } from '../../src/case/replay.js';
import { checkEligibility } from '../../src/eligibility/check-eligibility.js';
import { CASE_STATUSES, TERMINAL_STATUSES, type AfterSalesCase, type CaseEvent, type CaseStatus, type Deadline } from '../../src/model/case.js';
import type { Policy } from '../../src/model/policy.js';
import { arbEvents } from '../../src/testing/arb-events.js';
import { formatInstant, parseInstant } from '../../src/time/zone.js';
import { arbOpened, type Opened } from './arbitraries.js';
import { trail } from './fixtures.js';
import { advanced } from '../results.js';

const arbRun = () => arbOpened().chain((o) => arbEvents(o.case, { maxLength: 16 }).map((events) => ({ ...o, events })));


const last = <T>(xs: readonly T[]): T => xs[xs.length - 1] as T;
/** The deadlines a `timed_out` event fires: every one but the platform's FRT-04 payout. */
const timed = (ds: readonly Deadline[]): Deadline[] => ds.filter((d) => d.party !== 'platform');
const terminal: readonly CaseStatus[] = TERMINAL_STATUSES;
const paidRefunds = (c: AfterSalesCase): number[] => c.effects.flatMap((e) => (e.type === 'pay_refund' ? [e.amountFen] : []));

describe('case laws', () => {
  test.prop([arbRun()])('a refused event leaves the case byte-identical (deep-equal and JSON-identical)', ({ case: start, events, policy }) => {
    let c = start;
    for (const e of events) {
      const json = JSON.stringify(c);
      const copy = structuredClone(c);
      const r = applyEvent(c, e, policy);
      expect(JSON.stringify(c)).toBe(json);
      expect(c).toEqual(copy);
      if (r.ok) c = r.value.case;
    }
  });

  test.prop([arbRun()])('replay equals the fold of applyEvent, stopping at the first refusal', ({ order, request, policy, case: start, events }) => {
    let expected: ReturnType<typeof replay> = { ok: true, value: start };
    let c = start;
    for (let index = 0; index < events.length; index++) {
      const r = applyEvent(c, events[index] as CaseEvent, policy);
      if (!r.ok) {
        expected = { ok: false, error: { code: 'transition_refused', issues: [{ ...r.error.issues[0]!, index, path: ['events', index] }] } };
        break;
      }
      expected = { ok: true, value: (c = r.value.case) };
    }
    expect(replay(order, request, events, policy)).toEqual(expected);
  });

  test.prop([arbRun(), fc.integer({ min: 0, max: 40 * 24 })])('replaying a case’s own history reproduces it, timeouts included', ({ order, request, policy, case: start, events }, hours) => {
    const c = last(trail(start, events, policy));
    const moved = advanced(c, formatInstant(c.clock.lastEventMs + hours * 3_600_000, 'UTC'), policy);
    expect(replay(order, request, moved.history, policy)).toEqual({ ok: true, value: moved });
  });

  test.prop([arbRun(), fc.integer({ min: 0, max: 40 * 24 * 3_600_000 })])('after advanceTo(t) no deadline due at or before t is still pending', ({ policy, case: start, events }, offset) => {
    for (const c of trail(start, events, policy)) {
      const t = c.clock.lastEventMs + offset;
      const moved = advanced(c, formatInstant(t, 'Asia/Shanghai'), policy);
      // FRT-04's payout is the platform's, which no timeout of the case fires (law below).
      for (const d of timed(deadlines(moved, policy))) expect(parseInstant(d.dueAt)).toBeGreaterThan(t);
      for (const e of moved.history.slice(c.history.length)) expect(e).toMatchObject({ type: 'timed_out', actor: 'system' });
    }
  });

  test.prop([arbRun()])('no deadline is earlier than the event that started it', ({ policy, case: start, events }) => {
    for (const c of trail(start, events, policy)) {
      // The wait began with the opening or with the event that entered the current state.
      const starters = [c.milestones.appliedAt, ...c.history.map((e) => e.at)].map(parseInstant);
      for (const d of deadlines(c, policy)) {
        const since = parseInstant(d.since);
        expect(starters).toContain(since);
        expect(parseInstant(d.dueAt)).toBeGreaterThanOrEqual(since);
        expect(parseInstant(d.dueAt)).toBeGreaterThanOrEqual(c.clock.lastEventMs);
      }
    }
  });

  test.prop([arbRun()])('the refunds a case pays never exceed what was refundable when it opened', ({ order, request, policy, case: start, events }) => {
    const refundable = checkEligibility(order, request, policy).refundableFen;
    expect(start.money.refundableFen).toBe(refundable);
    for (const c of trail(start, events, policy)) {
      const paid = paidRefunds(c);
      expect(paid.length).toBeLessThanOrEqual(1);
      expect(paid.reduce((a, x) => a + x, 0)).toBeLessThanOrEqual(refundable);
      for (const x of paid) expect(Number.isInteger(x) && x >= 0).toBe(true);
    }
  });

  test.prop([arbRun()])('statuses are always from the vocabulary, and only ended cases have an outcome', ({ policy, case: start, events }) => {
    for (const c of trail(start, events, policy)) {
      expect(CASE_STATUSES).toContain(c.status);
      expect(c.outcome !== undefined).toBe(terminal.includes(c.status));
      if (terminal.includes(c.status)) expect(c.milestones.endedAt).toBeDefined();
    }
  });

  test.prop([arbRun()])('FRT-04 law: the platform\'s only deadline is the subsidy payout, on subsidised cases, due exactly the payout hours after the step that started it', ({ policy, case: start, events }) => {
    for (const c of trail(start, events, policy)) {
      for (const d of deadlines(c, policy).filter((x) => x.party === 'platform')) {
        expect(d).toMatchObject({ action: 'pay_freight_subsidy', rule: 'FRT-04' });
        const hours = c.terms.returnFreightSubsidyHours;
        expect(hours).toBeDefined();
        expect(parseInstant(d.dueAt) - parseInstant(d.since)).toBe((hours ?? 0) * 3_600_000);
        expect(c.effects).toContainEqual({ type: 'pay_freight_subsidy', by: 'platform', dueAt: d.dueAt, rule: 'FRT-04', at: d.since });
      }
    }
  });

  test.prop([arbRun()])('a timeout fires exactly when due, not a millisecond before', ({ policy, case: start, events }) => {
    for (const c of trail(start, events, policy)) {
      const [d] = timed(deadlines(c, policy));
      if (d === undefined) continue;
      const due = parseInstant(d.dueAt);
      expect(advanced(c, formatInstant(due - 1, 'UTC'), policy)).toBe(c);
      const fired = advanced(c, d.dueAt, policy);
      expect(fired.history[c.history.length]).toEqual({ type: 'timed_out', at: d.dueAt, actor: 'system', rule: d.rule });
    }
  });

  test.prop([arbRun(), fc.constantFrom('pinduoduo', 'taobao')])('a later policy version never moves an open case’s deadlines', ({ policy, case: start, events }, other) => {
    const later: Policy = {
      ...policy,
      id: other,
      version: `${policy.version}-next`,
      case: { ...policy.case, merchantResponseHours: policy.case.merchantResponseHours + 5, evidenceHours: 1, followUpDays: 30 },
    };
    for (const c of trail(start, events, policy)) {
      expect(deadlines(c, later)).toEqual(deadlines(c, policy));
      const t = formatInstant(c.clock.lastEventMs + 3 * 86_400_000, 'UTC');
      expect(advanced(c, t, later)).toEqual(advanced(c, t, policy));
    }
  });

  test.prop([arbOpened()])('every opened case records its liable party unless LOG-03’s courier check is pending (CSE-08)', ({ case: c }: Opened) => {
    if (c.courier?.verifyBeforeRemedy === true) expect(c.liableParty).toBeUndefined();
    else expect(c.liableParty).toBeDefined();
  });
});
