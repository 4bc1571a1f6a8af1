import { describe, expect, it } from 'vitest';
import { applyEvent } from '../../src/case/apply-event.js';
import { deadlines } from '../../src/case/deadlines.js';
import { openCase } from '../../src/case/open-case.js';
import { replay } from '../../src/case/replay.js';
import { definePolicy } from '../../src/policies/define-policy.js';
import { APPLIED, ev, opened, order, pdd, plus, refused, request, taobao, walk } from './fixtures.js';
import { advanced } from '../results.js';

const ADDRESS = 'Returns desk, 8 Warehouse Rd, Yiwu';
const taobaoReturn = () => opened(order(), request(), taobao);
const pddReturn = () => opened(order(), request());

/** A return case refused by the merchant and escalated: the work order opens at APPLIED + 2 h. */
const inIntervention = () => walk(pddReturn(), [ev.refusedByMerchant(plus(APPLIED, 1)), ev.escalated(plus(APPLIED, 2))]);
const WORK_ORDER = plus(APPLIED, 2);

describe('CSE-01 merchant response window', () => {
  it('CSE-01: Taobao 72 h silence auto-agrees at exactly 72 h and not a millisecond before', () => {
    const c = taobaoReturn();
    const before = advanced(c, plus(APPLIED, 72, -1), taobao);
    expect(before).toBe(c);
    expect(before.status).toBe('awaiting_merchant');
    const after = advanced(c, plus(APPLIED, 72), taobao);
    expect(after.status).toBe('awaiting_return');
    expect(after.history).toEqual([{ type: 'timed_out', at: plus(APPLIED, 72), actor: 'system', rule: 'CSE-01' }]);
    expect(after.milestones.agreedAt).toBe(plus(APPLIED, 72));
    // The system agreed, so no address of the merchant's own: the buyer uses its default (no key at all).
    expect(after.effects.at(-1)).toStrictEqual({ type: 'notify_buyer', notice: 'return_address', rule: 'CSE-04', at: plus(APPLIED, 72) });
  });

  it('CSE-01: Pinduoduo’s merchant has 48 h', () => {
    expect(deadlines(pddReturn(), pdd)).toEqual([
      { party: 'merchant', action: 'respond', dueAt: plus(APPLIED, 48), onTimeout: 'system_agrees', rule: 'CSE-01', since: APPLIED },
    ]);
    expect(advanced(pddReturn(), plus(APPLIED, 48), pdd).status).toBe('awaiting_return');
  });

  it('CSE-01: an answer at the window’s last instant is on time; a millisecond later it must wait for the recorded timeout', () => {
    expect(walk(taobaoReturn(), [ev.refusedByMerchant(plus(APPLIED, 72))], taobao).status).toBe('rejected');
    expect(refused(taobaoReturn(), ev.refusedByMerchant(plus(APPLIED, 72, 1)), taobao)).toMatchObject({
      code: 'deadline_passed',
      rule: 'CSE-01',
      params: { dueAt: plus(APPLIED, 72) },
    });
  });

  it('CSE-01: only the system times a case out, and not before the deadline (PEN-05 counts what it records)', () => {
    const c = taobaoReturn();
    expect(refused(c, { type: 'timed_out', at: plus(APPLIED, 71), actor: 'system', rule: 'CSE-01' }, taobao)).toMatchObject({ code: 'timeout_not_due' });
    expect(refused(c, { type: 'timed_out', at: plus(APPLIED, 72), actor: 'merchant', rule: 'CSE-01' }, taobao)).toMatchObject({ code: 'wrong_actor' });
    expect(refused(c, { type: 'timed_out', at: plus(APPLIED, 72), actor: 'system', rule: 'CSE-03' }, taobao)).toMatchObject({ code: 'timeout_not_due' });
    const timedOut = advanced(c, plus(APPLIED, 100), taobao);
    expect(timedOut.history.filter((e) => e.type === 'timed_out' && e.rule === 'CSE-01')).toHaveLength(1);
    expect(timedOut.liableParty).toBe('merchant');
  });
});

