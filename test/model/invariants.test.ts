import { describe, expect, it } from 'vitest';
import type { $ZodError } from 'zod/v4/core';
import { OrderSchema, parseOrder, parsePolicy, policies } from '../../src/index.js';
import { parseCaseEvents } from '../../src/model/case.js';
import { fastOrder, UNSURE } from '../../src/model/fast-validate.js';
import { isInstant } from '../../src/model/instant.js';
import { toInputIssues } from '../../src/model/parse.js';
import { anOrder } from '../fixtures/factories.js';

/** Every issue of an order, as `path: message`, in the order they were found. */
const issuesOf = (input: unknown): string[] => {
  const r = parseOrder(input);
  return r.ok ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

const unpaid = { paidAt: undefined, payments: [], shippedAt: undefined, signedAt: undefined };
const item = (sku: string, priceFen = 100) => ({ sku, priceFen, quantity: 1 });
const pay = (amountFen: number) => [{ method: 'alipay' as const, amountFen }];

describe('checkOrderInvariants: each cross-field fault, alone, with its path and message', () => {
  it('ELG-01: an unpaid order has no payments, a paid one has at least one, and nothing ships unpaid', () => {
    expect(issuesOf(anOrder({ ...unpaid, payments: pay(1990) }))).toEqual(['payments: an unpaid order (no paidAt) has no payments']);
    expect(issuesOf(anOrder({ payments: [] }))).toEqual([
      'payments: a paid order has at least one payment',
      'payments: payments add up to 0 fen but items + shipping − discount is 1990 fen',
    ]);
    expect(issuesOf(anOrder({ paidAt: undefined, payments: [], signedAt: undefined }))).toEqual(['shippedAt: an order cannot ship before it is paid']);
  });

  it('a repeated SKU is reported once, at each later copy', () => {
    expect(issuesOf(anOrder({ items: [item('a'), item('b'), item('a')], payments: pay(300) }))).toEqual(['items.2.sku: duplicate sku a']);
    expect(issuesOf(anOrder({ items: [item('a'), item('a'), item('a')], payments: pay(300) }))).toEqual([
      'items.1.sku: duplicate sku a',
      'items.2.sku: duplicate sku a',
    ]);
    expect(issuesOf(anOrder({ items: [item('a'), item('b'), item('b')], payments: pay(300) }))).toEqual(['items.2.sku: duplicate sku b']);
  });

  it('FRT-07: free shipping means no shippingFen, and the items must reach the threshold', () => {
    expect(issuesOf(anOrder({ freeShipping: { thresholdFen: 1990, postageFen: 600 }, shippingFen: 600, payments: pay(2590) }))).toEqual([
      'shippingFen: an order that won free shipping has no shippingFen',
    ]);
    expect(issuesOf(anOrder({ freeShipping: { thresholdFen: 1991, postageFen: 600 } }))).toEqual([
      'freeShipping.thresholdFen: items total 1990 fen does not reach the free-shipping threshold of 1991 fen',
    ]);
    expect(issuesOf(anOrder({ freeShipping: { thresholdFen: 1990, postageFen: 600 } }))).toEqual([]);
  });

  it('RFT-01: failedAt belongs to a failed group buy only', () => {
    const failedAt = '2025-02-28T10:00:00+08:00';
    expect(issuesOf(anOrder({ groupBuy: { status: 'succeeded', failedAt } }))).toEqual(['groupBuy.failedAt: failedAt belongs to a failed group buy']);
    expect(issuesOf(anOrder({ groupBuy: { status: 'failed', failedAt } }))).toEqual([]);
    expect(issuesOf(anOrder({ groupBuy: { status: 'pending' } }))).toEqual([]);
  });

  it('amounts that fail their own check add no sums on top; zero fen still counts', () => {
    expect(issuesOf(anOrder({ payments: pay(-1) }))).toEqual(['payments.0.amountFen: fen must not be negative']);
    expect(issuesOf(anOrder({ payments: pay(19.9) }))).toEqual(['payments.0.amountFen: fen must be a whole number']);
    expect(issuesOf(anOrder({ items: [item('a', -1)] }))).toEqual(['items.0.priceFen: fen must not be negative']);
    expect(issuesOf(anOrder({ items: [item('a', 0.5)] }))).toEqual(['items.0.priceFen: fen must be a whole number']);
    expect(issuesOf(anOrder({ payments: pay(0) }))).toEqual(['payments: payments add up to 0 fen but items + shipping − discount is 1990 fen']);
    expect(issuesOf(anOrder({ items: [item('a', 0)] }))).toEqual(['payments: payments add up to 1990 fen but items + shipping − discount is 0 fen']);
  });

  it('the faults are zod custom issues, and every parser answers invalid_input', () => {
    const parsed = OrderSchema.safeParse(anOrder({ payments: [] }));
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.code)).toEqual(['custom', 'custom']);
    expect(parseOrder({})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(parsePolicy({})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(parseCaseEvents([{}])).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('the model edges', () => {
  it('TIME-06: 29 February exists in leap years only (every 4th, not every 100th, every 400th)', () => {
    const feb = (year: number, day: number) => isInstant(`${year}-02-${day}T10:00:00+08:00`);
    expect([feb(2024, 29), feb(2000, 29), feb(2196, 29)]).toEqual([true, true, true]);
    expect([feb(2025, 29), feb(2100, 29), feb(2199, 29)]).toEqual([false, false, false]);
    expect([feb(2024, 30), feb(2000, 31), feb(2024, 28)]).toEqual([false, false, true]);
    expect([isInstant('2025-04-31T10:00:00Z'), isInstant('2025-04-30T10:00:00Z'), isInstant('2025-12-31T10:00:00Z')]).toEqual([false, true, true]);
  });

  it('a span whose min exceeds its max is refused', () => {
    const r = parsePolicy({ ...policies.pinduoduo, refund: { ...policies.pinduoduo.refund, processingWorkingDays: { min: 4, max: 3 } } });
    expect(r.ok ? [] : r.error.issues).toEqual([{ code: 'custom', path: ['refund', 'processingWorkingDays'], message: 'min must not exceed max' }]);
    const equal = parsePolicy({ ...policies.pinduoduo, refund: { ...policies.pinduoduo.refund, processingWorkingDays: { min: 3, max: 3 } } });
    expect(equal.ok).toBe(true);
  });

  it('a symbol in a zod path becomes its description, a prefix goes first', () => {
    const error = { issues: [{ code: 'custom', path: [Symbol('key'), 0, 'a'], message: 'm', input: 1 }] } as unknown as $ZodError;
    expect(toInputIssues(error, ['order'])).toEqual([{ code: 'custom', path: ['order', 'Symbol(key)', 0, 'a'], message: 'm' }]);
  });
});

describe('fastOrder (src/model/fast-validate.ts) on the fields generated orders rarely carry', () => {
  const agrees = (order: unknown) => {
    const parsed = OrderSchema.safeParse(order);
    expect(fastOrder(order)).toStrictEqual(parsed.success ? parsed.data : UNSURE);
  };

  it('FRT-07: free shipping is read whole or left to zod', () => {
    const fs = { thresholdFen: 1990, postageFen: 600 };
    agrees(anOrder({ freeShipping: fs }));
    expect(fastOrder(anOrder({ freeShipping: fs }))).not.toBe(UNSURE);
    for (const bad of [null, 'x', { ...fs, thresholdFen: -1 }, { ...fs, postageFen: -1 }, { ...fs, postageFen: 0.5 }]) {
      agrees({ ...anOrder(), freeShipping: bad });
      expect(fastOrder({ ...anOrder(), freeShipping: bad })).toBe(UNSURE);
    }
  });

  it('FRT-03: freight insurance keeps its period start', () => {
    agrees(anOrder({ freightInsurance: { holder: 'buyer', periodStartedAt: '2025-02-27T10:00:00+08:00' } }));
    agrees(anOrder({ freightInsurance: { holder: 'merchant' } }));
  });

  it('a quantity is a whole number of at least one', () => {
    for (const quantity of [1.5, '2', 0, Number.NaN]) {
      expect(fastOrder({ ...anOrder(), items: [{ sku: 'case-1', priceFen: 1990, quantity }] })).toBe(UNSURE);
    }
    agrees({ ...anOrder(), items: [{ sku: 'case-1', priceFen: 995, quantity: 2 }] });
    // Amounts that add up, so only the quantity's own check can refuse them.
    expect(fastOrder({ ...anOrder(), items: [{ sku: 'case-1', priceFen: 1000, quantity: 1.99 }] })).toBe(UNSURE);
    expect(fastOrder({ ...anOrder(), items: [{ sku: 'case-1', priceFen: 995, quantity: '2' }] })).toBe(UNSURE);
  });
});
