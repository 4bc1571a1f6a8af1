import type { AfterSalesCase, CaseEvent, Milestones } from '../model/case.js';
import type { Evidence } from '../model/request.js';
import { liabilityOfFinding, liabilityOfRuling } from './liability.js';
import { awaitsMerchantAgreement } from './selectors.js';

type Field<K extends keyof AfterSalesCase> = AfterSalesCase[K] | undefined;

/**
 * What one step changes besides status, clock and history; `undefined` keeps the field. Always the
 * same shape (never exposed), so reading it stays monomorphic on the hot path.
 */
export interface CasePatch {
  liableParty: Field<'liableParty'>;
  courier: Field<'courier'>;
  confirmation: Field<'confirmation'>;
  stock: Field<'stock'>;
  appraisal: Field<'appraisal'>;
  goodsIntact: Field<'goodsIntact'>;
  intervention: Field<'intervention'>;
  followUp: Field<'followUp'>;
  milestones: Field<'milestones'>;
  shipment: Field<'shipment'>;
  returnShipment: Field<'returnShipment'>;
}

// Stryker disable next-line ObjectLiteral: the explicit undefined fields only fix the object's shape for speed; `{}` reads the same
const unchanged = (): CasePatch => ({
  liableParty: undefined,
  courier: undefined,
  confirmation: undefined,
  stock: undefined,
  appraisal: undefined,
  goodsIntact: undefined,
  intervention: undefined,
  followUp: undefined,
  milestones: undefined,
  shipment: undefined,
  returnShipment: undefined,
});

// Spreading a record and adding a key makes V8 build a fresh hidden class on every call, which costs
// microseconds on the hot path; these copy field by field in one fixed order instead.

type MilestoneKey = Exclude<keyof Milestones, 'appliedAt'>;

/** Every milestone after `appliedAt`, in the one order a copy adds them (so copies share a shape). */
export const MILESTONE_KEYS = /* @__PURE__ */ Object.freeze([
  'respondedAt',
  'confirmedAt',
  'stockCheckedAt',
  'agreedAt',
  'refusedDeliveryAt',
  'returnShippedAt',
  'receivedAt',
  'shippedAt',
  'deliveredAt',
  'refundedAt',
  'refundOverdueAt',
  'interventionAt',
  'ruledAt',
  'endedAt',
  'revisitedAt',
] as const) satisfies readonly MilestoneKey[];
// A milestone added to the type but not to the list fails here, not by vanishing from copies.
type UnlistedMilestone = Exclude<MilestoneKey, (typeof MILESTONE_KEYS)[number]>;
const allListed: [UnlistedMilestone] extends [never] ? true : never = true;
void allListed;

/** `m` with the instant of `key` set to `at`. */
export function stamp(m: Milestones, key: MilestoneKey, at: string): Milestones {
  // MILESTONE_KEYS written out, in its order (test/case/record.test.ts holds the two together, key by key): named
  // reads and writes, where a loop over the keys reads and writes by computed key, several times slower.
  const n: { -readonly [K in keyof Milestones]: Milestones[K] } = { appliedAt: m.appliedAt };
  let x: string | undefined;
  x = key === 'respondedAt' ? at : m.respondedAt;
  if (x !== undefined) n.respondedAt = x;
  x = key === 'confirmedAt' ? at : m.confirmedAt;
  if (x !== undefined) n.confirmedAt = x;
  x = key === 'stockCheckedAt' ? at : m.stockCheckedAt;
  if (x !== undefined) n.stockCheckedAt = x;
  x = key === 'agreedAt' ? at : m.agreedAt;
  if (x !== undefined) n.agreedAt = x;
  x = key === 'refusedDeliveryAt' ? at : m.refusedDeliveryAt;
  if (x !== undefined) n.refusedDeliveryAt = x;
  x = key === 'returnShippedAt' ? at : m.returnShippedAt;
  if (x !== undefined) n.returnShippedAt = x;
  x = key === 'receivedAt' ? at : m.receivedAt;
  if (x !== undefined) n.receivedAt = x;
  x = key === 'shippedAt' ? at : m.shippedAt;
  if (x !== undefined) n.shippedAt = x;
  x = key === 'deliveredAt' ? at : m.deliveredAt;
  if (x !== undefined) n.deliveredAt = x;
  x = key === 'refundedAt' ? at : m.refundedAt;
  if (x !== undefined) n.refundedAt = x;
  x = key === 'refundOverdueAt' ? at : m.refundOverdueAt;
  if (x !== undefined) n.refundOverdueAt = x;
  x = key === 'interventionAt' ? at : m.interventionAt;
  if (x !== undefined) n.interventionAt = x;
  x = key === 'ruledAt' ? at : m.ruledAt;
  if (x !== undefined) n.ruledAt = x;
  x = key === 'endedAt' ? at : m.endedAt;
  if (x !== undefined) n.endedAt = x;
  x = key === 'revisitedAt' ? at : m.revisitedAt;
  if (x !== undefined) n.revisitedAt = x;
  return n;
}

