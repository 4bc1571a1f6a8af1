import type { Machine } from '../machine.js';
import { commonEntry, compose, dispute, ended, proposalRefusals, refunding, response, START } from './fragments.js';

/**
 * Resend (补寄, RSD-01…06): the buyer applies, or the merchant applies from chat and the buyer
 * confirms; the merchant checks stock before agreeing (no stock: a refund is offered instead);
 * agreement creates the resend order; it ships only with a tracking number, told to the buyer.
 */
export const resend: Machine = {
  id: 'resend',
  title: 'Resend (missing items)',
  rules: ['RSD-01', 'RSD-02', 'RSD-03', 'RSD-04', 'RSD-05', 'RSD-06', 'CSE-01', 'CSE-02', 'CSE-03', 'CSE-07'],
  start: START,
  transitions: compose(
    {
      awaiting_buyer_confirmation: {
        buyer_confirmed: {
          to: { select: 'confirmation', cases: { application: 'awaiting_merchant', refund_offer: 'refunding' }, rules: { refund_offer: 'RSD-02' } },
          actors: ['buyer'],
          rule: 'RSD-01',
        },
        buyer_declined: { to: { select: 'confirmation', cases: { application: 'closed', refund_offer: 'awaiting_merchant' } }, actors: ['buyer'], outcome: 'withdrawn', rule: 'RSD-01' },
        buyer_withdrew: { to: 'closed', actors: ['buyer'], outcome: 'withdrawn', rule: 'RSD-01' },
        timed_out: { to: { select: 'confirmation', cases: { application: 'closed', refund_offer: 'awaiting_merchant' } }, actors: ['system'], guard: 'timeoutDue', outcome: 'withdrawn', rule: 'RSD-01' },
      },
    },
    response(
      { to: 'awaiting_shipment', guard: 'stockConfirmed', rule: 'RSD-03' },
      {
        stock_checked: {
          to: { select: 'stock', cases: { available: 'awaiting_merchant', unavailable: 'awaiting_buyer_confirmation' } },
          actors: ['merchant'],
          rule: 'RSD-02',
        },
      },
    ),
    {
      awaiting_shipment: {
        merchant_shipped: { to: 'in_transit_to_buyer', actors: ['merchant'], guard: 'trackingNumber', effects: ['notify_shipment'], rule: 'RSD-04' },
      },
      in_transit_to_buyer: {
        delivered: { to: 'completed', actors: ['buyer', 'platform', 'system'], outcome: 'resent', rule: 'RSD-05' },
      },
    },
    refunding('RSD-02'),
    // RSD-06: a ruling for the buyer refunds the missing items; the history shows no resend shipped.
    dispute('refunding'),
    ended,
  ),
  entry: { ...commonEntry, awaiting_shipment: ['create_resend_order'] },
  refusals: proposalRefusals,
};
