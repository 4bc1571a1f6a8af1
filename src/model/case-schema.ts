// The schema of a stored case, apart from case.ts so that only `parseCase` (and the functions that
// check the case they are handed) load it.
import * as z from './zod.js';
import { CASE_MACHINES, CASE_OUTCOMES, CASE_STATUSES, CaseEventSchema, COURIER_FINDINGS, NOTICES, type AfterSalesCase } from './case.js';
import { FenSchema, InstantSchema, whole } from './instant.js';
import { toInputIssues, type InputError } from './parse.js';
import { Hours, isTimeZone, PositiveDays } from './policy.js';
import { EFFECTS, REASON_CODES, REASON_PARAM_KINDS, type ReasonCode } from './reason.js';
import { err, ok, type Result } from './result.js';
import { LIABLE_PARTIES, REQUEST_REASONS, REQUEST_TYPES } from './vocabulary.js';

const Text = z.string().check(z.minLength(1));
const Party = z.enum(['buyer', 'merchant']);
const Count = z.number().check(whole(), z.nonnegative());
const LocalDateSchema = z.string().check(z.refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s), { error: 'expected a date YYYY-MM-DD' }));
const Shipment = z.object({ carrier: Text, trackingNumber: Text, at: InstantSchema });

const EFFECT_TYPES = [
  'notify_buyer',
  'notify_merchant',
  'notify_courier',
  'create_resend_order',
  'pay_refund',
  'pay_compensation',
  'offer_refund',
  'request_evidence',
  'follow_up_visit',
  'pay_freight_subsidy',
  'invite_review',
  'verify_with_courier',
  'ask_buyer_details',
  'chase_shipment',
  'trace_shipment',
  'claim_from_courier',
  'record_packaging_feedback',
] as const;

// Effects and reasons are records of what happened, not read back by the steps: their common fields
// are checked and the rest kept as stored.
const EffectSchema = z.looseObject({
  type: z.enum(EFFECT_TYPES),
  rule: z.string(),
  at: InstantSchema,
  notice: z.optional(z.enum([...NOTICES, 'buyer_will_refuse_delivery'])),
  amountFen: z.optional(FenSchema),
  dueAt: z.optional(InstantSchema),
});
const ReasonSchema = z
  .looseObject({
    code: z.enum(Object.keys(REASON_CODES) as [ReasonCode, ...ReasonCode[]]),
    rule: z.string(),
    effect: z.enum(EFFECTS),
    params: z.optional(z.looseObject({})),
  })
  .check(
    z.superRefine((r, ctx) => {
      if (r.rule !== REASON_CODES[r.code]) ctx.addIssue({ code: 'custom', path: ['rule'], message: `${r.code} is emitted by ${REASON_CODES[r.code]}` });
      const kinds: Readonly<Record<string, string>> | undefined = (REASON_PARAM_KINDS as Partial<Record<ReasonCode, Readonly<Record<string, string>>>>)[r.code];
      if (kinds === undefined) {
        if (r.params !== undefined) ctx.addIssue({ code: 'custom', path: ['params'], message: `${r.code} has no params` });
        return;
      }
      for (const [key, kind] of Object.entries(kinds)) {
        const v = r.params?.[key];
        const [name, fits] = KINDS[kind[0] as ParamKind];
        if (v === undefined ? kind.endsWith('?') : fits(v)) continue;
        ctx.addIssue({ code: 'custom', path: ['params', key], message: `expected ${name}` });
      }
    }),
  );
type ParamKind = 's' | 'n' | 'b' | 'l';
/** Each param kind of REASON_PARAM_KINDS: what the issue message calls it, and its test. */
const KINDS: Readonly<Record<ParamKind, readonly [string, (v: unknown) => boolean]>> = {
  s: ['a string', (v) => typeof v === 'string'],
  n: ['a number', (v) => typeof v === 'number' && Number.isFinite(v)],
  b: ['a boolean', (v) => typeof v === 'boolean'],
  l: ['a list of strings', (v) => Array.isArray(v) && v.every((x) => typeof x === 'string')],
};

