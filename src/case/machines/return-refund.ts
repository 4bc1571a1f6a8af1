import type { Machine } from '../machine.js';
import { commonEntry, compose, dispute, ended, proposal, proposalRefusals, refundingAfterReceipt, response, returnLeg, START } from './fragments.js';

/**
 * Return and refund (CSE-04): agreed → the buyer ships back with tracking → the merchant confirms
 * receipt (or the system does at the timeout) → refund (RFT-06). Goods the merchant says are not
 * intact (ELG-08) make it a dispute.
 */
export const returnRefund: Machine = {
  id: 'return_refund',
  title: 'Return and refund',
  rules: ['CSE-01', 'CSE-02', 'CSE-03', 'CSE-04', 'CSE-07', 'ELG-08', 'RFT-06'],
  start: START,
  transitions: compose(
    proposal,
    response({ to: 'awaiting_return', guard: 'returnAddress', rule: 'CSE-04' }),
    returnLeg({ select: 'intact', cases: { intact: 'refunding', not_intact: 'rejected' } }, 'refunding', 'CSE-04'),
    refundingAfterReceipt,
    dispute({ buyer_goods_with_buyer: 'awaiting_return', buyer_goods_with_merchant: 'refunding' }),
    ended,
  ),
  entry: { ...commonEntry, awaiting_return: ['send_return_address', 'pay_freight_subsidy'] },
  refusals: proposalRefusals,
};
