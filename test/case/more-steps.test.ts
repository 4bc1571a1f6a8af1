import { describe, expect, it } from 'vitest';
import { appendEffects } from '../../src/case/apply-event.js';
import { deadlines } from '../../src/case/deadlines.js';
import { logisticsGuidance } from '../../src/case/logistics.js';
import { record } from '../../src/case/record.js';
import { replay } from '../../src/case/replay.js';
import type { AfterSalesCase } from '../../src/model/case.js';
import { APPLIED, ev, opened, order, pdd, plus, request, SIGNED, walk } from './fixtures.js';
import { advanced } from '../results.js';

const pddReturn = () => opened(order(), request());
const inIntervention = () => walk(pddReturn(), [ev.refusedByMerchant(plus(APPLIED, 1)), ev.escalated(plus(APPLIED, 2))]);
const WORK_ORDER = plus(APPLIED, 2);
const resendByBuyer = () => opened(order(), request({ type: 'resend', reason: 'missing_item', evidence: [] }));

describe('milestones and facts a step records', () => {
  it('RSD-05: escalation, delivery and the ruling stamp their instants', () => {
    expect(inIntervention().milestones.interventionAt).toBe(WORK_ORDER);
    const shipped = walk(resendByBuyer(), [ev.stock(plus(APPLIED, 1), true), ev.agreed(plus(APPLIED, 2)), ev.merchantShipped(plus(APPLIED, 3), 'SF1')]);
    expect(walk(shipped, [ev.delivered(plus(APPLIED, 30))]).milestones.deliveredAt).toBe(plus(APPLIED, 30));
  });

  it('RSD-02: a stock check that finds stock offers no refund', () => {
    const c = walk(resendByBuyer(), [ev.stock(plus(APPLIED, 1), true)]);
    expect(c.stock).toEqual({ available: true, checkedAt: plus(APPLIED, 1) });
    expect(c).not.toHaveProperty('confirmation');
    expect(walk(resendByBuyer(), [ev.stock(plus(APPLIED, 1), false)]).confirmation).toBe('refund_offer');
  });

  it('RSD-02: once an offered refund lapses back, the merchant’s response window runs again', () => {
    const lapsed = advanced(walk(resendByBuyer(), [ev.stock(plus(APPLIED, 1), false)]), plus(APPLIED, 49), pdd);
    expect(lapsed.status).toBe('awaiting_merchant');
    expect(deadlines(lapsed, pdd)).toEqual([
      { party: 'merchant', action: 'respond', dueAt: plus(APPLIED, 49 + 48), onTimeout: 'system_agrees', rule: 'CSE-01', since: plus(APPLIED, 49) },
    ]);
  });

  it('CSE-04: after a ruling that follows a closed evidence window, the return deadline runs', () => {
    const closed = advanced(inIntervention(), plus(WORK_ORDER, 48), pdd);
    const ruled = walk(closed, [ev.ruled(plus(WORK_ORDER, 50), 'buyer')]);
    expect(ruled.status).toBe('awaiting_return');
    expect(deadlines(ruled, pdd)).toHaveLength(1);
    expect(deadlines(ruled, pdd)[0]).toMatchObject({ party: 'buyer', action: 'ship_return', rule: 'CSE-04', since: plus(WORK_ORDER, 50) });
  });

  it('CSE-07: a case that went through an intervention records its missed follow-up as such', () => {
    const withdrawn = walk(inIntervention(), [ev.withdrew(plus(WORK_ORDER, 1))]);
    expect(withdrawn.status).toBe('closed');
    const missed = advanced(withdrawn, plus(WORK_ORDER, 24 * 30), pdd);
    expect(missed.followUp).toEqual({ missed: true });
    expect(missed.intervention).toEqual(withdrawn.intervention);
  });

  it('CSE-03: evidence after the case left its intervention does not count toward it', () => {
    const c = { ...inIntervention(), status: 'awaiting_merchant' } as AfterSalesCase;
    expect(record(c, ev.evidence(plus(WORK_ORDER, 1), 'buyer')).intervention).toBeUndefined();
  });

  it('CSE-04: only the return-receipt timeout counts the goods as received', () => {
    const inTransit = { ...pddReturn(), status: 'return_in_transit' } as AfterSalesCase;
    expect(record(inTransit, { type: 'timed_out', at: plus(APPLIED, 1), actor: 'system', rule: 'RSD-01' }).milestones).toBeUndefined();
    expect(record(inTransit, { type: 'timed_out', at: plus(APPLIED, 1), actor: 'system', rule: 'CSE-04' }).milestones?.receivedAt).toBe(plus(APPLIED, 1));
  });
});

