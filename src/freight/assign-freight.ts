import { invalidArgument } from '../model/invalid-argument.js';
import type { Order } from '../model/order.js';
import type { InputError } from '../model/parse.js';
import { err, ok, type Result } from '../model/result.js';
import type { Policy } from '../model/policy.js';
import type { AfterSalesRequest } from '../model/request.js';
import { freightLegs, merchantPenalized } from './freight-legs.js';
import { outboundDeduction } from './outbound-deduction.js';
import { reimbursement } from './reimbursement.js';
import { readInstant } from '../time/zone.js';
import type { FreightAssignment, FreightOptions } from './types.js';

/**
 * Who pays postage? For each parcel the request moves, the one payer and the rule that names it
 * (FRT-01 no reason → buyer, FRT-02 fault → merchant, FRT-04 platform subsidy, FRT-05 penalized
 * merchant, FRT-06 resend → merchant); who pays the buyer back (FRT-03 insurer, FRT-04 platform);
 * and the outbound postage the merchant may deduct when a return breaks free shipping (FRT-07).
 * Inputs are trusted typed values; it answers for the request as if it goes ahead, whatever its
 * eligibility (`assess` combines the two). A `merchantAgreedAt` that is not an ISO-8601 instant with
 * an offset is an `invalid_input` error at `['merchantAgreedAt']`, never a throw or a guess.
 *
 * @example
 * assignFreight(
 *   { id: 'o1', paidAt: '2025-10-20T10:00:00+08:00', payments: [{ method: 'wechat_pay', amountFen: 15900 }],
 *     shippedAt: '2025-10-20T16:00:00+08:00', signedAt: '2025-10-22T12:00:00+08:00',
 *     items: [{ sku: 'jacket-L', priceFen: 15900, quantity: 1 }], freightInsurance: { holder: 'buyer' } },
 *   { type: 'return_refund', reason: 'no_reason', requestedAt: '2025-10-25T21:00:00+08:00' },
 *   policies.taobao,
 * )
 * // → { ok: true, value: { returnLeg: { payer: 'buyer', rule: 'FRT-01' }, forwardLeg: null,
 * //     reimbursement: { by: 'insurer', rule: 'FRT-03' }, deduction: null } }
 */
export function assignFreight(
  order: Order,
  request: AfterSalesRequest,
  policy: Policy,
  options: FreightOptions = {},
): Result<FreightAssignment, InputError> {
  const agreed = options.merchantAgreedAt;
  const agreedAtMs = agreed === undefined ? undefined : readInstant(agreed);
  if (Number.isNaN(agreedAtMs))
    return err(invalidArgument(['merchantAgreedAt'], `not an ISO-8601 instant with an offset: ${JSON.stringify(agreed)}`, 'invalid_format'));
  return ok(freightAssignment(order, request, policy, options.penalties, agreedAtMs));
}

/** {@link assignFreight} on values already valid: what `assess` and `openCase` call. */
export function freightAssignment(
  order: Order,
  request: AfterSalesRequest,
  policy: Policy,
  penalties?: readonly string[],
  agreedAtMs?: number,
): FreightAssignment {
  const penalized = merchantPenalized(request, penalties);
  const { returnLeg, forwardLeg } = freightLegs(order, request, policy, penalized);
  return {
    returnLeg,
    forwardLeg,
    reimbursement: reimbursement(returnLeg, order, policy, agreedAtMs),
    deduction: outboundDeduction(order, request, policy, penalized),
  };
}
