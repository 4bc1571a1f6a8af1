import type { CourierFinding } from '../model/case.js';
import type { LiableParty, RequestReason } from '../model/vocabulary.js';
import type { LogisticsGuidance } from './logistics.js';

/**
 * CSE-08: who is liable for each reason when the case opens. A no-reason return is the buyer's
 * choice; faults in the goods or the packing are the merchant's; breakage on the way is the
 * courier's toward the merchant (LOG-04). `not_received` is settled by logistics (LOG-01…04).
 */
const BY_REASON: Readonly<Record<RequestReason, LiableParty>> = {
  no_reason: 'buyer',
  quality: 'merchant',
  wrong_item: 'merchant',
  missing_item: 'merchant',
  not_as_described: 'merchant',
  counterfeit: 'merchant',
  damaged_in_transit: 'courier',
  not_received: 'courier',
};

/** CSE-08 at opening: logistics decides where it can, the reason elsewhere; LOG-03 defers it. */
export function liabilityAtOpening(reason: RequestReason, logistics: LogisticsGuidance): LiableParty | undefined {
  if (logistics.liableParty !== undefined) return logistics.liableParty;
  return logistics.verifyBeforeRemedy ? undefined : BY_REASON[reason];
}

/** LOG-03 / LOG-04: the courier's records settle liability for a parcel the buyer says never came. */
export const liabilityOfFinding = (finding: CourierFinding): LiableParty => (finding === 'delivered' ? 'buyer' : 'courier');

/**
 * CSE-02 / CSE-08: a ruling for the buyer makes the merchant answerable unless the courier already
 * is (the merchant still remedies the buyer, LOG-04); a ruling for the merchant puts it on the buyer.
 */
export const liabilityOfRuling = (ruling: 'buyer' | 'merchant', current: LiableParty | undefined): LiableParty =>
  ruling === 'merchant' ? 'buyer' : current === 'courier' ? 'courier' : 'merchant';
