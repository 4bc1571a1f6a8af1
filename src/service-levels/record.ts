import * as z from '../model/zod.js';
import { InstantSchema } from '../model/instant.js';
import { REQUEST_TYPES, type RequestType } from '../model/vocabulary.js';
import { deepFreeze } from '../model/freeze.js';

/** SLA-01: what a complaint is about (S2 §2). */
export const COMPLAINT_TYPES = /* @__PURE__ */ deepFreeze(['quality', 'logistics_delay', 'after_sales_service'] as const);
/** SLA-01: what a complaint is about: one of {@link COMPLAINT_TYPES}. */
export type ComplaintType = (typeof COMPLAINT_TYPES)[number];

/** SLA-01: where it came in (S2 §1.2: 在线客服, 电话客服, 电子邮件, 社交媒体). */
export const COMPLAINT_CHANNELS = /* @__PURE__ */ deepFreeze(['online', 'phone', 'email', 'social'] as const);
/** SLA-01: where a complaint came in: one of {@link COMPLAINT_CHANNELS}. */
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

/**
 * SLA-01: a buyer's complaint, exactly as {@link ComplaintRecordSchema} parses it. Instants are
 * ISO-8601 date-times with an explicit offset (`Z` or `±hh:mm`). A step dated after the report's `at`
 * has not happened yet as far as that report knows (`serviceLevelReport`).
 */
export type ComplaintRecord = {
  /** Tells a complaint from a case in a {@link ServiceLevelRecord}. */
  readonly kind: 'complaint';
  /** The caller's id for the complaint (non-empty): a report's `missed` lists name records by it (SLA-03). */
  readonly id: string;
  /**
   * SLA-01: what it is about. SLA-02 counts `quality` toward the first-reply and resolution targets
   * and `logistics_delay` toward the logistics-delay target (SLA-04: its coupon); `after_sales_service`
   * counts toward none.
   */
  readonly type: ComplaintType;
  /** SLA-01: where it came in. No target reads it. */
  readonly channel: ComplaintChannel;
  /** When the buyer complained: SLA-02's first-reply (hours) and resolution (working days) deadlines run from it. */
  readonly openedAt: string;
  /**
   * SLA-02: the first answer the buyer received, not before `openedAt`. Absent: not answered yet, so
   * a quality complaint counts as missed once its first-reply deadline has passed.
   */
  readonly firstReplyAt?: string | undefined;
  /**
   * SLA-02 / SLA-04: when it was settled, not before `openedAt`. Absent: still open, so a quality
   * complaint counts as missed once its resolution deadline has passed.
   */
  readonly resolvedAt?: string | undefined;
  /**
   * SLA-02 / SLA-04: in whose favour it was settled; only with `resolvedAt`. A logistics-delay
   * complaint meets its target, and earns SLA-04's coupon, when settled for the buyer. Absent: no side
   * recorded, so a logistics-delay complaint is not counted yet.
   */
  readonly resolvedFor?: 'buyer' | 'merchant' | undefined;
};

/**
 * SLA-02: an after-sales application, exactly as {@link CaseRecordSchema} parses it. Instants are
 * ISO-8601 date-times with an explicit offset (`Z` or `±hh:mm`).
 */
export type CaseRecord = {
  /** Tells a case from a complaint in a {@link ServiceLevelRecord}. */
  readonly kind: 'case';
  /** The caller's id for the case (non-empty): a report's `missed` lists name records by it (SLA-03). */
  readonly id: string;
  /** What was applied for: only `return_refund` and `exchange` count toward the return-processing target (SLA-02). */
  readonly type: RequestType;
  /** When the application was made: the return-processing deadline (working days) runs from it. */
  readonly openedAt: string;
  /**
   * SLA-02: when it was reviewed and handled to the end (审核并处理完毕), not before `openedAt`.
   * Absent: not processed yet, so it counts as missed once its deadline has passed.
   */
  readonly processedAt?: string | undefined;
};

/** SLA-02 / SLA-03: one record of a service-level batch: a complaint or a case, told apart by `kind`. */
export type ServiceLevelRecord = ComplaintRecord | CaseRecord;
