import { describe, expect, it } from 'vitest';
import { checkEligibility, policies } from '../../src/index.js';
import { anOrder, aRequest } from '../fixtures/factories.js';
import { codes, verdict } from './helpers.js';

const unshipped = anOrder({ shippedAt: undefined, signedAt: undefined });
const inTransit = anOrder({ signedAt: undefined });
const checkEligibilityOf = (order: ReturnType<typeof anOrder>) =>
  checkEligibility(order, aRequest({ type: 'refund_only' }), policies.pinduoduo);

describe('ELG-01: unpaid orders', () => {
  it('ELG-01: an unpaid order has no after-sales, whatever is asked', () => {
    const unpaid = anOrder({ paidAt: undefined, payments: [], shippedAt: undefined, signedAt: undefined });
    const request = aRequest({ type: 'refund_only', reason: 'quality' });
    expect(codes(unpaid, request)).toContain('order_unpaid:deny');
    expect(verdict(unpaid, request)).toBe('denied');
  });

  it('ELG-01: an order paid after the request instant was still unpaid when the buyer asked', () => {
    const order = anOrder({ shippedAt: undefined, signedAt: undefined, paidAt: '2025-03-05T09:00:00.001+08:00' });
    expect(codes(order, aRequest({ type: 'refund_only' }))).toContain('order_unpaid:deny');
  });
});

describe('ELG-02 / ELG-03: group buys (PDD)', () => {
  it('ELG-02: a pending group buy cannot be refunded by application', () => {
    const order = anOrder({ shippedAt: undefined, signedAt: undefined, groupBuy: { status: 'pending' } });
    expect(codes(order, aRequest({ type: 'refund_only' }))).toEqual(['group_buy_pending:deny', 'not_shipped_refund_only:info']);
  });

  it('ELG-03: a failed group buy is refunded automatically; the application is refused and points to RFT-01', () => {
    const order = anOrder({ shippedAt: undefined, signedAt: undefined, groupBuy: { status: 'failed', failedAt: '2025-02-28T10:00:00+08:00' } });
    const e = checkEligibilityOf(order);
    expect(e.verdict).toBe('denied');
    expect(e.reasons[0]).toEqual({
      code: 'group_buy_failed_auto_refund',
      rule: 'ELG-03',
      effect: 'deny',
      params: { refundRule: 'RFT-01', failedAt: '2025-02-28T10:00:00+08:00' },
    });
  });

  it('ELG-02 / ELG-03: a succeeded group buy is an ordinary order, and Taobao has no group-buy rules', () => {
    expect(verdict(anOrder({ shippedAt: undefined, signedAt: undefined, groupBuy: { status: 'succeeded' } }), aRequest({ type: 'refund_only' }))).toBe('allowed');
    const pending = anOrder({ shippedAt: undefined, signedAt: undefined, groupBuy: { status: 'pending' } });
    expect(codes(pending, aRequest({ type: 'refund_only' }), policies.taobao)).toEqual(['not_shipped_refund_only:info']);
  });
});


describe('ELG-04: before shipment only refund_only applies, at once', () => {
  it('ELG-04: a refund-only before shipment is allowed for any reason, with an explanation', () => {
    for (const reason of ['no_reason', 'quality', 'not_received'] as const) {
      expect(codes(unshipped, aRequest({ type: 'refund_only', reason }))).toEqual(['not_shipped_refund_only:info']);
      expect(verdict(unshipped, aRequest({ type: 'refund_only', reason }))).toBe('allowed');
    }
  });

  it('ELG-04: a return, exchange, repair or counterfeit claim before shipment is denied', () => {
    for (const type of ['return_refund', 'exchange', 'repair', 'counterfeit_claim'] as const) {
      expect(codes(unshipped, aRequest({ type }))).toContain('not_shipped_refund_only:deny');
    }
  });

  it('ELG-04: a shipment stamped after the request had not happened yet', () => {
    const order = anOrder({ signedAt: undefined, shippedAt: '2025-03-05T09:00:01+08:00' });
    expect(codes(order, aRequest({ type: 'refund_only' }))).toEqual(['not_shipped_refund_only:info']);
  });
});

describe('ELG-05: shipped but not signed', () => {
  it('ELG-05: refund-only is conditional on refusing delivery (拒收)', () => {
    expect(codes(inTransit, aRequest({ type: 'refund_only' }))).toEqual(['refuse_delivery_required:condition']);
    expect(verdict(inTransit, aRequest({ type: 'refund_only' }))).toBe('conditional');
  });

  it('ELG-05: returns and exchanges wait for signing', () => {
    expect(codes(inTransit, aRequest({ type: 'return_refund' }))).toEqual(['awaiting_signature:deny']);
    expect(codes(inTransit, aRequest({ type: 'exchange', reason: 'quality' }))).toEqual(['awaiting_signature:deny']);
  });

  it('ELG-05: a signing stamped after the request had not happened yet', () => {
    const order = anOrder({ signedAt: '2025-03-05T09:00:00.001+08:00' });
    expect(codes(order, aRequest({ type: 'return_refund' }))).toEqual(['awaiting_signature:deny']);
  });
});
