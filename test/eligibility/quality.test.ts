import { describe, expect, it } from 'vitest';
import { checkEligibility, definePolicy, policies } from '../../src/index.js';
import { anOrder, aRequest } from '../fixtures/factories.js';
import { codes, verdict } from './helpers.js';

const order = anOrder();
const photo = [{ kind: 'photo' as const }];

const DAY7_LAST = '2025-03-08T23:59:59.999+08:00';
const DAY8_FIRST = '2025-03-09T00:00:00+08:00';
const DAY15_LAST = '2025-03-16T23:59:59.999+08:00';
const DAY16_FIRST = '2025-03-17T00:00:00+08:00';

describe('ELG-09: the quality return window', () => {
  it('ELG-09: a quality return on the last millisecond of day 7 is allowed, on the first of day 8 denied, pointing to exchange and repair', () => {
    expect(verdict(order, aRequest({ reason: 'quality', evidence: photo, requestedAt: DAY7_LAST }))).toBe('allowed');
    const e = checkEligibility(order, aRequest({ reason: 'quality', evidence: photo, requestedAt: DAY8_FIRST }), policies.taobao);
    expect(e.reasons).toEqual([
      {
        code: 'quality_window_closed',
        rule: 'ELG-09',
        effect: 'deny',
        params: { closesAt: DAY8_FIRST, days: 7, stillOpen: ['exchange', 'repair'] },
      },
    ]);
    expect(e.window).toEqual({ closesAt: DAY8_FIRST, rule: 'ELG-09' });
  });

  it('ELG-09: wrong item, not as described and damaged in transit share the return window', () => {
    for (const reason of ['wrong_item', 'not_as_described', 'damaged_in_transit'] as const) {
      expect(codes(order, aRequest({ reason, evidence: photo, requestedAt: DAY7_LAST }))).toEqual([]);
      expect(codes(order, aRequest({ reason, evidence: photo, requestedAt: DAY8_FIRST }))).toEqual(['quality_window_closed:deny']);
    }
  });
});

describe('ELG-17: a fault is still remedied after day 7 — exchange and repair by time', () => {
  const exchange = (requestedAt: string, reason: 'quality' | 'wrong_item' | 'not_as_described' | 'damaged_in_transit' = 'quality') =>
    aRequest({ type: 'exchange', reason, evidence: photo, requestedAt });
  const repair = (requestedAt: string) => aRequest({ type: 'repair', reason: 'quality', evidence: photo, requestedAt });

  it('ELG-17: on the last instant of day 7 and the first of day 8 a fault exchange is allowed, where a return flips to denied', () => {
    for (const at of [DAY7_LAST, DAY8_FIRST]) {
      for (const policy of [policies.pinduoduo, policies.taobao]) {
        expect(codes(order, exchange(at), policy)).toEqual([]);
        expect(checkEligibility(order, exchange(at), policy).window).toEqual({ closesAt: DAY16_FIRST, rule: 'ELG-17' });
      }
    }
    // The 10th day, which used to be denied as quality_window_closed.
    expect(verdict(order, exchange('2025-03-10T10:00:00+08:00'))).toBe('allowed');
  });

  it('ELG-17: a fault exchange on the last instant of day 15 is allowed; on the first of day 16 it is conditional on the warranty terms, never denied', () => {
    for (const reason of ['quality', 'wrong_item', 'not_as_described', 'damaged_in_transit'] as const) {
      expect(verdict(order, exchange(DAY15_LAST, reason))).toBe('allowed');
      expect(checkEligibility(order, exchange(DAY16_FIRST, reason), policies.pinduoduo).reasons).toEqual([
        { code: 'warranty_terms_apply', rule: 'ELG-17', effect: 'condition', params: { closesAt: DAY16_FIRST, days: 15, remedy: 'exchange' } },
      ]);
    }
  });

  it('ELG-17: a fault repair runs for the warranty: allowed on its last instant (day 365), conditional on the terms from day 366', () => {
    expect(verdict(order, repair(DAY8_FIRST))).toBe('allowed');
    expect(verdict(order, repair(DAY16_FIRST))).toBe('allowed');
    expect(verdict(order, repair('2026-03-01T23:59:59.999+08:00'))).toBe('allowed');
    expect(checkEligibility(order, repair('2026-03-02T00:00:00+08:00'), policies.taobao).reasons).toEqual([
      { code: 'warranty_terms_apply', rule: 'ELG-17', effect: 'condition', params: { closesAt: '2026-03-02T00:00:00+08:00', days: 365, remedy: 'repair' } },
    ]);
  });

  it('ELG-17: a policy\'s own windows move the boundaries (exchange 20 days, repair 30)', () => {
    const shop = definePolicy(policies.pinduoduo, { eligibility: { exchangeWindowDays: 20, repairWindowDays: 30 } });
    if (!shop.ok) throw new Error('policy refused');
    expect(codes(order, exchange('2025-03-21T23:59:59.999+08:00'), shop.value)).toEqual([]);
    expect(codes(order, exchange('2025-03-22T00:00:00+08:00'), shop.value)).toEqual(['warranty_terms_apply:condition']);
    expect(codes(order, repair('2025-03-31T23:59:59.999+08:00'), shop.value)).toEqual([]);
    expect(codes(order, repair('2025-04-01T00:00:00+08:00'), shop.value)).toEqual(['warranty_terms_apply:condition']);
  });

  it('ELG-17: a no-reason exchange keeps the 7-day no-reason window (ELG-06), and missing items run on no window', () => {
    expect(codes(order, aRequest({ type: 'exchange', requestedAt: DAY8_FIRST }))).toEqual(['no_reason_window_closed:deny', 'goods_intact_required:condition']);
    expect(checkEligibility(order, aRequest({ type: 'exchange', reason: 'missing_item', requestedAt: DAY16_FIRST }), policies.pinduoduo).window).toBeUndefined();
  });
});

