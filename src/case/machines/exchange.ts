import type { Machine } from '../machine.js';
import { commonEntry, compose, dispute, ended, proposal, proposalRefusals, response, returnLeg, START } from './fragments.js';

/** Exchange (CSE-05): the return leg as CSE-04, then the merchant ships the replacement with tracking. */
export const exchange: Machine = {
  id: 'exchange',
  title: 'Exchange',
  rules: ['CSE-01', 'CSE-02', 'CSE-03', 'CSE-04', 'CSE-05', 'CSE-07', 'ELG-08'],
  start: START,
  transitions: compose(
    proposal,
    response({ to: 'awaiting_return', guard: 'returnAddress', rule: 'CSE-04' }),
    returnLeg({ select: 'intact', cases: { intact: 'awaiting_shipment', not_intact: 'rejected' } }, 'awaiting_shipment', 'CSE-05'),
    {
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
  entry: { ...commonEntry, awaiting_return: ['send_return_address', 'pay_freight_subsidy'] },
  refusals: proposalRefusals,
};
