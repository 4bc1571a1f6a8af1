import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { assess, definePolicy, MAX_FEN, parseOrder, policies, type Order } from '../../src/index.js';
import { arbOrder, arbRequest } from '../../src/testing/index.js';
import { fastOrder, fastRequest, UNSURE } from '../../src/model/fast-validate.js';
import { scaledAssessInput } from '../fixtures/scaled.js';

const issuesOf = (r: ReturnType<typeof assess>) => (r.ok ? [] : r.error.issues);

/** A signed order whose items and payments are the given amounts, one item per amount. */
function orderOf(itemFen: readonly number[], paymentFen: readonly number[]): Record<string, unknown> {
  const input = scaledAssessInput();
  return {
    ...input.order,
    items: itemFen.map((priceFen, i) => ({ sku: `sku-${i}`, priceFen, quantity: 1 })),
    payments: paymentFen.map((amountFen) => ({ method: 'wechat_pay', amountFen })),
  };
}

describe('money ceiling (MAX_FEN)', () => {
  it('RFT-07: payments of 4503599627370496 + 9007199254739991 fen are invalid_input at each payment, not a RangeError in splitRefund', () => {
    const big = [4503599627370496, 9007199254739991];
    const r = assess({ ...scaledAssessInput(), order: orderOf(big, big) });
    expect(r.ok).toBe(false);
    expect(issuesOf(r)).toContainEqual({ code: 'custom', path: ['order', 'payments', 0, 'amountFen'], message: `fen is 4503599627370496 fen, above the ceiling of ${MAX_FEN} fen (MAX_FEN)` });
    expect(issuesOf(r)).toContainEqual({ code: 'custom', path: ['order', 'payments', 1, 'amountFen'], message: `fen is 9007199254739991 fen, above the ceiling of ${MAX_FEN} fen (MAX_FEN)` });
  });

  it('amounts each under the ceiling that add up past it are refused at payments and at items', () => {
    const each = MAX_FEN / 2 + 1;
    const r = assess({ ...scaledAssessInput(), order: orderOf([each, each], [each, each]) });
    expect(issuesOf(r)).toEqual([
      { code: 'custom', path: ['order', 'payments'], message: `payments add up to ${2 * each} fen, above the ceiling of ${MAX_FEN} fen (MAX_FEN)` },
      { code: 'custom', path: ['order', 'items'], message: `items (price × quantity) add up to ${2 * each} fen, above the ceiling of ${MAX_FEN} fen (MAX_FEN)` },
    ]);
  });

  it('a price under the ceiling times a quantity past it is refused at items', () => {
    const r = parseOrder({ id: 'o', payments: [], items: [{ sku: 'a', priceFen: 1_000_000, quantity: 10_000_001 }] });
    expect(r.ok ? [] : r.error.issues).toEqual([
      { code: 'custom', path: ['items'], message: `items (price × quantity) add up to 10000001000000 fen, above the ceiling of ${MAX_FEN} fen (MAX_FEN)` },
    ]);
  });

  it('the ceiling itself is accepted, one fen more is not (schema and fast path agree)', () => {
    const at = orderOf([MAX_FEN], [MAX_FEN]);
    expect(parseOrder(at).ok).toBe(true);
    expect(fastOrder(at)).not.toBe(UNSURE);
    const over = orderOf([MAX_FEN + 1], [MAX_FEN + 1]);
    expect(parseOrder(over).ok).toBe(false);
    expect(fastOrder(over)).toBe(UNSURE);
    const request = { ...scaledAssessInput().request, amountFen: MAX_FEN + 1 };
    expect(fastRequest(request)).toBe(UNSURE);
    expect(issuesOf(assess({ ...scaledAssessInput(), request }))).toEqual([
      { code: 'custom', path: ['request', 'amountFen'], message: `fen is ${MAX_FEN + 1} fen, above the ceiling of ${MAX_FEN} fen (MAX_FEN)` },
    ]);
  });
});

/**
 * A generated paid order with every amount multiplied by `k`: the base totals at most about
 * 2.4 × 10^6 fen, so k up to 4 × 10^6 keeps every sum under MAX_FEN, by construction.
 */
const scale = (o: Order, k: number): Order => ({
  ...o,
  items: o.items.map((i) => ({ ...i, priceFen: i.priceFen * k })),
  payments: o.payments.map((p) => ({ ...p, amountFen: p.amountFen * k })),
  ...(o.shippingFen === undefined ? {} : { shippingFen: o.shippingFen * k }),
  ...(o.discountFen === undefined ? {} : { discountFen: o.discountFen * k }),
  ...(o.afterSales === undefined ? {} : { afterSales: { ...o.afterSales, refundedFen: o.afterSales.refundedFen * k } }),
});

const arbBigMoneyInput = fc
  .tuple(arbOrder({ paid: true }), fc.integer({ min: 1, max: 4_000_000 }), fc.constantFrom('pinduoduo', 'taobao'))
  .chain(([base, k, policy]) => {
    const order = scale(base, k);
    return arbRequest({ order }).map((request) => ({ policy, order, request }));
  });

/** Every number under a key ending in `Fen`, wherever it sits in the answer. */
function fenValues(v: unknown, key = ''): number[] {
  if (typeof v === 'number') return key.endsWith('Fen') ? [v] : [];
  if (typeof v !== 'object' || v === null) return [];
  return Object.entries(v).flatMap(([k, x]) => fenValues(x, Array.isArray(v) ? key : k));
}

describe('money ceiling laws', () => {
  test.prop([arbBigMoneyInput])('law: big-money orders under MAX_FEN never make assess throw, and every fen in the answer is a safe integer', (input) => {
    expect(parseOrder(input.order).ok).toBe(true);
    const r = assess(input);
    for (const fen of fenValues(r)) expect(Number.isSafeInteger(fen)).toBe(true);
    if (r.ok) expect(fenValues(r.value).length).toBeGreaterThan(0);
  });

  it('PEN-04: a policy amount above MAX_FEN (a counterfeit minimum, a deposit) is refused by definePolicy at its path', () => {
    const r = definePolicy(policies.pinduoduo, { version: 'typo', penalties: { counterfeit: { multiple: 3, minimumFen: MAX_FEN + 1 } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(JSON.stringify(r.error)).toContain('minimumFen');
    expect(definePolicy(policies.pinduoduo, { version: 'ok', penalties: { counterfeit: { multiple: 3, minimumFen: MAX_FEN } } }).ok).toBe(true);
  });
});