type Intervention = NonNullable<AfterSalesCase['intervention']>;

function intervention(i: Intervention, evidenceWindowClosed: boolean, merchantEvidence: number, buyerEvidence: number, ruling: Intervention['ruling']): Intervention {
  return ruling === undefined
    ? { requestedAt: i.requestedAt, evidenceWindowClosed, merchantEvidence, buyerEvidence }
    : { requestedAt: i.requestedAt, evidenceWindowClosed, merchantEvidence, buyerEvidence, ruling };
}

/** ELG-15: the verdict of the latest appraisal among `items`, if any. */
export function appraisalOf(items: readonly Evidence[] | undefined): AfterSalesCase['appraisal'] {
  let verdict: AfterSalesCase['appraisal'];
  // Stryker disable next-line ArrayDeclaration: a stand-in element is not an appraisal, so nothing extra is read
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
  const p = unchanged();
  const i = c.intervention;
  switch (e.type) {
    case 'buyer_confirmed':
      if (c.confirmation !== 'refund_offer') p.milestones = stamp(c.milestones, 'confirmedAt', e.at);
      break;
    case 'stock_checked':
      p.milestones = stamp(c.milestones, 'stockCheckedAt', e.at);
      p.stock = { available: e.available, checkedAt: e.at };
      if (!e.available) p.confirmation = 'refund_offer';
      break;
    case 'merchant_agreed':
      p.milestones = stamp(c.milestones, 'agreedAt', e.at);
      break;
    case 'buyer_refused_delivery':
      p.milestones = stamp(c.milestones, 'refusedDeliveryAt', e.at);
      break;
    case 'buyer_shipped':
      if (e.carrier !== undefined && e.trackingNumber !== undefined) {
        p.milestones = stamp(c.milestones, 'returnShippedAt', e.at);
        p.returnShipment = { carrier: e.carrier, trackingNumber: e.trackingNumber, at: e.at };
      }
      break;
    case 'merchant_received':
      p.milestones = stamp(c.milestones, 'receivedAt', e.at);
      p.goodsIntact = e.intact !== false;
      break;
    case 'merchant_shipped':
      if (e.carrier !== undefined && e.trackingNumber !== undefined) {
        p.milestones = stamp(c.milestones, 'shippedAt', e.at);
        p.shipment = { carrier: e.carrier, trackingNumber: e.trackingNumber, at: e.at };
      }
      break;
    case 'delivered':
      p.milestones = stamp(c.milestones, 'deliveredAt', e.at);
      break;
    case 'refund_paid':
      p.milestones = stamp(c.milestones, 'refundedAt', e.at);
      break;
    case 'intervention_requested':
      p.milestones = stamp(c.milestones, 'interventionAt', e.at);
      p.intervention = { requestedAt: e.at, evidenceWindowClosed: false, merchantEvidence: 0, buyerEvidence: 0 };
      break;
    case 'evidence_submitted':
      p.appraisal = appraisalOf(e.items);
      if (c.status === 'in_intervention' && i !== undefined) {
        p.intervention =
          e.by === 'merchant'
            ? intervention(i, i.evidenceWindowClosed, i.merchantEvidence + 1, i.buyerEvidence, i.ruling)
            : intervention(i, i.evidenceWindowClosed, i.merchantEvidence, i.buyerEvidence + 1, i.ruling);
      }
      break;
    case 'platform_ruled':
      p.milestones = stamp(c.milestones, 'ruledAt', e.at);
      p.liableParty = liabilityOfRuling(e.for, c.liableParty);
      if (i !== undefined) p.intervention = intervention(i, i.evidenceWindowClosed, i.merchantEvidence, i.buyerEvidence, e.for);
      break;
    case 'courier_verified':
      p.courier = { verifyBeforeRemedy: c.courier?.verifyBeforeRemedy ?? false, finding: e.finding, verifiedAt: e.at };
      p.liableParty = liabilityOfFinding(e.finding);
      break;
    case 'merchant_followed_up':
      p.followUp = { doneAt: e.at, missed: c.followUp?.missed ?? false };
      p.milestones = stamp(c.milestones, 'revisitedAt', e.at);
      break;
    case 'timed_out':
      if (e.rule === 'CSE-01') {
        // The system agrees (but to no refund of goods the buyer keeps, ELG-18); the silent merchant
        // answers for it unless someone already does.
        if (!awaitsMerchantAgreement(c)) p.milestones = stamp(c.milestones, 'agreedAt', e.at);
        p.liableParty = c.liableParty ?? 'merchant';
      } else if (e.rule === 'CSE-03' && i !== undefined) {
        p.intervention = intervention(i, true, i.merchantEvidence, i.buyerEvidence, i.ruling);
      } else if (e.rule === 'CSE-04' && c.status === 'return_in_transit') {
        // Past the receipt deadline the goods count as received.
        p.milestones = stamp(c.milestones, 'receivedAt', e.at);
      } else if (e.rule === 'CSE-07') {
        p.followUp = { missed: true };
      } else if (e.rule === 'RFT-06') {
        p.milestones = stamp(c.milestones, 'refundOverdueAt', e.at);
      }
      break;
    // Stryker disable next-line all: the last clause of the switch; removing it changes nothing
    default:
      break;
  }
  // S0 step 1: the merchant's first act on the case is its contact with the buyer.
  if (e.actor === 'merchant' && c.milestones.respondedAt === undefined) p.milestones = stamp(p.milestones ?? c.milestones, 'respondedAt', e.at);
  return p;
}

