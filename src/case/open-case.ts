import { checkEligibility } from '../eligibility/check-eligibility.js';
import { freightAssignment } from '../freight/assign-freight.js';
import { shippedBy, signedBy } from '../eligibility/facts.js';
import type { AfterSalesCase, CaseCalendar, CaseMachine, CaseTerms, CaseEffect } from '../model/case.js';
import type { Order } from '../model/order.js';
import type { Policy } from '../model/policy.js';
import type { Reason } from '../model/reason.js';
import type { AfterSalesRequest } from '../model/request.js';
import { fail, type Failure } from '../model/failure.js';
import { ok, type Result } from '../model/result.js';
import { skuLookup } from '../model/sku-lookup.js';
import { compensationFen } from '../policies/counterfeit-compensation.js';
import type { Calendar } from '../time/calendar.js';
import { cnCalendar } from '../time/cn-calendar.js';
import type { CalendarOptions } from '../time/working-days.js';
import { parseInstant } from '../time/zone.js';
import { appendEffects } from './apply-event.js';
import { liabilityAtOpening } from './liability.js';
import { logisticsGuidance } from './logistics.js';
import { MACHINES } from './machines/index.js';
import { appraisalOf } from './record.js';

type Draft = { -readonly [K in keyof AfterSalesCase]: AfterSalesCase[K] };

/** Which table a request runs on: `refund_only` by the order's stage when the buyer applied. */
function machineFor(order: Order, request: AfterSalesRequest, at: number): CaseMachine {
  if (request.type !== 'refund_only') return request.type;
  // The stages as eligibilityFacts judges them at the request instant, without its other facts.
  if (!shippedBy(order, at)) return 'refund_only_before_shipment';
  return signedBy(order, at) === undefined ? 'refund_only_in_transit' : 'refund_only_after_delivery';
}

const calendarOf = (c: Calendar): CaseCalendar => ({ id: c.id, covers: { ...c.covers }, provisionalYears: [...(c.provisionalYears ?? [])] });

/** FRT-04: the platform's subsidy payout hours when it bears this request's return postage. */
const subsidyHours = (order: Order, request: AfterSalesRequest, p: Policy): number | undefined =>
  freightAssignment(order, request, p).reimbursement?.rule === 'FRT-04' ? p.freight.returnFreightSubsidy?.payoutHours : undefined;

function termsOf(p: Policy, returnFreightSubsidyHours: number | undefined): CaseTerms {
  const terms: { -readonly [K in keyof CaseTerms]: CaseTerms[K] } = {
    timeZone: p.timeZone,
    merchantResponseHours: p.case.merchantResponseHours,
    buyerConfirmationHours: p.case.buyerConfirmationHours,
    evidenceHours: p.case.evidenceHours,
    buyerReturnShipmentDays: p.case.buyerReturnShipmentDays,
    merchantReceiptDays: p.case.merchantReceiptDays,
    escalationDays: p.case.escalationDays,
    followUpDays: p.case.followUpDays,
    refundAfterReceiptDays: p.refund.refundAfterReceiptDays,
  };
  if (returnFreightSubsidyHours !== undefined) terms.returnFreightSubsidyHours = returnFreightSubsidyHours;
  return terms;
}

/**
 * Opens an after-sales case for an eligible request: picks the case type's transition table, captures
 * the policy's case terms (so later policy versions never move its deadlines), records the conditions
 * of a conditional verdict, the liable party (CSE-08) and the logistics steps due (LOG-01…04). An
 * ineligible request is refused as `{ code: 'not_eligible', issues }`, every eligibility reason an issue
 * (each with its `code` and `rule`). The case records the calendar it was
 * opened with (`options.calendar`, default `cnCalendar`; CAL-04). Rules: CSE-06, CSE-08, RSD-01, LOG-01…05.
 *
 * @example
 * openCase(order, { type: 'resend', reason: 'missing_item', requestedAt: '2025-03-04T10:00:00+08:00', initiatedBy: 'merchant' }, policies.pinduoduo)
 * // → { ok: true, value: { machine: 'resend', status: 'awaiting_buyer_confirmation', liableParty: 'merchant',
 * //      effects: [{ type: 'notify_buyer', notice: 'application_to_confirm', rule: 'RSD-01', … }], … } }
 */
export function openCase(
  order: Order,
  request: AfterSalesRequest,
  policy: Policy,
  options: CalendarOptions = {},
): Result<AfterSalesCase, Failure<'not_eligible', Reason>> {
  const eligibility = checkEligibility(order, request, policy);
  if (eligibility.verdict === 'denied') return fail('not_eligible', eligibility.reasons);
  const at = parseInstant(request.requestedAt);
  const machine = machineFor(order, request, at);
  const initiatedBy = request.initiatedBy ?? 'buyer';
  const status = MACHINES[machine].start[initiatedBy];
  const skus = request.skus ?? order.items.map((i) => i.sku);
  const asks = skuLookup(skus);
  const itemsFen = order.items.reduce((a, i) => (asks(i.sku) ? a + i.priceFen * i.quantity : a), 0);
  const refundableFen = eligibility.refundableFen;
  const asked = request.amountFen ?? (request.skus === undefined ? refundableFen : itemsFen);
  const logistics = logisticsGuidance(order, request);
  const liableParty = liabilityAtOpening(request.reason, logistics);
  const appraisal = appraisalOf(request.evidence);
  // Built field by field in the key order of the literal it stands for (conditional spreads of `{}` or
  // one key cost V8 a generic copy each); the effects, last, are filled in once the entry effects are built.
  const opened = { id: `${order.id}/${request.type}/${at}`, orderId: order.id, type: request.type, machine, reason: request.reason, status } as Draft;
  if (liableParty !== undefined) opened.liableParty = liableParty;
  opened.initiatedBy = initiatedBy;
  opened.policy = { id: policy.id, version: policy.version };
  opened.calendar = calendarOf(options.calendar ?? cnCalendar);
  opened.terms = termsOf(policy, subsidyHours(order, request, policy));
  opened.skus = skus;
  if (request.type === 'resend' && request.resendAddress !== undefined) opened.resendAddress = request.resendAddress;
  opened.money = {
    refundableFen,
    refundFen: Math.max(0, Math.min(asked, refundableFen)),
    compensationFen: request.type === 'counterfeit_claim' ? compensationFen(itemsFen, policy) : 0,
  };
  opened.conditions = eligibility.reasons.filter((r) => r.effect === 'condition');
  if (logistics.verifyBeforeRemedy) opened.courier = { verifyBeforeRemedy: true };
  if (status === 'awaiting_buyer_confirmation') opened.confirmation = 'application';
  if (appraisal !== undefined) opened.appraisal = appraisal;
  // S0 step 1: a merchant applying from chat on the buyer's behalf (RSD-01) has contacted the buyer.
  opened.milestones = initiatedBy === 'merchant' ? { appliedAt: request.requestedAt, respondedAt: request.requestedAt } : { appliedAt: request.requestedAt };
  opened.clock = { lastEventMs: at, statusSinceMs: at };
  opened.history = [];
  // Stryker disable next-line ArrayDeclaration: replaced below by the opening effects
  opened.effects = [];
  const guidance: CaseEffect[] = logistics.actions.map((a) => ({ type: a.type, rule: a.rule, at: request.requestedAt }));
  // Stryker disable next-line StringLiteral: start states' entry effects carry their own rules (CSE-01, RSD-01); this default is never stamped
  opened.effects = appendEffects(guidance, [MACHINES[machine].entry[status]], opened, undefined, request.requestedAt, 'CSE-06');
  return ok(opened);
}
