import type { Machine } from '../machine.js';
import { commonEntry, compose, dispute, ended, proposal, proposalRefusals, refunding, response, START } from './fragments.js';

/**
 * Counterfeit claim (假一赔N, ELG-15, PEN-04): the buyer brings an appraisal; agreement on a
 * confirming appraisal refunds and pays N× the price (at least the legal floor). The system's
 * agreement at the CSE-01 timeout refunds, with compensation only on a confirming appraisal.
 */
export const counterfeitClaim: Machine = {
  id: 'counterfeit_claim',
  title: 'Counterfeit claim',
  rules: ['ELG-15', 'PEN-04', 'CSE-01', 'CSE-02', 'CSE-03', 'CSE-07'],
  start: START,
  transitions: compose(
    proposal,
    response(
      { to: 'refunding', guard: 'appraisalConfirms', rule: 'PEN-04' },
      { evidence_submitted: { to: 'awaiting_merchant', actors: ['buyer'], guard: 'evidenceByActor', rule: 'ELG-15' } },
    ),
    refunding('PEN-04'),
    dispute('refunding'),
    ended,
  ),
  entry: { ...commonEntry, refunding: ['pay_refund', 'pay_compensation'] },
  refusals: proposalRefusals,
};
