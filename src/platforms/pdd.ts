// Pinduoduo refund objects (`pdd.refund.information.get`, `pdd.refund.list.increment.get`) in the
// library's terms. Sources of every table below:
//   [niltor]    github.com/niltor/open-pdd-net-sdk, PddOpenSdk/Models/Response/Refund/GetRefundInformationResponseModel.cs
//   [qihangerp] github.com/zeasin/qihangerp-oms, module/open/src/main/java/cn/qihangerp/module/open/pdd/domain/PddRefund.java
import type { IssuePath } from '../model/failure.js';
import { fail } from '../model/failure.js';
import { deepFreeze } from '../model/freeze.js';
import { whole } from '../model/instant.js';
import { err, ok, type Result } from '../model/result.js';
import * as z from '../model/zod.js';
import { pinduoduo } from '../policies/pinduoduo.js';
import { importCase, type PlatformCase, type PlatformFailure, type PlatformOptions } from './import-case.js';
import { issue, type PlatformIssue } from './issue.js';
import type { AfterSalesCase, CaseStatus, RequestType } from './library.js';
import { isNumber, isOrderContext, isString, isText, isWhole, oneOf, optional, shape, wholeIn, type ShapeCheck } from './fast-payload.js';
import { buildOrder, collector, OrderContextSchema, parsePayload, readAmount, readReason, readTime } from './payload.js';
import { missingParcel, returnFacts, stepsTo, type Target } from './steps.js';

/** A row of the PDD `after_sales_status` table: the library's equivalent, or why there is none. */
export interface PddStatusRow {
  /** The `after_sales_status` code as PDD sends it. */
  readonly code: number;
  /** What PDD calls it, in the sources' Chinese (e.g. `'退款成功'`). */
  readonly meaning: string;
  /** How the library reaches it; absent when not modelled. */
  readonly target?: Target;
  /** The library's status it maps to. */
  readonly status?: CaseStatus;
  /** The request types the code belongs to, when it names one. */
  readonly types?: readonly RequestType[];
  /** Why the case machines have no equivalent, starting `not modelled:`; absent when the code is modelled. */
  readonly notModelled?: string;
  /** Which sources list the code: `niltor`, `qihangerp` or both, comma-separated (docs/platforms.md names them). */
  readonly source: string;
}

/** Where each `source` tag of the PDD tables was read: repository and file. */
export const PDD_SOURCES: Readonly<Record<string, string>> = /* @__PURE__ */ deepFreeze({
  niltor: 'github.com/niltor/open-pdd-net-sdk, PddOpenSdk/Models/Response/Refund/GetRefundInformationResponseModel.cs',
  qihangerp: 'github.com/zeasin/qihangerp-oms, module/open/src/main/java/cn/qihangerp/module/open/pdd/domain/PddRefund.java',
});

const BOTH = 'niltor, qihangerp';
const EXCHANGE = 'not modelled: 换货补寄 covers exchange and resend alike, and the refund object carries neither the replacement parcel nor the stock check the exchange and resend tables step on (RSD-02, RSD-04)';
const REPAIR = 'not modelled: the repair statuses do not say which leg (goods to the merchant or back to the buyer) they wait on, and the refund object carries no repair parcel';

/**
 * PDD `after_sales_status`, code by code. Codes 2–13 and 31 are the refund flows the case
 * machines run; `0` opens nothing; the exchange, resend and repair codes are not modelled.
 */