describe('CSE-02 escalation', () => {
  it('CSE-02: a refused case can be escalated by the buyer to platform intervention', () => {
    const c = inIntervention();
    expect(c.status).toBe('in_intervention');
    expect(c.intervention).toEqual({ requestedAt: WORK_ORDER, evidenceWindowClosed: false, merchantEvidence: 0, buyerEvidence: 0 });
    expect(c.effects.at(-1)).toEqual({ type: 'request_evidence', from: 'merchant', dueAt: plus(WORK_ORDER, 48), rule: 'CSE-03', at: WORK_ORDER });
  });

  it('CSE-02: only the buyer escalates, and only a refused case', () => {
    const rejected = walk(pddReturn(), [ev.refusedByMerchant(plus(APPLIED, 1))]);
    expect(refused(rejected, { type: 'intervention_requested', at: plus(APPLIED, 2), actor: 'merchant' })).toMatchObject({ code: 'wrong_actor' });
    expect(refused(pddReturn(), ev.escalated(plus(APPLIED, 2)))).toMatchObject({ code: 'event_not_allowed', status: 'awaiting_merchant' });
  });

  it('CSE-02: a refusal the buyer does not escalate within the window closes the case as rejected', () => {
    const rejected = walk(pddReturn(), [ev.refusedByMerchant(plus(APPLIED, 1))]);
    expect(deadlines(rejected, pdd)[0]).toMatchObject({ party: 'buyer', action: 'request_intervention', dueAt: plus(APPLIED, 1 + 7 * 24), rule: 'CSE-02' });
    const c = advanced(rejected, plus(APPLIED, 1 + 7 * 24), pdd);
    expect(c).toMatchObject({ status: 'closed', outcome: 'rejected' });
  });
});

describe('CSE-03 evidence in intervention', () => {
  it('CSE-03: evidence at exactly 48 h is accepted', () => {
    const c = walk(inIntervention(), [ev.evidence(plus(WORK_ORDER, 48), 'merchant')]);
    expect(c.intervention?.merchantEvidence).toBe(1);
  });

  it('CSE-03: evidence a millisecond after 48 h is refused, before and after the timeout is recorded', () => {
    expect(refused(inIntervention(), ev.evidence(plus(WORK_ORDER, 48, 1), 'merchant'))).toMatchObject({ code: 'evidence_window_closed', rule: 'CSE-03' });
    const closed = advanced(inIntervention(), plus(WORK_ORDER, 48), pdd);
    expect(closed.intervention?.evidenceWindowClosed).toBe(true);
    expect(closed.history.at(-1)).toEqual({ type: 'timed_out', at: plus(WORK_ORDER, 48), actor: 'system', rule: 'CSE-03' });
    expect(refused(closed, ev.evidence(plus(WORK_ORDER, 48), 'merchant'))).toMatchObject({ code: 'evidence_window_closed' });
    expect(walk(closed, [ev.evidence(plus(WORK_ORDER, 50), 'buyer')]).intervention?.buyerEvidence).toBe(1);
  });

  it('CSE-03: the platform does not rule while the merchant’s window is open and it has given nothing', () => {
    expect(refused(inIntervention(), ev.ruled(plus(WORK_ORDER, 10), 'buyer'))).toMatchObject({ code: 'evidence_window_open', rule: 'CSE-03' });
  });

  it('CSE-03: after the window the ruling follows the buyer’s evidence (PEN-03)', () => {
    const closed = advanced(walk(inIntervention(), [ev.evidence(plus(WORK_ORDER, 1), 'buyer')]), plus(WORK_ORDER, 48), pdd);
    expect(refused(closed, ev.ruled(plus(WORK_ORDER, 60), 'merchant'))).toMatchObject({ code: 'ruling_must_follow_buyer_evidence', rule: 'PEN-03' });
    const ruled = walk(closed, [ev.ruled(plus(WORK_ORDER, 60), 'buyer')]);
    expect(ruled).toMatchObject({ status: 'awaiting_return', liableParty: 'merchant', intervention: { ruling: 'buyer' } });
  });

  it('CSE-03: a merchant with evidence in time may win; the case closes as rejected', () => {
    const c = walk(inIntervention(), [ev.evidence(plus(WORK_ORDER, 5), 'merchant', 'logistics_seal'), ev.ruled(plus(WORK_ORDER, 6), 'merchant')]);
    expect(c).toMatchObject({ status: 'closed', outcome: 'rejected', liableParty: 'buyer' });
    expect(c.effects.filter((e) => e.type === 'notify_buyer' || e.type === 'notify_merchant').slice(-2)).toEqual([
      { type: 'notify_buyer', notice: 'ruling', ruling: 'merchant', rule: 'CSE-02', at: plus(WORK_ORDER, 6) },
      { type: 'notify_merchant', notice: 'ruling', ruling: 'merchant', rule: 'CSE-02', at: plus(WORK_ORDER, 6) },
    ]);
  });

  it('CSE-03: a party submits only its own evidence', () => {
    const e = { type: 'evidence_submitted', at: plus(WORK_ORDER, 1), actor: 'buyer', by: 'merchant', items: [{ kind: 'photo' }] } as const;
    expect(refused(inIntervention(), e)).toMatchObject({ code: 'wrong_actor' });
  });
});

