import type { Order } from '../model/order.js';
import type { AfterSalesRequest } from '../model/request.js';
import type { LiableParty } from '../model/vocabulary.js';
import { parseInstant } from '../time/zone.js';

/** One thing the merchant does about a parcel (LOG-01…04). */
export type LogisticsAction =
  | 'chase_shipment'
  | 'trace_shipment'
  | 'ask_buyer_details'
  | 'verify_with_courier'
  | 'claim_from_courier'
  | 'record_packaging_feedback';

/** What the merchant must do about a logistics problem, and who bears it (LOG-01…04). */
export interface LogisticsGuidance {
  /** What the merchant must do, in order, each with the rule that asks for it. */
  readonly actions: readonly {
    /** The action. */
    readonly type: LogisticsAction;
    /** The rule that asks for it. */
    readonly rule: 'LOG-01' | 'LOG-02' | 'LOG-03' | 'LOG-04';
  }[];
  /** LOG-03: no remedy before the courier has been asked. */
  readonly verifyBeforeRemedy: boolean;
  /** LOG-04: who bears a loss in transit; absent until LOG-03's check says. */
  readonly liableParty?: LiableParty;
}

const NONE: LogisticsGuidance = { actions: [], verifyBeforeRemedy: false };

const happenedBy = (instant: string | undefined, at: number): boolean =>
  instant !== undefined && parseInstant(instant) <= at;

/**
 * What a `not_received` or `damaged_in_transit` application requires of the merchant, judged at the
 * request instant. Signed but not received: ask the buyer and verify with the courier before any
 * remedy (LOG-03). Still in transit: trace it and chase the courier (LOG-02, LOG-01). Lost or broken
 * on the way: the courier is liable toward the merchant, the merchant remedies the buyer and records
 * the packaging feedback (LOG-04). A parcel refused at the door (LOG-05) is the in-transit refund's
 * own flow. Rules: LOG-01…05.
 *
 * @example
 * logisticsGuidance(
 *   { …order, shippedAt: '2025-03-01T18:00:00+08:00', signedAt: '2025-03-03T11:20:00+08:00' },
 *   { type: 'refund_only', reason: 'not_received', requestedAt: '2025-03-04T09:00:00+08:00' },
 * )
 * // → { actions: [{ type: 'ask_buyer_details', rule: 'LOG-03' }, { type: 'verify_with_courier', rule: 'LOG-03' }],
 * //     verifyBeforeRemedy: true }
 */
export function logisticsGuidance(order: Order, request: AfterSalesRequest): LogisticsGuidance {
  const at = parseInstant(request.requestedAt);
  if (request.reason === 'damaged_in_transit') {
    return {
      actions: [
        { type: 'claim_from_courier', rule: 'LOG-04' },
        { type: 'record_packaging_feedback', rule: 'LOG-04' },
      ],
      verifyBeforeRemedy: false,
      liableParty: 'courier',
    };
  }
  if (request.reason !== 'not_received') return NONE;
  if (happenedBy(order.signedAt, at)) {
    return {
      actions: [
        { type: 'ask_buyer_details', rule: 'LOG-03' },
        { type: 'verify_with_courier', rule: 'LOG-03' },
      ],
      verifyBeforeRemedy: true,
    };
  }
  if (happenedBy(order.shippedAt, at)) {
    return {
      actions: [
        { type: 'trace_shipment', rule: 'LOG-02' },
        { type: 'chase_shipment', rule: 'LOG-01' },
      ],
      verifyBeforeRemedy: false,
      liableParty: 'courier',
    };
  }
  // Never shipped: nothing is in the courier's hands; the merchant is late (CSE-08).
  return { actions: [], verifyBeforeRemedy: false, liableParty: 'merchant' };
}
