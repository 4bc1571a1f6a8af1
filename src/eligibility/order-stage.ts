import { reason } from '../model/reason.js';
import { NONE, type EligibilityRule } from './facts.js';

/** ELG-01: an unpaid order has no after-sales. */
export const unpaidOrder: EligibilityRule = (f) => (f.paid ? NONE : [reason('order_unpaid', 'deny')]);

/**
 * ELG-02 / ELG-03: a pending group buy waits for the group to form; a failed one is refunded by the
 * system (RFT-01), so a manual application is refused and points there.
 */
export const groupBuy: EligibilityRule = (f, p) => {
  const status = f.order.groupBuy?.status;
  // Stryker disable next-line ConditionalExpression: an undefined status is neither pending nor failed, so it falls through to NONE anyway
  if (!p.eligibility.groupBuy || status === undefined) return NONE;
  if (status === 'pending') return [reason('group_buy_pending', 'deny')];
  if (status === 'failed') {
    // Stryker disable next-line OptionalChaining: a failed status implies groupBuy is present
    const failedAt = f.order.groupBuy?.failedAt;
    return [reason('group_buy_failed_auto_refund', 'deny', failedAt === undefined ? { refundRule: 'RFT-01' } : { refundRule: 'RFT-01', failedAt })];
  }
  return NONE;
};

/**
 * ELG-04 / ELG-05: before shipment only `refund_only` applies, at once. Shipped but unsigned, a
 * refund is conditional on refusing delivery (拒收), and goods-in-hand types wait for signing.
 */
export const shipmentStage: EligibilityRule = (f) => {
  const type = f.request.type;
  if (!f.shipped) {
    return [reason('not_shipped_refund_only', type === 'refund_only' ? 'info' : 'deny')];
  }
  if (f.signedAt !== undefined) return NONE;
  if (type === 'refund_only') return [reason('refuse_delivery_required', 'condition')];
  if (type === 'resend') return NONE; // ELG-14 judges resends
  return [reason('awaiting_signature', 'deny')];
};
