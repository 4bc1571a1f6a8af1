import { describe, expect, it } from 'vitest';
import { assess, parseOrder } from '../../src/index.js';
import { scaledAssessInput } from '../fixtures/scaled.js';

/** Valid JSON, every field well-formed, and still impossible: refused as input, not answered. */
describe('input that is valid JSON but impossible', () => {
  it('ELG-01: a request dated before the order was paid is invalid_input at request.requestedAt, not an order_unpaid verdict', () => {
    const input = scaledAssessInput();
    input.request['requestedAt'] = '2025-03-01T09:59:59+08:00';
    expect(assess(input)).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [{ code: 'custom', path: ['request', 'requestedAt'], message: 'the request cannot come before the order was paid (2025-03-01T10:00:00+08:00)' }],
      },
    });
  });

  it('ELG-01: a request at the instant of payment is answered', () => {
    const input = scaledAssessInput();
    input.request['requestedAt'] = '2025-03-01T10:00:00+08:00';
    expect(assess(input).ok).toBe(true);
  });

  it('ELG-01: an unpaid order still gets its verdict (no payment to come before)', () => {
    const input = scaledAssessInput();
    const { paidAt: _paid, shippedAt: _shipped, signedAt: _signed, ...unpaid } = input.order;
    const r = assess({ ...input, order: { ...unpaid, payments: [] } });
    expect(r.ok && r.value.eligibility.reasons.map((x) => x.code)).toContain('order_unpaid');
  });

  it('ELG-13: amountFen 1e20 is "not a safe integer", and a fraction of a fen "must be a whole number"', () => {
    const input = scaledAssessInput();
    input.request['amountFen'] = 1e20;
    const r = assess(input);
    expect(r.ok ? [] : r.error.issues).toEqual([
      { code: 'custom', path: ['request', 'amountFen'], message: 'fen is not a safe integer (beyond ±9007199254740991, where doubles stop being exact)' },
    ]);
    input.request['amountFen'] = 0.5;
    const half = assess(input);
    expect(half.ok ? [] : half.error.issues).toEqual([{ code: 'custom', path: ['request', 'amountFen'], message: 'fen must be a whole number' }]);
  });

  it('a quantity of 2^60 is not a safe integer either', () => {
    const r = parseOrder({ id: 'o', payments: [], items: [{ sku: 'a', priceFen: 1, quantity: 2 ** 60 }] });
    expect(r.ok ? [] : r.error.issues).toContainEqual({
      code: 'custom',
      path: ['items', 0, 'quantity'],
      message: 'not a safe integer (beyond ±9007199254740991, where doubles stop being exact)',
    });
  });
});