type Draft = { -readonly [K in keyof AfterSalesCase]: AfterSalesCase[K] };

/** How a step that ends the case ends it. */
export interface Ending {
  readonly outcome: NonNullable<AfterSalesCase['outcome']>;
  readonly endedAt: string;
}

/**
 * The case after a step: `c` with `patch` laid over it, in its new status, clock and history. Built
 * field by field in one fixed order rather than by spreading, so a step stays cheap.
 */
export function withPatch(
  c: AfterSalesCase,
  patch: CasePatch,
  status: AfterSalesCase['status'],
  clock: AfterSalesCase['clock'],
  history: AfterSalesCase['history'],
  ending: Ending | undefined,
): Draft {
  const n = { id: c.id, orderId: c.orderId, type: c.type, machine: c.machine, reason: c.reason, status } as Draft;
  const outcome = ending?.outcome ?? c.outcome;
  if (outcome !== undefined) n.outcome = outcome;
  const liableParty = patch.liableParty ?? c.liableParty;
  if (liableParty !== undefined) n.liableParty = liableParty;
  n.initiatedBy = c.initiatedBy;
  n.policy = c.policy;
  if (c.calendar !== undefined) n.calendar = c.calendar;
  n.terms = c.terms;
  n.skus = c.skus;
  if (c.resendAddress !== undefined) n.resendAddress = c.resendAddress;
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
  // CSE-07: an ending opens the follow-up.
  const followUp = ending === undefined ? (patch.followUp ?? c.followUp) : { missed: false };
  if (followUp !== undefined) n.followUp = followUp;
  const milestones = patch.milestones ?? c.milestones;
  n.milestones = ending === undefined ? milestones : stamp(milestones, 'endedAt', ending.endedAt);
  const shipment = patch.shipment ?? c.shipment;
  if (shipment !== undefined) n.shipment = shipment;
  const returnShipment = patch.returnShipment ?? c.returnShipment;
  if (returnShipment !== undefined) n.returnShipment = returnShipment;
  n.clock = clock;
  n.history = history;
  n.effects = c.effects;
  return n;
}
