import * as z from './zod.js';
import { FenSchema, whole } from './instant.js';
import type { DeepReadonly } from './readonly.js';
import { GOODS_CLASSES, MARKETPLACES, PAYMENT_METHODS, REQUEST_REASONS, SANCTIONS } from './vocabulary.js';

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
  /** CSE-01: the merchant answers within this many hours or the system agrees. */
  merchantResponseHours: Hours,
  /** CSE-03: evidence window in intervention. */
  evidenceHours: Hours,
  /** RSD-01/02: the buyer confirms a merchant's application (or answers a refund offer) within this many hours, or it lapses. */
  buyerConfirmationHours: Hours,
  /** CSE-02: a refused case may be escalated to the platform within this many days, or it closes. */
  escalationDays: PositiveDays,
  /** CSE-04: the buyer ships the goods back within this many days of the agreement, or the case closes. */
  buyerReturnShipmentDays: PositiveDays,
  /** CSE-04: the merchant confirms receipt within this many days of the buyer's shipment, or the system refunds. */
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

export type Policy = DeepReadonly<z.output<typeof PolicySchema>>;
