import { describe, expect, it } from 'vitest';
import { assess, policies, type Assessment } from '../../src/index.js';
import { anOrder, aRequest } from '../fixtures/factories.js';

const value = (input: unknown): Assessment => {
  const r = assess(input);
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
};

// anOrder(): paid, shipped, signed 2025-03-01T10:00+08:00, one ¥19.90 WeChat payment; the ELG-06 window closes 03-09T00:00.

describe('first deadlines, earliest first', () => {
  it('ELG-06 / CSE-01: late in the window, the window closes before the merchant must answer', () => {
    const r = value({ policy: 'pinduoduo', order: anOrder(), request: aRequest({ requestedAt: '2025-03-08T10:00:00+08:00' }) });
    expect(r.deadlines).toEqual([
      { party: 'buyer', action: 'apply', dueAt: '2025-03-09T00:00:00+08:00', onTimeout: 'window_closes', rule: 'ELG-06' },
      { party: 'merchant', action: 'respond', dueAt: '2025-03-10T10:00:00+08:00', onTimeout: 'system_agrees', rule: 'CSE-01' },
    ]);
  });

  it('CSE-01 / ELG-06: deadlines due at the same instant keep their order, the merchant\'s answer first', () => {
    const r = value({ policy: 'pinduoduo', order: anOrder(), request: aRequest({ requestedAt: '2025-03-07T00:00:00+08:00' }) });
    expect(r.deadlines.map((d) => [d.rule, d.dueAt])).toEqual([
      ['CSE-01', '2025-03-09T00:00:00+08:00'],
      ['ELG-06', '2025-03-09T00:00:00+08:00'],
    ]);
  });

  it('ELG-09: a merchant\'s own application on the buyer\'s behalf starts no CSE-01 clock, but the window still closes', () => {
    const r = value({
      policy: 'pinduoduo',
      order: anOrder(),
      request: aRequest({ type: 'return_refund', reason: 'quality', evidence: [{ kind: 'photo' }], initiatedBy: 'merchant' }),
    });
    expect(r.deadlines).toEqual([{ party: 'buyer', action: 'apply', dueAt: '2025-03-09T00:00:00+08:00', onTimeout: 'window_closes', rule: 'ELG-09' }]);
  });

  it('CSE-01: a request on no signing window has only the merchant\'s answer to wait for', () => {
    const r = value({ policy: 'taobao', order: anOrder({ shippedAt: undefined, signedAt: undefined }), request: aRequest({ type: 'refund_only' }) });
    expect(r.deadlines).toEqual([{ party: 'merchant', action: 'respond', dueAt: '2025-03-08T09:00:00+08:00', onTimeout: 'system_agrees', rule: 'CSE-01' }]);
  });
});

describe('RFT-01: the automatic refund of a failed group buy', () => {
  const failed = (extra: Parameters<typeof anOrder>[0] = {}) =>
    anOrder({ shippedAt: undefined, signedAt: undefined, groupBuy: { status: 'failed', failedAt: '2025-02-28T02:00:00Z' }, ...extra });

  it('RFT-01: the failure instant is printed in the policy zone, and the platform must issue within 24 h of it', () => {
    const r = value({ policy: 'pinduoduo', order: failed(), request: aRequest({ type: 'refund_only' }) });
    expect(r.refund).toMatchObject({ status: 'automatic', amountFen: 1990, failedAt: '2025-02-28T10:00:00+08:00' });
    expect(r.deadlines).toEqual([
      { party: 'platform', action: 'issue_refund', dueAt: '2025-03-01T10:00:00+08:00', onTimeout: 'contact_platform_service', rule: 'RFT-01' },
    ]);
  });

  it('RFT-01 / ELG-13: an order already refunded in full has nothing left to send: no arrival', () => {
    const r = value({ policy: 'pinduoduo', order: failed({ afterSales: { refundedFen: 1990 } }), request: aRequest({ type: 'refund_only' }) });
    expect(r.refund).toEqual({ status: 'automatic', rule: 'RFT-01', amountFen: 0, failedAt: '2025-02-28T10:00:00+08:00', arrival: null });
  });

  it('ELG-02: a Taobao order has no group-buy rules, so a failed group buy is an ordinary refund on approval', () => {
    const r = value({ policy: 'taobao', order: failed(), request: aRequest({ type: 'refund_only' }) });
    expect(r.refund).toMatchObject({ status: 'on_approval', amountFen: 1990 });
    expect(r.deadlines.map((d) => d.rule)).toEqual(['CSE-01']);
  });
});

