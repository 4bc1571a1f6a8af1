import { describe, expect, it } from 'vitest';
import { logisticsGuidance } from '../../src/case/logistics.js';
import { openCase } from '../../src/case/open-case.js';
import { parseInstant } from '../../src/time/zone.js';
import { APPLIED, opened, order, pdd, request, SHIPPED, SIGNED } from './fixtures.js';

/** Two lines: two phone cases and a charger, ¥59.80 in all. */
const twoLines = () =>
  order('signed', {
    payments: [{ method: 'wechat_pay', amountFen: 5980 }],
    items: [
      { sku: 'case-1', priceFen: 1990, quantity: 2, goodsClass: 'standard' },
      { sku: 'charger-1', priceFen: 2000, quantity: 1, goodsClass: 'standard' },
    ],
  });

describe('openCase', () => {
  it('CSE-06: the case is named by order, type and opening instant, and starts with an empty history', () => {
    const c = opened(order(), request());
    expect(c.id).toBe(`PDD-250301-1/return_refund/${parseInstant(APPLIED)}`);
    expect(c).toMatchObject({ orderId: 'PDD-250301-1', type: 'return_refund', machine: 'return_refund', reason: 'quality', initiatedBy: 'buyer' });
    expect(c.history).toEqual([]);
    expect(c.clock).toEqual({ lastEventMs: parseInstant(APPLIED), statusSinceMs: parseInstant(APPLIED) });
    expect(c.milestones).toEqual({ appliedAt: APPLIED });
    expect(c.policy).toEqual({ id: pdd.id, version: pdd.version });
    expect(c.terms).toEqual({
      timeZone: pdd.timeZone,
      merchantResponseHours: pdd.case.merchantResponseHours,
      buyerConfirmationHours: pdd.case.buyerConfirmationHours,
      evidenceHours: pdd.case.evidenceHours,
      buyerReturnShipmentDays: pdd.case.buyerReturnShipmentDays,
      merchantReceiptDays: pdd.case.merchantReceiptDays,
      escalationDays: pdd.case.escalationDays,
      followUpDays: pdd.case.followUpDays,
      refundAfterReceiptDays: pdd.refund.refundAfterReceiptDays,
    });
    expect(c.effects).toEqual([{ type: 'notify_merchant', notice: 'application_awaits_response', rule: 'CSE-01', at: APPLIED }]);
    expect(c).not.toHaveProperty('confirmation');
    expect(c).not.toHaveProperty('courier');
    expect(c).not.toHaveProperty('appraisal');
  });

  it('CSE-06: a case about some items refunds those items’ price by default', () => {
    const c = opened(twoLines(), request({ skus: ['charger-1'] }));
    expect(c.skus).toEqual(['charger-1']);
    expect(c.money).toEqual({ refundableFen: 5980, refundFen: 2000, compensationFen: 0 });
    const cases = opened(twoLines(), request({ skus: ['case-1'] }));
    expect(cases.money.refundFen).toBe(3980);
  });

  it('CSE-06: a case about the whole order covers every item and refunds what is refundable', () => {
    const c = opened(twoLines(), request());
    expect(c.skus).toEqual(['case-1', 'charger-1']);
    expect(c.money.refundFen).toBe(5980);
  });

  it('ELG-13: an amount asked for is paid as asked', () => {
    expect(opened(twoLines(), request({ skus: ['case-1'], amountFen: 1000 })).money.refundFen).toBe(1000);
  });

  it('RSD-01: a merchant’s application waits for the buyer to confirm it', () => {
    const c = opened(order(), request({ type: 'resend', reason: 'missing_item', initiatedBy: 'merchant', evidence: [] }));
    expect(c).toMatchObject({ status: 'awaiting_buyer_confirmation', confirmation: 'application', initiatedBy: 'merchant' });
    const byBuyer = opened(order(), request({ type: 'resend', reason: 'missing_item', evidence: [] }));
    expect(byBuyer.status).toBe('awaiting_merchant');
    expect(byBuyer).not.toHaveProperty('confirmation');
  });

  it('ELG-15: an appraisal given with the application is recorded at opening', () => {
    const c = opened(order(), request({ type: 'counterfeit_claim', reason: 'counterfeit', evidence: [{ kind: 'appraisal', confirmsCounterfeit: true }] }));
    expect(c.appraisal).toBe('confirms_counterfeit');
  });

  it('CSE-06: a refund only picks its table by the order’s stage when the buyer applied', () => {
    const refund = { type: 'refund_only', reason: 'no_reason', evidence: [] } as const;
    expect(opened(order('paid'), request({ ...refund, requestedAt: '2025-03-01T12:00:00+08:00' })).machine).toBe('refund_only_before_shipment');
    expect(opened(order('shipped'), request({ ...refund, requestedAt: '2025-03-02T12:00:00+08:00' })).machine).toBe('refund_only_in_transit');
    expect(opened(order(), request({ ...refund, reason: 'quality', evidence: [{ kind: 'photo' }] })).machine).toBe('refund_only_after_delivery');
  });

  it('CSE-06: only conditions of a conditional verdict are recorded, never warnings', () => {
    const c = opened(order(), request({ evidence: [] }));
    expect(c.conditions.length).toBeGreaterThan(0);
    for (const r of c.conditions) expect(r.effect).toBe('condition');
  });

  it('CSE-06: an ineligible request is refused with the eligibility reasons', () => {
    const r = openCase(order('paid', { paidAt: undefined } as never), request(), pdd);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code === 'not_eligible' && r.error.issues.some((x) => x.effect === 'deny')).toBe(true);
  });
});

describe('logisticsGuidance at the request instant', () => {
  const notReceived = (requestedAt: string) => request({ type: 'refund_only', reason: 'not_received', requestedAt, evidence: [] });

  it('LOG-03: a parcel signed for at the very instant of the request counts as signed', () => {
    expect(logisticsGuidance(order(), notReceived(SIGNED))).toMatchObject({ verifyBeforeRemedy: true });
  });

  it('LOG-02: a parcel shipped at the very instant of the request is in transit', () => {
    expect(logisticsGuidance(order('shipped'), notReceived(SHIPPED))).toMatchObject({ verifyBeforeRemedy: false, liableParty: 'courier' });
  });

  it('CSE-08: a parcel never shipped leaves nothing to chase and the merchant liable', () => {
    expect(logisticsGuidance(order('paid'), notReceived('2025-03-01T12:00:00+08:00'))).toEqual({ actions: [], verifyBeforeRemedy: false, liableParty: 'merchant' });
  });

  it('LOG-04: damage in transit is claimed from the courier and the packaging feedback recorded', () => {
    expect(logisticsGuidance(order(), request({ reason: 'damaged_in_transit' }))).toEqual({
      actions: [
        { type: 'claim_from_courier', rule: 'LOG-04' },
        { type: 'record_packaging_feedback', rule: 'LOG-04' },
      ],
      verifyBeforeRemedy: false,
      liableParty: 'courier',
    });
  });

  it('LOG-01: other reasons ask nothing of logistics', () => {
    expect(logisticsGuidance(order(), request())).toEqual({ actions: [], verifyBeforeRemedy: false });
  });
});