describe('steps and timeouts', () => {
  it('CSE-01: the system may record a timeout after its due instant; other events must wait for it', () => {
    const late = walk(pddReturn(), [{ type: 'timed_out', at: plus(APPLIED, 49), actor: 'system', rule: 'CSE-01' }]);
    expect(late.status).toBe('awaiting_return');
    expect(late.milestones.agreedAt).toBe(plus(APPLIED, 49));
  });

  it('CSE-06: appending no effects keeps the very same log', () => {
    const c = pddReturn();
    expect(appendEffects(c.effects, [undefined, ['pay_compensation']], c, undefined, APPLIED, 'CSE-06')).toBe(c.effects);
    const grown = appendEffects(c.effects, [['invite_review']], c, undefined, APPLIED, 'CSE-07');
    expect(grown).not.toBe(c.effects);
    expect(c.effects).toHaveLength(1);
    expect(grown).toEqual([...c.effects, { type: 'invite_review', rule: 'CSE-07', at: APPLIED }]);
  });
});

describe('opening', () => {
  it('CSE-08: a parcel never shipped that the buyer says never came is the merchant’s doing', () => {
    const c = opened(order('paid'), request({ type: 'refund_only', reason: 'not_received', requestedAt: '2025-03-01T12:00:00+08:00', evidence: [] }));
    expect(c.liableParty).toBe('merchant');
  });

  it('LOG-02: a parcel signed only after the request was in transit when the buyer asked', () => {
    const g = logisticsGuidance(order('signed', { signedAt: '2025-03-05T10:00:00+08:00' }), request({ type: 'refund_only', reason: 'not_received', requestedAt: APPLIED }));
    expect(g.verifyBeforeRemedy).toBe(false);
    expect(g.actions.map((a) => a.rule)).toEqual(['LOG-02', 'LOG-01']);
    expect(logisticsGuidance(order('signed'), request({ type: 'refund_only', reason: 'not_received', requestedAt: SIGNED })).verifyBeforeRemedy).toBe(true);
  });

  it('CSE-06: a whole-order refund is what was paid and not yet refunded, postage included', () => {
    const withPostage = order('signed', { payments: [{ method: 'wechat_pay', amountFen: 4980 }] });
    expect(opened(withPostage, request()).money.refundFen).toBe(4980);
    expect(opened(withPostage, request({ skus: ['case-1'] })).money.refundFen).toBe(3980);
  });

  it('ELG-12: a warning does not become a condition of the case', () => {
    const history = [
      { openedAt: '2025-03-03T12:00:00+08:00', outcome: 'withdrawn' },
      { openedAt: '2025-03-03T13:00:00+08:00', outcome: 'withdrawn' },
    ] as const;
    const o = order('signed', { afterSales: { refundedFen: 0, history: [...history] } } as never);
    const c = opened(o, request());
    expect(c.conditions.map((r) => r.effect)).not.toContain('warn');
    expect(c.conditions).toEqual(c.conditions.filter((r) => r.effect === 'condition'));
  });

  it('CSE-06: an ineligible replay names the rule that denied it, not a warning’s', () => {
    const history = [
      { openedAt: '2025-03-03T12:00:00+08:00', outcome: 'withdrawn' },
      { openedAt: '2025-03-03T13:00:00+08:00', outcome: 'withdrawn' },
    ] as const;
    const o = order('signed', { afterSales: { refundedFen: 0, history: [...history] } } as never);
    const tooMuch = request({ amountFen: 999_999 });
    const r = replay(o, tooMuch, [], pdd);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      if (r.error.code !== 'not_eligible') throw new Error(`expected not_eligible, got ${r.error.code}`);
      expect(r.error.issues.map((x) => [x.rule, x.effect])).toEqual([
        ['ELG-12', 'warn'],
        ['ELG-13', 'deny'],
      ]);
    }
  });
});

describe('returns with a ruling', () => {
  it('CSE-02: the return ruled for the buyer tells both sides and names the return address step', () => {
    const closed = advanced(inIntervention(), plus(WORK_ORDER, 48), pdd);
    const ruled = walk(closed, [ev.ruled(plus(WORK_ORDER, 50), 'buyer'), ev.buyerShipped(plus(WORK_ORDER, 51), 'YT9')]);
    expect(ruled.status).toBe('return_in_transit');
    expect(walk(ruled, [ev.received(plus(WORK_ORDER, 52))]).status).toBe('refunding');
  });
});