describe('RFT-02…07: the refund on approval', () => {
  it('ELG-13: a partial refund asked for is the amount refunded', () => {
    const r = value({ policy: 'pinduoduo', order: anOrder(), request: aRequest({ type: 'refund_only', reason: 'missing_item', amountFen: 500 }) });
    expect(r.refund).toMatchObject({ status: 'on_approval', amountFen: 500, approvedAt: '2025-03-05T09:00:00+08:00', arrival: { ok: true, value: { rule: 'RFT-02' } } });
  });

  it('RFT-07: a payment whose share rounds to nothing gets no leg, so one leg answers as its method', () => {
    const order = anOrder({
      payments: [{ method: 'wechat_pay', amountFen: 1 }, { method: 'credit_card', amountFen: 99_999 }],
      items: [{ sku: 'case-1', priceFen: 100_000, quantity: 1 }],
    });
    const r = value({ policy: 'pinduoduo', order, request: aRequest({ type: 'refund_only', reason: 'missing_item', amountFen: 50 }) });
    expect(r.refund).toEqual({
      status: 'on_approval',
      amountFen: 50,
      approvedAt: '2025-03-05T09:00:00+08:00',
      arrival: { ok: true, value: { earliest: '2025-03-08T09:00:00+08:00', latest: '2025-03-12T09:00:00+08:00', rule: 'RFT-04' } },
    });
  });
});

describe('RFT-06: return flows wait for the goods', () => {
  it('RFT-06 / RFT-07: each leg carries its method\'s own terms, counted once the refund is issued', () => {
    const order = anOrder({ payments: [{ method: 'wechat_pay', amountFen: 990 }, { method: 'debit_card', amountFen: 1000 }] });
    const r = value({ policy: 'pinduoduo', order, request: aRequest({ reason: 'quality', evidence: [{ kind: 'photo' }] }) });
    expect(r.refund).toEqual({
      status: 'after_goods_received',
      rule: 'RFT-06',
      amountFen: 1990,
      deductedFen: 0,
      clockStartsAt: 'goods_received',
      refundWithinDays: 7,
      legs: [
        { method: 'wechat_pay', amountFen: 990, rule: 'RFT-02', unit: 'hours', min: 0, max: 24, holidayDelayed: true },
        { method: 'debit_card', amountFen: 1000, rule: 'RFT-03', unit: 'calendar_days', min: 2, max: 6, holidayDelayed: false },
      ],
    });
  });

  it('RFT-06 / ELG-15: a counterfeit claim is a return flow: the money follows the goods', () => {
    const r = value({
      policy: 'taobao',
      order: anOrder(),
      request: aRequest({ type: 'counterfeit_claim', reason: 'counterfeit', evidence: [{ kind: 'appraisal', confirmsCounterfeit: true }] }),
    });
    expect(r.refund).toMatchObject({ status: 'after_goods_received', amountFen: 1990, deductedFen: 0 });
  });

  it('FRT-07: the deduction never exceeds the refund', () => {
    const order = anOrder({
      payments: [{ method: 'wechat_pay', amountFen: 11_000 }],
      items: [{ sku: 'mug', priceFen: 6000, quantity: 1 }, { sku: 'plate', priceFen: 5000, quantity: 1 }],
      freeShipping: { thresholdFen: 9900, postageFen: 800 },
    });
    const r = value({ policy: 'pinduoduo', order, request: aRequest({ skus: ['plate'], amountFen: 500 }) });
    expect(r.refund).toMatchObject({ status: 'after_goods_received', amountFen: 0, deductedFen: 500, legs: [] });
  });

  it('CSE-05: a repair moves goods and no money', () => {
    const r = value({ policy: 'pinduoduo', order: anOrder(), request: aRequest({ type: 'repair', reason: 'quality', evidence: [{ kind: 'photo' }] }) });
    expect(r.refund).toEqual({ status: 'none', why: 'no_money_back' });
  });
});

describe('edges of the outlook', () => {
  it('FRT-02: an exchange on an order already refunded in full still moves no money', () => {
    const r = value({
      policy: 'pinduoduo',
      order: anOrder({ afterSales: { refundedFen: 1990 } }),
      request: aRequest({ type: 'exchange', reason: 'wrong_item', evidence: [{ kind: 'photo' }] }),
    });
    expect(r.eligibility.refundableFen).toBe(0);
    expect(r.refund).toEqual({ status: 'none', why: 'no_money_back' });
  });

  it('RFT-01: a policy with group buys but no automatic-refund terms treats the failure as an approval and sets no platform deadline', () => {
    const policy = { ...policies.pinduoduo, refund: { ...policies.pinduoduo.refund, groupBuyFailed: null } };
    const order = anOrder({ shippedAt: undefined, signedAt: undefined, groupBuy: { status: 'failed', failedAt: '2025-06-03T12:00:00+08:00' } });
    const r = value({ policy, order, request: aRequest({ type: 'refund_only' }) });
    expect(r.refund).toEqual({
      status: 'automatic',
      rule: 'RFT-01',
      amountFen: 1990,
      failedAt: '2025-06-03T12:00:00+08:00',
      arrival: { ok: true, value: { earliest: '2025-06-03T12:00:00+08:00', latest: '2025-06-04T12:00:00+08:00', rule: 'RFT-02' } },
    });
    expect(r.deadlines).toEqual([]);
  });
});
