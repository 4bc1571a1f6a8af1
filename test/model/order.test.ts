import { describe, expect, it } from 'vitest';
import { AfterSalesRequestSchema, OrderSchema, parseOrder, parseRequest } from '../../src/index.js';
import { anOrder, aRequest } from '../fixtures/factories.js';

const issuesOf = (input: unknown) => {
  const r = parseOrder(input);
  return r.ok ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('OrderSchema (the model)', () => {
  it('accepts the factory order and an unpaid order with no payments', () => {
    expect(OrderSchema.safeParse(anOrder()).success).toBe(true);
    expect(
      OrderSchema.safeParse(anOrder({ paidAt: undefined, payments: [], shippedAt: undefined, signedAt: undefined })).success,
    ).toBe(true);
  });

  it('reports negative and fractional fen with their paths', () => {
    const issues = issuesOf(
      anOrder({ payments: [{ method: 'wechat_pay', amountFen: -1 }], items: [{ sku: 'a', priceFen: 19.9, quantity: 1 }] }),
    );
    expect(issues).toContain('payments.0.amountFen: fen must not be negative');
    expect(issues).toContain('items.0.priceFen: fen must be a whole number');
  });

  it('reports an unknown payment method', () => {
    expect(issuesOf(anOrder({ payments: [{ method: 'cash' as never, amountFen: 1990 }] }))[0]).toMatch(/^payments\.0\.method: /);
  });

  it('reports a date without offset and a string that is not a date', () => {
    const issues = issuesOf(anOrder({ paidAt: '2025-02-27T10:00:00', shippedAt: 'yesterday' }));
    expect(issues.some((i) => i.startsWith('paidAt: expected an ISO-8601 date-time with an offset'))).toBe(true);
    expect(issues.some((i) => i.startsWith('shippedAt: expected an ISO-8601'))).toBe(true);
    expect(issuesOf(anOrder({ paidAt: '2025-02-30T10:00:00+08:00' }))).toContain('paidAt: not a real date-time');
  });

  it('reports signed before shipped and shipped before paid', () => {
    expect(issuesOf(anOrder({ signedAt: '2025-02-28T17:59:59+08:00' }))).toEqual(['signedAt: signedAt is earlier than shippedAt']);
    expect(issuesOf(anOrder({ shippedAt: '2025-02-27T09:00:00+08:00' }))).toEqual(['shippedAt: shippedAt is earlier than paidAt']);
    expect(issuesOf(anOrder({ shippedAt: undefined }))).toEqual(['signedAt: an order cannot be signed for before it ships']);
  });

  it('reports refunded more than paid, empty items, payments not adding up', () => {
    expect(issuesOf(anOrder({ afterSales: { refundedFen: 1991 } }))).toEqual([
      'afterSales.refundedFen: refunded 1991 fen is more than the 1990 fen paid',
    ]);
    expect(issuesOf(anOrder({ items: [] }))).toContain('items: an order has at least one item');
    expect(issuesOf(anOrder({ payments: [{ method: 'alipay', amountFen: 1000 }] }))).toEqual([
      'payments: payments add up to 1000 fen but items + shipping − discount is 1990 fen',
    ]);
  });

  it('accepts payments that add up through shipping and discount, split over methods', () => {
    expect(
      issuesOf(
        anOrder({
          shippingFen: 600,
          discountFen: 500,
          payments: [
            { method: 'huabei', amountFen: 1000 },
            { method: 'platform_balance', amountFen: 1090 },
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('reports every problem at once, never throwing', () => {
    const issues = issuesOf({
      id: '',
      paidAt: 'noon',
      payments: [{ method: 'cash', amountFen: -5 }],
      items: [],
      afterSales: { refundedFen: 1.5 },
    });
    expect(issues.length).toBeGreaterThanOrEqual(5);
    for (const bad of [null, 42, 'order', [], { items: 'x' }]) expect(() => parseOrder(bad)).not.toThrow();
  });
});

describe('AfterSalesRequestSchema', () => {
  it('accepts the factory request', () => {
    expect(AfterSalesRequestSchema.safeParse(aRequest()).success).toBe(true);
  });

  it('reports an unknown request type, an unknown reason and a time without offset, all at once', () => {
    const r = parseRequest({ type: 'swap', reason: 'bored', requestedAt: '2025-03-05 09:00' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => i.path[0])).toEqual(['type', 'reason', 'requestedAt']);
  });

  it('accepts a request stamped in UTC', () => {
    expect(parseRequest(aRequest({ requestedAt: '2025-03-08T16:00:00Z' })).ok).toBe(true);
  });
});
