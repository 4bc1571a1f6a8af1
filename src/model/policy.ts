import * as z from './zod.js';
import { FenSchema, whole } from './instant.js';
import {
  GOODS_CLASSES,
  MARKETPLACES,
  PAYMENT_METHODS,
  REQUEST_REASONS,
  SANCTIONS,
  type GoodsClass,
  type Marketplace,
  type PaymentMethod,
  type RequestReason,
  type Sanction,
} from './vocabulary.js';

// Bounds far beyond any platform's (ten years) keep every computed instant inside what a date holds.
const TEN_YEARS_DAYS = 3_650;
/** Whole days, 1 to ten years. */
export const PositiveDays = z.number().check(whole(), z.minimum(1), z.maximum(TEN_YEARS_DAYS));
/** Hours, above 0, at most ten years. */
export const Hours = z.number().check(z.positive(), z.maximum(TEN_YEARS_DAYS * 24));
const Share = z.number().check(z.minimum(0), z.maximum(1));
// Every policy amount has the order's ceiling (MAX_FEN): a deposit or coupon no order could pay is a typo.
const Fen = FenSchema;
/** A `[min, max]` span, e.g. "2–6 calendar days". */
const spanOf = (n: z.ZodMiniNumber) =>
  z.object({ min: n, max: n }).check(z.refine((s) => s.min <= s.max, { error: 'min must not exceed max' }));
const Span = spanOf(z.number().check(z.nonnegative(), z.maximum(TEN_YEARS_DAYS)));
const MinuteSpan = spanOf(z.number().check(z.nonnegative(), z.maximum(TEN_YEARS_DAYS * 24 * 60)));
/** Working days are counted whole (TIME-04). */
const WorkingDaySpan = spanOf(z.number().check(whole(), z.nonnegative(), z.maximum(TEN_YEARS_DAYS)));

/** Whether `zone` is an IANA time zone this runtime knows. */
export const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** ELG-*: who may open what, when. */
export const EligibilityPolicySchema = z.object({
  /** ELG-06, TIME-01: no-reason return/exchange window after signing (law floor 7). */
  noReasonWindowDays: PositiveDays,
  /** ELG-09: the quality return window — days after signing to return goods with a fault (消法 art. 24: floor 7). */
  qualityWindowDays: PositiveDays,
  /** ELG-17: days after signing a fault exchange stays open; past it, the merchant's warranty terms decide (三包 floor 15). */
  exchangeWindowDays: PositiveDays,
  /** ELG-17: days after signing a fault repair stays open (the warranty); past it, the warranty terms decide (floor 15). */
  repairWindowDays: PositiveDays,
  /** ELG-07: goods never returnable without reason. */
  excludedGoods: z.array(z.enum(GOODS_CLASSES)),
  /** ELG-07: goods excluded only when the buyer confirmed it at checkout. */
  excludedIfConfirmed: z.array(z.enum(GOODS_CLASSES)),
  /** ELG-02/03: the platform sells group-buy orders. */
  groupBuy: z.boolean(),
  /** ELG-10: cases ending in a refund/return or exchange allowed per order; `null` = no limit. */
  maxCasesPerOrder: z.nullable(z.number().check(whole(), z.minimum(1))),
  /** ELG-12: applications on one item within `periodDays` that trigger abuse review; `null` = off. */
  repeatedApplications: z.nullable(z.object({ count: z.number().check(whole(), z.minimum(2)), periodDays: PositiveDays })),
  /** ELG-14: reasons a resend may be asked for. */
  resendReasons: z.array(z.enum(REQUEST_REASONS)).check(z.minLength(1)),
});

/** RFT-*: when the money arrives. */
export const RefundPolicySchema = z.object({
  /** RFT-01: failed group buys; `null` where the platform has none. */
  groupBuyFailed: z.nullable(z.object({ issueWithinHours: Hours, wechatArrivalMinutes: MinuteSpan })),
  /** RFT-02: refunds to the original route arrive within `withinHours`, holiday-delayed. */
  originalRoute: z.nullable(
    z.object({ methods: z.array(z.enum(PAYMENT_METHODS)), withinHours: Hours, holidayDelayed: z.boolean() }),
  ),
  /** RFT-03/04: bank cards, in calendar days after approval. */
  cardDays: z.nullable(z.object({ debit_card: Span, credit_card: Span })),
  /** RFT-05: general processing, in working days after approval. */
  processingWorkingDays: WorkingDaySpan,
  /** RFT-06: the merchant refunds within this many days of receiving returned goods (legal ceiling 7). */
  refundAfterReceiptDays: PositiveDays,
});