describe('ELG-16: evidence for claims of fault', () => {
  it('ELG-16: a quality claim with no photo, video or appraisal is conditional on evidence', () => {
    expect(codes(order, aRequest({ reason: 'quality' }))).toEqual(['evidence_required:condition']);
    expect(codes(order, aRequest({ reason: 'quality', evidence: [{ kind: 'chat_log' }] }))).toEqual(['evidence_required:condition']);
    expect(verdict(order, aRequest({ reason: 'quality' }))).toBe('conditional');
  });

  it('ELG-16: a photo, a video or an appraisal satisfies it', () => {
    for (const kind of ['photo', 'video', 'appraisal'] as const) {
      expect(codes(order, aRequest({ reason: 'not_as_described', evidence: [{ kind }] }))).toEqual([]);
    }
  });

  it('ELG-16: missing items and non-delivery are checked against packing and courier records instead', () => {
    expect(codes(order, aRequest({ type: 'refund_only', reason: 'missing_item' }))).toEqual([]);
    expect(codes(order, aRequest({ type: 'refund_only', reason: 'not_received' }))).toEqual([]);
  });

  it('ELG-16: before signing there is nothing to photograph', () => {
    expect(codes(anOrder({ signedAt: undefined }), aRequest({ type: 'refund_only', reason: 'quality' }))).toEqual([
      'refuse_delivery_required:condition',
    ]);
  });
});

describe('ELG-14: resends', () => {
  it('ELG-14: a resend for a missing item on a shipped order is allowed', () => {
    expect(codes(order, aRequest({ type: 'resend', reason: 'missing_item' }))).toEqual([]);
  });

  it('ELG-14: damaged in transit is resendable where the policy allows (PDD) and not where it does not (Taobao)', () => {
    const request = aRequest({ type: 'resend', reason: 'damaged_in_transit', evidence: photo });
    expect(verdict(order, request, policies.pinduoduo)).toBe('allowed');
    expect(codes(order, request, policies.taobao)).toEqual(['resend_not_applicable:deny']);
  });

  it('ELG-14: a resend for any other reason, or before shipment, is not applicable', () => {
    expect(codes(order, aRequest({ type: 'resend', reason: 'no_reason' }))).toEqual(['resend_not_applicable:deny']);
    const unshipped = anOrder({ shippedAt: undefined, signedAt: undefined });
    expect(codes(unshipped, aRequest({ type: 'resend', reason: 'missing_item' }))).toEqual([
      'not_shipped_refund_only:deny',
      'resend_not_applicable:deny',
    ]);
  });
});

describe('ELG-15: counterfeit claims need an appraisal', () => {
  const claim = (evidence?: { kind: 'appraisal' | 'photo'; confirmsCounterfeit?: boolean }[]) =>
    aRequest({ type: 'counterfeit_claim', reason: 'counterfeit', ...(evidence === undefined ? {} : { evidence }) });

  it('ELG-15: with a confirming appraisal the claim is allowed', () => {
    expect(verdict(order, claim([{ kind: 'appraisal', confirmsCounterfeit: true }]), policies.taobao)).toBe('allowed');
  });

  it('ELG-15: without one it is conditional on appraisal (and on evidence, ELG-16, when there is none at all)', () => {
    expect(codes(order, claim(), policies.taobao)).toEqual(['appraisal_required:condition', 'evidence_required:condition']);
    expect(codes(order, claim([{ kind: 'photo' }]), policies.taobao)).toEqual(['appraisal_required:condition']);
    expect(codes(order, claim([{ kind: 'appraisal', confirmsCounterfeit: false }]), policies.taobao)).toEqual(['appraisal_required:condition']);
  });
});
