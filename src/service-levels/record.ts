import * as z from '../model/zod.js';
import { InstantSchema } from '../model/instant.js';
import type { DeepReadonly } from '../model/readonly.js';
import { REQUEST_TYPES } from '../model/vocabulary.js';
import { deepFreeze } from '../model/freeze.js';

/** SLA-01: what a complaint is about (S2 §2). */
export const COMPLAINT_TYPES = /* @__PURE__ */ deepFreeze(['quality', 'logistics_delay', 'after_sales_service'] as const);
export type ComplaintType = (typeof COMPLAINT_TYPES)[number];

/** SLA-01: where it came in (S2 §1.2: 在线客服, 电话客服, 电子邮件, 社交媒体). */
export const COMPLAINT_CHANNELS = /* @__PURE__ */ deepFreeze(['online', 'phone', 'email', 'social'] as const);
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/**
 * SLA-01: a buyer's complaint. `firstReplyAt` is the first answer the buyer received, `resolvedAt`
 * when it was settled, `resolvedFor` in whose favour (SLA-04 needs it). All instants carry an offset.
 */
export const ComplaintRecordSchema = z.object({
  kind: z.enum(['complaint']),
  id: z.string().check(z.minLength(1)),
  type: z.enum(COMPLAINT_TYPES),
  channel: z.enum(COMPLAINT_CHANNELS),
  openedAt: InstantSchema,
  firstReplyAt: z.optional(InstantSchema),
  resolvedAt: z.optional(InstantSchema),
  resolvedFor: z.optional(z.enum(['buyer', 'merchant'])),
});

/**
 * An after-sales application as SLA-02 sees it: `processedAt` is when it was reviewed and handled to
 * the end (审核并处理完毕). Only `return_refund` and `exchange` count toward the return-processing target;
 * other types may be passed and are ignored, so a caller can feed every case it has.
 */
export const CaseRecordSchema = z.object({
  kind: z.enum(['case']),
  id: z.string().check(z.minLength(1)),
  type: z.enum(REQUEST_TYPES),
  openedAt: InstantSchema,
  processedAt: z.optional(InstantSchema),
});

const notBefore = (later: string | undefined, opened: string): boolean => later === undefined || Date.parse(later) >= Date.parse(opened);

/** Validates one untrusted record: the shape, and that nothing happens before the record was opened. */
export const ServiceLevelRecordSchema = z.discriminatedUnion('kind', [ComplaintRecordSchema, CaseRecordSchema]).check(
  z.superRefine((r, ctx) => {
    const later: readonly ('firstReplyAt' | 'resolvedAt' | 'processedAt')[] = r.kind === 'complaint' ? ['firstReplyAt', 'resolvedAt'] : ['processedAt'];
    for (const key of later) {
      const value = (r as Partial<Record<typeof key, string>>)[key];
      if (!notBefore(value, r.openedAt)) ctx.addIssue({ code: 'custom', path: [key], message: `${key} is before openedAt` });
    }
    if (r.kind === 'complaint' && r.resolvedFor !== undefined && r.resolvedAt === undefined) {
      ctx.addIssue({ code: 'custom', path: ['resolvedFor'], message: 'resolvedFor needs resolvedAt' });
    }
  }),
);

export type ComplaintRecord = DeepReadonly<z.output<typeof ComplaintRecordSchema>>;
export type CaseRecord = DeepReadonly<z.output<typeof CaseRecordSchema>>;
export type ServiceLevelRecord = ComplaintRecord | CaseRecord;
