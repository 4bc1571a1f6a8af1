import * as z from './zod.js';
import type { DeepReadonly } from './readonly.js';
import { FenSchema, InstantSchema } from './instant.js';
import { EVIDENCE_KINDS, REQUEST_REASONS, REQUEST_TYPES } from './vocabulary.js';

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

export type AfterSalesRequest = DeepReadonly<z.output<typeof AfterSalesRequestSchema>>;
export type Evidence = DeepReadonly<z.output<typeof EvidenceSchema>>;