describe('CSE-04 return flow', () => {
  it('CSE-04: agreed → buyer ships back with tracking → merchant confirms receipt → refund', () => {
    const c = walk(pddReturn(), [
      ev.agreed(plus(APPLIED, 1), ADDRESS),
      ev.buyerShipped(plus(APPLIED, 5), 'YT9988'),
      ev.received(plus(APPLIED, 50), true),
      ev.refundPaid(plus(APPLIED, 51)),
    ]);
    expect(c).toMatchObject({ status: 'completed', outcome: 'refunded' });
    expect(c.returnShipment).toEqual({ carrier: 'YTO', trackingNumber: 'YT9988', at: plus(APPLIED, 5) });
    expect(c.effects).toContainEqual({ type: 'notify_buyer', notice: 'return_address', returnAddress: ADDRESS, rule: 'CSE-04', at: plus(APPLIED, 1) });
    expect(c.effects).toContainEqual({ type: 'notify_merchant', notice: 'return_shipped', carrier: 'YTO', trackingNumber: 'YT9988', rule: 'CSE-04', at: plus(APPLIED, 5) });
    expect(c.effects.filter((e) => e.type === 'pay_refund')).toEqual([{ type: 'pay_refund', amountFen: 3980, rule: 'CSE-04', at: plus(APPLIED, 50) }]);
  });

  it('CSE-04: agreeing to a return without a return address is refused', () => {
    expect(refused(pddReturn(), ev.agreed(plus(APPLIED, 1)))).toMatchObject({ code: 'return_address_required', rule: 'CSE-04' });
  });

  it('CSE-04: a return shipped without a tracking number is refused', () => {
    const c = walk(pddReturn(), [ev.agreed(plus(APPLIED, 1), ADDRESS)]);
    expect(refused(c, ev.buyerShipped(plus(APPLIED, 2)))).toMatchObject({ code: 'tracking_number_required', rule: 'CSE-04' });
  });

  it('CSE-04: a buyer who never ships back within the window loses the case; a merchant who never confirms receipt refunds', () => {
    const agreed = walk(pddReturn(), [ev.agreed(plus(APPLIED, 1), ADDRESS)]);
    expect(deadlines(agreed, pdd)[0]).toMatchObject({ party: 'buyer', action: 'ship_return', dueAt: plus(APPLIED, 1 + 7 * 24), rule: 'CSE-04' });
    expect(advanced(agreed, plus(APPLIED, 1 + 7 * 24), pdd)).toMatchObject({ status: 'closed', outcome: 'withdrawn' });
    const shipped = walk(agreed, [ev.buyerShipped(plus(APPLIED, 2), 'YT1')]);
    const deemed = advanced(shipped, plus(APPLIED, 2 + 10 * 24), pdd);
    expect(deemed.status).toBe('refunding');
    expect(deemed.milestones.receivedAt).toBe(plus(APPLIED, 2 + 10 * 24));
  });

  it('CSE-04: goods the merchant says are not intact turn the case into a dispute, and the ruling continues where the goods are', () => {
    const disputed = walk(pddReturn(), [
      ev.agreed(plus(APPLIED, 1), ADDRESS),
      ev.buyerShipped(plus(APPLIED, 2), 'YT1'),
      ev.received(plus(APPLIED, 30), false),
    ]);
    expect(disputed).toMatchObject({ status: 'rejected', goodsIntact: false });
    const ruled = walk(disputed, [ev.escalated(plus(APPLIED, 31)), ev.evidence(plus(APPLIED, 32), 'merchant', 'photo'), ev.ruled(plus(APPLIED, 40), 'buyer')]);
    expect(ruled.status).toBe('refunding');
  });
});

