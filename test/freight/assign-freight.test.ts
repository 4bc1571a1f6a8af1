import { describe, expect, it } from 'vitest';
import { assignFreight } from './assign.js';
import { OrderSchema, type Order } from '../../src/index.js';
import { anOrder, aRequest } from '../fixtures/factories.js';
import { PDD, policyWith, TAOBAO } from '../refund/helpers.js';

const NONE = { returnLeg: null, forwardLeg: null, reimbursement: null, deduction: null };

describe('FRT-01: no reason, the buyer pays', () => {
  it('FRT-01: a no-reason return: the buyer pays the return leg', () => {
    expect(assignFreight(anOrder(), aRequest(), PDD)).toEqual({ ...NONE, returnLeg: { payer: 'buyer', rule: 'FRT-01' } });
  });

  it('FRT-01: a no-reason exchange: the buyer pays both legs', () => {
    expect(assignFreight(anOrder(), aRequest({ type: 'exchange' }), TAOBAO)).toEqual({
      ...NONE,
      returnLeg: { payer: 'buyer', rule: 'FRT-01' },
      forwardLeg: { payer: 'buyer', rule: 'FRT-01' },
    });
  });

  it('FRT-01: unless the policy says the merchant ships the replacement', () => {
    const p = policyWith(TAOBAO, { freight: { exchangeBuyerPaysBothLegs: false } });
    expect(assignFreight(anOrder(), aRequest({ type: 'exchange' }), p).forwardLeg).toEqual({ payer: 'merchant', rule: 'FRT-01' });
  });
});

describe('FRT-02: the merchant at fault pays the round trip', () => {
  it('FRT-02: a quality return: the merchant pays the return leg', () => {
    expect(assignFreight(anOrder(), aRequest({ reason: 'quality' }), PDD)).toEqual({ ...NONE, returnLeg: { payer: 'merchant', rule: 'FRT-02' } });
  });

  it('FRT-02: a wrong-item exchange: the merchant pays both legs', () => {
    expect(assignFreight(anOrder(), aRequest({ type: 'exchange', reason: 'wrong_item' }), PDD)).toEqual({
      ...NONE,
      returnLeg: { payer: 'merchant', rule: 'FRT-02' },
      forwardLeg: { payer: 'merchant', rule: 'FRT-02' },
    });
  });

  it('FRT-02: a repair for a defect goes back and out at the merchant\'s cost', () => {
    const f = assignFreight(anOrder(), aRequest({ type: 'repair', reason: 'quality' }), TAOBAO);
    expect([f.returnLeg?.payer, f.forwardLeg?.payer]).toEqual(['merchant', 'merchant']);
  });

  it('FRT-02: freight insurance is not used when the merchant pays anyway', () => {
    expect(assignFreight(anOrder({ freightInsurance: { holder: 'buyer' } }), aRequest({ reason: 'not_as_described' }), TAOBAO).reimbursement).toBeNull();
  });
});

describe('FRT-03: freight insurance reimburses the buyer', () => {
  it('FRT-03: with the buyer\'s insurance the buyer stays payer of record and the insurer pays it back', () => {
    expect(assignFreight(anOrder({ freightInsurance: { holder: 'buyer' } }), aRequest(), TAOBAO)).toEqual({
      ...NONE,
      returnLeg: { payer: 'buyer', rule: 'FRT-01' },
      reimbursement: { by: 'insurer', rule: 'FRT-03' },
    });
  });

  it('FRT-03: a merchant\'s weekly subscription covers an order paid inside the paid period', () => {
    const order = anOrder({ paidAt: '2025-02-27T23:59:00+08:00', freightInsurance: { holder: 'merchant', periodStartedAt: '2025-02-21T00:00:00+08:00' } });
    expect(assignFreight(order, aRequest(), PDD).reimbursement).toEqual({ by: 'insurer', rule: 'FRT-03' });
  });

  it('FRT-03: …and not an order paid once the 7-day period has run out', () => {
    const order = anOrder({ paidAt: '2025-02-28T00:00:00+08:00', shippedAt: '2025-02-28T18:00:00+08:00', freightInsurance: { holder: 'merchant', periodStartedAt: '2025-02-21T00:00:00+08:00' } });
    expect(assignFreight(order, aRequest(), TAOBAO).reimbursement).toBeNull();
  });

  it('FRT-03: …nor one paid before the period started', () => {
    const order = anOrder({ freightInsurance: { holder: 'merchant', periodStartedAt: '2025-02-28T00:00:00+08:00' } });
    expect(assignFreight(order, aRequest(), TAOBAO).reimbursement).toBeNull();
  });
});

