import * as z from './zod.js';
import { InstantSchema } from './instant.js';
import type { Reason as EligibilityReason } from './reason.js';
import type { DeepReadonly } from './readonly.js';
import { toInputIssues, type InputError } from './parse.js';
import { EvidenceSchema } from './request.js';
import { err, ok, type Result } from './result.js';
import { ACTORS, type LiableParty, type RequestReason, type RequestType } from './vocabulary.js';
import { deepFreeze } from './freeze.js';

/** API.md "Case vocabulary": where a case stands. */
export const CASE_STATUSES = /* @__PURE__ */ deepFreeze([
  'awaiting_merchant',
  'awaiting_buyer_confirmation',
  'awaiting_refusal',
  'awaiting_return',
  'return_in_transit',
  'awaiting_shipment',
  'in_transit_to_buyer',
  'refunding',
  'rejected',
  'in_intervention',
  'completed',
  'closed',
] as const);
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** A case in one of these has ended: only the CSE-07 follow-up is still recorded on it. */
export const TERMINAL_STATUSES = /* @__PURE__ */ deepFreeze(['completed', 'closed'] as const satisfies readonly CaseStatus[]);

/**
 * API.md's events, plus two the rules need: `courier_verified` (LOG-03: the merchant's check with the
 * courier before any remedy) and `merchant_followed_up` (CSE-07: the follow-up visit was made).
 */
export const CASE_EVENT_TYPES = /* @__PURE__ */ deepFreeze([
  'merchant_agreed',
  'merchant_refused',
  'buyer_confirmed',
  'buyer_declined',
  'stock_checked',
  'buyer_refused_delivery',
  'buyer_shipped',
  'merchant_received',
  'merchant_shipped',
  'delivered',
  'refund_paid',
  'intervention_requested',
  'evidence_submitted',
  'platform_ruled',
  'buyer_withdrew',
  'timed_out',
  'courier_verified',
  'merchant_followed_up',
] as const);
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

/** How an ended case ended. `repaired` is the repair type's own ending (no order-history outcome has it). */
export const CASE_OUTCOMES = /* @__PURE__ */ deepFreeze(['refunded', 'exchanged', 'resent', 'repaired', 'rejected', 'withdrawn'] as const);
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/**
 * One transition table per flow. `refund_only` splits three ways by the order's stage when the buyer
 * applied: before shipment (ELG-04), in transit (ELG-05, LOG-05), after delivery (ELG-18, LOG-03).
 */
export const CASE_MACHINES = /* @__PURE__ */ deepFreeze([
  'refund_only_before_shipment',
  'refund_only_in_transit',
  'refund_only_after_delivery',
  'return_refund',
  'exchange',
  'resend',
  'counterfeit_claim',
  'repair',
] as const);
export type CaseMachine = (typeof CASE_MACHINES)[number];

/** LOG-03/04: what the courier's records show for a parcel the buyer says never arrived. */
export const COURIER_FINDINGS = /* @__PURE__ */ deepFreeze(['delivered', 'lost', 'damaged'] as const);
export type CourierFinding = (typeof COURIER_FINDINGS)[number];

/** The rules whose deadlines `advanceTo` fires; a `timed_out` event names one of them. */
export const DEADLINE_RULES = /* @__PURE__ */ deepFreeze(['CSE-01', 'CSE-02', 'CSE-03', 'CSE-04', 'CSE-07', 'RSD-01', 'RSD-02', 'RFT-06'] as const);
export type DeadlineRule = (typeof DEADLINE_RULES)[number];

const base = { at: InstantSchema, actor: z.enum(ACTORS) };
// Optional on purpose: a shipment without them is a valid event that the machine refuses (RSD-04).
const shipment = { carrier: z.optional(z.string().check(z.minLength(1))), trackingNumber: z.optional(z.string().check(z.minLength(1))) };

/**
 * An event reported on a case (CSE-06), validated at the boundary. Fields a rule needs to judge the
 * step (tracking number, return address) are optional here so that leaving them out is a refusal
 * with the rule's reason, not a malformed input.
 */