export const PDD_STATUSES: readonly PddStatusRow[] = /* @__PURE__ */ deepFreeze([
  { code: 0, meaning: '无售后', notModelled: 'not modelled: no after-sales application, so there is no case to open', source: BOTH },
  { code: 1, meaning: '全部', notModelled: 'not modelled: a query filter of the increment API ("all"), not a status a refund object carries', source: 'qihangerp' },
  { code: 2, meaning: '买家申请退款，待商家处理', target: 'awaiting_merchant', status: 'awaiting_merchant', types: ['refund_only'], source: BOTH },
  { code: 3, meaning: '退货退款，待商家处理', target: 'awaiting_merchant', status: 'awaiting_merchant', types: ['return_refund'], source: BOTH },
  { code: 4, meaning: '商家同意退款，退款中', target: 'refunding', status: 'refunding', source: BOTH },
  { code: 5, meaning: '平台同意退款，退款中', target: 'refunding_by_ruling', status: 'refunding', source: BOTH },
  { code: 6, meaning: '驳回退款，待买家处理', target: 'rejected', status: 'rejected', source: BOTH },
  { code: 7, meaning: '已同意退货退款，待用户发货', target: 'awaiting_return', status: 'awaiting_return', types: ['return_refund'], source: BOTH },
  { code: 8, meaning: '平台处理中', target: 'in_intervention', status: 'in_intervention', source: BOTH },
  { code: 9, meaning: '平台拒绝退款，退款关闭', target: 'closed_ruled_for_merchant', status: 'closed', source: BOTH },
  { code: 10, meaning: '退款成功', target: 'completed', status: 'completed', source: BOTH },
  { code: 11, meaning: '买家撤销', target: 'closed_withdrawn', status: 'closed', source: BOTH },
  { code: 12, meaning: '买家逾期未处理，退款失败', target: 'closed_rejection_lapsed', status: 'closed', source: BOTH },
  { code: 13, meaning: '买家逾期，超过有效期', target: 'closed_return_lapsed', status: 'closed', types: ['return_refund'], source: BOTH },
  { code: 14, meaning: '换货补寄待商家处理', notModelled: EXCHANGE, source: BOTH },
  { code: 15, meaning: '换货补寄待用户处理', notModelled: EXCHANGE, source: BOTH },
  { code: 16, meaning: '换货补寄成功', notModelled: EXCHANGE, source: BOTH },
  { code: 17, meaning: '换货补寄失败', notModelled: EXCHANGE, source: BOTH },
  { code: 18, meaning: '换货补寄待用户确认完成', notModelled: EXCHANGE, source: BOTH },
  { code: 21, meaning: '待商家同意维修', notModelled: REPAIR, source: 'niltor' },
  { code: 22, meaning: '待用户确认发货', notModelled: REPAIR, source: 'niltor' },
  { code: 24, meaning: '维修关闭', notModelled: REPAIR, source: 'niltor' },
  { code: 25, meaning: '维修成功', notModelled: REPAIR, source: 'niltor' },
  { code: 27, meaning: '待用户确认收货', notModelled: REPAIR, source: 'niltor' },
  { code: 31, meaning: '已同意拒收退款，待用户拒收', target: 'awaiting_refusal', status: 'awaiting_refusal', types: ['refund_only'], source: BOTH },
  { code: 32, meaning: '补寄待商家发货', notModelled: 'not modelled: the resend table waits on the stock check and the parcel (RSD-02, RSD-04), which the refund object does not carry', source: BOTH },
]);

/** The two APIs number `after_sales_type` differently; each reads its own table. */
export const PDD_APIS = /* @__PURE__ */ deepFreeze(['pdd.refund.information.get', 'pdd.refund.list.increment.get'] as const);
/** One of {@link PDD_APIS}: the PDD API a refund object came from. */
export type PddApi = (typeof PDD_APIS)[number];

/** A row of a PDD `after_sales_type` table. */
export interface PddTypeRow {
  /** The `after_sales_type` code as that API sends it. */
  readonly code: number;
  /** What PDD calls it, in the sources' Chinese (e.g. `'仅退款'`). */
  readonly meaning: string;
  /** The library's request type; absent when not modelled. */
  readonly type?: 'refund_only' | 'return_refund';
  /** Why the adapter does not map it, starting `not modelled:`; absent when `type` is set. */
  readonly notModelled?: string;
}

const NOT_REFUND = 'not modelled: the adapter maps the refund flows only (see the status table)';
/** `after_sales_type` per API: [niltor] for the information API, [qihangerp] for the increment API. */
export const PDD_TYPES: Readonly<Record<PddApi, readonly PddTypeRow[]>> = /* @__PURE__ */ deepFreeze({
  'pdd.refund.information.get': [
    { code: 1, meaning: '仅退款', type: 'refund_only' },
    { code: 2, meaning: '退货退款', type: 'return_refund' },
    { code: 3, meaning: '换货', notModelled: NOT_REFUND },
    { code: 4, meaning: '补寄', notModelled: NOT_REFUND },
    { code: 5, meaning: '维修', notModelled: NOT_REFUND },
  ],
  'pdd.refund.list.increment.get': [
    { code: 2, meaning: '仅退款', type: 'refund_only' },
    { code: 3, meaning: '退货退款', type: 'return_refund' },
    { code: 4, meaning: '换货', notModelled: NOT_REFUND },
    { code: 5, meaning: '缺货补寄', notModelled: NOT_REFUND },
    { code: 9, meaning: '拦截退货', notModelled: 'not modelled: no case table intercepts a parcel on its way to the buyer' },
  ],
});

