import type { AfterSalesCase, CaseEvent } from '../model/case.js';
import type { Evidence } from '../model/request.js';
import { liabilityOfFinding, liabilityOfRuling } from './liability.js';

/** The fields of a case one step may replace. */
export type CasePatch = { -readonly [K in keyof AfterSalesCase]?: AfterSalesCase[K] };

const EMPTY: CasePatch = Object.freeze({});

/** ELG-15: the verdict of the latest appraisal among `items`, if any. */
export function appraisalOf(items: readonly Evidence[] | undefined): AfterSalesCase['appraisal'] {
  let verdict: AfterSalesCase['appraisal'];
  for (const item of items ?? []) {
    if (item.kind === 'appraisal') verdict = item.confirmsCounterfeit === true ? 'confirms_counterfeit' : 'not_confirmed';
  }
  return verdict;
}

/**
 * What an accepted event leaves on the case besides its status (XState's `assign`): the instants of
 * RSD-05, shipments, stock, evidence, liability. Copy-on-write: untouched fields are shared.
 */
export function record(c: AfterSalesCase, e: CaseEvent): CasePatch {
  switch (e.type) {
    case 'buyer_confirmed':
      return c.confirmation === 'refund_offer' ? EMPTY : { milestones: { ...c.milestones, confirmedAt: e.at } };
    case 'stock_checked': {
      const patch: CasePatch = { milestones: { ...c.milestones, stockCheckedAt: e.at }, stock: { available: e.available, checkedAt: e.at } };
      if (!e.available) patch.confirmation = 'refund_offer';
      return patch;
    }
    case 'merchant_agreed':
      return { milestones: { ...c.milestones, agreedAt: e.at } };
    case 'buyer_refused_delivery':
      return { milestones: { ...c.milestones, refusedDeliveryAt: e.at } };
    case 'buyer_shipped':
      return e.carrier === undefined || e.trackingNumber === undefined
        ? EMPTY
        : { milestones: { ...c.milestones, returnShippedAt: e.at }, returnShipment: { carrier: e.carrier, trackingNumber: e.trackingNumber, at: e.at } };
    case 'merchant_received':
      return { milestones: { ...c.milestones, receivedAt: e.at }, goodsIntact: e.intact !== false };
    case 'merchant_shipped':
      return e.carrier === undefined || e.trackingNumber === undefined
        ? EMPTY
        : { milestones: { ...c.milestones, shippedAt: e.at }, shipment: { carrier: e.carrier, trackingNumber: e.trackingNumber, at: e.at } };
    case 'delivered':
      return { milestones: { ...c.milestones, deliveredAt: e.at } };
    case 'refund_paid':
      return { milestones: { ...c.milestones, refundedAt: e.at } };
    case 'intervention_requested':
      return {
        milestones: { ...c.milestones, interventionAt: e.at },
        intervention: { requestedAt: e.at, evidenceWindowClosed: false, merchantEvidence: 0, buyerEvidence: 0 },
      };
    case 'evidence_submitted': {
      const patch: CasePatch = {};
      const appraisal = appraisalOf(e.items);
      if (appraisal !== undefined) patch.appraisal = appraisal;
      const i = c.intervention;
      if (c.status === 'in_intervention' && i !== undefined) {
        patch.intervention = e.by === 'merchant' ? { ...i, merchantEvidence: i.merchantEvidence + 1 } : { ...i, buyerEvidence: i.buyerEvidence + 1 };
      }
      return patch;
    }
    case 'platform_ruled': {
      const patch: CasePatch = { milestones: { ...c.milestones, ruledAt: e.at }, liableParty: liabilityOfRuling(e.for, c.liableParty) };
      if (c.intervention !== undefined) patch.intervention = { ...c.intervention, ruling: e.for };
      return patch;
    }
    case 'courier_verified':
      return {
        courier: { verifyBeforeRemedy: c.courier?.verifyBeforeRemedy ?? false, finding: e.finding, verifiedAt: e.at },
        liableParty: liabilityOfFinding(e.finding),
      };
    case 'merchant_followed_up':
      return { followUp: { doneAt: e.at, missed: c.followUp?.missed ?? false } };
    case 'timed_out':
      switch (e.rule) {
        case 'CSE-01': // the system agrees; the silent merchant answers for it unless someone already does
          return { milestones: { ...c.milestones, agreedAt: e.at }, liableParty: c.liableParty ?? 'merchant' };
        case 'CSE-03':
          return c.intervention === undefined ? EMPTY : { intervention: { ...c.intervention, evidenceWindowClosed: true } };
        case 'CSE-04': // past the receipt deadline the goods count as received
          return c.status === 'return_in_transit' ? { milestones: { ...c.milestones, receivedAt: e.at } } : EMPTY;
        case 'CSE-07':
          return { followUp: { missed: true } };
        default:
          return EMPTY;
      }
    default:
      return EMPTY;
  }
}

type Draft = { -readonly [K in keyof AfterSalesCase]: AfterSalesCase[K] };

/**
 * The case after a step: `c` with `patch` laid over it. Built field by field in one fixed order
 * rather than by spreading, so every case has one of a few shapes and a step stays cheap.
 */
export function withPatch(c: AfterSalesCase, patch: CasePatch): Draft {
  const n = { id: c.id, orderId: c.orderId, type: c.type, machine: c.machine, reason: c.reason, status: patch.status ?? c.status } as Draft;
  const outcome = patch.outcome ?? c.outcome;
  if (outcome !== undefined) n.outcome = outcome;
  const liableParty = patch.liableParty ?? c.liableParty;
  if (liableParty !== undefined) n.liableParty = liableParty;
  n.initiatedBy = c.initiatedBy;
  n.policy = c.policy;
  n.terms = c.terms;
  n.skus = c.skus;
  n.money = c.money;
  n.conditions = c.conditions;
  const courier = patch.courier ?? c.courier;
  if (courier !== undefined) n.courier = courier;
  const confirmation = patch.confirmation ?? c.confirmation;
  if (confirmation !== undefined) n.confirmation = confirmation;
  const stock = patch.stock ?? c.stock;
  if (stock !== undefined) n.stock = stock;
  const appraisal = patch.appraisal ?? c.appraisal;
  if (appraisal !== undefined) n.appraisal = appraisal;
  const goodsIntact = patch.goodsIntact ?? c.goodsIntact;
  if (goodsIntact !== undefined) n.goodsIntact = goodsIntact;
  const intervention = patch.intervention ?? c.intervention;
  if (intervention !== undefined) n.intervention = intervention;
  const followUp = patch.followUp ?? c.followUp;
  if (followUp !== undefined) n.followUp = followUp;
  n.milestones = patch.milestones ?? c.milestones;
  const shipment = patch.shipment ?? c.shipment;
  if (shipment !== undefined) n.shipment = shipment;
  const returnShipment = patch.returnShipment ?? c.returnShipment;
  if (returnShipment !== undefined) n.returnShipment = returnShipment;
  n.clock = patch.clock ?? c.clock;
  n.history = patch.history ?? c.history;
  n.effects = patch.effects ?? c.effects;
  return n;
}
