import { describe, expect, it } from 'vitest';
import { logisticsGuidance } from '../../src/case/logistics.js';
import { APPLIED, ev, opened, order, pdd, plus, refused, request, walk } from './fixtures.js';
import { advanced } from '../results.js';

const IN_TRANSIT_AT = '2025-03-02T09:00:00+08:00';
const notReceived = (stage: 'shipped' | 'signed', requestedAt = stage === 'signed' ? APPLIED : IN_TRANSIT_AT) =>
  opened(order(stage), request({ type: 'refund_only', reason: 'not_received', requestedAt, evidence: [] }));

describe('logistics (LOG)', () => {
  it('LOG-01: a late parcel is chased with the courier and the cause reported', () => {
    const g = logisticsGuidance(order('shipped'), request({ type: 'refund_only', reason: 'not_received', requestedAt: IN_TRANSIT_AT }));
    expect(g.actions).toContainEqual({ type: 'chase_shipment', rule: 'LOG-01' });
    expect(g.liableParty).toBe('courier');
  });

  it('LOG-02: a buyer asking where the parcel is gets it traced', () => {
    const c = notReceived('shipped');
    expect(c.effects.slice(0, 2)).toEqual([
      { type: 'trace_shipment', rule: 'LOG-02', at: IN_TRANSIT_AT },
      { type: 'chase_shipment', rule: 'LOG-01', at: IN_TRANSIT_AT },
    ]);
  });

  it('LOG-03: tracking says signed, buyer says not received: no remedy before the courier is asked', () => {
    const c = notReceived('signed');
    expect(c).toMatchObject({ machine: 'refund_only_after_delivery', courier: { verifyBeforeRemedy: true } });
    expect(c.liableParty).toBeUndefined();
    expect(c.effects.slice(0, 2)).toEqual([
      { type: 'ask_buyer_details', rule: 'LOG-03', at: APPLIED },
      { type: 'verify_with_courier', rule: 'LOG-03', at: APPLIED },
    ]);
    expect(refused(c, ev.agreed(plus(APPLIED, 1)))).toMatchObject({ code: 'courier_verification_required', rule: 'LOG-03' });
    const verified = walk(c, [ev.courier(plus(APPLIED, 2), 'lost'), ev.agreed(plus(APPLIED, 3))]);
    expect(verified).toMatchObject({ status: 'refunding', liableParty: 'courier', courier: { finding: 'lost', verifiedAt: plus(APPLIED, 2) } });
  });

  it('LOG-03: a courier confirming delivery to the buyer lets the merchant refuse, with the buyer liable', () => {
    const c = walk(notReceived('signed'), [ev.courier(plus(APPLIED, 2), 'delivered'), ev.refusedByMerchant(plus(APPLIED, 3))]);
    expect(c).toMatchObject({ status: 'rejected', liableParty: 'buyer' });
    // Delivered: nothing to claim from the courier, no packaging to review (LOG-04 is for lost or damaged parcels).
    expect(c.effects.filter((e) => e.at === plus(APPLIED, 2))).toEqual([
      { type: 'notify_buyer', notice: 'courier_finding', finding: 'delivered', rule: 'LOG-03', at: plus(APPLIED, 2) },
    ]);
  });

  it('LOG-03: the merchant’s silence still lets the system agree at the CSE-01 timeout', () => {
    const c = advanced(notReceived('signed'), plus(APPLIED, 48), pdd);
    expect(c).toMatchObject({ status: 'refunding', liableParty: 'merchant' });
  });

  it('LOG-04: lost or damaged in transit, the courier is liable toward the merchant, who remedies the buyer and records packaging feedback', () => {
    const damaged = opened(order(), request({ type: 'return_refund', reason: 'damaged_in_transit' }));
    expect(damaged.liableParty).toBe('courier');
    expect(damaged.effects.slice(0, 2)).toEqual([
      { type: 'claim_from_courier', rule: 'LOG-04', at: APPLIED },
      { type: 'record_packaging_feedback', rule: 'LOG-04', at: APPLIED },
    ]);
    const lost = walk(notReceived('signed'), [ev.courier(plus(APPLIED, 2), 'damaged')]);
    expect(lost.effects.slice(-2)).toEqual([
      { type: 'claim_from_courier', rule: 'LOG-04', at: plus(APPLIED, 2) },
      { type: 'record_packaging_feedback', rule: 'LOG-04', at: plus(APPLIED, 2) },
    ]);
  });

  it('LOG-05: refused at the door, the parcel goes back and the merchant’s receipt refunds', () => {
    const c = opened(order('shipped'), request({ type: 'refund_only', reason: 'no_reason', requestedAt: IN_TRANSIT_AT, evidence: [] }));
    expect(c.machine).toBe('refund_only_in_transit');
    expect(c.conditions.map((r) => r.code)).toEqual(['refuse_delivery_required']);
    const agreed = walk(c, [ev.agreed(plus(IN_TRANSIT_AT, 1))]);
    expect(agreed.status).toBe('awaiting_refusal');
    expect(agreed.effects.at(-1)).toEqual({ type: 'notify_courier', notice: 'buyer_will_refuse_delivery', rule: 'LOG-05', at: plus(IN_TRANSIT_AT, 1) });
    const back = walk(agreed, [ev.refusedDelivery(plus(IN_TRANSIT_AT, 20)), ev.received(plus(IN_TRANSIT_AT, 60)), ev.refundPaid(plus(IN_TRANSIT_AT, 61))]);
    expect(back).toMatchObject({ status: 'completed', outcome: 'refunded', milestones: { refusedDeliveryAt: plus(IN_TRANSIT_AT, 20) } });
  });

  it('LOG-05: a parcel signed for instead of refused ends the in-transit refund', () => {
    const c = walk(opened(order('shipped'), request({ type: 'refund_only', reason: 'no_reason', requestedAt: IN_TRANSIT_AT })), [
      ev.agreed(plus(IN_TRANSIT_AT, 1)),
      ev.delivered(plus(IN_TRANSIT_AT, 30)),
    ]);
    expect(c).toMatchObject({ status: 'closed', outcome: 'withdrawn' });
  });

  it('LOG-05: the buyer may refuse the parcel before the merchant answers', () => {
    const c = walk(opened(order('shipped'), request({ type: 'refund_only', reason: 'no_reason', requestedAt: IN_TRANSIT_AT })), [
      ev.refusedDelivery(plus(IN_TRANSIT_AT, 2)),
    ]);
    expect(c.status).toBe('return_in_transit');
  });
});