/**
 * A PDD refund object, with the fields the adapter reads (names as the APIs send them). Amounts
 * (`refund_amount`, `order_amount`, `goods_price`) are read beside it: yuan strings or integer fen.
 * Times are Beijing `"yyyy-MM-dd HH:mm:ss"`. `shipping_status` 0/1 and `user_shipping_status`
 * "0"/"1"/"2" (buyer says not received / received) tell the order's stage [qihangerp, niltor].
 */
const PddRefundSchema = z.object({
  order_sn: z.string().check(z.minLength(1)),
  after_sales_type: z.number().check(whole()),
  after_sales_status: z.number().check(whole()),
  after_sales_reason: z.optional(z.string()),
  goods_number: z.number().check(whole(), z.minimum(1)),
  sku_id: z.optional(z.string().check(z.minLength(1))),
  goods_id: z.optional(z.number()),
  created_time: z.string(),
  updated_time: z.string(),
  shipping_status: z.optional(z.number().check(whole(), z.minimum(0), z.maximum(1))),
  user_shipping_status: z.optional(z.enum(['0', '1', '2'])),
  tracking_number: z.optional(z.string().check(z.minLength(1))),
  shipping_name: z.optional(z.string().check(z.minLength(1))),
});
/** `api`: which API the refund object came from (the `api` option wins); it decides how `after_sales_type` reads. */
export const PddPayloadSchema = z.object({ api: z.optional(z.enum(PDD_APIS)), refund: PddRefundSchema, order: OrderContextSchema });
type PddRefund = z.output<typeof PddRefundSchema>;
/** {@link PddPayloadSchema} as a fast predicate (fast-payload.ts says why). */
export const isPddPayload: ShapeCheck = /* @__PURE__ */ shape({
  api: optional(oneOf(PDD_APIS)),
  refund: shape({
    order_sn: isText,
    after_sales_type: isWhole,
    after_sales_status: isWhole,
    after_sales_reason: optional(isString),
    goods_number: wholeIn(1),
    sku_id: optional(isText),
    goods_id: optional(isNumber),
    created_time: isString,
    updated_time: isString,
    shipping_status: optional(wholeIn(0, 1)),
    user_shipping_status: optional(oneOf(['0', '1', '2'])),
    tracking_number: optional(isText),
    shipping_name: optional(isText),
  }),
  order: isOrderContext,
});

/** PDD's options: which API the payload came from decides how `after_sales_type` reads. */
export interface PddOptions extends PlatformOptions {
  /** The API the payload came from (wins over the payload's `api`). Absent in both: the status's own type or a code both tables read alike decides; else `ambiguous_code`. */
  readonly api?: PddApi;
}

const STATUS_BY_CODE = /* @__PURE__ */ new Map(PDD_STATUSES.map((r) => [r.code, r]));
const TYPE_PATH: IssuePath = ['refund', 'after_sales_type'];

/** The request type: the status's own where it names one, else the API's table; both readings disagreeing is `ambiguous_code`. */
/** Each API's type table by code, and the readings of a code under no `api` (both tables, in PDD_APIS order). */
const TYPE_BY_CODE: Readonly<Record<PddApi, ReadonlyMap<number, PddTypeRow>>> = /* @__PURE__ */ Object.freeze({
  'pdd.refund.information.get': new Map(PDD_TYPES['pdd.refund.information.get'].map((t) => [t.code, t])),
  'pdd.refund.list.increment.get': new Map(PDD_TYPES['pdd.refund.list.increment.get'].map((t) => [t.code, t])),
});

/** The rows that read `code`: the API's own, or each table's in PDD_APIS order when the API is not known. */
function readingsOf(code: number, api: PddApi | undefined): PddTypeRow[] {
  const readings: PddTypeRow[] = [];
  for (const a of api === undefined ? PDD_APIS : [api]) {
    const t = TYPE_BY_CODE[a].get(code);
    if (t !== undefined) readings.push(t);
  }
  return readings;
}

