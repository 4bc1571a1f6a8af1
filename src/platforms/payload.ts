import type { $ZodError } from 'zod/v4/core';
import type { IssuePath } from '../model/failure.js';
import { InstantSchema } from '../model/instant.js';
import { fastOrder, UNSURE } from '../model/fast-validate.js';
import { OrderSchema } from '../model/order.js';
import { err, ok, type Result } from '../model/result.js';
import { PAYMENT_METHODS } from '../model/vocabulary.js';
import * as z from '../model/zod.js';
import { beijingTimeToInstant } from './beijing-time.js';
import type { Check } from './fast-payload.js';
import { issue, type PlatformIssue } from './issue.js';
import type { Order, PaymentMethod, RequestReason } from './library.js';
import { amountToFen, plainFen } from './yuan.js';

/**
 * What the refund object does not carry and the caller's order records do: how the buyer paid, and
 * the order's times (from the platform's order API, as instants with an offset; `beijingTimeToInstant`
 * converts the platform's own). A time left out is taken as the application's: the platform accepted
 * the application, so the order was paid (and, if the payload says so, shipped or signed for) by then.
 */
export const OrderContextSchema = z.object({
  paymentMethod: z.enum(PAYMENT_METHODS),
  paidAt: z.optional(InstantSchema),
  shippedAt: z.optional(InstantSchema),
  signedAt: z.optional(InstantSchema),
});
/** The caller's order context, as {@link OrderContextSchema} checks it: `paymentMethod`, and `paidAt?`, `shippedAt?`, `signedAt?` (ISO-8601 with an offset). */
export type OrderContext = z.output<typeof OrderContextSchema>;

/** The value at `path` in an unchecked payload, `undefined` where the path leaves it. */
const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), input);

/**
 * Zod's issues as platform issues: a field that is absent from `input` (the payload as given) is
 * `missing_field`, any other fault `invalid_type` or `invalid_value`.
 */
export const zodIssues = (e: $ZodError, input: unknown): PlatformIssue[] =>
  e.issues.map((i) => {
    const path = i.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const missing = i.code === 'invalid_type' && path.length > 0 && valueAt(input, i.path) === undefined;
    return issue(missing ? 'missing_field' : i.code === 'invalid_type' ? 'invalid_type' : 'invalid_value', path, i.message);
  });

/**
 * A payload read by its schema: the fast predicate answers for a well-formed payload (read as it
 * is, which is what the transform-free schema would output), the schema reports every fault of any other.
 */
export function parsePayload<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: $ZodError } }, fast: Check, payload: unknown): Result<T, PlatformIssue[]> {
  if (fast(payload)) return ok(payload as T);
  const parsed = schema.safeParse(payload);
  return parsed.success ? ok(parsed.data) : err(zodIssues(parsed.error, payload));
}

/**
 * Collects the issues of several reads, so that every bad field is reported at once.
 *
 * @example
 * const c = collector(); const fen = c.take(amountToFen(-1, ['x'])); c.issues // → [{ code: 'negative_amount', … }]
 */
export function collector() {
  const issues: PlatformIssue[] = [];
  return {
    issues,
    take<T>(r: Result<T, PlatformIssue>): T | undefined {
      if (r.ok) return r.value;
      issues.push(r.error);
      return undefined;
    },
  };
}

/**
 * An amount field read from the raw payload: zod/mini's slice has no union, and the platforms send
 * either a yuan string or integer fen (yuan.ts `amountToFen`).
 */
export function readAmount(raw: Readonly<Record<string, unknown>>, key: string, prefix: IssuePath, optional = false): Result<number | undefined, PlatformIssue> {
  const v = raw[key];
  // A plain yuan string, the usual case, needs no path (only an issue carries one).
  if (typeof v === 'string') {
    const fen = plainFen(v);
    if (fen >= 0) return ok(fen);
  }
  const path = [...prefix, key];
  if (v === undefined && optional) return ok(undefined);
  if (v === undefined) return err(issue('missing_field', path, `${key} is required`));
  if (typeof v !== 'string' && typeof v !== 'number') return err(issue('invalid_type', path, `${key} must be a yuan string or a whole number of fen`));
  return amountToFen(v, path);
}