export const CaseEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.enum(['merchant_agreed']), ...base, returnAddress: z.optional(z.string().check(z.minLength(1))) }),
  z.object({ type: z.enum(['merchant_refused']), ...base }),
  z.object({ type: z.enum(['buyer_confirmed']), ...base }),
  z.object({ type: z.enum(['buyer_declined']), ...base }),
  z.object({ type: z.enum(['stock_checked']), ...base, available: z.boolean() }),
  z.object({ type: z.enum(['buyer_refused_delivery']), ...base }),
  z.object({ type: z.enum(['buyer_shipped']), ...base, ...shipment }),
  /** `intact` absent means the merchant raised no objection to the goods' condition. */
  z.object({ type: z.enum(['merchant_received']), ...base, intact: z.optional(z.boolean()) }),
  z.object({ type: z.enum(['merchant_shipped']), ...base, ...shipment }),
  z.object({ type: z.enum(['delivered']), ...base }),
  z.object({ type: z.enum(['refund_paid']), ...base }),
  z.object({ type: z.enum(['intervention_requested']), ...base }),
  z.object({
    type: z.enum(['evidence_submitted']),
    ...base,
    by: z.enum(['buyer', 'merchant']),
    items: z.array(EvidenceSchema).check(z.minLength(1, { error: 'evidence has at least one item' })),
  }),
  z.object({ type: z.enum(['platform_ruled']), ...base, for: z.enum(['buyer', 'merchant']) }),
  z.object({ type: z.enum(['buyer_withdrew']), ...base }),
  z.object({ type: z.enum(['timed_out']), ...base, rule: z.enum(DEADLINE_RULES) }),
  z.object({ type: z.enum(['courier_verified']), ...base, finding: z.enum(COURIER_FINDINGS) }),
  z.object({ type: z.enum(['merchant_followed_up']), ...base }),
]);

export type CaseEvent = DeepReadonly<z.output<typeof CaseEventSchema>>;

const CaseEventsSchema = z.array(CaseEventSchema);

/**
 * Validates untrusted JSON as a list of case events, naming every bad field with its path.
 *
 * @example
 * parseCaseEvents([{ type: 'stock_checked', at: '2025-03-04T11:02:00+08:00', actor: 'merchant' }])
 * // → { ok: false, error: { code: 'invalid_input', issues: [{ path: [0, 'available'], message: … }] } }
 */
export function parseCaseEvents(input: unknown): Result<CaseEvent[], InputError> {
  const parsed = CaseEventsSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : err({ code: 'invalid_input', issues: toInputIssues(parsed.error) });
}
/** The event of one type, e.g. `EventOf<'stock_checked'>` has `available`. */
export type EventOf<T extends CaseEventType> = Extract<CaseEvent, { readonly type: T }>;

/** What a notice to the buyer or merchant says; the caller words it. */
export const NOTICES = /* @__PURE__ */ deepFreeze([
  'application_to_confirm',
  'application_awaits_response',
  'return_address',
  'return_shipped',
  'resend_created',
  'shipped',
  'courier_finding',
  'ruling',
] as const);
export type Notice = (typeof NOTICES)[number];

interface EffectBase {
  readonly rule: string;
  /** The instant of the step that produced it. */
  readonly at: string;
}

/**
 * An instruction for the caller, produced by a step and never performed by the library
 * (XState's actions as data).
 */
export type CaseEffect = EffectBase &
  (
    | {
        readonly type: 'notify_buyer' | 'notify_merchant';
        readonly notice: Notice;
        readonly carrier?: string;
        readonly trackingNumber?: string;
        readonly returnAddress?: string;
        /** RSD-01: the address a resend goes to, on the confirmation card; absent, the order's own. */
        readonly resendAddress?: string;
        readonly ruling?: 'buyer' | 'merchant';
        readonly finding?: CourierFinding;
      }
    | { readonly type: 'notify_courier'; readonly notice: 'buyer_will_refuse_delivery' }
    /** RSD-03: `address` is the resend address the request gave; absent, the order's own address. */
    | { readonly type: 'create_resend_order'; readonly skus: readonly string[]; readonly address?: string }
    | { readonly type: 'pay_refund' | 'pay_compensation' | 'offer_refund'; readonly amountFen: number }
    | { readonly type: 'request_evidence'; readonly from: 'merchant'; readonly dueAt: string }
    | { readonly type: 'follow_up_visit'; readonly dueAt: string }
    /** FRT-04: the platform pays the buyer's return postage (the subsidy) by `dueAt`. */
    | { readonly type: 'pay_freight_subsidy'; readonly by: 'platform'; readonly dueAt: string }
    | {
        readonly type:
          | 'invite_review'
          | 'verify_with_courier'
          | 'ask_buyer_details'
          | 'chase_shipment'
          | 'trace_shipment'
          | 'claim_from_courier'
          | 'record_packaging_feedback';
      }
  );
export type CaseEffectType = CaseEffect['type'];

/**
 * What a party must do by when, and what the system does if it does not (API.md `deadlines`): one
 * type for a case's running deadlines (`deadlines`) and for the first ones a request sets running
 * (`assess`'s `deadlines`, which add `apply` / `issue_refund` and carry no `since`).
 */