/** The request type: the status's own where it names one, else the API's table; both readings disagreeing is `ambiguous_code`. */
function requestType(r: PddRefund, row: PddStatusRow, api: PddApi | undefined): Result<'refund_only' | 'return_refund', PlatformIssue> {
  const readings = readingsOf(r.after_sales_type, api);
  const implied = row.types?.[0] as 'refund_only' | 'return_refund' | undefined;
  const code = (): string => `after_sales_type ${r.after_sales_type}`;
  if (readings.length === 0) return err(issue('unknown_code', TYPE_PATH, `${code()} is not in the ${api ?? 'PDD'} type table`));
  if (implied !== undefined) {
    return readings.some((t) => t.type === implied) ? ok(implied) : err(issue('inconsistent', TYPE_PATH, `${code()} does not fit after_sales_status ${row.code} (${row.meaning})`));
  }
  // At most two readings (one per table): they disagree when their kinds (type, or why not modelled) differ.
  const kind = (t: PddTypeRow): string | undefined => t.type ?? t.notModelled;
  if (readings.length > 1 && kind(readings[0]!) !== kind(readings[1]!)) {
    return err(issue('ambiguous_code', TYPE_PATH, `${code()} means ${readings.map((t) => t.meaning).join(' or ')} depending on the API: pass the \`api\` option`));
  }
  const t = readings[0]!;
  return t.type === undefined ? err(issue('not_modelled', TYPE_PATH, `${code()} (${t.meaning}): ${t.notModelled ?? ''}`)) : ok(t.type);
}

/**
 * A PDD refund object, with the caller's order context, as the library's order, request and case
 * (the case reached by the events the status stands for, replayed). `payload` is
 * `{ api?, refund, order: { paymentMethod, paidAt?, shippedAt?, signedAt? } }`. Every fault is a coded
 * issue naming the field's path: a malformed payload (`invalid_payload`), a code the case machines
 * do not model (`not_modelled`, docs/platforms.md lists them with the reason), a status the rules
 * cannot reach from the payload's facts (`unreachable`). PDD's refund object carries no deadline
 * the adapter can read (`expire_time`'s unit is not documented), so the deadline is the library's.
 *
 * @example
 * const r = fromPdd({ refund: { order_sn: '250301-1', after_sales_type: 1, after_sales_status: 6, after_sales_reason: '质量问题',
 *   goods_number: 1, goods_price: '19.90', order_amount: '19.90', refund_amount: '19.90', shipping_status: 1, user_shipping_status: '2',
 *   created_time: '2026-03-04 10:00:00', updated_time: '2026-03-04 12:00:00' }, order: { paymentMethod: 'wechat_pay' } })
 * r.ok && r.value.case.status // → 'rejected'
 */
