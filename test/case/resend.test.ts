import { describe, expect, it } from 'vitest';
import { deadlines } from '../../src/case/deadlines.js';
import { APPLIED, ev, opened, order, pdd, plus, refused, request, walk } from './fixtures.js';
import { advanced } from '../results.js';

const merchantProposal = () =>
  opened(order(), request({ type: 'resend', reason: 'missing_item', initiatedBy: 'merchant', evidence: [], skus: ['case-1'] }));
const buyerApplication = () => opened(order(), request({ type: 'resend', reason: 'missing_item', evidence: [] }));

describe('resend flow (补寄)', () => {
  it('RSD-01 … RSD-05: a merchant-initiated resend from proposal to delivery, refused at every wrong turn', () => {
    let c = merchantProposal();
    expect(c.status).toBe('awaiting_buyer_confirmation');
    expect(c.effects.at(-1)).toMatchObject({ type: 'notify_buyer', notice: 'application_to_confirm', rule: 'RSD-01' });

    // No buyer confirmation yet.
    expect(refused(c, ev.agreed(plus(APPLIED, 0.5)))).toMatchObject({ code: 'buyer_confirmation_required', rule: 'RSD-01' });
    c = walk(c, [ev.confirmed(plus(APPLIED, 1))]);
    expect(c.status).toBe('awaiting_merchant');

    // No stock check.
    expect(refused(c, ev.agreed(plus(APPLIED, 1.5)))).toMatchObject({ code: 'stock_not_confirmed', rule: 'RSD-02' });

    // No stock: a refund is offered instead; the buyer insists on the resend.
    c = walk(c, [ev.stock(plus(APPLIED, 2), false)]);
    expect(c.status).toBe('awaiting_buyer_confirmation');
    expect(c.effects.at(-1)).toMatchObject({ type: 'offer_refund', amountFen: 3980, rule: 'RSD-02' });
    c = walk(c, [ev.declined(plus(APPLIED, 3))]);
    expect(c.status).toBe('awaiting_merchant');
    expect(refused(c, ev.agreed(plus(APPLIED, 3.5)))).toMatchObject({ code: 'out_of_stock', rule: 'RSD-02' });

    // Restocked: agreement creates the resend order and tells the buyer.
    c = walk(c, [ev.stock(plus(APPLIED, 20), true), ev.agreed(plus(APPLIED, 20.5))]);
    expect(c.status).toBe('awaiting_shipment');
    expect(c.effects.slice(-2)).toEqual([
      { type: 'create_resend_order', skus: ['case-1'], rule: 'RSD-03', at: plus(APPLIED, 20.5) },
      { type: 'notify_buyer', notice: 'resend_created', rule: 'RSD-03', at: plus(APPLIED, 20.5) },
    ]);

    // No tracking number.
    expect(refused(c, ev.merchantShipped(plus(APPLIED, 22)))).toMatchObject({
      code: 'tracking_number_required',
      rule: 'RSD-04',
      params: { missing: ['trackingNumber'] },
    });
    c = walk(c, [ev.merchantShipped(plus(APPLIED, 22), 'SF1234567890'), ev.delivered(plus(APPLIED, 70))]);
    expect(c).toMatchObject({ status: 'completed', outcome: 'resent', liableParty: 'merchant' });
    expect(c.shipment).toEqual({ carrier: 'SF', trackingNumber: 'SF1234567890', at: plus(APPLIED, 22) });
    expect(c.effects).toContainEqual({ type: 'notify_buyer', notice: 'shipped', carrier: 'SF', trackingNumber: 'SF1234567890', rule: 'RSD-04', at: plus(APPLIED, 22) });
  });

  it('RSD-01: the merchant applies on the buyer’s behalf and the case waits for the buyer, who may decline', () => {
    const c = walk(merchantProposal(), [ev.declined(plus(APPLIED, 1))]);
    expect(c).toMatchObject({ status: 'closed', outcome: 'withdrawn', initiatedBy: 'merchant' });
  });

  it('RSD-01: the buyer’s silence lets the merchant’s application lapse when the confirmation window ends', () => {
    const c = merchantProposal();
    expect(deadlines(c, pdd)).toEqual([
      { party: 'buyer', action: 'confirm_application', dueAt: plus(APPLIED, 48), onTimeout: 'close_case', rule: 'RSD-01', since: APPLIED },
    ]);
    expect(advanced(c, plus(APPLIED, 48, -1), pdd).status).toBe('awaiting_buyer_confirmation');
    expect(advanced(c, plus(APPLIED, 48), pdd)).toMatchObject({ status: 'closed', outcome: 'withdrawn' });
  });

  it('RSD-01: only the buyer confirms; a merchant cannot confirm its own application', () => {
    expect(refused(merchantProposal(), { type: 'buyer_confirmed', at: plus(APPLIED, 1), actor: 'merchant' })).toMatchObject({ code: 'wrong_actor' });
  });

  it('RSD-02: agreeing to a resend without a stock check is refused', () => {
    expect(refused(buyerApplication(), ev.agreed(plus(APPLIED, 1)))).toMatchObject({ code: 'stock_not_confirmed', rule: 'RSD-02' });
  });

  it('RSD-02: out of stock, the buyer may take the refund offered instead', () => {
    const c = walk(buyerApplication(), [ev.stock(plus(APPLIED, 1), false), ev.confirmed(plus(APPLIED, 2)), ev.refundPaid(plus(APPLIED, 3))]);
    expect(c).toMatchObject({ status: 'completed', outcome: 'refunded' });
    expect(c.effects.filter((e) => e.type === 'pay_refund')).toEqual([{ type: 'pay_refund', amountFen: 3980, rule: 'RSD-02', at: plus(APPLIED, 2) }]);
    expect(c.milestones.confirmedAt).toBeUndefined(); // answering an offer is not confirming an application
  });

  it('RSD-02: an unanswered refund offer lapses back to the merchant', () => {
    const c = walk(buyerApplication(), [ev.stock(plus(APPLIED, 1), false)]);
    expect(deadlines(c, pdd)[0]).toMatchObject({ action: 'answer_refund_offer', rule: 'RSD-02', onTimeout: 'return_to_merchant' });
    const lapsed = advanced(c, plus(APPLIED, 49), pdd);
    expect(lapsed.status).toBe('awaiting_merchant');
    expect(lapsed.history.at(-1)).toEqual({ type: 'timed_out', at: plus(APPLIED, 49), actor: 'system', rule: 'RSD-02' });
  });

  it('RSD-03: the system’s agreement at the response timeout also creates the resend order', () => {
    const c = advanced(buyerApplication(), plus(APPLIED, 48), pdd);
    expect(c.status).toBe('awaiting_shipment');
    expect(c.effects.map((e) => e.type)).toContain('create_resend_order');
  });

  it('RSD-04: a shipment needs a carrier too', () => {
    const c = walk(buyerApplication(), [ev.stock(plus(APPLIED, 1), true), ev.agreed(plus(APPLIED, 2))]);
    expect(refused(c, { type: 'merchant_shipped', at: plus(APPLIED, 3), actor: 'merchant', trackingNumber: 'SF1' })).toMatchObject({
      code: 'tracking_number_required',
      params: { missing: ['carrier'] },
    });
  });

  it('RSD-05: the case records the instant of application, confirmation, stock check, agreement, shipment and the tracking number', () => {
    const c = walk(merchantProposal(), [
      ev.confirmed(plus(APPLIED, 1)),
      ev.stock(plus(APPLIED, 2), true),
      ev.agreed(plus(APPLIED, 3)),
      ev.merchantShipped(plus(APPLIED, 4), 'SF42'),
    ]);
    expect(c.milestones).toEqual({
      appliedAt: APPLIED,
      // S0 step 1: the merchant's own application from chat is its contact with the buyer.
      respondedAt: APPLIED,
      confirmedAt: plus(APPLIED, 1),
      stockCheckedAt: plus(APPLIED, 2),
      agreedAt: plus(APPLIED, 3),
      shippedAt: plus(APPLIED, 4),
    });
    expect(c.shipment).toEqual({ carrier: 'SF', trackingNumber: 'SF42', at: plus(APPLIED, 4) });
    expect(c.history.map((e) => e.at)).toEqual([1, 2, 3, 4].map((h) => plus(APPLIED, h)));
  });

  it('RSD-06: a missing-item case decided for the buyer in intervention with no resend shipped shows it in its history (PEN-02)', () => {
    const c = walk(buyerApplication(), [
      ev.refusedByMerchant(plus(APPLIED, 1)),
      ev.escalated(plus(APPLIED, 2)),
      ev.evidence(plus(APPLIED, 3), 'buyer'),
      ev.evidence(plus(APPLIED, 4), 'merchant', 'logistics_seal'),
      ev.ruled(plus(APPLIED, 30), 'buyer'),
    ]);
    expect(c).toMatchObject({ reason: 'missing_item', status: 'refunding', liableParty: 'merchant', intervention: { ruling: 'buyer' } });
    expect(c.history.some((e) => e.type === 'merchant_shipped')).toBe(false);
    expect(c.shipment).toBeUndefined();
    expect(c.history.find((e) => e.type === 'platform_ruled')).toMatchObject({ for: 'buyer' });
  });
});
