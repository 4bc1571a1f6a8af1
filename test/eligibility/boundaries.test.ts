import { describe, expect, it } from 'vitest';
import { checkEligibility, policies, type HistoryEntry } from '../../src/index.js';
import { anOrder, aRequest } from '../fixtures/factories.js';
import { codes, verdict } from './helpers.js';

// Edges the rule files leave implicit: the request instant itself, item selection by sku, and the
// exact params each reason carries.

describe('stages are judged at the request instant, inclusive', () => {
  const at = '2025-03-05T09:00:00+08:00';

  it('ELG-01: an order paid at the very instant of the request is paid', () => {
    const order = anOrder({ paidAt: at, shippedAt: undefined, signedAt: undefined });
    expect(codes(order, aRequest({ type: 'refund_only', requestedAt: at }))).toEqual(['not_shipped_refund_only:info']);
  });

  it('ELG-05: an order shipped at the very instant of the request is shipped', () => {
    const order = anOrder({ shippedAt: at, signedAt: undefined });
    expect(codes(order, aRequest({ type: 'refund_only', requestedAt: at }))).toEqual(['refuse_delivery_required:condition']);
  });

  it('ELG-06: an order signed at the very instant of the request is signed, and its window runs', () => {
    const order = anOrder({ signedAt: at });
    const e = checkEligibility(order, aRequest({ requestedAt: at }), policies.pinduoduo);
    expect(e.reasons.map((r) => r.code)).toEqual(['goods_intact_required']);
    expect(e.window).toEqual({ closesAt: '2025-03-13T00:00:00+08:00', rule: 'ELG-06' });
  });
});

describe('which requests run on a signing window (ELG-06 / ELG-09)', () => {
  const order = anOrder();
  const day10 = '2025-03-10T10:00:00+08:00';

  it('ELG-09: missing items and non-delivery have no quality window: the result carries none', () => {
    for (const reason of ['missing_item', 'not_received'] as const) {
      const e = checkEligibility(order, aRequest({ type: 'refund_only', reason, requestedAt: day10 }), policies.pinduoduo);
      expect(e).toStrictEqual({ verdict: 'allowed', reasons: [], refundableFen: 1990 });
    }
  });

  it('ELG-14 / ELG-17: a resend runs on no signing window, even for a fault reason; a fault repair on its own (ELG-17)', () => {
    const photo = [{ kind: 'photo' as const }];
    const resend = checkEligibility(order, aRequest({ type: 'resend', reason: 'damaged_in_transit', evidence: photo, requestedAt: day10 }), policies.pinduoduo);
    expect(resend.verdict).toBe('allowed');
    expect(resend.window).toBeUndefined();
    const repair = checkEligibility(order, aRequest({ type: 'repair', reason: 'quality', evidence: photo, requestedAt: day10 }), policies.pinduoduo);
    expect(repair.window).toEqual({ closesAt: '2026-03-02T00:00:00+08:00', rule: 'ELG-17' });
    expect(repair.reasons).toEqual([]);
  });
});

describe('ELG-07: the items a request is about', () => {
  const twoItems = anOrder({
    items: [
      { sku: 'fruit', priceFen: 990, quantity: 1, goodsClass: 'perishable' },
      { sku: 'case-1', priceFen: 1000, quantity: 1, goodsClass: 'standard' },
    ],
  });

  it('ELG-07: a no-reason return of only the perishable item is denied for that item', () => {
    const e = checkEligibility(twoItems, aRequest({ skus: ['fruit'] }), policies.pinduoduo);
    expect(e.reasons.find((r) => r.rule === 'ELG-07')?.params).toEqual({ skus: ['fruit'], goodsClasses: ['perishable'] });
  });

  it('ELG-07: a no-reason return of only the standard item is not touched by the perishable one kept', () => {
    expect(codes(twoItems, aRequest({ skus: ['case-1'] }))).toEqual(['goods_intact_required:condition']);
  });

  it('ELG-07: two excluded items of one class name the class once', () => {
    const order = anOrder({
      items: [
        { sku: 'apples', priceFen: 990, quantity: 1, goodsClass: 'perishable' },
        { sku: 'pears', priceFen: 1000, quantity: 1, goodsClass: 'perishable' },
      ],
    });
    expect(checkEligibility(order, aRequest(), policies.pinduoduo).reasons.find((r) => r.rule === 'ELG-07')?.params).toEqual({
      skus: ['apples', 'pears'],
      goodsClasses: ['perishable'],
    });
  });
});