export interface Deadline {
  /** `platform`: FRT-04's subsidy payout, listed for the caller; no timeout of the case fires it. */
  readonly party: 'buyer' | 'merchant' | 'platform';
  readonly action:
    /** ELG-06 / ELG-09 / ELG-17 (`assess`): the buyer may still apply until the window closes. */
    | 'apply'
    /** RFT-01 (`assess`): the system issues a failed group buy's refund. */
    | 'issue_refund'
    | 'respond'
    | 'confirm_application'
    | 'answer_refund_offer'
    | 'ship_return'
    | 'confirm_receipt'
    | 'request_intervention'
    | 'submit_evidence'
    | 'follow_up_visit'
    /** RFT-06: refund returned goods within the legal ceiling after receiving them. */
    | 'refund'
    /** FRT-04: the platform pays the buyer the return-freight subsidy. */
    | 'pay_freight_subsidy';
  /** The last instant the action is on time; the timeout fires at this instant. */
  readonly dueAt: string;
  readonly onTimeout:
    | 'system_agrees'
    /** ELG-06 / ELG-09 (`assess`): the window closes; no new application. */
    | 'window_closes'
    /** ELG-17 (`assess`): past the window, the merchant's warranty terms apply. */
    | 'warranty_terms_apply'
    /** ELG-18: the merchant's silence leaves a refund of goods the buyer keeps refused. */
    | 'treat_as_refused'
    | 'close_case'
    | 'return_to_merchant'
    | 'confirm_receipt'
    | 'close_evidence_window'
    | 'record_missed_follow_up'
    /** RFT-06: the refund is still owed; it is recorded overdue (a violation, `findViolations`). */
    | 'record_late_refund'
    /** FRT-04: the buyer contacts platform service about an unpaid subsidy. */
    | 'contact_platform_service';
  readonly rule: DeadlineRule | 'FRT-04' | 'RFT-01' | 'ELG-06' | 'ELG-09' | 'ELG-17';
  /**
   * The instant the wait began: the event that started the deadline. Always present on a case's
   * `deadlines`; absent from `assess`'s first deadlines, whose waits begin before the request.
   */
  readonly since?: string;
}

/** @deprecated use `Deadline` (`assess` and `deadlines` share it); removed in the next minor */
export type FirstDeadline = Deadline;

/**
 * The most events the parties (buyer, merchant, platform) may record on one case (CSE-06); one
 * more is refused with `history_full`. A case's value is immutable, so a lone `applyEvent` copies
 * its history: the cap bounds that copy (a real case has tens of events, an evidence-heavy dispute
 * a few hundred). The system's timeouts are still recorded past it, so `advanceTo` always settles:
 * each timeout leaves its wait, so at most one per wait follows the cap.
 */
export const MAX_CASE_EVENTS = 10_000;

/** The closed list of reasons a step is refused (zod's coded issues, not free text). */
export const TRANSITION_ISSUE_CODES = /* @__PURE__ */ deepFreeze([
  'not_eligible',
  'event_not_allowed',
  'wrong_actor',
  'event_before_last',
  'deadline_passed',
  'timeout_not_due',
  'buyer_confirmation_required',
  'stock_not_confirmed',
  'out_of_stock',
  'tracking_number_required',
  'return_address_required',
  'courier_verification_required',
  'appraisal_required',
  'evidence_window_closed',
  'evidence_window_open',
  'ruling_must_follow_buyer_evidence',
  'follow_up_already_recorded',
  'history_full',
] as const);
export type TransitionIssueCode = (typeof TRANSITION_ISSUE_CODES)[number];

export type IssueParams = Readonly<Record<string, string | number | boolean | readonly string[]>>;

/** Why a step was refused; a refused step changes nothing (CSE-06). */
export interface TransitionIssue {
  readonly code: TransitionIssueCode;
  readonly rule: string;
  readonly message: string;
  /** Where the case stood (absent when it never opened). */
  readonly status?: CaseStatus;
  readonly event?: CaseEventType;
  readonly params?: IssueParams;
  /** `not_eligible`: the eligibility reasons that kept the case from opening. */
  readonly reasons?: readonly EligibilityReason[];
}

/** CAL-04: which calendar a case was opened with. */
export interface CaseCalendar {
  readonly id: string;
  readonly covers: { readonly from: string; readonly to: string };
  readonly provisionalYears: readonly number[];
}

/** The case parameters captured from the policy at opening: later policy versions never move them. */
export interface CaseTerms {
  readonly timeZone: string;
  readonly merchantResponseHours: number;
  readonly buyerConfirmationHours: number;
  readonly evidenceHours: number;
  readonly buyerReturnShipmentDays: number;
  readonly merchantReceiptDays: number;
  readonly escalationDays: number;
  readonly followUpDays: number;
  /** RFT-06: the merchant refunds within this many days of receiving returned goods. */
  readonly refundAfterReceiptDays: number;
  /** FRT-04: present when the platform's subsidy bears the return postage: it pays out this many hours after agreement. */
  readonly returnFreightSubsidyHours?: number;
}

