import type { RequestType } from '../model/vocabulary.js';

/** Which parcels a request type moves: goods back to the merchant, goods out to the buyer. */
export interface Parcels {
  readonly back: boolean;
  readonly out: boolean;
}

/**
 * Refund-only moves nothing; a return or a counterfeit claim sends the goods back; an exchange or a
 * repair sends them back and out again; a resend only sends out (FRT-06). A counterfeit claim is a
 * return flow: the goods go back to the merchant as part of the claim (CSE-04).
 */
export const PARCELS: { readonly [T in RequestType]: Parcels } = {
  refund_only: { back: false, out: false },
  return_refund: { back: true, out: false },
  counterfeit_claim: { back: true, out: false },
  exchange: { back: true, out: true },
  repair: { back: true, out: true },
  resend: { back: false, out: true },
};
