import { reason } from '../model/reason.js';
import { NONE, type EligibilityRule } from './facts.js';

const MONEY_TYPES: ReadonlySet<string> = new Set(['refund_only', 'return_refund', 'counterfeit_claim']);

/** ELG-13: the refund asked for is positive and at most what was paid minus what was already refunded. */
export const refundAmount: EligibilityRule = (f) => {
  if (!MONEY_TYPES.has(f.request.type)) return NONE;
  const amountFen = f.request.amountFen ?? f.refundableFen;
  return amountFen > 0 && amountFen <= f.refundableFen
    ? NONE
    : [reason('amount_invalid', 'deny', { amountFen, refundableFen: f.refundableFen })];
};
