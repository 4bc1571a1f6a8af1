import type { CaseMachine } from '../../model/case.js';
import type { Machine } from '../machine.js';
import { counterfeitClaim } from './counterfeit-claim.js';
import { exchange } from './exchange.js';
import { refundOnlyAfterDelivery, refundOnlyBeforeShipment, refundOnlyInTransit } from './refund-only.js';
import { repair } from './repair.js';
import { resend } from './resend.js';
import { returnRefund } from './return-refund.js';
import { deepFreeze } from '../../model/freeze.js';

/**
 * Every case type's transition table, by machine id: data the docs draw and the tests validate.
 *
 * @example
 * MACHINES.resend.transitions.awaiting_merchant?.merchant_agreed?.guard // → 'stockConfirmed'
 */
export const MACHINES: Readonly<Record<CaseMachine, Machine>> = /* @__PURE__ */ deepFreeze({
  refund_only_before_shipment: refundOnlyBeforeShipment,
  refund_only_in_transit: refundOnlyInTransit,
  refund_only_after_delivery: refundOnlyAfterDelivery,
  return_refund: returnRefund,
  exchange,
  resend,
  counterfeit_claim: counterfeitClaim,
  repair,
});