const TermsSchema = z.object({
  timeZone: z.string().check(z.refine(isTimeZone, { error: 'not an IANA time zone' })),
  merchantResponseHours: Hours,
  buyerConfirmationHours: Hours,
  evidenceHours: Hours,
  buyerReturnShipmentDays: PositiveDays,
  merchantReceiptDays: PositiveDays,
  escalationDays: PositiveDays,
  followUpDays: PositiveDays,
  refundAfterReceiptDays: PositiveDays,
  returnFreightSubsidyHours: z.optional(Hours),
});

const Step = z.optional(InstantSchema);
const MilestonesSchema = z.object({
  appliedAt: InstantSchema,
  respondedAt: Step,
  confirmedAt: Step,
  stockCheckedAt: Step,
  agreedAt: Step,
  refusedDeliveryAt: Step,
  returnShippedAt: Step,
  receivedAt: Step,
  shippedAt: Step,
  deliveredAt: Step,
  refundedAt: Step,
  refundOverdueAt: Step,
  interventionAt: Step,
  ruledAt: Step,
  endedAt: Step,
  revisitedAt: Step,
});

/** An {@link AfterSalesCase} as stored: every field `openCase` and the steps write, each checked. */
export const AfterSalesCaseSchema = z.object({
  id: Text,
  orderId: Text,
  type: z.enum(REQUEST_TYPES),
  machine: z.enum(CASE_MACHINES),
  reason: z.enum(REQUEST_REASONS),
  status: z.enum(CASE_STATUSES),
  outcome: z.optional(z.enum(CASE_OUTCOMES)),
  liableParty: z.optional(z.enum(LIABLE_PARTIES)),
  initiatedBy: Party,
  policy: z.object({ id: Text, version: Text }),
  calendar: z.optional(
    z.object({ id: z.string(), covers: z.object({ from: LocalDateSchema, to: LocalDateSchema }), provisionalYears: z.array(Count) }),
  ),
  terms: TermsSchema,
  skus: z.array(z.string()),
  resendAddress: z.optional(Text),
  money: z.object({ refundableFen: FenSchema, refundFen: FenSchema, compensationFen: FenSchema }),
  conditions: z.array(ReasonSchema),
  courier: z.optional(z.object({ verifyBeforeRemedy: z.boolean(), finding: z.optional(z.enum(COURIER_FINDINGS)), verifiedAt: z.optional(InstantSchema) })),
  confirmation: z.optional(z.enum(['application', 'refund_offer'])),
  stock: z.optional(z.object({ available: z.boolean(), checkedAt: InstantSchema })),
  appraisal: z.optional(z.enum(['confirms_counterfeit', 'not_confirmed'])),
  goodsIntact: z.optional(z.boolean()),
  intervention: z.optional(
    z.object({ requestedAt: InstantSchema, evidenceWindowClosed: z.boolean(), merchantEvidence: Count, buyerEvidence: Count, ruling: z.optional(Party) }),
  ),
  followUp: z.optional(z.object({ doneAt: z.optional(InstantSchema), missed: z.boolean() })),
  milestones: MilestonesSchema,
  shipment: z.optional(Shipment),
  returnShipment: z.optional(Shipment),
  clock: z.object({ lastEventMs: z.number().check(whole()), statusSinceMs: z.number().check(whole()) }),
  history: z.array(CaseEventSchema),
  effects: z.array(EffectSchema),
});

/**
 * Validates a stored case (from a database, a file, a queue) before any case function reads it,
 * reporting every bad field with its path: a case saved without `terms` is refused at `['terms']`,
 * not met later by a `TypeError` in `deadlines`. Linear in the case's history and effects.
 *
 * @example
 * const stored = parseCase(JSON.parse(row.caseJson));
 * if (!stored.ok) stored.error // → { code: 'invalid_input', issues: [{ path: ['terms'], message: … }] }
 * else deadlines(stored.value, policies.taobao)
 */
export function parseCase(input: unknown): Result<AfterSalesCase, InputError> {
  const parsed = AfterSalesCaseSchema.safeParse(input);
  // The schema checks each field's shape; the interface is the one the case functions are typed with.
  return parsed.success ? ok(parsed.data as unknown as AfterSalesCase) : err({ code: 'invalid_input', issues: toInputIssues(parsed.error) });
}