/** FRT-*: who pays postage. */
export const FreightPolicySchema = z.object({
  /** FRT-01: on a no-reason exchange the buyer pays both legs (else only the return leg). */
  exchangeBuyerPaysBothLegs: z.boolean(),
  /** FRT-03: length of one paid freight-insurance period of a merchant's subscription. */
  insurancePeriodDays: PositiveDays,
  /** FRT-04: PDD 退货包运费; `null` where the platform offers none. */
  returnFreightSubsidy: z.nullable(z.object({ payoutHours: Hours })),
  /** FRT-07: the merchant may deduct the outbound postage when a return breaks a free-shipping threshold. */
  deductOutboundPostage: z.boolean(),
});

/** CSE-*: deadlines in a case's lifecycle. */
export const CasePolicySchema = z.object({
  /** CSE-01: the merchant answers within this many hours or the system agrees (except to a refund-only of goods the buyer keeps, which silence leaves refused, ELG-18). */
  merchantResponseHours: Hours,
  /** CSE-03: evidence window in intervention. */
  evidenceHours: Hours,
  /** RSD-01/02: the buyer confirms a merchant's application (or answers a refund offer) within this many hours, or it lapses. */
  buyerConfirmationHours: Hours,
  /** CSE-02: a refused case may be escalated to the platform within this many days, or it closes. */
  escalationDays: PositiveDays,
  /** CSE-04: the buyer ships the goods back within this many days of the agreement, or the case closes. */
  buyerReturnShipmentDays: PositiveDays,
  /** CSE-04: the merchant confirms receipt within this many days of the buyer's shipment, or the goods count as received and the case moves on: to the refund on a return (RFT-06), to the replacement or the repaired goods on an exchange or a repair. */
  merchantReceiptDays: PositiveDays,
  /** CSE-07: the follow-up visit is due this many days after a case ends. */
  followUpDays: PositiveDays,
});


/** PEN-*: violations and sanctions. */
export const PenaltyPolicySchema = z.object({
  /** PEN-01: the platform's own marketplaces, which the screener never reports as "other marketplace". */
  ownMarketplaces: z.array(z.enum(MARKETPLACES)).check(z.minLength(1)),
  /** PEN-01: off-platform trade; `null` where the platform sets no sanction. */
  offPlatformTrade: z.nullable(z.object({ sanctions: z.array(z.enum(SANCTIONS)).check(z.minLength(1)), depositFen: Fen })),
  /** PEN-04: counterfeit compensation, `multiple` × item price, at least `minimumFen` (law: 3×, ¥500). */
  counterfeit: z.object({ multiple: z.number().check(z.positive()), minimumFen: Fen }),
});

/** SLA-*: service-level targets. */
export const ServiceLevelPolicySchema = z.object({
  firstReply: z.object({ hours: Hours, share: Share }),
  resolution: z.object({ workingDays: PositiveDays, share: Share }),
  returnProcessing: z.object({ workingDays: PositiveDays, share: Share }),
  /** SLA-02 (S2 §2.2): the share of logistics-delay complaints resolved satisfactorily for the buyer. */
  logisticsDelay: z.object({ share: Share }),
  /** SLA-04: coupon for a logistics-delay complaint resolved for the buyer; `null` = none. */
  logisticsDelayCouponFen: z.nullable(Fen),
});

/** A platform's rule parameters: data, never code. */
export const PolicySchema = z.object({
  id: z.string().check(z.minLength(1)),
  version: z.string().check(z.minLength(1)),
  name: z.object({ 'zh-CN': z.string(), en: z.string() }),
  /** Calendar days and working days are counted in this IANA zone. */
  timeZone: z.string().check(z.refine(isTimeZone, { error: 'not an IANA time zone' })),
  eligibility: EligibilityPolicySchema,
  refund: RefundPolicySchema,
  freight: FreightPolicySchema,
  case: CasePolicySchema,
  penalties: PenaltyPolicySchema,
  serviceLevels: ServiceLevelPolicySchema,
});

/** An inclusive `[min, max]` span, `min` ≤ `max`; the unit is the field's (calendar days, working days, minutes). */
export type NumberSpan = {
  /** The earliest, in the field's unit. */
  readonly min: number;
  /** The latest, in the field's unit; at least `min`. */
  readonly max: number;
};

/** ELG-12: how many applications on one item within how many days trigger abuse review. */
export type RepeatedApplicationsLimit = {
  /** Applications on the same item (the new one included) that trigger the review: a whole number, at least 2. */
  readonly count: number;
  /** The period they are counted over, in calendar days before the request. */
  readonly periodDays: number;
};

