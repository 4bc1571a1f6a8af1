import { describe, expect, it } from 'vitest';
import { checkEligibility, definePolicy, policies } from '../../src/index.js';
import { anOrder, aRequest } from '../fixtures/factories.js';
import { codes, verdict } from './helpers.js';

// Signed 2025-03-01T10:00+08:00: day 1 is 03-02, day 7 is 03-08, the window closes 03-09T00:00+08:00.
const order = anOrder();

describe('ELG-06: the no-reason window (TIME-01)', () => {
  it('ELG-06: the last millisecond of day 7 is inside the window', () => {
    const request = aRequest({ requestedAt: '2025-03-08T23:59:59.999+08:00' });
    expect(codes(order, request)).toEqual(['goods_intact_required:condition']);
    expect(checkEligibility(order, request, policies.pinduoduo).window).toEqual({ closesAt: '2025-03-09T00:00:00+08:00', rule: 'ELG-06' });
  });

  it('ELG-06: the first millisecond of day 8 is outside it', () => {
    const e = checkEligibility(order, aRequest({ requestedAt: '2025-03-09T00:00:00+08:00' }), policies.pinduoduo);
    expect(e.verdict).toBe('denied');
    expect(e.reasons[0]).toEqual({
      code: 'no_reason_window_closed',
      rule: 'ELG-06',
      effect: 'deny',
      params: { closesAt: '2025-03-09T00:00:00+08:00', days: 7 },
    });
  });

  it('ELG-06: a signing at 23:59 gives the same window as one at 10:00', () => {
    const late = anOrder({ signedAt: '2025-03-01T23:59:00+08:00' });
    expect(verdict(late, aRequest({ requestedAt: '2025-03-08T23:59:59.999+08:00' }))).toBe('conditional');
    expect(verdict(late, aRequest({ requestedAt: '2025-03-09T00:00:00+08:00' }))).toBe('denied');
  });

  it('ELG-06: a request stamped in UTC is judged on the Shanghai calendar', () => {
    expect(verdict(order, aRequest({ requestedAt: '2025-03-08T15:59:59.999Z' }))).toBe('conditional');
    expect(verdict(order, aRequest({ requestedAt: '2025-03-08T16:00:00Z' }))).toBe('denied');
  });

  it('ELG-06: exchanges share the window; a longer merchant window is honoured', () => {
    expect(codes(order, aRequest({ type: 'exchange', requestedAt: '2025-03-09T00:00:00+08:00' }))).toContain('no_reason_window_closed:deny');
    const generous = definePolicy(policies.pinduoduo, { eligibility: { noReasonWindowDays: 15 } });
    if (!generous.ok) throw new Error('policy');
    expect(verdict(order, aRequest({ requestedAt: '2025-03-16T23:59:59+08:00' }), generous.value)).toBe('conditional');
  });
});

describe('ELG-07: goods excluded from no-reason returns', () => {
  const withItem = (goodsClass: string, exclusionConfirmed?: boolean) =>
    anOrder({ items: [{ sku: 'x', priceFen: 1990, quantity: 1, goodsClass: goodsClass as never, ...(exclusionConfirmed === undefined ? {} : { exclusionConfirmed }) }] });

  it('ELG-07: custom-made, perishable, digital and periodicals are excluded outright', () => {
    for (const cls of ['custom_made', 'perishable', 'digital', 'periodical']) {
      const e = checkEligibility(withItem(cls), aRequest(), policies.pinduoduo);
      expect(e.verdict).toBe('denied');
      expect(e.reasons.find((r) => r.rule === 'ELG-07')?.params).toEqual({ skus: ['x'], goodsClasses: [cls] });
    }
  });

  it('ELG-07: hygiene-sealed, activation-sensitive and disclosed-defect goods only when the buyer confirmed at checkout', () => {
    for (const cls of ['hygiene_sealed', 'activation_sensitive', 'disclosed_defect']) {
      expect(codes(withItem(cls, true), aRequest())).toContain('goods_excluded_from_no_reason:deny');
      expect(codes(withItem(cls, false), aRequest())).not.toContain('goods_excluded_from_no_reason:deny');
      expect(codes(withItem(cls), aRequest())).not.toContain('goods_excluded_from_no_reason:deny');
    }
  });

  it('ELG-07: quality-type reasons stay eligible for excluded goods', () => {
    expect(verdict(withItem('custom_made'), aRequest({ reason: 'quality', evidence: [{ kind: 'photo' }] }))).toBe('allowed');
  });

  it('ELG-07: only the requested items count', () => {
    const mixed = anOrder({
      payments: [{ method: 'alipay', amountFen: 3980 }],
      items: [
        { sku: 'mug', priceFen: 1990, quantity: 1, goodsClass: 'custom_made' },
        { sku: 'case', priceFen: 1990, quantity: 1 },
      ],
    });
    expect(codes(mixed, aRequest({ skus: ['case'] }))).not.toContain('goods_excluded_from_no_reason:deny');
    expect(codes(mixed, aRequest())).toContain('goods_excluded_from_no_reason:deny');
  });
});

describe('ELG-08: goods intact', () => {
  it('ELG-08: a no-reason return is conditional on the goods arriving intact, never denied for it up front', () => {
    expect(codes(order, aRequest())).toEqual(['goods_intact_required:condition']);
    expect(verdict(order, aRequest())).toBe('conditional');
  });

  it('ELG-08 / ELG-18: fault claims and refund-only do not carry the intact condition', () => {
    expect(codes(order, aRequest({ reason: 'quality', evidence: [{ kind: 'video' }] }))).toEqual([]);
    expect(codes(order, aRequest({ type: 'refund_only', reason: 'missing_item' }))).toEqual([]);
    // Nothing comes back on a refund-only, so a no-reason one of signed goods is refused outright (ELG-18).
    expect(codes(order, aRequest({ type: 'refund_only' }))).toEqual(['signed_refund_only_no_reason:deny']);
  });
});
