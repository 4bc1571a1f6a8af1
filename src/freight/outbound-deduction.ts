import type { Order } from '../model/order.js';
import type { Policy } from '../model/policy.js';
import type { AfterSalesRequest } from '../model/request.js';
import { skuLookup } from '../model/sku-lookup.js';
import type { OutboundPostageDeduction } from './types.js';

/**
 * FRT-07 (Measures art. 18): an order that won free shipping by reaching a threshold, partly
 * returned without reason so that the items kept no longer reach it, may have the waived outbound
 * postage deducted from the refund. Only where the policy allows it; never when the merchant is at
 * fault or penalized (then the merchant owes the freight, FRT-02/05); never for a whole-order return,
 * which leaves nothing to ship for free. Item totals are list price × quantity, as the threshold is.
 *
 * @example
 * // ¥60 mug + ¥50 plate won free shipping at ¥99 (¥8 waived); the plate goes back without reason.
 * outboundDeduction({ ...order, items: [mug6000, plate5000], freeShipping: { thresholdFen: 9900, postageFen: 800 } },
 *   { type: 'return_refund', reason: 'no_reason', skus: ['plate'], requestedAt: '2025-03-05T09:00:00+08:00' }, policies.pinduoduo, false)
 * // → { amountFen: 800, rule: 'FRT-07' }
 */
export function outboundDeduction(
  order: Order,
  request: AfterSalesRequest,
  policy: Policy,
  penalized: boolean,
): OutboundPostageDeduction | null {
  const free = order.freeShipping;
  const skus = request.skus;
  if (
    free === undefined ||
    skus === undefined ||
    penalized ||
    !policy.freight.deductOutboundPostage ||
    request.type !== 'return_refund' ||
    request.reason !== 'no_reason' ||
    free.postageFen === 0
  ) {
    return null;
  }
  const returned = skuLookup(skus);
  let keptFen = 0;
  for (const item of order.items) if (!returned(item.sku)) keptFen += item.priceFen * item.quantity;
  return keptFen > 0 && keptFen < free.thresholdFen ? { amountFen: free.postageFen, rule: 'FRT-07' } : null;
}