/** ELG-*: who may open what, when. Days are whole calendar days counted after signing (TIME-01). */
export type EligibilityPolicy = {
  /** ELG-06, TIME-01: no-reason return/exchange window after signing, in days (law floor 7). */
  readonly noReasonWindowDays: number;
  /** ELG-09: the quality return window — days after signing to return goods with a fault (消法 art. 24: floor 7). */
  readonly qualityWindowDays: number;
  /** ELG-17: days after signing a fault exchange stays open; past it, the merchant's warranty terms decide (三包 floor 15). */
  readonly exchangeWindowDays: number;
  /** ELG-17: days after signing a fault repair stays open (the warranty); past it, the warranty terms decide (floor 15). */
  readonly repairWindowDays: number;
  /** ELG-07: goods never returnable without reason. */
  readonly excludedGoods: readonly GoodsClass[];
  /** ELG-07: goods excluded only when the buyer confirmed it at checkout (an item's `exclusionConfirmed`). */
  readonly excludedIfConfirmed: readonly GoodsClass[];
  /** ELG-02/03: the platform sells group-buy orders; `false` ignores an order's `groupBuy`. */
  readonly groupBuy: boolean;
  /** ELG-10: cases ending in a refund/return or exchange allowed per order; `null` = no limit. */
  readonly maxCasesPerOrder: number | null;
  /** ELG-12: applications on one item within `periodDays` that trigger abuse review; `null` = off. */
  readonly repeatedApplications: RepeatedApplicationsLimit | null;
  /** ELG-14: reasons a resend may be asked for (at least one). */
  readonly resendReasons: readonly RequestReason[];
};

/** RFT-01: how a failed group buy's automatic refund is issued and arrives. */
export type GroupBuyFailedRefund = {
  /** The system issues the refund within this many hours of the failure (TIME-02). */
  readonly issueWithinHours: number;
  /** WeChat Pay money arrives this many minutes after the refund is issued. */
  readonly wechatArrivalMinutes: NumberSpan;
};

/** RFT-02: refunds that go back by the original route (e.g. WeChat Pay, Alipay, platform balance). */
export type OriginalRouteRefund = {
  /** The payment methods this rule covers; other methods follow RFT-03…05. */
  readonly methods: readonly PaymentMethod[];
  /** The money arrives within this many hours of approval (TIME-02). */
  readonly withinHours: number;
  /** The window is pushed back by statutory holidays it overlaps (TIME-05). */
  readonly holidayDelayed: boolean;
};

/** RFT-03/04: bank-card refunds, in calendar days after approval (TIME-03). */
export type CardRefundDays = {
  /** RFT-03: debit cards (储蓄卡). */
  readonly debit_card: NumberSpan;
  /** RFT-04: credit cards (信用卡). */
  readonly credit_card: NumberSpan;
};

/** RFT-*: when the money arrives. */
export type RefundPolicy = {
  /** RFT-01: failed group buys; `null` where the platform has none. */
  readonly groupBuyFailed: GroupBuyFailedRefund | null;
  /** RFT-02: refunds to the original route arrive within `withinHours`, holiday-delayed when `holidayDelayed` is true; `null` where the platform sets no such rule. */
  readonly originalRoute: OriginalRouteRefund | null;
  /** RFT-03/04: bank cards, in calendar days after approval; `null` where the platform sets none (RFT-05 applies). */
  readonly cardDays: CardRefundDays | null;
  /** RFT-05: general processing, in working days after approval (TIME-04); whole days. */
  readonly processingWorkingDays: NumberSpan;
  /** RFT-06: the merchant refunds within this many days of receiving returned goods (legal ceiling 7). */
  readonly refundAfterReceiptDays: number;
};

/** FRT-04: the platform's return-freight subsidy (PDD 退货包运费). */
export type ReturnFreightSubsidyTerms = {
  /** The subsidy is paid to the buyer within this many hours of the merchant agreeing and giving a return address. */
  readonly payoutHours: number;
};

/** FRT-*: who pays postage. */
export type FreightPolicy = {
  /** FRT-01: on a no-reason exchange the buyer pays both legs (else only the return leg). */
  readonly exchangeBuyerPaysBothLegs: boolean;
  /** FRT-03: length of one paid freight-insurance period of a merchant's subscription, in calendar days. */
  readonly insurancePeriodDays: number;
  /** FRT-04: PDD 退货包运费, for orders with `returnFreightSubsidy`; `null` where the platform offers none. */
  readonly returnFreightSubsidy: ReturnFreightSubsidyTerms | null;
  /** FRT-07: the merchant may deduct the outbound postage when a return breaks a free-shipping threshold. */
  readonly deductOutboundPostage: boolean;
};

