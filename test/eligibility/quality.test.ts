import { describe, expect, it } from 'vitest';
import { checkEligibility, policies } from '../../src/index.js';
import { anOrder, aRequest } from '../fixtures/factories.js';
import { codes, verdict } from './helpers.js';

const order = anOrder();
const photo = [{ kind: 'photo' as const }];

describe('ELG-09: the quality window', () => {
  it('ELG-09: a quality return on the last millisecond of day 7 is allowed, on the first of day 8 denied', () => {
    expect(verdict(order, aRequest({ reason: 'quality', evidence: photo, requestedAt: '2025-03-08T23:59:59.999+08:00' }))).toBe('allowed');
    const e = checkEligibility(order, aRequest({ reason: 'quality', evidence: photo, requestedAt: '2025-03-09T00:00:00+08:00' }), policies.taobao);
    expect(e.reasons).toEqual([
      { code: 'quality_window_closed', rule: 'ELG-09', effect: 'deny', params: { closesAt: '2025-03-09T00:00:00+08:00', days: 7 } },
    ]);
    expect(e.window).toEqual({ closesAt: '2025-03-09T00:00:00+08:00', rule: 'ELG-09' });
  });

  it('ELG-09: wrong item, not as described and damaged in transit share the window; exchange too', () => {
    for (const reason of ['wrong_item', 'not_as_described', 'damaged_in_transit'] as const) {
      for (const type of ['return_refund', 'exchange'] as const) {
        expect(codes(order, aRequest({ type, reason, evidence: photo, requestedAt: '2025-03-10T10:00:00+08:00' }))).toEqual([
          'quality_window_closed:deny',
        ]);
      }
    }
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
