import { describe, expect, it } from 'vitest';
import { assess, checkEligibility, policies } from '../../src/index.js';
import { anOrder, aRequest } from '../fixtures/factories.js';
import { codes, verdict } from './helpers.js';

const signed = anOrder();
const photo = [{ kind: 'photo' as const }];

describe('ELG-18: refund-only of goods the buyer has signed for', () => {
  it('ELG-18: a no-reason refund-only after signing is denied and points to return_refund', () => {
    const e = checkEligibility(signed, aRequest({ type: 'refund_only', reason: 'no_reason' }), policies.pinduoduo);
    expect(e.verdict).toBe('denied');
    expect(e.reasons).toEqual([{ code: 'signed_refund_only_no_reason', rule: 'ELG-18', effect: 'deny', params: { use: 'return_refund' } }]);
    // The remedy it points to is open: the same buyer, the same instant, a return.
    expect(verdict(signed, aRequest({ type: 'return_refund', reason: 'no_reason' }))).toBe('conditional');
  });

  it('ELG-18: one millisecond before signing it is still the in-transit refund (refuse delivery), from signing on it is denied', () => {
    const request = aRequest({ type: 'refund_only', reason: 'no_reason', requestedAt: '2025-03-01T10:00:00+08:00' });
    expect(codes(anOrder({ signedAt: '2025-03-01T10:00:00.001+08:00' }), request)).toEqual(['refuse_delivery_required:condition']);
    expect(codes(anOrder({ signedAt: '2025-03-01T10:00:00+08:00' }), request)).toEqual(['signed_refund_only_no_reason:deny']);
  });

  it('ELG-18: on day 2 and on day 30 alike: time does not open it (no window), for either platform', () => {
    for (const requestedAt of ['2025-03-02T09:00:00+08:00', '2025-03-31T09:00:00+08:00']) {
      for (const policy of [policies.pinduoduo, policies.taobao]) {
        const e = checkEligibility(signed, aRequest({ type: 'refund_only', reason: 'no_reason', requestedAt }), policy);
        expect(e.reasons.map((r) => r.code)).toEqual(['signed_refund_only_no_reason']);
        expect(e.window).toBeUndefined();
      }
    }
  });

  it('ELG-18: a fault refund-only after signing is conditional on the merchant agreeing, on day 2 as on day 30', () => {
    for (const reason of ['quality', 'wrong_item', 'not_as_described', 'damaged_in_transit', 'counterfeit'] as const) {
      for (const requestedAt of ['2025-03-02T09:00:00+08:00', '2025-03-31T09:00:00+08:00']) {
        expect(codes(signed, aRequest({ type: 'refund_only', reason, evidence: photo, requestedAt }))).toEqual(['merchant_agreement_required:condition']);
      }
    }
  });

  it('ELG-18: not received and missing items are not goods kept: LOG-03 and the packing records judge them, not ELG-18', () => {
    for (const reason of ['not_received', 'missing_item'] as const) {
      expect(codes(signed, aRequest({ type: 'refund_only', reason }))).toEqual([]);
    }
  });

  it('ELG-18: assess says the merchant\'s silence leaves a fault refund-only refused, and still agrees to a return', () => {
    const refund = assess({ policy: 'pinduoduo', order: signed, request: aRequest({ type: 'refund_only', reason: 'quality', evidence: photo }) });
    expect(refund.ok && refund.value.deadlines).toEqual([
      { party: 'merchant', action: 'respond', dueAt: '2025-03-07T09:00:00+08:00', onTimeout: 'treat_as_refused', rule: 'CSE-01' },
    ]);
    const ret = assess({ policy: 'pinduoduo', order: signed, request: aRequest({ type: 'return_refund', reason: 'quality', evidence: photo }) });
    expect(ret.ok && ret.value.deadlines[0]).toMatchObject({ onTimeout: 'system_agrees', rule: 'CSE-01' });
  });
});