describe('ELG-12: which earlier applications count', () => {
  const entry = (openedAt: string, sku?: string): HistoryEntry => ({
    type: 'return_refund',
    reason: 'quality',
    openedAt,
    outcome: 'rejected',
    ...(sku === undefined ? {} : { sku }),
  });
  const withHistory = (history: HistoryEntry[], items = anOrder().items) => anOrder({ items, afterSales: { refundedFen: 0, history } });
  const quality = (overrides: Parameters<typeof aRequest>[0] = {}) =>
    aRequest({ reason: 'quality', evidence: [{ kind: 'photo' }], requestedAt: '2025-03-05T09:00:00+08:00', ...overrides });

  it('ELG-12: an application on the whole order (no sku) is on every item', () => {
    const order = withHistory([entry('2025-03-02T10:00:00+08:00'), entry('2025-03-03T10:00:00+08:00')]);
    expect(codes(order, quality())).toEqual(['repeated_applications:warn']);
  });

  it('ELG-12: an application on one of the items asked about counts', () => {
    const items = [
      { sku: 'a', priceFen: 990, quantity: 1 },
      { sku: 'b', priceFen: 1000, quantity: 1 },
    ];
    const order = withHistory([entry('2025-03-02T10:00:00+08:00', 'a'), entry('2025-03-03T10:00:00+08:00', 'a')], items);
    expect(codes(order, quality({ skus: ['a', 'b'] }))).toEqual(['repeated_applications:warn']);
  });

  it('ELG-12: an application opened at the request instant counts; one opened after it does not', () => {
    const atRequest = withHistory([entry('2025-03-02T10:00:00+08:00'), entry('2025-03-05T09:00:00+08:00')]);
    expect(codes(atRequest, quality())).toEqual(['repeated_applications:warn']);
    const later = withHistory([entry('2025-03-02T10:00:00+08:00'), entry('2025-03-05T09:00:00.001+08:00')]);
    expect(codes(later, quality())).toEqual([]);
  });
});

describe('reason params', () => {
  it('ELG-03: a failed group buy that does not say when it failed still points to RFT-01, and only to it', () => {
    const order = anOrder({ shippedAt: undefined, signedAt: undefined, groupBuy: { status: 'failed' } });
    expect(checkEligibility(order, aRequest({ type: 'refund_only' }), policies.pinduoduo).reasons[0]).toStrictEqual({
      code: 'group_buy_failed_auto_refund',
      rule: 'ELG-03',
      effect: 'deny',
      params: { refundRule: 'RFT-01' },
    });
  });

  it('ELG-14: a refused resend names the reasons the policy allows and whether the order had shipped', () => {
    const e = checkEligibility(anOrder(), aRequest({ type: 'resend', reason: 'quality', evidence: [{ kind: 'photo' }] }), policies.taobao);
    expect(e.reasons).toEqual([
      { code: 'resend_not_applicable', rule: 'ELG-14', effect: 'deny', params: { allowedReasons: ['missing_item'], shipped: true } },
    ]);
  });

  it('ELG-05 / ELG-14: a resend for a missing item may be asked while the parcel is still on its way', () => {
    expect(verdict(anOrder({ signedAt: undefined }), aRequest({ type: 'resend', reason: 'missing_item' }))).toBe('allowed');
    expect(codes(anOrder({ signedAt: undefined }), aRequest({ type: 'resend', reason: 'missing_item' }))).toEqual([]);
  });
});

describe('ELG-15: which evidence confirms a counterfeit', () => {
  const claim = (evidence: { kind: 'appraisal' | 'photo'; confirmsCounterfeit?: boolean }[]) =>
    aRequest({ type: 'counterfeit_claim', reason: 'counterfeit', evidence });

  it('ELG-15: a confirming appraisal next to a photo confirms the claim', () => {
    expect(codes(anOrder(), claim([{ kind: 'photo' }, { kind: 'appraisal', confirmsCounterfeit: true }]), policies.taobao)).toEqual([]);
  });

  it('ELG-15: only an appraisal can confirm: a photo flagged as confirming does not', () => {
    expect(codes(anOrder(), claim([{ kind: 'photo', confirmsCounterfeit: true }]), policies.taobao)).toEqual(['appraisal_required:condition']);
  });
});
