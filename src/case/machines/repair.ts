import type { Machine } from '../machine.js';
import { commonEntry, compose, dispute, ended, proposal, proposalRefusals, response, returnLeg, START } from './fragments.js';

/** Repair (minimal): the goods go back as in CSE-04, the merchant repairs and ships them with tracking. */
export const repair: Machine = {
  id: 'repair',
  title: 'Repair',
  rules: ['CSE-01', 'CSE-02', 'CSE-03', 'CSE-04', 'CSE-07'],
  start: START,
  transitions: compose(
    proposal,
    response({ to: 'awaiting_return', guard: 'returnAddress', rule: 'CSE-04' }),
    returnLeg('awaiting_shipment', 'awaiting_shipment', 'CSE-04'),
    {
      awaiting_shipment: {
        merchant_shipped: { to: 'in_transit_to_buyer', actors: ['merchant'], guard: 'trackingNumber', effects: ['notify_shipment'], rule: 'CSE-04' },
      },
      in_transit_to_buyer: {
        delivered: { to: 'completed', actors: ['buyer', 'platform', 'system'], outcome: 'repaired', rule: 'CSE-04' },
      },
    },
    dispute('awaiting_return'),
    ended,
  ),
  entry: { ...commonEntry, awaiting_return: ['send_return_address', 'pay_freight_subsidy'] },
  refusals: proposalRefusals,
};
