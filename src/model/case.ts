import * as z from './zod.js';
import { InstantSchema } from './instant.js';
import type { Reason as EligibilityReason } from './reason.js';
import { toInputIssues, type InputError } from './parse.js';
import { EvidenceSchema, type Evidence } from './request.js';
import { err, ok, type Result } from './result.js';
import { ACTORS, type Actor, type LiableParty, type RequestReason, type RequestType } from './vocabulary.js';
import { deepFreeze } from './freeze.js';

/** Where a case stands: every status a case can be in (the transition tables: docs/machines.md). */
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
/** Where a case stands: one of {@link CASE_STATUSES}. */
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** A case in one of these has ended: only the CSE-07 follow-up is still recorded on it. */
export const TERMINAL_STATUSES = /* @__PURE__ */ deepFreeze(['completed', 'closed'] as const satisfies readonly CaseStatus[]);

/**
 * Every type of event a case takes (each described by its {@link CaseEvent} member), including two
 * the rules need: `courier_verified` (LOG-03: the merchant's check with the
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
/** The type of a case event: one of {@link CASE_EVENT_TYPES}, the `type` of a {@link CaseEvent}. */
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

/** How an ended case ended. `repaired` is the repair type's own ending (no order-history outcome has it). */
export const CASE_OUTCOMES = /* @__PURE__ */ deepFreeze(['refunded', 'exchanged', 'resent', 'repaired', 'rejected', 'withdrawn'] as const);
/** How an ended case ended: one of {@link CASE_OUTCOMES}. */
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
/** Which transition table a case runs on: one of {@link CASE_MACHINES} (docs/machines.md draws each). */
export type CaseMachine = (typeof CASE_MACHINES)[number];

/** LOG-03/04: what the courier's records show for a parcel the buyer says never arrived. */
export const COURIER_FINDINGS = /* @__PURE__ */ deepFreeze(['delivered', 'lost', 'damaged'] as const);
/** LOG-03/04: what the courier's records show: one of {@link COURIER_FINDINGS}. */
export type CourierFinding = (typeof COURIER_FINDINGS)[number];

/** The rules whose deadlines `advanceTo` fires; a `timed_out` event names one of them. */
export const DEADLINE_RULES = /* @__PURE__ */ deepFreeze(['CSE-01', 'CSE-02', 'CSE-03', 'CSE-04', 'CSE-07', 'RSD-01', 'RSD-02', 'RFT-06'] as const);
/** A rule whose deadline `advanceTo` fires: one of {@link DEADLINE_RULES}, the `rule` of a `timed_out` event. */
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

/**
 * What every case event carries, whatever its `type` (CSE-06: every step is a recorded event with
 * its instant and its actor).
 */
export type CaseEventBase = {
  /**
   * When the step happened: an ISO-8601 date-time with an explicit offset (`Z` or `±hh:mm`), e.g.
   * `'2025-03-06T10:00:00+08:00'`; one without an offset is malformed input (TIME-06). CSE-06: not
   * earlier than the case's last event (else `event_before_last`) and not after a pending deadline
   * (else `deadline_passed`, until `advanceTo` records the timeout). RSD-05: the step's milestone
   * (`Milestones`) records this instant, and a deadline the step starts runs from it.
   */
  readonly at: string;
  /**
   * Who took the step. CSE-06: each transition names the actors who may take it (docs/machines.md);
   * anyone else is refused with `wrong_actor`. `system` is the automatic actor: the library's
   * `timed_out` steps (recorded by `advanceTo`) and records such as the courier's delivery or an
   * automatic refund; it is the only one still recorded past {@link MAX_CASE_EVENTS} events.
   */
  readonly actor: Actor;
};

/**
 * The shipment details of `buyer_shipped` and `merchant_shipped`. Both are optional in the input so
 * that leaving one out is a refusal with the rule's reason rather than malformed input.
 */
