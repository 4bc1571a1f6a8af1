import * as z from '../model/zod.js';
import { fastInstant, fastOrder, fastRequest, UNSURE } from '../model/fast-validate.js';
import { InstantSchema } from '../model/instant.js';
import { OrderSchema, type Order } from '../model/order.js';
import { toInputIssues, type InputError, type InputIssue } from '../model/parse.js';
import type { Policy } from '../model/policy.js';
import { AfterSalesRequestSchema, type AfterSalesRequest } from '../model/request.js';
import { err, ok, type Result } from '../model/result.js';
import { skuLookup } from '../model/sku-lookup.js';
import { resolvePolicy } from '../policies/resolve-policy.js';
import { parseInstant } from '../time/zone.js';

/** What `assess` works on once the untrusted JSON has passed every check. */
export interface AssessInput {
  readonly policy: Policy;
  readonly order: Order;
  readonly request: AfterSalesRequest;
  /** When the refund is assumed approved (epoch ms): `at`, or the request instant. */
  readonly approvedAt: number;
  /** The request instant (epoch ms), parsed once. */
  readonly requestedAt: number;
}


/** Just the SKUs of an order that failed elsewhere, so unknown request SKUs are still reported. */
const OrderSkus = z.object({ items: z.array(z.object({ sku: z.string() })) });

function skuIssues(request: AfterSalesRequest, order: Order | undefined, rawOrder: unknown): InputIssue[] {
  const skus = request.skus;
  if (skus === undefined) return [];
  const known = order?.items.map((i) => i.sku) ?? (OrderSkus.safeParse(rawOrder).data?.items.map((i) => i.sku));
  const onOrder = known === undefined ? undefined : skuLookup(known);
  const seen = new Set<string>();
  const issues: InputIssue[] = [];
  skus.forEach((sku, i) => {
    if (seen.has(sku)) issues.push({ code: 'custom', path: ['request', 'skus', i], message: `duplicate sku ${sku}` });
    else if (onOrder !== undefined && !onOrder(sku)) {
      issues.push({ code: 'invalid_value', path: ['request', 'skus', i], message: `unknown sku ${sku}: the order has no such item` });
    }
    seen.add(sku);
  });
  return issues;
}

/** No {@link skuIssues}: request SKUs are unique and all on the order; linear in both. */
function skusKnown(request: AfterSalesRequest, order: Order): boolean {
  const skus = request.skus;
  if (skus === undefined) return true;
  const onOrder = skuLookup(order.items.map((i) => i.sku));
  const seen = new Set<string>();
  for (const sku of skus) {
    if (seen.has(sku) || !onOrder(sku)) return false;
    seen.add(sku);
  }
  return true;
}

/** An application dated before the order was paid: no buyer can apply on an order not yet paid for. */
const beforePayment = (order: Order, requestedAt: number): boolean => order.paidAt !== undefined && requestedAt < parseInstant(order.paidAt);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The common case, every part valid, without zod's cost (src/model/fast-validate.ts); `undefined`
 * when anything is or may be wrong, and the full validation below then finds and reports it.
 * Exported for the tests that hold it to taking every valid input: a path that quietly declined
 * would change no answer, only make `assess` three times slower.
 */
export function fastAssessInput(input: Record<string, unknown>, policy: Policy): AssessInput | undefined {
  const order = fastOrder(input['order']);
  const request = fastRequest(input['request']);
  const rawAt = input['at'];
  const at = rawAt === undefined ? undefined : fastInstant(rawAt);
  if (order === UNSURE || request === UNSURE || at === UNSURE || !skusKnown(request, order)) return undefined;
  const requestedAt = parseInstant(request.requestedAt);
  const approvedAt = at === undefined ? requestedAt : parseInstant(at);
  return approvedAt < requestedAt || beforePayment(order, requestedAt) ? undefined : { policy, order, request, approvedAt, requestedAt };
}

/**
 * Validates `assess`'s untrusted JSON: `{ policy, order, request, at? }`, every part on its own so
 * that every bad field is reported at once, each path prefixed with the part it sits in, plus the
 * faults that only show across parts (request SKUs the order lacks, a request before the payment, an
 * approval before the request).
 * Rules: ELG-06/07/09, RFT-06, PEN-04 (legal floors of a policy object). `fast: false` skips the
 * fast path for valid input, for the law that it changes no answer.
 *
 * @example
 * parseAssessInput({ policy: 'taobao', order: validOrder, request: { ...validRequest, skus: ['nope'] } })
 * // → { ok: false, error: { code: 'invalid_input', issues: [{ path: ['request', 'skus', 0], message: 'unknown sku nope: the order has no such item' }] } }
 */
export function parseAssessInput(input: unknown, fast = true): Result<AssessInput, InputError> {
  if (!isRecord(input)) {
    return err({ code: 'invalid_input', issues: [{ code: 'invalid_type', path: [], message: 'expected an object { policy, order, request, at? }' }] });
  }
  const issues: InputIssue[] = [];
  const resolved = resolvePolicy(input['policy']);
  if (!resolved.ok) issues.push(...resolved.error);
  const policy = resolved.ok ? resolved.value : undefined;
  const valid = fast && policy !== undefined ? fastAssessInput(input, policy) : undefined;
  if (valid !== undefined) return ok(valid);
  const order = OrderSchema.safeParse(input['order']);
  if (!order.success) issues.push(...toInputIssues(order.error, ['order']));
  const request = AfterSalesRequestSchema.safeParse(input['request']);
  if (!request.success) issues.push(...toInputIssues(request.error, ['request']));
  const at = input['at'] === undefined ? undefined : InstantSchema.safeParse(input['at']);
  if (at !== undefined && !at.success) issues.push(...toInputIssues(at.error, ['at']));
  if (request.success) {
    issues.push(...skuIssues(request.data, order.success ? order.data : undefined, input['order']));
    if (order.success && beforePayment(order.data, parseInstant(request.data.requestedAt))) {
      issues.push({ code: 'custom', path: ['request', 'requestedAt'], message: `the request cannot come before the order was paid (${order.data.paidAt})` });
    }
    if (at?.success === true && parseInstant(at.data) < parseInstant(request.data.requestedAt)) {
      issues.push({ code: 'custom', path: ['at'], message: `the approval cannot come before the request (${request.data.requestedAt})` });
    }
  }
  if (issues.length > 0 || policy === undefined || !order.success || !request.success) {
    return err({ code: 'invalid_input', issues });
  }
  const requestedAt = parseInstant(request.data.requestedAt);
  const approvedAt = at?.success === true ? parseInstant(at.data) : requestedAt;
  return ok({ policy, order: order.data, request: request.data, approvedAt, requestedAt });
}
