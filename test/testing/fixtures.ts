import { openCase, policies, type AfterSalesCase, type AfterSalesRequest, type Order } from '../../src/index.js';

/** A signed-for order of one phone case, paid with WeChat Pay. */
export const signedOrder: Order = {
  id: 'o-1',
  paidAt: '2025-03-01T10:00:00+08:00',
  payments: [{ method: 'wechat_pay', amountFen: 3990 }],
  shippedAt: '2025-03-01T18:00:00+08:00',
  signedAt: '2025-03-03T11:20:00+08:00',
  items: [{ sku: 'case-1', priceFen: 3990, quantity: 1 }],
};

/**
 * A return-and-refund case for a quality fault on `signedOrder`, under Pinduoduo's policy: awaiting
 * the merchant (CSE-01), or the buyer's confirmation when the merchant applied (RSD-01).
 */
export function openedReturn(initiatedBy: AfterSalesRequest['initiatedBy'] = 'buyer'): AfterSalesCase {
  const r = openCase(signedOrder, { type: 'return_refund', reason: 'quality', requestedAt: '2025-03-04T09:00:00+08:00', initiatedBy }, policies.pinduoduo);
  if (!r.ok) throw new Error('the fixture case must open');
  return r.value;
}