export type ShipmentEventFields = {
  /**
   * The courier company, as the shipper names it (e.g. `'YTO'`); non-empty. Absent: the step is
   * refused with `tracking_number_required`, whose `missing` param names it (RSD-04, CSE-04, CSE-05).
   */
  readonly carrier?: string | undefined;
  /**
   * The parcel's tracking number; non-empty. It is recorded on the case (`shipment` /
   * `returnShipment`) and told to the other party in a notice effect (RSD-04, CSE-04, CSE-05).
   * Absent: the step is refused with `tracking_number_required`.
   */
  readonly trackingNumber?: string | undefined;
};

/**
 * The merchant (actor `merchant`) agrees to the application (CSE-01). What agreement leads to
 * depends on the case type: a refund (ELG-04, PEN-04), the return leg (CSE-04), the resend order
 * (RSD-03) or the courier refusal (ELG-05). It is refused while a merchant's own application waits
 * for the buyer (RSD-01, `buyer_confirmation_required`), on a resend without a stock check that found
 * stock (RSD-02), before LOG-03's courier check, and on a counterfeit claim without a confirming
 * appraisal (ELG-15).
 */
export type MerchantAgreedEvent = CaseEventBase & {
  /** The event's kind. */
  readonly type: 'merchant_agreed';
  /**
   * CSE-04: where the buyer sends the goods back (non-empty), told to the buyer in a `return_address`
   * notice. Required on a return and refund, an exchange or a repair (else the step is refused with
   * `return_address_required`); other case types do not read it.
   */
  readonly returnAddress?: string | undefined;
};

/** An event that carries nothing beyond its kind, its instant and its actor. */
export type PlainEvent<T extends CaseEventType> = CaseEventBase & {
  /** The event's kind. */
  readonly type: T;
};

/** The merchant (actor `merchant`) refuses the application (CSE-01): the case is `rejected`, and the buyer may escalate it (CSE-02). */
export type MerchantRefusedEvent = PlainEvent<'merchant_refused'>;

/**
 * The buyer (actor `buyer`) confirms what it was asked to in `awaiting_buyer_confirmation`: the
 * merchant's application made on its behalf (RSD-01), or a refund offered instead of a resend that is
 * out of stock (RSD-02).
 */
export type BuyerConfirmedEvent = PlainEvent<'buyer_confirmed'>;

/**
 * The buyer (actor `buyer`) declines what it was asked to confirm: a merchant's application closes
 * the case, withdrawn (RSD-01); a refund offered instead of a resend goes back to the merchant (RSD-02).
 */
export type BuyerDeclinedEvent = PlainEvent<'buyer_declined'>;

/** RSD-02: the merchant (actor `merchant`) checks stock for a resend before agreeing to it. */
export type StockCheckedEvent = CaseEventBase & {
  /** The event's kind. */
  readonly type: 'stock_checked';
  /**
   * Whether the items to resend are in stock. `true`: the merchant may now agree; `false`: a refund
   * is offered to the buyer instead (an `offer_refund` effect) and agreement is refused with
   * `out_of_stock` (RSD-02).
   */
  readonly available: boolean;
};

/**
 * LOG-05 / ELG-05: the buyer (actor `buyer`) refuses the parcel at the door on a refund-only case in
 * transit; the goods go back to the merchant.
 */
export type BuyerRefusedDeliveryEvent = PlainEvent<'buyer_refused_delivery'>;

/**
 * CSE-04: the buyer (actor `buyer`) ships the goods back on a return, an exchange or a repair, with
 * the carrier and tracking number, which the merchant is told (`return_shipped`).
 */
export type BuyerShippedEvent = CaseEventBase & ShipmentEventFields & {
  /** The event's kind. */
  readonly type: 'buyer_shipped';
};

/**
 * The merchant (actor `merchant`) confirms receipt of the returned goods: CSE-04 (a return, and a
 * repair), CSE-05 (an exchange), LOG-05 (a parcel refused at the door). RFT-06's refund deadline runs
 * from this instant.
 */
export type MerchantReceivedEvent = CaseEventBase & {
  /** The event's kind. */
  readonly type: 'merchant_received';
  /**
   * ELG-08: the merchant's word on the goods' condition. `false` on a return and refund (CSE-04) or
   * an exchange (CSE-05): the merchant objects and the case is `rejected`, a dispute the buyer may
   * escalate (CSE-02). Absent, or `true`: the merchant raised no objection. Other case types record
   * it (`goodsIntact`) without branching on it.
   */
  readonly intact?: boolean | undefined;
};