describe('CSE-05 exchange flow', () => {
  it('CSE-05: the return leg as CSE-04, then the replacement ships with tracking and is delivered', () => {
    const c = opened(order(), request({ type: 'exchange', reason: 'wrong_item' }));
    const back = walk(c, [ev.agreed(plus(APPLIED, 1), ADDRESS), ev.buyerShipped(plus(APPLIED, 2), 'YT1'), ev.received(plus(APPLIED, 40))]);
    expect(back.status).toBe('awaiting_shipment');
    expect(refused(back, ev.merchantShipped(plus(APPLIED, 41)))).toMatchObject({ code: 'tracking_number_required', rule: 'CSE-05' });
    const done = walk(back, [ev.merchantShipped(plus(APPLIED, 41), 'SF77'), ev.delivered(plus(APPLIED, 90))]);
    expect(done).toMatchObject({ status: 'completed', outcome: 'exchanged', shipment: { trackingNumber: 'SF77' } });
    expect(done.effects.filter((e) => e.type === 'pay_refund')).toEqual([]);
  });
});

describe('CSE-06 events and their fold', () => {
  it('CSE-06: an event dated before the case’s last event is refused; one at the same instant is not', () => {
    const c = walk(pddReturn(), [ev.agreed(plus(APPLIED, 5), ADDRESS)]);
    expect(refused(c, ev.buyerShipped(plus(APPLIED, 5, -1), 'YT1'))).toMatchObject({ code: 'event_before_last', rule: 'CSE-06' });
    expect(refused(pddReturn(), ev.agreed(plus(APPLIED, 0, -1), ADDRESS))).toMatchObject({ code: 'event_before_last' });
    expect(walk(c, [ev.buyerShipped(plus(APPLIED, 5), 'YT1')]).status).toBe('return_in_transit');
  });

  it('CSE-06: a step the current state does not allow is refused with the state and the event', () => {
    expect(refused(pddReturn(), ev.refundPaid(plus(APPLIED, 1)))).toMatchObject({
      code: 'event_not_allowed',
      rule: 'CSE-06',
      status: 'awaiting_merchant',
      event: 'refund_paid',
    });
  });

  it('CSE-06: a buyer cannot send the merchant’s agreement', () => {
    expect(refused(pddReturn(), { type: 'merchant_agreed', at: plus(APPLIED, 1), actor: 'buyer', returnAddress: ADDRESS })).toMatchObject({
      code: 'wrong_actor',
      params: { actor: 'buyer', allowed: ['merchant'] },
    });
  });

  it('CSE-06: replay is the fold of the events and names the first refused one', () => {
    const events = [ev.agreed(plus(APPLIED, 1), ADDRESS), ev.buyerShipped(plus(APPLIED, 2)), ev.buyerShipped(plus(APPLIED, 3), 'YT1')];
    expect(replay(order(), request(), events.slice(0, 1), pdd)).toEqual({ ok: true, value: walk(pddReturn(), events.slice(0, 1)) });
    const r = replay(order(), request(), events, pdd);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatchObject({ code: 'transition_refused', issues: [{ code: 'tracking_number_required', index: 1, path: ['events', 1] }] });
  });

  it('CSE-06: an ineligible request opens no case and says why', () => {
    const early = request({ requestedAt: '2025-03-01T12:00:00+08:00' });
    const r = openCase(order('paid'), early, pdd);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.issues.map((x) => x.code)).toContain('not_shipped_refund_only');
    expect(replay(order('paid'), early, [], pdd)).toMatchObject({ ok: false, error: { code: 'not_eligible', issues: [{ rule: 'ELG-04' }] } });
  });

  it('CSE-06: a conditional verdict opens the case and records its conditions', () => {
    const c = opened(order(), request({ evidence: [] }));
    expect(c.conditions.map((r) => r.code)).toEqual(['evidence_required']);
  });

  it('CSE-06: the case keeps the policy id and version it was opened under', () => {
    expect(pddReturn().policy).toEqual({ id: 'pinduoduo', version: pdd.version });
  });

  it('CSE-06: a later policy version never moves an open case’s deadlines', () => {
    const next = definePolicy(pdd, { version: '2026.1', case: { merchantResponseHours: 24, evidenceHours: 24, followUpDays: 1 } });
    if (!next.ok) throw new Error('policy');
    const c = pddReturn();
    expect(deadlines(c, next.value)).toEqual(deadlines(c, pdd));
    expect(advanced(c, plus(APPLIED, 47), next.value)).toBe(c);
    const agreed = advanced(c, plus(APPLIED, 48), next.value);
    expect(agreed.history.at(-1)).toMatchObject({ at: plus(APPLIED, 48), rule: 'CSE-01' });
    expect(applyEvent(agreed, ev.buyerShipped(plus(APPLIED, 60), 'YT1'), next.value).ok).toBe(true);
    expect(agreed.policy.version).toBe(pdd.version);
  });
});

