import type { Order } from '../../src/model/order.js';
import type { Policy } from '../../src/model/policy.js';
import type { AfterSalesRequest } from '../../src/model/request.js';

/**
 * The flat facts a general-purpose rules engine needs, derived per call the way a user of such an
 * engine would have to: with `Date.parse` and a fixed +08:00 offset for local dates. Everything here
 * is part of the timed call. What cannot be said in the engines' condition languages is computed here:
 * - ELG-01/04/05: paid / shipped / signed *by the request instant* (ISO instants compared as numbers);
 * - ELG-06/09: the local-date distance from signing to the request (zone calendar arithmetic);
 * - ELG-07: the goods classes of the requested items (projection with SKU filtering);
 * - ELG-10: the count of past cases that ended in a refund or exchange (aggregation);
 * - ELG-12: the count of applications on the same items in the period (time-windowed aggregation);
 * - ELG-13: what is still refundable (a sum over payments minus refunds) and the default amount;
 * - ELG-15/16: the evidence kinds and whether an appraisal confirms counterfeit (projection, filter).
 * The rule logic itself (which facts combine into which reason, with which effect) stays in the engines.
 */
export interface PeerFacts {
  paid: boolean;
  shipped: boolean;
  signed: boolean;
  type: string;
  reason: string;
  /** `none` for an ordinary order. */
  groupBuyStatus: string;
  /** Local dates (+08:00) from the signing date to the request date; -1 when not signed. */
  daysSinceSigningLocal: number;
  itemClasses: string[];
  confirmedItemClasses: string[];
  remedyCases: number;
  entryClosed: boolean;
  /** Applications on the same items within the ELG-12 period, this one included; 0 without a history. */
  recentApplications: number;
  amountFen: number;
  refundableFen: number;
  evidenceKinds: string[];
  appraisalConfirmed: boolean;
}

const DAY = 86_400_000;
const CN = 8 * 3_600_000;
const localDay = (t: number): number => Math.floor((t + CN) / DAY);

export function peerFacts(order: Order, request: AfterSalesRequest, policy: Policy): PeerFacts {
  const at = Date.parse(request.requestedAt);
  const paid = order.paidAt !== undefined && Date.parse(order.paidAt) <= at;
  const shipped = order.shippedAt !== undefined && Date.parse(order.shippedAt) <= at;
  const signedAt = order.signedAt === undefined ? Number.NaN : Date.parse(order.signedAt);
  const signed = signedAt <= at;
  const skus = request.skus;
  const items = skus === undefined ? order.items : order.items.filter((i) => skus.includes(i.sku));
  const history = order.afterSales?.history;
  const rep = policy.eligibility.repeatedApplications;
  let recentApplications = 0;
  if (history !== undefined && rep !== null) {
    const since = at - rep.periodDays * DAY;
    recentApplications = 1;
    for (const h of history) {
      const opened = Date.parse(h.openedAt);
      if (opened > since && opened <= at && (h.sku === undefined || items.some((i) => i.sku === h.sku))) recentApplications++;
    }
  }
  const refundableFen = paid
    ? Math.max(0, order.payments.reduce((a, p) => a + p.amountFen, 0) - (order.afterSales?.refundedFen ?? 0))
    : 0;
  const evidence = request.evidence ?? [];
  return {
    paid,
    shipped,
    signed,
    type: request.type,
    reason: request.reason,
    groupBuyStatus: order.groupBuy?.status ?? 'none',
    daysSinceSigningLocal: signed ? localDay(at) - localDay(signedAt) : -1,
    itemClasses: items.map((i) => i.goodsClass ?? 'standard'),
    confirmedItemClasses: items.filter((i) => i.exclusionConfirmed === true).map((i) => i.goodsClass ?? 'standard'),
    remedyCases: history?.filter((h) => h.outcome === 'refunded' || h.outcome === 'exchanged').length ?? 0,
    entryClosed: order.afterSales?.entryClosed === true,
    recentApplications,
    amountFen: request.amountFen ?? refundableFen,
    refundableFen,
    evidenceKinds: evidence.map((e) => e.kind),
    appraisalConfirmed: evidence.some((e) => e.kind === 'appraisal' && e.confirmsCounterfeit === true),
  };
}

/** One reason as the peers report it, for comparison with the library's. */
export interface PeerReason {
  readonly code: string;
  readonly effect: string;
}

/** Request types and reasons the windows cover (ELG-06 / ELG-09 / ELG-17), as the engines' rule data. */
export const RETURN_TYPES = ['return_refund', 'exchange'];
export const QUALITY_WINDOW_REASONS = ['quality', 'wrong_item', 'not_as_described', 'damaged_in_transit'];
export const FAULT_REASONS = ['quality', 'wrong_item', 'not_as_described', 'damaged_in_transit', 'counterfeit'];
export const MONEY_TYPES = ['refund_only', 'return_refund', 'counterfeit_claim'];
export const PROOF_KINDS = ['photo', 'video', 'appraisal'];