/**
 * The merchant (actor `merchant`) ships goods to the buyer with the carrier and tracking number,
 * which the buyer is told (`shipped`): the resend (RSD-04), the replacement of an exchange (CSE-05),
 * the repaired goods (CSE-04).
 */
export type MerchantShippedEvent = CaseEventBase & ShipmentEventFields & {
  /** The event's kind. */
  readonly type: 'merchant_shipped';
};

/**
 * The merchant's shipment reached the buyer, ending the case: a resend (RSD-05), an exchange
 * (CSE-05), a repair (CSE-04); reported by the buyer, the platform or the system (the courier's
 * record). On a refund-only case in transit it is the parcel signed for instead of refused, which
 * closes the case withdrawn (ELG-05; actors `platform`, `system`).
 */
export type DeliveredEvent = PlainEvent<'delivered'>;

/**
 * The refund was paid (by the merchant, the platform or the system): the case ends refunded
 * (RFT-05, RFT-06, RSD-02, PEN-04).
 */
export type RefundPaidEvent = PlainEvent<'refund_paid'>;

/** CSE-02: the buyer (actor `buyer`) escalates a refused case to platform intervention, within the escalation window. */
export type InterventionRequestedEvent = PlainEvent<'intervention_requested'>;

/**
 * A party submits evidence: in intervention (CSE-03: the merchant's counts only inside its evidence
 * window), or the buyer's appraisal on a counterfeit claim (ELG-15).
 */
export type EvidenceSubmittedEvent = CaseEventBase & {
  /** The event's kind. */
  readonly type: 'evidence_submitted';
  /** Whose evidence it is; it must be the event's `actor` (CSE-06, else `wrong_actor`). */
  readonly by: 'buyer' | 'merchant';
  /**
   * The evidence, at least one item. In intervention the submission counts toward its party's
   * evidence (CSE-03); the latest appraisal among the items sets the case's `appraisal` (ELG-15).
   */
  readonly items: readonly Evidence[];
};

/** CSE-02: the platform (actor `platform`) rules on a case in intervention. */
export type PlatformRuledEvent = CaseEventBase & {
  /** The event's kind. */
  readonly type: 'platform_ruled';
  /**
   * The side the ruling favours. CSE-02: a ruling for the merchant closes the case rejected; one for
   * the buyer continues to the remedy. CSE-08: the liable party follows it. CSE-03 / PEN-03: a
   * merchant that gave no evidence in its window cannot win (`ruling_must_follow_buyer_evidence`).
   */
  readonly for: 'buyer' | 'merchant';
};

/** The buyer (actor `buyer`) withdraws the application: the case closes withdrawn (CSE-06, CSE-02, RSD-01). */
export type BuyerWithdrewEvent = PlainEvent<'buyer_withdrew'>;

/**
 * A deadline passed (actor `system`), recorded by `advanceTo` at its due instant; the timeout does
 * what the deadline's `onTimeout` says (`Deadline`).
 */
export type TimedOutEvent = CaseEventBase & {
  /** The event's kind. */
  readonly type: 'timed_out';
  /**
   * The rule whose deadline fired: it must be the one pending now, and due (else `timeout_not_due`).
   * CSE-01: the system agrees (ELG-18: or a refund of goods the buyer keeps is refused); RSD-01,
   * CSE-02, CSE-04: the case closes (CSE-04 with the return in transit: the goods count as received);
   * RSD-02: a refund offered instead of a resend lapses back to the merchant; CSE-03: the evidence
   * window closes; CSE-07: the follow-up is recorded missed; RFT-06: the refund is recorded overdue.
   */
  readonly rule: DeadlineRule;
};

/**
 * LOG-03: the merchant (actor `merchant`) checked with the courier, as is due before any remedy when
 * tracking says signed and the buyer says nothing arrived.
 */
