import type { Machine } from '../machine.js';
import { commonEntry, compose, dispute, ended, proposal, proposalRefusals, response, START } from './fragments.js';

/** Exchange (CSE-05): the return leg as CSE-04, then the merchant ships the replacement with tracking. */
export const exchange: Machine = {
  id: 'exchange',
  title: 'Exchange',
  rules: ['CSE-01', 'CSE-02', 'CSE-03', 'CSE-04', 'CSE-05', 'CSE-07', 'ELG-08'],
  start: START,
  transitions: compose(
    proposal,
    response({ to: 'awaiting_return', guard: 'returnAddress', rule: 'CSE-04' }),
    {
      awaiting_return: {
        buyer_shipped: { to: 'return_in_transit', actors: ['buyer'], guard: 'trackingNumber', effects: ['notify_return_shipment'], rule: 'CSE-04' },
        buyer_withdrew: { to: 'closed', actors: ['buyer'], outcome: 'withdrawn', rule: 'CSE-06' },
        timed_out: { to: 'closed', actors: ['system'], guard: 'timeoutDue', outcome: 'withdrawn', rule: 'CSE-04' },
      },
      return_in_transit: {
        merchant_received: { to: { select: 'intact', cases: { intact: 'awaiting_shipment', not_intact: 'rejected' } }, actors: ['merchant'], rule: 'CSE-05' },
        timed_out: { to: 'awaiting_shipment', actors: ['system'], guard: 'timeoutDue', rule: 'CSE-04' },
      },
      awaiting_shipment: {
        merchant_shipped: { to: 'in_transit_to_buyer', actors: ['merchant'], guard: 'trackingNumber', effects: ['notify_shipment'], rule: 'CSE-05' },
      },
      in_transit_to_buyer: {
        delivered: { to: 'completed', actors: ['buyer', 'platform', 'system'], outcome: 'exchanged', rule: 'CSE-05' },
      },
    },
    dispute({ buyer_goods_with_buyer: 'awaiting_return', buyer_goods_with_merchant: 'awaiting_shipment' }),
    ended,
  ),
  entry: { ...commonEntry, awaiting_return: ['send_return_address'] },
  refusals: proposalRefusals,
};