/** A platform time field, already a string: Beijing time to an instant, or its issue. */
export const readTime = (v: string, path: IssuePath): Result<string, PlatformIssue> => beijingTimeToInstant(v, path);

/**
 * Reason texts the platforms' buyer forms offer, as the library's reasons (exact text, trimmed).
 * Anything else is `unknown_code` unless the caller passes `reason`.
 */
const REASON_TEXTS: Readonly<Record<string, RequestReason>> = {
  七天无理由退换货: 'no_reason',
  七天无理由退货: 'no_reason',
  不想要了: 'no_reason',
  '多拍/拍错/不想要': 'no_reason',
  '拍错/多拍/不想要': 'no_reason',
  质量问题: 'quality',
  商品质量问题: 'quality',
  商品与描述不符: 'not_as_described',
  描述不符: 'not_as_described',
  发错货: 'wrong_item',
  卖家发错货: 'wrong_item',
  '少件/漏发': 'missing_item',
  少件漏发: 'missing_item',
  商品破损: 'damaged_in_transit',
  '包装/商品破损': 'damaged_in_transit',
  未收到货: 'not_received',
  '快递/物流一直未送到': 'not_received',
  假冒品牌: 'counterfeit',
};

/** The library's reason for the platform's reason text, or `unknown_code` at `path`. */
export function readReason(text: string | undefined, override: RequestReason | undefined, path: IssuePath): Result<RequestReason, PlatformIssue> {
  if (override !== undefined) return ok(override);
  const r = text === undefined ? undefined : REASON_TEXTS[text.trim()];
  if (r !== undefined) return ok(r);
  return err(
    issue(text === undefined ? 'missing_field' : 'unknown_code', path, `reason ${JSON.stringify(text ?? null)} is not one the adapter knows: pass the \`reason\` option`),
  );
}

/** How far the order had gone when the buyer applied, as the payload says. */
export interface Stage {
  readonly shipped: boolean;
  readonly signed: boolean;
}

/** The order line and money the payload gives. */
export interface OrderFacts {
  readonly id: string;
  readonly sku: string;
  readonly priceFen: number;
  readonly quantity: number;
  /** What the buyer paid for the order. */
  readonly paidFen: number;
  readonly appliedAt: string;
}

/**
 * The library's order from the payload's facts and the caller's context, checked by the library's
 * own order schema: the difference between what was paid and the line's price is postage (paid
 * more) or a discount (paid less). A fault is `inconsistent` at `path`.
 */
export function buildOrder(f: OrderFacts, stage: Stage, ctx: OrderContext, path: IssuePath): Result<Order, PlatformIssue[]> {
  const itemsFen = f.priceFen * f.quantity;
  const gap = f.paidFen - itemsFen;
  // Field by field in one order, without conditional spreads (each costs V8 a generic copy).
  const order: { -readonly [K in keyof Order]?: Order[K] } = {
    id: f.id,
    paidAt: ctx.paidAt ?? f.appliedAt,
    payments: [{ method: ctx.paymentMethod as PaymentMethod, amountFen: f.paidFen }],
  };
  if (gap > 0) order.shippingFen = gap;
  else if (gap < 0) order.discountFen = -gap;
  if (stage.shipped || stage.signed) order.shippedAt = ctx.shippedAt ?? f.appliedAt;
  if (stage.signed) order.signedAt = ctx.signedAt ?? f.appliedAt;
  order.items = [{ sku: f.sku, priceFen: f.priceFen, quantity: f.quantity }];
  // The fast reader answers for the consistent order (the schema's own output); the schema says what is wrong.
  const fast = fastOrder(order);
  if (fast !== UNSURE) return ok(fast);
  const checked = OrderSchema.safeParse(order);
  if (checked.success) return ok(checked.data);
  return err(checked.error.issues.map((i) => issue('inconsistent', path, `the order built from the payload is not consistent: ${i.path.join('.')} ${i.message}`)));
}