export type CourierVerifiedEvent = CaseEventBase & {
  /** The event's kind. */
  readonly type: 'courier_verified';
  /**
   * What the courier's records show. LOG-03 / CSE-08: `delivered` makes the buyer liable; `lost` or
   * `damaged` make the courier liable, and LOG-04 asks for a claim and packaging feedback.
   */
  readonly finding: CourierFinding;
};

/** CSE-07: the merchant (actor `merchant`) made the follow-up visit after the case ended; it invites a review. */
export type MerchantFollowedUpEvent = PlainEvent<'merchant_followed_up'>;

/**
 * An event reported on a case (CSE-06): one member per {@link CaseEventType}, told apart by `type`,
 * and exactly what {@link CaseEventSchema} and {@link parseCaseEvents} accept. Which events a case
 * takes in each status, and from whom, is in docs/machines.md; {@link EventOf} names one type's event.
 */
export type CaseEvent =
  | MerchantAgreedEvent
  | MerchantRefusedEvent
  | BuyerConfirmedEvent
  | BuyerDeclinedEvent
  | StockCheckedEvent
  | BuyerRefusedDeliveryEvent
  | BuyerShippedEvent
  | MerchantReceivedEvent
  | MerchantShippedEvent
  | DeliveredEvent
  | RefundPaidEvent
  | InterventionRequestedEvent
  | EvidenceSubmittedEvent
  | PlatformRuledEvent
  | BuyerWithdrewEvent
  | TimedOutEvent
  | CourierVerifiedEvent
  | MerchantFollowedUpEvent;

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
export type EventOf<T extends CaseEventType> = Extract<
  CaseEvent,
  {
    /** The event types to pick. */
    readonly type: T;
  }
>;

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
/** What a notice says: one of {@link NOTICES}. */
export type Notice = (typeof NOTICES)[number];

