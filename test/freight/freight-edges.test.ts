import { describe, expect, it } from 'vitest';
import { assignFreight } from './assign.js';
import { assignFreight as assignFreightResult, type Order } from '../../src/index.js';
import { merchantPenalized } from '../../src/freight/freight-legs.js';
import { insuranceCovers } from '../../src/freight/reimbursement.js';
import { anOrder, aRequest } from '../fixtures/factories.js';
import { PDD, TAOBAO } from '../refund/helpers.js';

// ¥60 mug + ¥50 plate won free shipping at ¥99; ¥8 postage was waived.
const freeShipped = (free: Order['freeShipping'] = { thresholdFen: 9900, postageFen: 800 }): Order =>
  anOrder({
    payments: [{ method: 'wechat_pay', amountFen: 11_000 }],
    items: [{ sku: 'mug', priceFen: 6000, quantity: 1 }, { sku: 'plate', priceFen: 5000, quantity: 1 }],
    freeShipping: free,
  });

describe('FRT-07: when the outbound postage may be deducted', () => {
  it('FRT-07: items kept worth exactly the threshold still reach it, so nothing is deducted', () => {
    expect(assignFreight(freeShipped({ thresholdFen: 6000, postageFen: 800 }), aRequest({ skus: ['plate'] }), PDD).deduction).toBeNull();
    expect(assignFreight(freeShipped({ thresholdFen: 6001, postageFen: 800 }), aRequest({ skus: ['plate'] }), PDD).deduction).toEqual({
      amountFen: 800,
      rule: 'FRT-07',
    });
  });

  it('FRT-07: kept items count at price × quantity', () => {
    const order = anOrder({
      payments: [{ method: 'wechat_pay', amountFen: 11_000 }],
      items: [{ sku: 'cup', priceFen: 3000, quantity: 2 }, { sku: 'plate', priceFen: 5000, quantity: 1 }],
      freeShipping: { thresholdFen: 5900, postageFen: 800 },
    });
    expect(assignFreight(order, aRequest({ skus: ['plate'] }), PDD).deduction).toBeNull();
  });

  it('FRT-07: no postage was waived, so there is nothing to deduct', () => {
    expect(assignFreight(freeShipped({ thresholdFen: 9900, postageFen: 0 }), aRequest({ skus: ['plate'] }), PDD).deduction).toBeNull();
  });

  it('FRT-07: an exchange keeps the goods bought, so free shipping stands', () => {
    expect(assignFreight(freeShipped(), aRequest({ type: 'exchange', skus: ['plate'] }), PDD).deduction).toBeNull();
  });

  it('FRT-05 / FRT-07: a penalized merchant owes the freight and deducts nothing', () => {
    expect(assignFreight(freeShipped(), aRequest({ skus: ['plate'] }), PDD, { penalties: ['PEN-01'] }).deduction).toBeNull();
  });
});

describe('FRT-05: when the merchant counts as penalized', () => {
  const claim = (evidence: { kind: 'appraisal' | 'photo'; confirmsCounterfeit?: boolean }[]) =>
    aRequest({ type: 'counterfeit_claim', reason: 'counterfeit', evidence });

  it('FRT-05: an empty list of penalties is no penalty', () => {
    expect(merchantPenalized(aRequest(), [])).toBe(false);
    expect(assignFreight(anOrder(), aRequest(), PDD, { penalties: [] }).returnLeg).toEqual({ payer: 'buyer', rule: 'FRT-01' });
  });

  it('FRT-05: only an appraisal confirming counterfeit proves PEN-04, wherever it sits among the evidence', () => {
    expect(merchantPenalized(claim([{ kind: 'photo' }, { kind: 'appraisal', confirmsCounterfeit: true }]), undefined)).toBe(true);
    expect(merchantPenalized(claim([{ kind: 'photo', confirmsCounterfeit: true }]), undefined)).toBe(false);
    expect(merchantPenalized(claim([{ kind: 'appraisal', confirmsCounterfeit: false }]), undefined)).toBe(false);
    expect(merchantPenalized(claim([{ kind: 'appraisal' }]), undefined)).toBe(false);
    expect(merchantPenalized(aRequest({ type: 'counterfeit_claim', reason: 'counterfeit' }), undefined)).toBe(false);
  });

  it('FRT-05: a confirming appraisal under another reason is not PEN-04', () => {
    const r = aRequest({ reason: 'quality', evidence: [{ kind: 'appraisal', confirmsCounterfeit: true }] });
    expect(merchantPenalized(r, undefined)).toBe(false);
    expect(assignFreight(anOrder(), r, PDD).returnLeg).toEqual({ payer: 'merchant', rule: 'FRT-02' });
  });

  it('FRT-05: a penalized merchant pays the counterfeit claim\'s return leg, and a resend stays FRT-06', () => {
    const confirmed = claim([{ kind: 'appraisal', confirmsCounterfeit: true }]);
    expect(assignFreight(anOrder(), confirmed, TAOBAO)).toEqual({
      returnLeg: { payer: 'merchant', rule: 'FRT-05' },
      forwardLeg: null,
      reimbursement: null,
      deduction: null,
    });
    expect(assignFreight(anOrder(), aRequest({ type: 'resend', reason: 'missing_item' }), PDD, { penalties: ['PEN-02'] }).forwardLeg).toEqual({
      payer: 'merchant',
      rule: 'FRT-06',
    });
  });
});