export function fromPdd(payload: unknown, options: PddOptions = {}): Result<PlatformCase, PlatformFailure> {
  const parsed = parsePayload(PddPayloadSchema, isPddPayload, payload);
  if (!parsed.ok) return fail('invalid_payload', parsed.error);
  const { refund: r, order: ctx } = parsed.value;
  const raw = (payload as { refund: Record<string, unknown> }).refund;
  const c = collector();
  const refundFen = c.take(readAmount(raw, 'refund_amount', ['refund']));
  const paidFen = c.take(readAmount(raw, 'order_amount', ['refund']));
  const priceFen = c.take(readAmount(raw, 'goods_price', ['refund']));
  const appliedAt = c.take(readTime(r.created_time, ['refund', 'created_time']));
  const updatedAt = c.take(readTime(r.updated_time, ['refund', 'updated_time']));
  const reason = c.take(readReason(r.after_sales_reason, options.reason, ['refund', 'after_sales_reason']));
  const statusPath: IssuePath = ['refund', 'after_sales_status'];
  const row = STATUS_BY_CODE.get(r.after_sales_status);
  if (row === undefined) c.issues.push(issue('unknown_code', statusPath, `after_sales_status ${r.after_sales_status} is not in the PDD status table`));
  if (c.issues.length > 0) return fail('invalid_payload', c.issues);
  if (row!.target === undefined) return fail('not_modelled', [issue('not_modelled', statusPath, `after_sales_status ${row!.code} (${row!.meaning}): ${row!.notModelled ?? ''}`)]);
  const type = requestType(r, row!, options.api ?? parsed.value.api);
  if (!type.ok) return fail(type.error.code === 'not_modelled' ? 'not_modelled' : 'invalid_payload', [type.error]);
  if (type.value === 'refund_only' && r.shipping_status === undefined) {
    return fail('invalid_payload', [issue('missing_field', ['refund', 'shipping_status'], 'shipping_status is required for a refund-only case: it tells before shipment from in transit')]);
  }
  const stage = type.value === 'return_refund' ? { shipped: true, signed: true } : { shipped: r.shipping_status === 1, signed: r.shipping_status === 1 && r.user_shipping_status === '2' };
  const sku = r.sku_id ?? (r.goods_id === undefined ? r.order_sn : String(r.goods_id));
  const order = buildOrder({ id: r.order_sn, sku, priceFen: priceFen!, quantity: r.goods_number, paidFen: paidFen!, appliedAt: appliedAt! }, stage, ctx, ['refund']);
  if (!order.ok) return fail('invalid_payload', order.error);
  const machine = type.value === 'return_refund' ? 'return_refund' : !stage.shipped ? 'refund_only_before_shipment' : stage.signed ? 'refund_only_after_delivery' : 'refund_only_in_transit';
  // PDD's refund object carries no return address: the merchant's agreement holds it on the platform.
  const facts = returnFacts('held by Pinduoduo', r.shipping_name, r.tracking_number);
  const steps = stepsTo(row!.target, machine, facts);
  if (steps === undefined) return fail('invalid_payload', [issue('inconsistent', statusPath, `after_sales_status ${row!.code} (${row!.meaning}) has no equivalent on the ${machine} table`)]);
  const parcel = missingParcel(steps, { tracking_number: r.tracking_number, shipping_name: r.shipping_name });
  if (parcel.length > 0) return fail('invalid_payload', parcel.map((k) => issue('missing_field', ['refund', k], `after_sales_status ${row!.code} follows the buyer's return shipment: ${k} is required (CSE-04)`)));
  const request = { type: type.value, reason: reason!, requestedAt: appliedAt!, amountFen: refundFen! };
  return importCase({ order: order.value, request, steps, updatedAt: updatedAt!, statusPath }, options.policy ?? pinduoduo, options);
}

/** A case's status in PDD's vocabulary, when PDD has one for it. */
export interface PddStatus {
  /** The PDD `after_sales_status` code (a row of {@link PDD_STATUSES}). */
  readonly after_sales_status: number;
}

/** The event that ended the case: the last one before any CSE-07 follow-up. */
function ending(c: AfterSalesCase) {
  for (let i = c.history.length - 1; i >= 0; i--) {
    const e = c.history[i]!;
    if (e.type !== 'merchant_followed_up' && !(e.type === 'timed_out' && e.rule === 'CSE-07')) return e;
  }
  return undefined;
}

/**
 * The PDD `after_sales_status` that stands for a case's status (the inverse of {@link fromPdd}'s
 * table), or `not_modelled` when PDD has none for it (a confirmation the buyer owes, the merchant's
 * shipment, an exchange, resend or repair case).
 *
 * @example
 * toPddStatus(fromPdd(payload).value.case) // → { ok: true, value: { after_sales_status: 6 } } for a rejected case
 */
export function toPddStatus(c: AfterSalesCase): Result<PddStatus, PlatformIssue> {
  const code = pddCode(c);
  return code === undefined
    ? err(issue('not_modelled', ['status'], `PDD has no after_sales_status for a ${c.machine} case in ${c.status}`))
    : ok({ after_sales_status: code });
}

function pddCode(c: AfterSalesCase): number | undefined {
  if (c.type !== 'refund_only' && c.type !== 'return_refund') return undefined;
  switch (c.status) {
    case 'awaiting_merchant':
      return c.type === 'refund_only' ? 2 : 3;
    case 'refunding':
      return c.intervention?.ruling === 'buyer' ? 5 : 4;
    case 'rejected':
      return 6;
    case 'awaiting_return':
      return 7;
    case 'in_intervention':
      return 8;
    case 'completed':
      return 10;
    case 'awaiting_refusal':
      return 31;
    case 'closed': {
      const e = ending(c);
      if (e?.type === 'timed_out') return e.rule === 'CSE-04' ? 13 : 12;
      return c.intervention?.ruling === 'merchant' ? 9 : 11;
    }
    default:
      return undefined;
  }
}
