import { isFenAmount, isInstant } from './instant.js';
import { checkOrderInvariants, type Order } from './order.js';
import { INITIATORS, type AfterSalesRequest } from './request.js';
import {
  EVIDENCE_KINDS,
  GOODS_CLASSES,
  GROUP_BUY_STATUSES,
  INSURANCE_HOLDERS,
  HISTORY_OUTCOMES,
  PAYMENT_METHODS,
  REQUEST_REASONS,
  REQUEST_TYPES,
} from './vocabulary.js';

/*
 * Why this exists: `assess` validates every call, and zod's parsing of one order and request costs
 * several µs, more than eligibility, freight, refund and deadlines together. Zod stays the source
 * of truth and the reporter of every bad field: this path answers only for input it is sure zod
 * accepts, with the value zod outputs (the schema's keys in the schema's order, unknown keys
 * dropped, an optional key given as `undefined` kept), and UNSURE for anything else, upon which the
 * caller runs the zod schema. test/model/fast-validate.prop.test.ts holds the two together (the
 * equivalence law, and FAST_KEYS against the schemas' shapes); test/assess/assess-input.prop.test.ts
 * checks that `assess`'s boundary answers the same with and without it.
 * Each property is read once, by name: that is where the speed comes from.
 */

/** "Ask zod": the input may be invalid, or valid in a way this path does not read. */
export const UNSURE: unique symbol = Symbol('unsure');
type Unsure = typeof UNSURE;
type Obj = Record<string, unknown>;

