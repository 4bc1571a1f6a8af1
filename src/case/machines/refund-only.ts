import type { Machine } from '../machine.js';
import { commonEntry, compose, dispute, ended, proposal, proposalRefusals, refunding, refundingAfterReceipt, response, START } from './fragments.js';

/** Refund only before shipment (ELG-04): agreement, or the merchant's silence, refunds at once. */
export const refundOnlyBeforeShipment: Machine = {
  id: 'refund_only_before_shipment',
  title: 'Refund only, before shipment',
  rules: ['ELG-04', 'CSE-01', 'CSE-02', 'CSE-03', 'CSE-07'],
  start: START,
  transitions: compose(
    proposal,
    response({ to: 'refunding', rule: 'CSE-01' }),
    refunding('RFT-05'),
    dispute('refunding'),
    ended,
  ),
  entry: commonEntry,
  refusals: proposalRefusals,
};

/**
 * Refund only in transit (ELG-05, LOG-05): the buyer refuses the parcel at the door, it goes back
 * to the merchant, and the merchant's receipt (or its timeout) refunds. A parcel signed for instead
 * ends the case: the condition of the refund was not met.
 */
export const refundOnlyInTransit: Machine = {
  id: 'refund_only_in_transit',
  title: 'Refund only, in transit (buyer refuses delivery)',
  rules: ['ELG-05', 'LOG-05', 'CSE-01', 'CSE-02', 'CSE-03', 'CSE-04', 'CSE-07', 'RFT-06'],
  start: START,
  transitions: compose(
    proposal,
    response(
      { to: 'awaiting_refusal', effects: ['notify_courier_refusal'], rule: 'ELG-05' },
      {
        buyer_refused_delivery: { to: 'return_in_transit', actors: ['buyer'], rule: 'LOG-05' },
        delivered: { to: 'closed', actors: ['platform', 'system'], outcome: 'withdrawn', rule: 'ELG-05' },
      },
    ),
    {
      awaiting_refusal: {
        buyer_refused_delivery: { to: 'return_in_transit', actors: ['buyer'], rule: 'LOG-05' },
        delivered: { to: 'closed', actors: ['platform', 'system'], outcome: 'withdrawn', rule: 'ELG-05' },
        buyer_withdrew: { to: 'closed', actors: ['buyer'], outcome: 'withdrawn', rule: 'CSE-06' },
      },
      return_in_transit: {
        merchant_received: { to: 'refunding', actors: ['merchant'], rule: 'LOG-05' },
        timed_out: { to: 'refunding', actors: ['system'], guard: 'timeoutDue', rule: 'CSE-04' },
      },
    },
    refundingAfterReceipt,
    dispute('awaiting_refusal'),
    ended,
  ),
  entry: commonEntry,
  refusals: proposalRefusals,
};

/**
 * Refund only after delivery (ELG-18): goods kept or never received. When tracking says signed and
 * the buyer says not received, the merchant verifies with the courier before any remedy (LOG-03).
 * A refund of goods the buyer keeps is the merchant's to agree: its silence at the CSE-01 timeout
 * leaves the application refused (the buyer may escalate, CSE-02), never paid.
 */
export const refundOnlyAfterDelivery: Machine = {
  id: 'refund_only_after_delivery',
  title: 'Refund only, after delivery',
  rules: ['ELG-18', 'LOG-03', 'LOG-04', 'CSE-01', 'CSE-02', 'CSE-03', 'CSE-07', 'CSE-08'],
  start: START,
  transitions: compose(
    proposal,
    response(
      { to: 'refunding', guard: 'courierVerified', rule: 'LOG-03' },
      {
        courier_verified: { to: 'awaiting_merchant', actors: ['merchant'], effects: ['courier_outcome'], rule: 'LOG-03' },
        timed_out: {
          to: { select: 'merchantSilence', cases: { agrees: 'refunding', refuses: 'rejected' }, rules: { refuses: 'ELG-18' } },
          actors: ['system'],
          guard: 'timeoutDue',
          rule: 'CSE-01',
        },
      },
    ),
    refunding('RFT-05'),
    dispute('refunding'),
    ended,
  ),
  entry: commonEntry,
  refusals: proposalRefusals,
};