/**
 * RSD-05 / CSE-06: the instant of every step a dispute may ask about, as reported. The S0 service
 * steps (CSE-07) read off it: contact and apologise (`respondedAt`), verify and assign liability
 * (`receivedAt`, the courier check's `courier.verifiedAt`, `ruledAt`), agree a remedy (`agreedAt`),
 * follow up (`shippedAt`, `refundedAt`, `endedAt`), revisit and invite review (`revisitedAt`).
 */
export interface Milestones {
  readonly appliedAt: string;
  /** S0 step 1: the merchant's first act on the case (its contact with the buyer). */
  readonly respondedAt?: string;
  readonly confirmedAt?: string;
  readonly stockCheckedAt?: string;
  readonly agreedAt?: string;
  readonly refusedDeliveryAt?: string;
  readonly returnShippedAt?: string;
  readonly receivedAt?: string;
  readonly shippedAt?: string;
  readonly deliveredAt?: string;
  readonly refundedAt?: string;
  /** RFT-06: the instant the refund fell overdue (its timeout), when the merchant had not paid by then. */
  readonly refundOverdueAt?: string;
  readonly interventionAt?: string;
  readonly ruledAt?: string;
  readonly endedAt?: string;
  /** S0 step 5 / CSE-07: the follow-up visit that invites the review. */
  readonly revisitedAt?: string;
}

export interface ShipmentRecord {
  readonly carrier: string;
  readonly trackingNumber: string;
  readonly at: string;
}

/**
 * One after-sales application and its lifecycle, as plain JSON. The status is the fold of `history`
 * (CSE-06); the other fields are what that fold remembers so each step costs O(1).
 */
export interface AfterSalesCase {
  readonly id: string;
  readonly orderId: string;
  readonly type: RequestType;
  readonly machine: CaseMachine;
  readonly reason: RequestReason;
  readonly status: CaseStatus;
  readonly outcome?: CaseOutcome;
  /** CSE-08; absent only while LOG-03's courier check is pending. */
  readonly liableParty?: LiableParty;
  readonly initiatedBy: 'buyer' | 'merchant';
  readonly policy: { readonly id: string; readonly version: string };
  /**
   * CAL-04: the calendar the case was opened with (`openCase`'s `calendar` option, else the
   * built-in `cnCalendar`): its id, the dates it covers and its provisional years (CAL-03). The case's
   * own deadlines count hours and calendar days (CSE-01…07), which no holiday notice moves, so none
   * of them is ever provisional. Absent on cases stored before it was recorded.
   */
  readonly calendar?: CaseCalendar;
  readonly terms: CaseTerms;
  readonly skus: readonly string[];
  /** RSD-01: where a resend goes, as the request gave it; absent, the order's own address is meant. */
  readonly resendAddress?: string;
  readonly money: {
    /** ELG-13: what was still refundable when the case opened; no case pays more. */
    readonly refundableFen: number;
    /** The refund this case pays if it ends in one. */
    readonly refundFen: number;
    /** PEN-04: the compensation a confirmed counterfeit claim pays on top (0 otherwise). */
    readonly compensationFen: number;
  };
  /** The conditions of a conditional eligibility verdict, to be met along the way. */
  readonly conditions: readonly EligibilityReason[];
  /** LOG-03: a courier check is due before any remedy; its finding once made. */
  readonly courier?: { readonly verifyBeforeRemedy: boolean; readonly finding?: CourierFinding; readonly verifiedAt?: string };
  /**
   * What the buyer was last asked to confirm in `awaiting_buyer_confirmation`: the merchant's
   * application (RSD-01) or a refund offered instead of a resend (RSD-02). Read only in that state.
   */
  readonly confirmation?: 'application' | 'refund_offer';
  readonly stock?: { readonly available: boolean; readonly checkedAt: string };
  /** ELG-15: the latest appraisal's verdict. */
  readonly appraisal?: 'confirms_counterfeit' | 'not_confirmed';
  readonly goodsIntact?: boolean;
  readonly intervention?: {
    readonly requestedAt: string;
    readonly evidenceWindowClosed: boolean;
    readonly merchantEvidence: number;
    readonly buyerEvidence: number;
    readonly ruling?: 'buyer' | 'merchant';
  };
  readonly followUp?: { readonly doneAt?: string; readonly missed: boolean };
  readonly milestones: Milestones;
  /** RSD-04 / CSE-05: the merchant's shipment (resend, replacement, repaired goods). */
  readonly shipment?: ShipmentRecord;
  /** CSE-04: the buyer's return shipment. */
  readonly returnShipment?: ShipmentRecord;
  /** Epoch ms kept beside the ISO history so a step needs no date parsing beyond its own event. */
  readonly clock: { readonly lastEventMs: number; readonly statusSinceMs: number };
  readonly history: readonly CaseEvent[];
  readonly effects: readonly CaseEffect[];
}