/** CSE-*: deadlines in a case's lifecycle (hours are exact, TIME-02; days are calendar days, TIME-03). */
export type CasePolicy = {
  /** CSE-01: the merchant answers within this many hours or the system agrees (except to a refund-only of goods the buyer keeps, which silence leaves refused, ELG-18). */
  readonly merchantResponseHours: number;
  /** CSE-03: evidence window in intervention, in hours from the work order. */
  readonly evidenceHours: number;
  /** RSD-01/02: the buyer confirms a merchant's application (or answers a refund offer) within this many hours, or it lapses. */
  readonly buyerConfirmationHours: number;
  /** CSE-02: a refused case may be escalated to the platform within this many days, or it closes. */
  readonly escalationDays: number;
  /** CSE-04: the buyer ships the goods back within this many days of the agreement, or the case closes. */
  readonly buyerReturnShipmentDays: number;
  /** CSE-04: the merchant confirms receipt within this many days of the buyer's shipment, or the goods count as received and the case moves on: to the refund on a return (RFT-06), to the replacement or the repaired goods on an exchange or a repair. */
  readonly merchantReceiptDays: number;
  /** CSE-07: the follow-up visit is due this many days after a case ends. */
  readonly followUpDays: number;
};

/** PEN-01: what off-platform trade costs the merchant. */
export type OffPlatformTradeSanctions = {
  /** The sanctions imposed (at least one). */
  readonly sanctions: readonly Sanction[];
  /** The deposit (担保金) the merchant pays, integer fen. */
  readonly depositFen: number;
};

/** PEN-04: counterfeit compensation terms. */
export type CounterfeitCompensationTerms = {
  /** The compensation is this multiple of the item price (above 0; the law's floor is 3). */
  readonly multiple: number;
  /** The least compensation, integer fen (the law's floor is ¥500). */
  readonly minimumFen: number;
};

/** PEN-*: violations and sanctions. */
export type PenaltyPolicy = {
  /** PEN-01: the platform's own marketplaces, which the screener never reports as "other marketplace" (at least one). */
  readonly ownMarketplaces: readonly Marketplace[];
  /** PEN-01: off-platform trade; `null` where the platform sets no sanction. */
  readonly offPlatformTrade: OffPlatformTradeSanctions | null;
  /** PEN-04: counterfeit compensation, `multiple` × item price, at least `minimumFen` (law: 3×, ¥500). */
  readonly counterfeit: CounterfeitCompensationTerms;
};

/** SLA-02: a target met within a number of hours by a share of the records. */
export type HoursTarget = {
  /** The time allowed, in hours (TIME-02). */
  readonly hours: number;
  /** The share of records that must meet it, 0 to 1. */
  readonly share: number;
};

/** SLA-02: a target met within a number of working days by a share of the records. */
export type WorkingDaysTarget = {
  /** The time allowed, in whole working days (TIME-04). */
  readonly workingDays: number;
  /** The share of records that must meet it, 0 to 1. */
  readonly share: number;
};

/** SLA-02: a target met by a share of the records. */
export type ShareTarget = {
  /** The share of records that must meet it, 0 to 1. */
  readonly share: number;
};

/** SLA-*: service-level targets. */
export type ServiceLevelPolicy = {
  /** SLA-02 (S2 §2.1): quality complaints first answered within `hours`. */
  readonly firstReply: HoursTarget;
  /** SLA-02 (S2 §2.1): quality complaints resolved within `workingDays`. */
  readonly resolution: WorkingDaysTarget;
  /** SLA-02 (S2 §2.3): return and exchange applications reviewed and processed within `workingDays`. */
  readonly returnProcessing: WorkingDaysTarget;
  /** SLA-02 (S2 §2.2): the share of logistics-delay complaints resolved satisfactorily for the buyer. */
  readonly logisticsDelay: ShareTarget;
  /** SLA-04: coupon for a logistics-delay complaint resolved for the buyer, integer fen; `null` = none. */
  readonly logisticsDelayCouponFen: number | null;
};

/** A policy's display name, in each locale. */
export type PolicyDisplayName = {
  /** Chinese (e.g. 拼多多). */
  readonly 'zh-CN': string;
  /** English (e.g. Pinduoduo). */
  readonly en: string;
};

/**
 * A platform's rule parameters: data, never code. Money is integer fen; days and working days are
 * counted in `timeZone`. See docs/policies.md for deriving a shop's own policy within the law.
 */
export type Policy = {
  /** The policy's ID (e.g. `pinduoduo`), non-empty. */
  readonly id: string;
  /** The policy's version (e.g. `2025.1`), non-empty. */
  readonly version: string;
  /** The display name in each locale. */
  readonly name: PolicyDisplayName;
  /** Calendar days and working days are counted in this IANA zone (TIME-01, TIME-03, TIME-04). */
  readonly timeZone: string;
  /** ELG-*: who may open what, when. */
  readonly eligibility: EligibilityPolicy;
  /** RFT-*: when the money arrives. */
  readonly refund: RefundPolicy;
  /** FRT-*: who pays postage. */
  readonly freight: FreightPolicy;
  /** CSE-*: deadlines in a case's lifecycle. */
  readonly case: CasePolicy;
  /** PEN-*: violations and sanctions. */
  readonly penalties: PenaltyPolicy;
  /** SLA-*: service-level targets. */
  readonly serviceLevels: ServiceLevelPolicy;
};
