import { describe, expect, it } from 'vitest';
import { parseAssessInput } from '../../src/assess/assess-input.js';
import { assess, openCase, policies, type Assessment } from '../../src/index.js';
import { scaledAssessInput } from '../fixtures/scaled.js';

/*
 * Orders far larger than any real one, answered as any other. Before the fix each of these took
 * seconds to minutes (pairwise duplicate-SKU check, a scan of the items per requested SKU or past
 * case) and ran into the test timeout; now each takes well under a second. Speed itself is measured
 * in `npm run bench` (docs/performance.md, growth table), not here.
 */

const N = 100_000;

const value = (input: unknown): Assessment => {
  const r = assess(input);
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error.issues.slice(0, 3))}`);
  return r.value;
};

const issues = (input: unknown) => {
  const r = assess(input);
  if (r.ok) throw new Error('expected invalid input');
  return r.error.issues;
};

describe('assess on a 100k-item order', () => {
  it('ELG-13: every SKU listed: allowed, and the whole order is refundable', () => {
    const r = value(scaledAssessInput({ items: N, listSkus: true }));
    expect(r.eligibility).toMatchObject({ verdict: 'allowed', refundableFen: N * 100 });
    expect(r.refund).toMatchObject({ amountFen: N * 100 });
  });

  it('a duplicate SKU at the end of the order is reported at its index, and the SKUs the request lists against it', () => {
    const input = scaledAssessInput({ items: N, listSkus: true });
    (input.order['items'] as { sku: string }[])[N - 1]!.sku = 'sku-0';
    expect(issues(input)).toEqual([
      { code: 'custom', path: ['order', 'items', N - 1, 'sku'], message: 'duplicate sku sku-0' },
      { code: 'invalid_value', path: ['request', 'skus', N - 1], message: `unknown sku sku-${N - 1}: the order has no such item` },
    ]);
  });

  it('a request listing a SKU twice among 100k is refused at the repeat', () => {
    const input = scaledAssessInput({ items: N, listSkus: true });
    (input.request['skus'] as string[]).push('sku-7');
    expect(issues(input)).toEqual([{ code: 'custom', path: ['request', 'skus', N], message: 'duplicate sku sku-7' }]);
  });

  it('ELG-12: 100k past cases on the item asked about count toward the repeat warning, others do not', () => {
    const input = scaledAssessInput({ items: N, history: N });
    input.request['skus'] = ['sku-0', 'sku-1'];
    // scaledAssessInput spreads the past cases over the items one each: two of them are on the SKUs asked about.
    const r = value(input);
    expect(r.eligibility.reasons).toContainEqual({ code: 'repeated_applications', rule: 'ELG-12', effect: 'warn', params: { count: 3, periodDays: 30 } });
  });

  it('CSE-06: a case opens on 100k listed SKUs and refunds their total', () => {
    const parsed = parseAssessInput(scaledAssessInput({ items: N, listSkus: true }));
    if (!parsed.ok) throw new Error('invalid');
    const c = openCase(parsed.value.order, parsed.value.request, policies.pinduoduo);
    expect(c.ok && c.value.money).toEqual({ refundableFen: N * 100, refundFen: N * 100, compensationFen: 0 });
  });
});