describe('FRT-03: what freight insurance covers', () => {
  const merchantInsured = (paidAt: string): Order =>
    anOrder({ paidAt, freightInsurance: { holder: 'merchant', periodStartedAt: '2025-02-21T00:00:00+08:00' } });

  it('FRT-03: an order paid at the first instant of the paid period is covered; at its end it is not', () => {
    expect(insuranceCovers(merchantInsured('2025-02-21T00:00:00+08:00'), TAOBAO)).toBe(true);
    expect(insuranceCovers(merchantInsured('2025-02-20T23:59:59.999+08:00'), TAOBAO)).toBe(false);
    expect(insuranceCovers(merchantInsured('2025-02-27T23:59:59.999+08:00'), TAOBAO)).toBe(true);
    expect(insuranceCovers(merchantInsured('2025-02-28T00:00:00+08:00'), TAOBAO)).toBe(false);
  });

  it('FRT-03: a merchant subscription without a known period start is taken as cover', () => {
    expect(insuranceCovers(anOrder({ freightInsurance: { holder: 'merchant' } }), TAOBAO)).toBe(true);
  });

  it('FRT-03: an unpaid order, or one without insurance, is not covered', () => {
    expect(insuranceCovers(anOrder({ paidAt: undefined, freightInsurance: { holder: 'buyer' } }), TAOBAO)).toBe(false);
    expect(insuranceCovers(anOrder(), TAOBAO)).toBe(false);
  });

  it('FRT-03: insurance reimburses the buyer only, not a platform or merchant leg', () => {
    const insured = anOrder({ freightInsurance: { holder: 'buyer' } });
    expect(assignFreight(insured, aRequest({ reason: 'quality' }), TAOBAO).reimbursement).toBeNull();
    expect(assignFreight(insured, aRequest({ type: 'refund_only' }), TAOBAO).reimbursement).toBeNull();
  });
});

describe('FRT-04: the subsidy payout', () => {
  const subsidised = anOrder({ returnFreightSubsidy: true });

  it('FRT-04: the payout is due payoutHours after the agreement, printed in the policy zone', () => {
    expect(assignFreight(subsidised, aRequest(), PDD, { merchantAgreedAt: '2025-03-06T02:00:00Z' }).reimbursement).toEqual({
      by: 'platform',
      rule: 'FRT-04',
      dueWithinHours: 24,
      dueBy: '2025-03-07T10:00:00+08:00',
    });
  });

  it('FRT-04: an agreement instant that is not ISO-8601 with an offset is an invalid_input error at its path, never a throw', () => {
    for (const merchantAgreedAt of ['yesterday', '2025-03-06 10:00', '2025-03-06T10:00:00', 'December 6, 2025 10:00'])
      expect(assignFreightResult(subsidised, aRequest(), PDD, { merchantAgreedAt })).toEqual({
        ok: false,
        error: { code: 'invalid_input', issues: [{ code: 'invalid_format', path: ['merchantAgreedAt'], message: `not an ISO-8601 instant with an offset: ${JSON.stringify(merchantAgreedAt)}` }] },
      });
    expect(assignFreightResult(subsidised, aRequest(), PDD, { merchantAgreedAt: '2025-03-06T10:00:00+08:00' }).ok).toBe(true);
  });
});

describe('FRT-03 / FRT-07: absent facts', () => {
  it('FRT-03: a buyer\'s own insurance covers the order whatever subscription period it mentions', () => {
    const order = anOrder({ freightInsurance: { holder: 'buyer', periodStartedAt: '2024-01-01T00:00:00+08:00' } });
    expect(insuranceCovers(order, TAOBAO)).toBe(true);
  });

  it('FRT-07: a partial no-reason return on an order without free shipping deducts nothing', () => {
    const order = anOrder({
      payments: [{ method: 'wechat_pay', amountFen: 11_000 }],
      items: [{ sku: 'mug', priceFen: 6000, quantity: 1 }, { sku: 'plate', priceFen: 5000, quantity: 1 }],
    });
    expect(assignFreight(order, aRequest({ skus: ['plate'] }), PDD).deduction).toBeNull();
  });
});