describe('CSE-07 follow-up', () => {
  const done = () =>
    walk(opened(order('paid'), request({ type: 'refund_only', reason: 'no_reason', requestedAt: '2025-03-01T12:00:00+08:00', evidence: [] })), [
      ev.agreed('2025-03-01T13:00:00+08:00'),
      ev.refundPaid('2025-03-01T13:05:00+08:00'),
    ]);

  it('CSE-07: after a case ends a follow-up visit is due, and it invites a review', () => {
    const c = done();
    expect(c.effects.at(-1)).toEqual({ type: 'follow_up_visit', dueAt: '2025-03-04T13:05:00+08:00', rule: 'CSE-07', at: '2025-03-01T13:05:00+08:00' });
    expect(deadlines(c, pdd)).toEqual([
      { party: 'merchant', action: 'follow_up_visit', dueAt: '2025-03-04T13:05:00+08:00', onTimeout: 'record_missed_follow_up', rule: 'CSE-07', since: '2025-03-01T13:05:00+08:00' },
    ]);
    const visited = walk(c, [ev.followedUp('2025-03-02T10:00:00+08:00')]);
    expect(visited.status).toBe('completed');
    expect(visited.effects.at(-1)).toEqual({ type: 'invite_review', rule: 'CSE-07', at: '2025-03-02T10:00:00+08:00' });
    expect(deadlines(visited, pdd)).toEqual([]);
    expect(refused(visited, ev.followedUp('2025-03-02T11:00:00+08:00'))).toMatchObject({ code: 'follow_up_already_recorded', rule: 'CSE-07' });
  });

  it('CSE-07: a missed follow-up is recorded when it falls due and leaves nothing pending', () => {
    const c = advanced(done(), '2025-04-01T00:00:00+08:00', pdd);
    expect(c.history.at(-1)).toEqual({ type: 'timed_out', at: '2025-03-04T13:05:00+08:00', actor: 'system', rule: 'CSE-07' });
    expect(c.followUp).toEqual({ missed: true });
    expect(deadlines(c, pdd)).toEqual([]);
  });
});

describe('CSE-08 liability', () => {
  it.each([
    ['no_reason', 'return_refund', 'buyer'],
    ['quality', 'return_refund', 'merchant'],
    ['wrong_item', 'exchange', 'merchant'],
    ['missing_item', 'resend', 'merchant'],
    ['damaged_in_transit', 'return_refund', 'courier'],
  ] as const)('CSE-08: a %s %s case records %s as liable', (reason, type, party) => {
    expect(opened(order(), request({ reason, type })).liableParty).toBe(party);
  });

  it('CSE-08: a ruling moves liability to the losing side, but a courier’s stays with the courier', () => {
    const damaged = walk(opened(order(), request({ reason: 'damaged_in_transit' })), [ev.refusedByMerchant(plus(APPLIED, 1)), ev.escalated(plus(APPLIED, 2))]);
    const closed = advanced(damaged, plus(APPLIED, 60), pdd);
    expect(walk(closed, [ev.ruled(plus(APPLIED, 61), 'buyer')]).liableParty).toBe('courier');
    const quality = advanced(inIntervention(), plus(APPLIED, 60), pdd);
    expect(walk(quality, [ev.ruled(plus(APPLIED, 61), 'buyer')]).liableParty).toBe('merchant');
  });
});
