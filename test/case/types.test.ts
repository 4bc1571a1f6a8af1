import { describe, expect, it } from 'vitest';
import { APPLIED, ev, opened, order, pdd, plus, refused, request, taobao, walk } from './fixtures.js';
import { advanced } from '../results.js';

const ADDRESS = 'Repairs, 3 Service Rd';

describe('refund only before shipment', () => {
  it('ELG-04: the merchant agrees and the refund is paid at once', () => {
    const r = request({ type: 'refund_only', reason: 'no_reason', requestedAt: '2025-03-01T12:00:00+08:00', evidence: [] });
    const c = opened(order('paid'), r);
    expect(c).toMatchObject({ machine: 'refund_only_before_shipment', status: 'awaiting_merchant', liableParty: 'buyer' });
    const paid = walk(c, [ev.agreed('2025-03-01T12:30:00+08:00'), ev.refundPaid('2025-03-01T12:31:00+08:00')]);
    expect(paid).toMatchObject({ status: 'completed', outcome: 'refunded', milestones: { refundedAt: '2025-03-01T12:31:00+08:00' } });
    expect(paid.effects.filter((e) => e.type === 'pay_refund')).toEqual([{ type: 'pay_refund', amountFen: 3980, rule: 'CSE-01', at: '2025-03-01T12:30:00+08:00' }]);
  });

  it('CSE-06: a partial refund pays what was asked, never more than was refundable at opening', () => {
    const o = order('paid', { afterSales: { refundedFen: 1000 } });
    const asked = opened(o, request({ type: 'refund_only', reason: 'no_reason', requestedAt: '2025-03-01T12:00:00+08:00', amountFen: 1990 }));
    expect(asked.money).toEqual({ refundableFen: 2980, refundFen: 1990, compensationFen: 0 });
    const all = opened(o, request({ type: 'refund_only', reason: 'no_reason', requestedAt: '2025-03-01T12:00:00+08:00' }));
    expect(all.money.refundFen).toBe(2980);
  });
});

describe('counterfeit claim', () => {
  const pricey = () => order('signed', { payments: [{ method: 'alipay', amountFen: 19_900 }], items: [{ sku: 'bag-1', priceFen: 19_900, quantity: 1 }] });

  it('ELG-15: agreeing to a counterfeit claim without a confirming appraisal is refused', () => {
    const c = opened(pricey(), request({ type: 'counterfeit_claim', reason: 'counterfeit', evidence: [{ kind: 'photo' }] }), taobao);
    expect(c.conditions.map((r) => r.code)).toContain('appraisal_required');
    expect(refused(c, ev.agreed(plus(APPLIED, 1)), taobao)).toMatchObject({ code: 'appraisal_required', rule: 'ELG-15' });
  });

  it('PEN-04: on a confirming appraisal the merchant refunds and pays 10× the price on Taobao', () => {
    const c = opened(pricey(), request({ type: 'counterfeit_claim', reason: 'counterfeit', evidence: [{ kind: 'photo' }] }), taobao);
    const paid = walk(c, [ev.evidence(plus(APPLIED, 1), 'buyer', 'appraisal', true), ev.agreed(plus(APPLIED, 2)), ev.refundPaid(plus(APPLIED, 3))], taobao);
    expect(paid).toMatchObject({ status: 'completed', outcome: 'refunded', appraisal: 'confirms_counterfeit' });
    expect(paid.effects.filter((e) => e.type === 'pay_refund' || e.type === 'pay_compensation')).toEqual([
      { type: 'pay_refund', amountFen: 19_900, rule: 'PEN-04', at: plus(APPLIED, 2) },
      { type: 'pay_compensation', amountFen: 199_000, rule: 'PEN-04', at: plus(APPLIED, 2) },
    ]);
  });

  it('PEN-04: compensation is at least the legal ¥500 floor', () => {
    const c = opened(order(), request({ type: 'counterfeit_claim', reason: 'counterfeit', evidence: [{ kind: 'appraisal', confirmsCounterfeit: true }] }), pdd);
    expect(c.money.compensationFen).toBe(50_000);
  });

  it('CSE-01: the system’s agreement at the timeout refunds, with compensation only on a confirming appraisal', () => {
    const c = opened(pricey(), request({ type: 'counterfeit_claim', reason: 'counterfeit', evidence: [{ kind: 'photo' }] }), taobao);
    const agreed = advanced(c, plus(APPLIED, 72), taobao);
    expect(agreed.status).toBe('refunding');
    expect(agreed.effects.map((e) => e.type)).toContain('pay_refund');
    expect(agreed.effects.map((e) => e.type)).not.toContain('pay_compensation');
  });
});

describe('repair', () => {
  it('CSE-04: the goods go back, are repaired and come back with a tracking number', () => {
    const c = opened(order(), request({ type: 'repair', reason: 'quality' }));
    const done = walk(c, [
      ev.agreed(plus(APPLIED, 1), ADDRESS),
      ev.buyerShipped(plus(APPLIED, 2), 'YT5'),
      ev.received(plus(APPLIED, 30)),
      ev.merchantShipped(plus(APPLIED, 100), 'SF5'),
      ev.delivered(plus(APPLIED, 140)),
    ]);
    expect(done).toMatchObject({ status: 'completed', outcome: 'repaired' });
    expect(done.effects.filter((e) => e.type === 'pay_refund')).toEqual([]);
  });
});
