import type { Order } from '../model/order.js';
import type { Policy } from '../model/policy.js';
import type { AfterSalesRequest } from '../model/request.js';
import { PARCELS } from './parcels.js';
import type { FreightLeg } from './types.js';

/**
 * FRT-05's trigger: a penalty rule applies to the merchant. Either the caller says so (rule IDs of
 * the violations found), or the request itself proves one: an appraisal confirming counterfeit goods
 * is PEN-04.
 *
 * @example
 * merchantPenalized({ type: 'counterfeit_claim', reason: 'counterfeit', requestedAt: '2025-11-12T10:00:00+08:00',
 *   evidence: [{ kind: 'appraisal', confirmsCounterfeit: true }] }, undefined) // → true
 */
export function merchantPenalized(request: AfterSalesRequest, penalties: readonly string[] | undefined): boolean {
  if (penalties !== undefined && penalties.length > 0) return true;
  return request.reason === 'counterfeit' && (request.evidence?.some((e) => e.kind === 'appraisal' && e.confirmsCounterfeit === true) ?? false);
}

/**
 * The payer of each parcel:
 * - FRT-05: a penalized merchant pays every leg (it refunds the buyer's freight).
 * - FRT-06: a resend is always the merchant's.
 * - FRT-01: a no-reason return leg is the buyer's (or FRT-04: the platform's, where the order carries
 *   the return-freight subsidy); the exchange's replacement too when `exchangeBuyerPaysBothLegs`.
 * - FRT-02: every other reason claims the merchant (or its courier) at fault, so the merchant pays the
 *   round trip. The fault reasons (`FAULT_REASONS`) are quality, wrong_item, not_as_described,
 *   damaged_in_transit and counterfeit; missing_item and not_received are the merchant's shipment failing too.
 *
 * @example
 * freightLegs(order, { type: 'exchange', reason: 'wrong_item', requestedAt: '2025-09-05T20:00:00+08:00' }, policies.pinduoduo, false)
 * // → { returnLeg: { payer: 'merchant', rule: 'FRT-02' }, forwardLeg: { payer: 'merchant', rule: 'FRT-02' } }
 */
export function freightLegs(
  order: Order,
  request: AfterSalesRequest,
  policy: Policy,
  penalized: boolean,
): { readonly returnLeg: FreightLeg | null; readonly forwardLeg: FreightLeg | null } {
  const parcels = PARCELS[request.type];
  const noReason = request.reason === 'no_reason';
  const subsidised = order.returnFreightSubsidy === true && policy.freight.returnFreightSubsidy !== null;
  const back: FreightLeg = penalized
    ? { payer: 'merchant', rule: 'FRT-05' }
    : !noReason
      ? { payer: 'merchant', rule: 'FRT-02' }
      : subsidised
        ? { payer: 'platform', rule: 'FRT-04' }
        : { payer: 'buyer', rule: 'FRT-01' };
  const out: FreightLeg =
    request.type === 'resend'
      ? { payer: 'merchant', rule: 'FRT-06' }
      : penalized
        ? { payer: 'merchant', rule: 'FRT-05' }
        : !noReason
          ? { payer: 'merchant', rule: 'FRT-02' }
          : { payer: policy.freight.exchangeBuyerPaysBothLegs ? 'buyer' : 'merchant', rule: 'FRT-01' };
  return { returnLeg: parcels.back ? back : null, forwardLeg: parcels.out ? out : null };
}
