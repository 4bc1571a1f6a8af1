import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { AfterSalesRequestSchema, OrderSchema, PolicySchema } from '../../src/index.js';
import { arbOrder, arbOrderAndRequest, arbPolicy } from '../../src/testing/index.js';

describe('aftersales/testing arbitraries build valid values by construction', () => {
  test.prop([arbOrderAndRequest()])('every generated order and request passes the schemas', ({ order, request }) => {
    const o = OrderSchema.safeParse(order);
    expect(o.success ? [] : o.error.issues).toEqual([]);
    expect(AfterSalesRequestSchema.safeParse(request).success).toBe(true);
  });

  test.prop([arbPolicy()])('every generated policy passes the schema', (p) => {
    expect(PolicySchema.safeParse(p).success).toBe(true);
  });

  test.prop([arbOrder({ signed: true })])('arbOrder({ signed: true }) is paid, shipped and signed', (o) => {
    expect([o.paidAt, o.shippedAt, o.signedAt].every((x) => x !== undefined)).toBe(true);
  });

  test.prop([arbOrder({ paid: false })])('arbOrder({ paid: false }) is unpaid with no payments', (o) => {
    expect(o.paidAt).toBeUndefined();
    expect(o.payments).toEqual([]);
  });

  test.prop([arbOrder({ groupBuy: 'pending' })])('a pending group buy never ships', (o) => {
    expect(o.shippedAt).toBeUndefined();
  });

  test('contradictory constraints are a programmer error', () => {
    expect(() => arbOrder({ signed: true, shipped: false })).toThrow(RangeError);
  });
});
