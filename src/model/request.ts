import * as z from './zod.js';
import { FenSchema, InstantSchema, type Instant } from './instant.js';
import {
  EVIDENCE_KINDS,
  REQUEST_REASONS,
  REQUEST_TYPES,
  type EvidenceKind,
  type RequestReason,
  type RequestType,
} from './vocabulary.js';

/** The schema of one {@link Evidence} item. */
export const EvidenceSchema = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  /** For an appraisal: whether it confirms the goods are counterfeit (ELG-15). */
  confirmsCounterfeit: z.optional(z.boolean()),
});

/** Who applies: the buyer, or the merchant on the buyer's behalf (RSD-01). */
export const INITIATORS = ['buyer', 'merchant'] as const;

/** What the buyer (or the merchant on the buyer's behalf, RSD-01) asks for. */
export const AfterSalesRequestSchema = z.object({
  type: z.enum(REQUEST_TYPES),
  reason: z.enum(REQUEST_REASONS),
  requestedAt: InstantSchema,
  /** Default: everything still refundable (ELG-13). */
  amountFen: z.optional(FenSchema),
  /** Default: every item of the order. */
  skus: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
  initiatedBy: z.optional(z.enum(INITIATORS)),
  evidence: z.optional(z.array(EvidenceSchema)),
  /** RSD-01 (S1 "填写申请原因、补寄地址"): where a resend goes; absent, the order's own address is meant. */
  resendAddress: z.optional(z.string().check(z.minLength(1))),
});

/** One piece of evidence the buyer attached to the application. */
export type Evidence = {
  /**
   * What it is. ELG-16: a photo, video or appraisal backs a claim of fault; ELG-15: a counterfeit
   * claim needs an appraisal.
   */
  readonly kind: EvidenceKind;
  /**
   * ELG-15: for an appraisal, whether it confirms the goods are counterfeit; on a request whose
   * reason is `counterfeit`, a confirmed one also proves PEN-04, so the merchant pays the freight
   * (FRT-05). Absent: not confirmed.
   */
  readonly confirmsCounterfeit?: boolean | undefined;
};

/**
 * What the buyer (or the merchant on the buyer's behalf, RSD-01) asks for. Money is integer fen;
 * instants are ISO-8601 strings with an explicit offset.
 */
export type AfterSalesRequest = {
  /** What is asked for: refund only, return and refund, exchange, resend, repair or a counterfeit claim. */
  readonly type: RequestType;
  /** Why: `no_reason` (ELG-06/07/08, FRT-01) or a claimed fault (ELG-09, ELG-16, FRT-02), and so on. */
  readonly reason: RequestReason;
  /** When the application was made: every ELG rule judges the order's stage and windows at this instant (TIME-06). */
  readonly requestedAt: Instant;
  /**
   * ELG-13: the refund asked for, integer fen. For `refund_only`, `return_refund` and
   * `counterfeit_claim` it is denied unless positive and at most what is still refundable; other
   * types ignore it. Absent: everything still refundable.
   */
  readonly amountFen?: number | undefined;
  /**
   * The items the request is about, by SKU (at least one); `assess` refuses duplicates and SKUs not
   * on the order. Absent: every item of the order.
   */
  readonly skus?: readonly string[] | undefined;
  /** RSD-01: who applied; a merchant's application waits for the buyer's confirmation. Absent: `buyer`. */
  readonly initiatedBy?: 'buyer' | 'merchant' | undefined;
  /** ELG-15, ELG-16: evidence attached to the application. Absent: none. */
  readonly evidence?: readonly Evidence[] | undefined;
  /** RSD-01 (S1 "填写申请原因、补寄地址"): where a resend goes; absent, the order's own address is meant. */
  readonly resendAddress?: string | undefined;
};
