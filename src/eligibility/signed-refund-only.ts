import { reason } from '../model/reason.js';
import { FAULT_REASONS } from '../model/vocabulary.js';
import { NONE, type EligibilityRule } from './facts.js';

const FAULT: ReadonlySet<string> = new Set(FAULT_REASONS);

/**
 * ELG-18: a refund-only of goods the buyer has signed for leaves the goods with the buyer, so it is
 * no no-reason remedy (no-reason means the goods go back, 消法 art. 25): `no_reason` is denied and
 * points to `return_refund`. For a fault it is a negotiated (often partial) refund, conditional on
 * the merchant's agreement. Missing items and non-delivery claim goods the buyer never had: they
 * are checked against packing and courier records instead (ELG-16, LOG-03).
 */
export const signedRefundOnly: EligibilityRule = (f) => {
  if (f.request.type !== 'refund_only' || f.signedAt === undefined) return NONE;
  if (f.request.reason === 'no_reason') return [reason('signed_refund_only_no_reason', 'deny', { use: 'return_refund' })];
  return FAULT.has(f.request.reason) ? [reason('merchant_agreement_required', 'condition')] : NONE;
};