const isFen = (v: unknown): v is number => typeof v === 'number' && isFenAmount(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1;
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isInstantText = (v: unknown): v is string => typeof v === 'string' && isInstant(v);
/** z.enum: one of the vocabulary's strings. */
const oneOf =
  (values: readonly string[]): ((v: unknown) => boolean) =>
  (v) =>
    typeof v === 'string' && values.includes(v);
const isPaymentMethod = oneOf(PAYMENT_METHODS);
const isGoodsClass = oneOf(GOODS_CLASSES);
const isRequestType = oneOf(REQUEST_TYPES);
const isReason = oneOf(REQUEST_REASONS);
const isOutcome = oneOf(HISTORY_OUTCOMES);
const isGroupBuyStatus = oneOf(GROUP_BUY_STATUSES);
const isHolder = oneOf(INSURANCE_HOLDERS);
const isInitiator = oneOf(INITIATORS);
const isEvidenceKind = oneOf(EVIDENCE_KINDS);

/** An optional value, already read: absent (`undefined`) or valid. */
const opt = (v: unknown, ok: (v: unknown) => boolean): boolean => v === undefined || ok(v);

/** zod keeps an optional key given as `undefined` and leaves out one never given; so does the copy. */
const put = (out: Obj, v: Obj, key: string, x: unknown): void => {
  if (x !== undefined || key in v) out[key] = x;
};

/** z.object's test: any non-array object, its keys read as zod reads them (inherited ones too). */
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function listOf<T>(v: unknown, read: (x: unknown) => T | Unsure, minLength = 0): T[] | Unsure {
  if (!Array.isArray(v) || v.length < minLength) return UNSURE;
  const out: T[] = [];
  for (let i = 0; i < v.length; i++) {
    const x = read(v[i]);
    if (x === UNSURE) return UNSURE;
    out.push(x);
  }
  return out;
}

/** An optional object or list: absent, or read into its copy. */
const optRead = <T>(v: unknown, read: (x: unknown) => T | Unsure): T | undefined | Unsure => (v === undefined ? undefined : read(v));

function readPayment(v: unknown): Obj | Unsure {
  if (!isObject(v)) return UNSURE;
  const { method, amountFen } = v;
  return isPaymentMethod(method) && isFen(amountFen) ? { method, amountFen } : UNSURE;
}

function readItem(v: unknown): Obj | Unsure {
  if (!isObject(v)) return UNSURE;
  const { sku, priceFen, quantity, goodsClass, exclusionConfirmed } = v;
  if (!isText(sku) || !isFen(priceFen) || !isCount(quantity) || !opt(goodsClass, isGoodsClass) || !opt(exclusionConfirmed, isBool)) {
    return UNSURE;
  }
  const out: Obj = { sku, priceFen, quantity };
  put(out, v, 'goodsClass', goodsClass);
  put(out, v, 'exclusionConfirmed', exclusionConfirmed);
  return out;
}

function readHistoryEntry(v: unknown): Obj | Unsure {
  if (!isObject(v)) return UNSURE;
  const { type, reason, sku, openedAt, outcome } = v;
  if (!isRequestType(type) || !isReason(reason) || !opt(sku, isText) || !isInstantText(openedAt) || !isOutcome(outcome)) return UNSURE;
  const out: Obj = { type, reason };
  put(out, v, 'sku', sku);
  out.openedAt = openedAt;
  out.outcome = outcome;
  return out;
}

function readGroupBuy(v: unknown): Obj | Unsure {
  if (!isObject(v)) return UNSURE;
  const { status, failedAt } = v;
  if (!isGroupBuyStatus(status) || !opt(failedAt, isInstantText)) return UNSURE;
  const out: Obj = { status };
  put(out, v, 'failedAt', failedAt);
  return out;
}

function readFreightInsurance(v: unknown): Obj | Unsure {
  if (!isObject(v)) return UNSURE;
  const { holder, periodStartedAt } = v;
  if (!isHolder(holder) || !opt(periodStartedAt, isInstantText)) return UNSURE;
  const out: Obj = { holder };
  put(out, v, 'periodStartedAt', periodStartedAt);
  return out;
}

function readFreeShipping(v: unknown): Obj | Unsure {
  if (!isObject(v)) return UNSURE;
  const { thresholdFen, postageFen } = v;
  return isFen(thresholdFen) && isFen(postageFen) ? { thresholdFen, postageFen } : UNSURE;
}

const readHistory = (v: unknown): Obj[] | Unsure => listOf(v, readHistoryEntry);

function readAfterSales(v: unknown): Obj | Unsure {
  if (!isObject(v)) return UNSURE;
  const { refundedFen, entryClosed } = v;
  if (!isFen(refundedFen) || !opt(entryClosed, isBool)) return UNSURE;
  const history = optRead(v.history, readHistory);
  if (history === UNSURE) return UNSURE;
  const out: Obj = { refundedFen };
  put(out, v, 'entryClosed', entryClosed);
  put(out, v, 'history', history);
  return out;
}

function readOrderShape(v: unknown): Obj | Unsure {
  if (!isObject(v)) return UNSURE;
  const { id, paidAt, shippingFen, discountFen, shippedAt, signedAt, returnFreightSubsidy } = v;
  if (
    !isText(id) ||
    !opt(paidAt, isInstantText) ||
    !opt(shippingFen, isFen) ||
    !opt(discountFen, isFen) ||
    !opt(shippedAt, isInstantText) ||
    !opt(signedAt, isInstantText) ||
    !opt(returnFreightSubsidy, isBool)
  ) {
    return UNSURE;
  }
  const payments = listOf(v.payments, readPayment);
  const items = listOf(v.items, readItem, 1);
  const groupBuy = optRead(v.groupBuy, readGroupBuy);
  const freightInsurance = optRead(v.freightInsurance, readFreightInsurance);
  const freeShipping = optRead(v.freeShipping, readFreeShipping);
  const afterSales = optRead(v.afterSales, readAfterSales);
  if (payments === UNSURE || items === UNSURE || groupBuy === UNSURE || freightInsurance === UNSURE) return UNSURE;
  if (freeShipping === UNSURE || afterSales === UNSURE) return UNSURE;
  const out: Obj = { id };
  put(out, v, 'paidAt', paidAt);
  out.payments = payments;
  put(out, v, 'shippingFen', shippingFen);
  put(out, v, 'discountFen', discountFen);
  put(out, v, 'groupBuy', groupBuy);
  put(out, v, 'shippedAt', shippedAt);
  put(out, v, 'signedAt', signedAt);
  out.items = items;
  put(out, v, 'freightInsurance', freightInsurance);
  put(out, v, 'freeShipping', freeShipping);
  put(out, v, 'returnFreightSubsidy', returnFreightSubsidy);
  put(out, v, 'afterSales', afterSales);
  return out;
}

function readEvidence(v: unknown): Obj | Unsure {
  if (!isObject(v)) return UNSURE;
  const { kind, confirmsCounterfeit } = v;
  if (!isEvidenceKind(kind) || !opt(confirmsCounterfeit, isBool)) return UNSURE;
  const out: Obj = { kind };
  put(out, v, 'confirmsCounterfeit', confirmsCounterfeit);
  return out;
}

const readSku = (v: unknown): string | Unsure => (isText(v) ? v : UNSURE);
const readSkus = (v: unknown): string[] | Unsure => listOf(v, readSku, 1);
const readEvidenceList = (v: unknown): Obj[] | Unsure => listOf(v, readEvidence);

/**
 * {@link AfterSalesRequestSchema}'s output for a valid request, else UNSURE (run the schema).
 *
 * @example
 * fastRequest({ type: 'refund_only', reason: 'quality', requestedAt: '2025-03-06T09:00:00+08:00', note: 'x' })
 * // → { type: 'refund_only', reason: 'quality', requestedAt: '2025-03-06T09:00:00+08:00' }
 * fastRequest({ type: 'refund_only' }) // → UNSURE
 */
export function fastRequest(v: unknown): AfterSalesRequest | Unsure {
  if (!isObject(v)) return UNSURE;
  const { type, reason, requestedAt, amountFen, initiatedBy, resendAddress } = v;
  if (!isRequestType(type) || !isReason(reason) || !isInstantText(requestedAt) || !opt(amountFen, isFen) || !opt(initiatedBy, isInitiator) || !opt(resendAddress, isText)) {
    return UNSURE;
  }
  const skus = optRead(v.skus, readSkus);
  const evidence = optRead(v.evidence, readEvidenceList);
  if (skus === UNSURE || evidence === UNSURE) return UNSURE;
  const out: Obj = { type, reason, requestedAt };
  put(out, v, 'amountFen', amountFen);
  put(out, v, 'skus', skus);
  put(out, v, 'initiatedBy', initiatedBy);
  put(out, v, 'evidence', evidence);
  put(out, v, 'resendAddress', resendAddress);
  return out as unknown as AfterSalesRequest;
}

/**
 * {@link OrderSchema}'s output for a valid order, cross-field invariants included, else UNSURE
 * (run the schema, which says what is wrong).
 *
 * @example
 * fastOrder({ id: 'o1', payments: [], items: [{ sku: 'a', priceFen: 100, quantity: 1 }] })
 * // → { id: 'o1', payments: [], items: [{ sku: 'a', priceFen: 100, quantity: 1 }] }
 * fastOrder({ id: 'o1', payments: [], items: [] }) // → UNSURE
 */
export function fastOrder(input: unknown): Order | Unsure {
  const order = readOrderShape(input) as Order | Unsure;
  if (order === UNSURE) return UNSURE;
  let faults = 0;
  checkOrderInvariants(order, () => {
    faults++;
  });
  return faults === 0 ? order : UNSURE;
}

/**
 * {@link InstantSchema}'s output for a valid instant, else UNSURE.
 *
 * @example
 * fastInstant('2025-03-01T10:00:00+08:00') // → '2025-03-01T10:00:00+08:00'
 * fastInstant('2025-02-30T10:00:00+08:00') // → UNSURE
 */
export const fastInstant = (v: unknown): string | Unsure => (isInstantText(v) ? v : UNSURE);

/** The keys each reader above reads, for the test that keeps them in step with the schemas' shapes. */
export const FAST_KEYS = {
  payment: ['method', 'amountFen'],
  item: ['sku', 'priceFen', 'quantity', 'goodsClass?', 'exclusionConfirmed?'],
  historyEntry: ['type', 'reason', 'sku?', 'openedAt', 'outcome'],
  groupBuy: ['status', 'failedAt?'],
  freightInsurance: ['holder', 'periodStartedAt?'],
  freeShipping: ['thresholdFen', 'postageFen'],
  afterSales: ['refundedFen', 'entryClosed?', 'history?'],
  order: ['id', 'paidAt?', 'payments', 'shippingFen?', 'discountFen?', 'groupBuy?', 'shippedAt?', 'signedAt?', 'items', 'freightInsurance?', 'freeShipping?', 'returnFreightSubsidy?', 'afterSales?'],
  evidence: ['kind', 'confirmsCounterfeit?'],
  request: ['type', 'reason', 'requestedAt', 'amountFen?', 'skus?', 'initiatedBy?', 'evidence?', 'resendAddress?'],
} as const;