describe('FRT-04: PDD return-freight subsidy', () => {
  it('FRT-04: the platform bears the return leg and pays the buyer within 24 h of the merchant agreeing', () => {
    expect(assignFreight(anOrder({ returnFreightSubsidy: true }), aRequest(), PDD)).toEqual({
      ...NONE,
      returnLeg: { payer: 'platform', rule: 'FRT-04' },
      reimbursement: { by: 'platform', rule: 'FRT-04', dueWithinHours: 24 },
    });
  });

  it('FRT-04: once the agreement instant is known, the subsidy is due by agreement + 24 h', () => {
    const f = assignFreight(anOrder({ returnFreightSubsidy: true }), aRequest(), PDD, { merchantAgreedAt: '2025-03-06T02:00:00Z' });
    expect(f.reimbursement).toEqual({ by: 'platform', rule: 'FRT-04', dueWithinHours: 24, dueBy: '2025-03-07T10:00:00+08:00' });
  });

  it('FRT-04: the subsidy takes precedence over freight insurance', () => {
    const f = assignFreight(anOrder({ returnFreightSubsidy: true, freightInsurance: { holder: 'buyer' } }), aRequest(), PDD);
    expect(f.reimbursement?.rule).toBe('FRT-04');
  });

  it('FRT-04: a policy without the subsidy (Taobao) leaves the buyer paying, whatever the order says', () => {
    expect(assignFreight(anOrder({ returnFreightSubsidy: true }), aRequest(), TAOBAO).returnLeg).toEqual({ payer: 'buyer', rule: 'FRT-01' });
  });

  it('FRT-04: a quality return is the merchant\'s, not the subsidy\'s', () => {
    expect(assignFreight(anOrder({ returnFreightSubsidy: true }), aRequest({ reason: 'quality' }), PDD).returnLeg).toEqual({ payer: 'merchant', rule: 'FRT-02' });
  });
});

describe('FRT-05: a penalized merchant refunds the freight', () => {
  it('FRT-05: an appraisal confirming counterfeit goods (PEN-04) puts the return leg on the merchant', () => {
    const request = aRequest({ type: 'counterfeit_claim', reason: 'counterfeit', evidence: [{ kind: 'appraisal', confirmsCounterfeit: true }] });
    expect(assignFreight(anOrder(), request, TAOBAO)).toEqual({ ...NONE, returnLeg: { payer: 'merchant', rule: 'FRT-05' } });
  });

  it('FRT-05: a penalty found elsewhere (PEN-01) makes the merchant pay even a no-reason exchange', () => {
    const f = assignFreight(anOrder(), aRequest({ type: 'exchange' }), PDD, { penalties: ['PEN-01'] });
    expect([f.returnLeg, f.forwardLeg]).toEqual([{ payer: 'merchant', rule: 'FRT-05' }, { payer: 'merchant', rule: 'FRT-05' }]);
  });
});

describe('FRT-06: resend', () => {
  it('FRT-06: the merchant pays the reshipment and nothing comes back', () => {
    expect(assignFreight(anOrder(), aRequest({ type: 'resend', reason: 'missing_item' }), PDD)).toEqual({ ...NONE, forwardLeg: { payer: 'merchant', rule: 'FRT-06' } });
  });
});

describe('FRT-07: a return that breaks free shipping', () => {
  // ¥60 + ¥50 reached the ¥99 free-shipping threshold; ¥8 postage was waived.
  const freeShipped = (): Order =>
    anOrder({
      payments: [{ method: 'wechat_pay', amountFen: 11_000 }],
      items: [{ sku: 'mug', priceFen: 6000, quantity: 1 }, { sku: 'plate', priceFen: 5000, quantity: 1 }],
      freeShipping: { thresholdFen: 9900, postageFen: 800 },
    });

  it('FRT-07: returning the ¥50 plate leaves ¥60 < ¥99, so the merchant may deduct the ¥8 postage', () => {
    expect(assignFreight(freeShipped(), aRequest({ skus: ['plate'] }), PDD).deduction).toEqual({ amountFen: 800, rule: 'FRT-07' });
  });

  it('FRT-07: a whole-order return, a fault reason, or a policy that forbids it deducts nothing', () => {
    expect(assignFreight(freeShipped(), aRequest(), PDD).deduction).toBeNull();
    expect(assignFreight(freeShipped(), aRequest({ skus: ['mug', 'plate'] }), PDD).deduction).toBeNull();
    expect(assignFreight(freeShipped(), aRequest({ skus: ['plate'], reason: 'quality' }), PDD).deduction).toBeNull();
    expect(assignFreight(freeShipped(), aRequest({ skus: ['plate'] }), policyWith(PDD, { freight: { deductOutboundPostage: false } })).deduction).toBeNull();
  });

  it('FRT-07: items kept that still reach the threshold deduct nothing', () => {
    const order = { ...freeShipped(), freeShipping: { thresholdFen: 5000, postageFen: 800 } };
    expect(assignFreight(order, aRequest({ skus: ['mug'] }), PDD).deduction).toBeNull();
  });

  it('FRT-07: the order schema takes freeShipping only with no shippingFen and a reached threshold', () => {
    expect(OrderSchema.safeParse(freeShipped()).success).toBe(true);
    const bad = OrderSchema.safeParse({
      ...freeShipped(),
      shippingFen: 500,
      payments: [{ method: 'wechat_pay', amountFen: 11_500 }],
      freeShipping: { thresholdFen: 20_000, postageFen: 800 },
    });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['shippingFen', 'freeShipping.thresholdFen']);
  });
});

describe('refund-only moves no parcel', () => {
  it('FRT-01 / FRT-02: a refund-only, before shipment or after, has no legs at all', () => {
    expect(assignFreight(anOrder({ shippedAt: undefined, signedAt: undefined }), aRequest({ type: 'refund_only' }), PDD)).toEqual(NONE);
    expect(assignFreight(anOrder(), aRequest({ type: 'refund_only', reason: 'quality' }), TAOBAO)).toEqual(NONE);
  });
});