interface EffectBase {
  /** The rule that asks for the effect (e.g. `CSE-04` for a return address notice). */
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
        /** Send the buyer, or the merchant, a notice. */
        readonly type: 'notify_buyer' | 'notify_merchant';
        /** What the notice says; the fields below carry its details. */
        readonly notice: Notice;
        /** `return_shipped` / `shipped` (CSE-04, CSE-05, RSD-04): the shipment's carrier. */
        readonly carrier?: string;
        /** `return_shipped` / `shipped` (CSE-04, CSE-05, RSD-04): the shipment's tracking number. */
        readonly trackingNumber?: string;
        /** `return_address` (CSE-04): where to send the goods; absent after a timeout: the merchant's default address. */
        readonly returnAddress?: string;
        /** RSD-01: the address a resend goes to, on the confirmation card; absent, the order's own. */
        readonly resendAddress?: string;
        /** `ruling` (CSE-02): the side the platform's ruling favours. */
        readonly ruling?: 'buyer' | 'merchant';
        /** `courier_finding` (LOG-03): what the courier's records show. */
        readonly finding?: CourierFinding;
      }
    /** ELG-05 / LOG-05: tell the courier the buyer will refuse the parcel. */
    | {
        /** Tell the courier. */
        readonly type: 'notify_courier';
        /** The buyer will refuse the parcel at the door. */
        readonly notice: 'buyer_will_refuse_delivery';
      }
    /** RSD-03: `address` is the resend address the request gave; absent, the order's own address. */
    | {
        /** Create the resend order. */
        readonly type: 'create_resend_order';
        /** The SKUs to resend: the case's `skus`. */
        readonly skus: readonly string[];
        /** The resend address the request gave; absent, the order's own address. */
        readonly address?: string;
      }
    | {
        /** Pay the refund (the case's `money.refundFen`), pay PEN-04's compensation, or offer a refund instead of a resend (RSD-02). */
        readonly type: 'pay_refund' | 'pay_compensation' | 'offer_refund';
        /** The amount, in integer fen (分). */
        readonly amountFen: number;
      }
    | {
        /** CSE-03: ask a party for evidence. */
        readonly type: 'request_evidence';
        /** Who is asked: the merchant. */
        readonly from: 'merchant';
        /** The last instant its evidence counts: the end of its evidence window. */
        readonly dueAt: string;
      }
    | {
        /** CSE-07: make the follow-up visit. */
        readonly type: 'follow_up_visit';
        /** The last instant the visit is on time. */
        readonly dueAt: string;
      }
    /** FRT-04: the platform pays the buyer's return postage (the subsidy) by `dueAt`. */
    | {
        /** Pay the return-freight subsidy. */
        readonly type: 'pay_freight_subsidy';
        /** Who pays: the platform. */
        readonly by: 'platform';
        /** The instant the payout is due: the policy's payout hours after agreement. */
        readonly dueAt: string;
      }
    | {
        /**
         * A step with no details: invite a review (CSE-07), the logistics steps (LOG-01…03: verify with
         * the courier, ask the buyer for details, chase or trace the parcel), claim from the courier and
         * record the packaging feedback (LOG-04).
         */
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
/** The kind of a {@link CaseEffect}: what the caller is asked to do. */
export type CaseEffectType = CaseEffect['type'];

/**
 * What a party must do by when, and what the system does if it does not (`deadlines`): one
 * type for a case's running deadlines (`deadlines`) and for the first ones a request sets running
 * (`assess`'s `deadlines`, which add `apply` / `issue_refund` and carry no `since`).
 */
export interface Deadline {
  /** `platform`: FRT-04's subsidy payout, or (in `assess`) RFT-01's automatic refund of a failed group buy; listed for the caller, no timeout of the case fires them. */
  readonly party: 'buyer' | 'merchant' | 'platform';
  /** What the party must do (the steps that do it: docs/machines.md, "Deadlines"). */
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
  /** What happens at `dueAt` if the party has not acted: the system's `timed_out` step, or a consequence outside the case. */
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
  /** The rule that sets the deadline; for a case's own, the `rule` its `timed_out` event carries. */
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
/** Why a step was refused: one of {@link TRANSITION_ISSUE_CODES}. */
export type TransitionIssueCode = (typeof TRANSITION_ISSUE_CODES)[number];

/** The details of a refused step, by name (e.g. `dueAt`, `missing`): what `explain` words the message from. */
export type IssueParams = Readonly<Record<string, string | number | boolean | readonly string[]>>;

/** Why a step was refused; a refused step changes nothing (CSE-06). */
export interface TransitionIssue {
  /** Why, as a code: the contract to branch on. */
  readonly code: TransitionIssueCode;
  /** The rule that refuses the step (e.g. `CSE-06` for `wrong_actor`, `RSD-02` for `out_of_stock`). */
  readonly rule: string;
  /** An English sentence for the code, worded from `params` (`explain` also words it in zh-CN). */
  readonly message: string;
  /** Where the case stood (absent when it never opened). */
  readonly status?: CaseStatus;
  /** The type of the refused event (absent when no event was applied, e.g. `not_eligible`). */
  readonly event?: CaseEventType;
  /** The code's details (e.g. `dueAt` for `deadline_passed`, `missing` for `tracking_number_required`); absent when it has none. */
  readonly params?: IssueParams;
  /** `not_eligible`: the eligibility reasons that kept the case from opening. */
  readonly reasons?: readonly EligibilityReason[];
}

/** CAL-04: which calendar a case was opened with. */
export interface CaseCalendar {
  /** The calendar's `id`. */
  readonly id: string;
  /** The dates the calendar covers, inclusive. */
  readonly covers: {
    /** The first local date the calendar speaks for, `YYYY-MM-DD`. */
    readonly from: string;
    /** The last local date the calendar speaks for, `YYYY-MM-DD`. */
    readonly to: string;
  };
  /** CAL-03: the years whose days the calendar computes from the law rather than an announced notice; empty when none. */
  readonly provisionalYears: readonly number[];
}

/** The case parameters captured from the policy at opening: later policy versions never move them. */
export interface CaseTerms {
  /** The policy's IANA time zone (e.g. `Asia/Shanghai`): day counts keep its local clock time, and formatted instants carry its offset. */
  readonly timeZone: string;
  /** CSE-01: hours the merchant has to answer an application before the system agrees (a refund-only of goods the buyer keeps stays refused instead, ELG-18). */
  readonly merchantResponseHours: number;
  /** RSD-01 / RSD-02: hours the buyer has to confirm a merchant's application, or a refund offered instead of a resend. */
  readonly buyerConfirmationHours: number;
  /** CSE-03: hours the merchant has to submit evidence once the case is in intervention. */
  readonly evidenceHours: number;
  /** CSE-04: calendar days the buyer has to ship the goods back after agreement. */
  readonly buyerReturnShipmentDays: number;
  /** CSE-04: calendar days the merchant has to confirm receipt of the return before the system does. */
  readonly merchantReceiptDays: number;
  /** CSE-02: calendar days the buyer has to escalate a refused case to platform intervention. */
  readonly escalationDays: number;
  /** CSE-07: calendar days after the case ends within which the follow-up visit is due. */
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
  /** The request's `requestedAt`: when the application was made. */
  readonly appliedAt: string;
  /** S0 step 1: the merchant's first act on the case (its contact with the buyer). */
  readonly respondedAt?: string;
  /** RSD-01: the buyer confirmed the merchant's application (`buyer_confirmed`). */
  readonly confirmedAt?: string;
  /** RSD-02: the latest stock check (`stock_checked`). */
  readonly stockCheckedAt?: string;
  /** CSE-01: the merchant agreed (`merchant_agreed`), or the system did at the timeout. */
  readonly agreedAt?: string;
  /** LOG-05: the buyer refused the parcel at the door (`buyer_refused_delivery`). */
  readonly refusedDeliveryAt?: string;
  /** CSE-04: the buyer shipped the goods back with a tracking number (`buyer_shipped`). */
  readonly returnShippedAt?: string;
  /** CSE-04: the merchant confirmed receipt (`merchant_received`), or the system did at the timeout. */
  readonly receivedAt?: string;
  /** RSD-04 / CSE-05: the merchant shipped with a tracking number (`merchant_shipped`). */
  readonly shippedAt?: string;
  /** The merchant's shipment reached the buyer (`delivered`). */
  readonly deliveredAt?: string;
  /** The refund was paid (`refund_paid`). */
  readonly refundedAt?: string;
  /** RFT-06: the instant the refund fell overdue (its timeout), when the merchant had not paid by then. */
  readonly refundOverdueAt?: string;
  /** CSE-02: the buyer escalated to platform intervention (`intervention_requested`). */
  readonly interventionAt?: string;
  /** CSE-02: the platform ruled (`platform_ruled`). */
  readonly ruledAt?: string;
  /** The step that ended the case (into `completed` or `closed`). */
  readonly endedAt?: string;
  /** S0 step 5 / CSE-07: the follow-up visit that invites the review. */
  readonly revisitedAt?: string;
}

/** RSD-04 / CSE-04 / CSE-05: a shipment as the case records it, from a `buyer_shipped` or `merchant_shipped` event. */
export interface ShipmentRecord {
  /** The courier company, as the event named it. */
  readonly carrier: string;
  /** The parcel's tracking number. */
  readonly trackingNumber: string;
  /** When it was shipped: the event's instant. */
  readonly at: string;
}

/**
 * One after-sales application and its lifecycle, as plain JSON. The status is the fold of `history`
 * (CSE-06); the other fields are what that fold remembers so each step costs O(1).
 */
export interface AfterSalesCase {
  /** The case's id: `<orderId>/<type>/<epoch ms of the application>`. */
  readonly id: string;
  /** The id of the order the case is about. */
  readonly orderId: string;
  /** What the buyer asked for (the request's `type`). */
  readonly type: RequestType;
  /** The transition table the case runs on (docs/machines.md). */
  readonly machine: CaseMachine;
  /** Why the buyer asked (the request's `reason`). */
  readonly reason: RequestReason;
  /** Where the case stands now: the fold of `history` (CSE-06). */
  readonly status: CaseStatus;
  /** How the case ended; absent while it has not. */
  readonly outcome?: CaseOutcome;
  /** CSE-08; absent only while LOG-03's courier check is pending. */
  readonly liableParty?: LiableParty;
  /** Who applied: the buyer, or the merchant on the buyer's behalf (RSD-01). */
  readonly initiatedBy: 'buyer' | 'merchant';
  /** The policy the case was opened under. */
  readonly policy: {
    /** The policy's id (e.g. `pinduoduo`). */
    readonly id: string;
    /** The policy's version in force when the case opened. */
    readonly version: string;
  };
  /**
   * CAL-04: the calendar the case was opened with (`openCase`'s `calendar` option, else the
   * built-in `cnCalendar`): its id, the dates it covers and its provisional years (CAL-03). The case's
   * own deadlines count hours and calendar days (CSE-01…07), which no holiday notice moves, so none
   * of them is ever provisional. Absent on cases stored before it was recorded.
   */
  readonly calendar?: CaseCalendar;
  /** The policy's case terms, captured at opening. */
  readonly terms: CaseTerms;
  /** The SKUs the request covers (every item of the order when it named none). */
  readonly skus: readonly string[];
  /** RSD-01: where a resend goes, as the request gave it; absent, the order's own address is meant. */
  readonly resendAddress?: string;
  /** The amounts of the case, in integer fen (分). */
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
  readonly courier?: {
    /** Whether a remedy waits on the courier check (tracking says signed, the buyer says not received). */
    readonly verifyBeforeRemedy: boolean;
    /** The courier check's finding (`courier_verified`); absent until it is made. */
    readonly finding?: CourierFinding;
    /** When the courier check was made; absent until it is. */
    readonly verifiedAt?: string;
  };
  /**
   * What the buyer was last asked to confirm in `awaiting_buyer_confirmation`: the merchant's
   * application (RSD-01) or a refund offered instead of a resend (RSD-02). Read only in that state.
   */
  readonly confirmation?: 'application' | 'refund_offer';
  /** RSD-02: the latest stock check; absent before any. */
  readonly stock?: {
    /** Whether it found stock. */
    readonly available: boolean;
    /** When it was made. */
    readonly checkedAt: string;
  };
  /** ELG-15: the latest appraisal's verdict. */
  readonly appraisal?: 'confirms_counterfeit' | 'not_confirmed';
  /** ELG-08 / CSE-04: whether the returned goods came back intact (`merchant_received`'s `intact`); absent before receipt. */
  readonly goodsIntact?: boolean;
  /** CSE-02 / CSE-03: the platform intervention; absent unless the buyer escalated. */
  readonly intervention?: {
    /** When the buyer escalated. */
    readonly requestedAt: string;
    /** CSE-03: whether the merchant's evidence window has closed (its timeout fired); later merchant evidence is refused. */
    readonly evidenceWindowClosed: boolean;
    /** How many admissible evidence submissions the merchant made. */
    readonly merchantEvidence: number;
    /** How many evidence submissions the buyer made. */
    readonly buyerEvidence: number;
    /** The side the platform's ruling favours; absent until it rules. */
    readonly ruling?: 'buyer' | 'merchant';
  };
  /** CSE-07: the follow-up visit, opened when the case ends; absent before. */
  readonly followUp?: {
    /** When the visit was made; absent while it has not been. */
    readonly doneAt?: string;
    /** Whether its deadline passed without a visit. */
    readonly missed: boolean;
  };
  /** RSD-05: the instant of every step so far. */
  readonly milestones: Milestones;
  /** RSD-04 / CSE-05: the merchant's shipment (resend, replacement, repaired goods). */
  readonly shipment?: ShipmentRecord;
  /** CSE-04: the buyer's return shipment. */
  readonly returnShipment?: ShipmentRecord;
  /** Epoch ms kept beside the ISO history so a step needs no date parsing beyond its own event. */
  readonly clock: {
    /** The last event's instant (or the application's), in epoch milliseconds: no event may be earlier (CSE-06). */
    readonly lastEventMs: number;
    /** When the case entered its current status, in epoch milliseconds: the status's deadline runs from it. */
    readonly statusSinceMs: number;
  };
  /** CSE-06: every event applied, in order; the case is their fold. */
  readonly history: readonly CaseEvent[];
  /** Every effect produced so far, at opening and by each step, in order. */
  readonly effects: readonly CaseEffect[];
}
