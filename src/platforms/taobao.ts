// Taobao / Tmall TOP `Refund` objects (`taobao.refunds.receive.get`, `taobao.refund.get`) in the
// library's terms. Sources of every table below:
//   [opentaobao] github.com/bububa/opentaobao, model/refund/Refund.go (and model/trade/Refund.go)
//   [crm2]       github.com/554119220/crm2, taobao/top/domain/RefundRemindTimeout.php
import type { IssuePath } from '../model/failure.js';
import { fail } from '../model/failure.js';
import { deepFreeze } from '../model/freeze.js';
import { whole } from '../model/instant.js';
import { err, ok, type Result } from '../model/result.js';
import * as z from '../model/zod.js';
import { taobao } from '../policies/taobao.js';
import { importCase, type PlatformCase, type PlatformDue, type PlatformFailure, type PlatformOptions } from './import-case.js';
import { issue, type PlatformIssue } from './issue.js';
import type { AfterSalesCase, CaseStatus } from './library.js';
import { isBoolean, isNumber, isOrderContext, isString, isText, isWhole, oneOf, optional, shape, wholeIn, type ShapeCheck } from './fast-payload.js';
import { buildOrder, collector, OrderContextSchema, parsePayload, readAmount, readReason, readTime } from './payload.js';
import { missingParcel, returnFacts, stepsTo, type Target } from './steps.js';

/** Where each `source` tag of the Taobao tables was read: repository and file. */
export const TAOBAO_SOURCES: Readonly<Record<string, string>> = /* @__PURE__ */ deepFreeze({
  opentaobao: 'github.com/bububa/opentaobao, model/refund/Refund.go (and model/trade/Refund.go)',
  crm2: 'github.com/554119220/crm2, taobao/top/domain/RefundRemindTimeout.php',
});

/** `Refund.status` [opentaobao]. */
export const TAOBAO_STATUSES = /* @__PURE__ */ deepFreeze([
  'WAIT_SELLER_AGREE',
  'WAIT_BUYER_RETURN_GOODS',
  'WAIT_SELLER_CONFIRM_GOODS',
  'SELLER_REFUSE_BUYER',
  'CLOSED',
  'SUCCESS',
] as const);
/** One of {@link TAOBAO_STATUSES}: a TOP `Refund.status`. */
export type TaobaoStatus = (typeof TAOBAO_STATUSES)[number];

/** `Refund.cs_status`, 客服介入 [opentaobao]: 1 不需 … 6 客服处理完成. */
export const TAOBAO_CS_STATUSES = /* @__PURE__ */ deepFreeze([1, 2, 3, 4, 5, 6] as const);
/** One of {@link TAOBAO_CS_STATUSES}: a TOP `Refund.cs_status`, how far customer service (客服) is involved. */
export type TaobaoCsStatus = (typeof TAOBAO_CS_STATUSES)[number];

const MEANINGS: Readonly<Record<TaobaoStatus, string>> = {
  WAIT_SELLER_AGREE: '买家已申请，等待卖家同意',
  WAIT_BUYER_RETURN_GOODS: '卖家已同意，等待买家退货',
  WAIT_SELLER_CONFIRM_GOODS: '买家已退货，等待卖家确认收货',
  SELLER_REFUSE_BUYER: '卖家拒绝退款',
  CLOSED: '退款关闭',
  SUCCESS: '退款成功',
};
const CS_MEANINGS = ['不需客服介入', '需要客服介入', '客服已经介入', '客服初审完成', '客服主管复审失败', '客服处理完成'] as const;

/** A row of the Taobao status × cs_status table: the library's equivalent, or why there is none. */
export interface TaobaoStatusRow {
  /** TOP's `Refund.status`. */
  readonly status: TaobaoStatus;
  /** TOP's `Refund.cs_status` beside it. */
  readonly csStatus: TaobaoCsStatus;
  /** What the pair means, in the sources' Chinese: the status's meaning, then the cs_status's. */
  readonly meaning: string;
  /** How the library reaches it; absent when not modelled. */
  readonly target?: Target;
  /** The library's status it maps to; absent when not modelled. */
  readonly libraryStatus?: CaseStatus;
  /** Only on a case whose goods come back (`has_good_return`). */
  readonly returnsOnly?: boolean;
  /** Why the case machines have no equivalent, starting `not modelled:`; absent when the pair is modelled. */
  readonly notModelled?: string;
  /** Which source lists the pair: `opentaobao` (docs/platforms.md names it). */
  readonly source: string;
}

const MODELLED: Readonly<Partial<Record<`${TaobaoStatus}/${TaobaoCsStatus}`, [Target, CaseStatus, boolean?]>>> = {
  'WAIT_SELLER_AGREE/1': ['awaiting_merchant', 'awaiting_merchant'],
  'WAIT_BUYER_RETURN_GOODS/1': ['awaiting_return', 'awaiting_return', true],
  'WAIT_SELLER_CONFIRM_GOODS/1': ['return_in_transit', 'return_in_transit', true],
  'SELLER_REFUSE_BUYER/1': ['rejected', 'rejected'],
  'CLOSED/1': ['closed_withdrawn', 'closed'],
  'SUCCESS/1': ['completed', 'completed'],
  // The buyer asked for customer service after the refusal (CSE-02); 2–5 are its stages before a ruling.
  'SELLER_REFUSE_BUYER/2': ['in_intervention', 'in_intervention'],
  'SELLER_REFUSE_BUYER/3': ['in_intervention', 'in_intervention'],
  'SELLER_REFUSE_BUYER/4': ['in_intervention', 'in_intervention'],
  'SELLER_REFUSE_BUYER/5': ['in_intervention', 'in_intervention'],
  // Customer service finished: the refund went to the buyer, was closed, or waits for the goods back.
  'SUCCESS/6': ['completed_by_ruling', 'completed'],
  'CLOSED/6': ['closed_ruled_for_merchant', 'closed'],
  'WAIT_BUYER_RETURN_GOODS/6': ['awaiting_return_by_ruling', 'awaiting_return', true],
};

/** Why a pair the table does not map is not modelled. */
function whyNot(status: TaobaoStatus, cs: TaobaoCsStatus): string {
  if (status === 'SUCCESS' || status === 'CLOSED') return 'not modelled: the refund ended while customer service was still at work; the status does not say whether a ruling or the parties ended it';
  if (status === 'SELLER_REFUSE_BUYER') return 'not modelled: customer service finished but the refusal stands; the case tables end a dispute with a ruling that refunds or closes (CSE-02)';
  if (cs === 6) return 'not modelled: a finished intervention that sends the case back to the merchant has no ruling in the case tables';
  return 'not modelled: customer service is involved before the merchant refused; the case tables open a dispute only from `rejected` (CSE-02)';
}

/** Every `status` × `cs_status` pair, mapped or not modelled, in table order. */
export const TAOBAO_STATUS_TABLE: readonly TaobaoStatusRow[] = /* @__PURE__ */ deepFreeze(
  TAOBAO_STATUSES.flatMap((status) =>
    TAOBAO_CS_STATUSES.map((csStatus): TaobaoStatusRow => {
      const m = MODELLED[`${status}/${csStatus}`];
      const meaning = `${MEANINGS[status]}；${CS_MEANINGS[csStatus - 1]}`;
      return m === undefined
        ? { status, csStatus, meaning, notModelled: whyNot(status, csStatus), source: 'opentaobao' }
        : { status, csStatus, meaning, target: m[0], libraryStatus: m[1], ...(m[2] === true ? { returnsOnly: true } : {}), source: 'opentaobao' };
    }),
  ),
);

// By status, then cs_status: two lookups of the payload's values as they are, no key string built per call.
const ROWS: ReadonlyMap<string, ReadonlyMap<number, TaobaoStatusRow>> = /* @__PURE__ */ new Map(
  TAOBAO_STATUSES.map((status) => [status, new Map(TAOBAO_STATUS_TABLE.filter((r) => r.status === status).map((r) => [r.csStatus as number, r]))]),
);

/**
 * A TOP `Refund`, with the fields the adapter reads (names as TOP sends them). Amounts
 * (`total_fee`, `refund_fee`, `price`) are yuan strings, read beside it; times are Beijing
 * `"yyyy-MM-dd HH:mm:ss"`. `refund_remind_timeout` is the platform's deadline for the current
 * step [crm2]: `exist_timeout` says whether one runs, `timeout` is when it ends.
 */
const TaobaoRefundSchema = z.object({
  refund_id: z.string().check(z.minLength(1)),
  tid: z.number().check(whole()),
  oid: z.optional(z.number().check(whole())),
  status: z.string(),
  cs_status: z.number().check(whole()),
  good_status: z.optional(z.enum(['BUYER_NOT_RECEIVED', 'BUYER_RECEIVED', 'BUYER_RETURNED_GOODS'])),
  has_good_return: z.boolean(),
  num: z.number().check(whole(), z.minimum(1)),
  created: z.string(),
  modified: z.string(),
  reason: z.optional(z.string()),
  order_status: z.optional(z.string()),
  company_name: z.optional(z.string().check(z.minLength(1))),
  sid: z.optional(z.string().check(z.minLength(1))),
  address: z.optional(z.string().check(z.minLength(1))),
  refund_remind_timeout: z.optional(z.object({ exist_timeout: z.boolean(), remind_type: z.optional(z.number()), timeout: z.optional(z.string()) })),
});
export const TaobaoPayloadSchema = z.object({ refund: TaobaoRefundSchema, order: OrderContextSchema });
type TaobaoRefund = z.output<typeof TaobaoRefundSchema>;
/** {@link TaobaoPayloadSchema} as a fast predicate (fast-payload.ts says why). */
export const isTaobaoPayload: ShapeCheck = /* @__PURE__ */ shape({
  refund: shape({
    refund_id: isText,
    tid: isWhole,
    oid: optional(isWhole),
    status: isString,
    cs_status: isWhole,
    good_status: optional(oneOf(['BUYER_NOT_RECEIVED', 'BUYER_RECEIVED', 'BUYER_RETURNED_GOODS'])),
    has_good_return: isBoolean,
    num: wholeIn(1),
    created: isString,
    modified: isString,
    reason: optional(isString),
    order_status: optional(isString),
    company_name: optional(isText),
    sid: optional(isText),
    address: optional(isText),
    refund_remind_timeout: optional(shape({ exist_timeout: isBoolean, remind_type: optional(isNumber), timeout: optional(isString) })),
  }),
  order: isOrderContext,
});

const UNSHIPPED = ['WAIT_SELLER_SEND_GOODS'];
const SIGNED = ['TRADE_BUYER_SIGNED', 'TRADE_FINISHED'];

/** How far the order had gone, from `order_status` and `good_status`; a refund-only case needs one of them to tell. */
function stageOf(r: TaobaoRefund): Result<{ shipped: boolean; signed: boolean }, PlatformIssue> {
  if (r.has_good_return) return ok({ shipped: true, signed: true });
  const signed = r.good_status === 'BUYER_RECEIVED' || r.good_status === 'BUYER_RETURNED_GOODS' || SIGNED.includes(r.order_status ?? '');
  if (signed) return ok({ shipped: true, signed: true });
  if (r.order_status === undefined) return err(issue('missing_field', ['refund', 'order_status'], 'order_status is required for a refund-only case the buyer has not received: it tells before shipment from in transit'));
  return ok({ shipped: !UNSHIPPED.includes(r.order_status), signed: false });
}

/** The platform's deadline for the current step, when the payload says one runs. */
function platformDue(r: TaobaoRefund): Result<PlatformDue | undefined, PlatformIssue> {
  const t = r.refund_remind_timeout;
  if (t === undefined || !t.exist_timeout) return ok(undefined);
  const path: IssuePath = ['refund', 'refund_remind_timeout', 'timeout'];
  if (t.timeout === undefined) return err(issue('missing_field', path, 'exist_timeout is true but no timeout is given'));
  const at = readTime(t.timeout, path);
  return at.ok ? ok({ dueAt: at.value, path }) : at;
}

/**
 * A TOP `Refund`, with the caller's order context, as the library's order, request and case (the
 * case reached by the events `status` × `cs_status` stands for, replayed). `payload` is
 * `{ refund, order: { paymentMethod, paidAt?, shippedAt?, signedAt? } }`. The platform's deadline
 * wins: when `refund_remind_timeout` runs, the result's deadline is its `timeout` (`source:
 * 'platform'`), the library's is reported beside it, and a gap wider than `deadlineToleranceMs`
 * is a `platform_deadline_drift` warning. Faults are coded issues with the field's path, as in `fromPdd`.
 *
 * @example
 * const r = fromTaobao({ refund: { refund_id: 'r1', tid: 1, status: 'WAIT_SELLER_AGREE', cs_status: 1, has_good_return: true,
 *   total_fee: '19.90', refund_fee: '19.90', price: '19.90', num: 1, reason: '质量问题',
 *   created: '2026-03-04 10:00:00', modified: '2026-03-04 10:00:00' }, order: { paymentMethod: 'alipay' } })
 * r.ok && r.value.case.status // → 'awaiting_merchant'
 */
export function fromTaobao(payload: unknown, options: PlatformOptions = {}): Result<PlatformCase, PlatformFailure> {
  const parsed = parsePayload(TaobaoPayloadSchema, isTaobaoPayload, payload);
  if (!parsed.ok) return fail('invalid_payload', parsed.error);
  const { refund: r, order: ctx } = parsed.value;
  const raw = (payload as { refund: Record<string, unknown> }).refund;
  const c = collector();
  const refundFen = c.take(readAmount(raw, 'refund_fee', ['refund']));
  const paidFen = c.take(readAmount(raw, 'total_fee', ['refund']));
  const priceFen = c.take(readAmount(raw, 'price', ['refund']));
  const appliedAt = c.take(readTime(r.created, ['refund', 'created']));
  const updatedAt = c.take(readTime(r.modified, ['refund', 'modified']));
  const due = c.take(platformDue(r));
  const reason = c.take(readReason(r.reason, options.reason, ['refund', 'reason']));
  if (!(TAOBAO_STATUSES as readonly string[]).includes(r.status)) c.issues.push(issue('unknown_code', ['refund', 'status'], `status ${JSON.stringify(r.status)} is not a TOP refund status`));
  if (!(TAOBAO_CS_STATUSES as readonly number[]).includes(r.cs_status)) c.issues.push(issue('unknown_code', ['refund', 'cs_status'], `cs_status ${r.cs_status} is not a TOP cs_status (1–6)`));
  const stage = c.take(stageOf(r));
  if (c.issues.length > 0) return fail('invalid_payload', c.issues);
  const statusPath: IssuePath = ['refund', 'status'];
  const row = ROWS.get(r.status)!.get(r.cs_status)!;
  if (row.target === undefined) return fail('not_modelled', [issue('not_modelled', statusPath, `status ${r.status} with cs_status ${r.cs_status} (${row.meaning}): ${row.notModelled ?? ''}`)]);
  if (row.returnsOnly === true && !r.has_good_return) {
    return fail('invalid_payload', [issue('inconsistent', ['refund', 'has_good_return'], `status ${r.status} waits on returned goods but has_good_return is false`)]);
  }
  const order = buildOrder({ id: String(r.tid), sku: String(r.oid ?? r.tid), priceFen: priceFen!, quantity: r.num, paidFen: paidFen!, appliedAt: appliedAt! }, stage!, ctx, ['refund']);
  if (!order.ok) return fail('invalid_payload', order.error);
  const machine = r.has_good_return ? 'return_refund' : !stage!.shipped ? 'refund_only_before_shipment' : stage!.signed ? 'refund_only_after_delivery' : 'refund_only_in_transit';
  const facts = returnFacts(r.address ?? 'held by Taobao', r.company_name, r.sid);
  const steps = stepsTo(row.target, machine, facts);
  if (steps === undefined) return fail('invalid_payload', [issue('inconsistent', statusPath, `status ${r.status} (${row.meaning}) has no equivalent on the ${machine} table`)]);
  const parcel = missingParcel(steps, { sid: r.sid, company_name: r.company_name });
  if (parcel.length > 0) return fail('invalid_payload', parcel.map((k) => issue('missing_field', ['refund', k], `status ${r.status} follows the buyer's return shipment: ${k} is required (CSE-04)`)));
  const request = { type: r.has_good_return ? ('return_refund' as const) : ('refund_only' as const), reason: reason!, requestedAt: appliedAt!, amountFen: refundFen! };
  return importCase({ order: order.value, request, steps, updatedAt: updatedAt!, statusPath }, options.policy ?? taobao, options, due);
}

/** A case's status in TOP's vocabulary. */
export interface TaobaoStatusPair {
  /** TOP's `Refund.status`. */
  readonly status: TaobaoStatus;
  /** TOP's `Refund.cs_status` (`1`: no customer service involved, `6`: customer service finished). */
  readonly cs_status: TaobaoCsStatus;
}

/**
 * The TOP `status` × `cs_status` that stands for a case's status (the inverse of
 * {@link fromTaobao}'s table), or `not_modelled` when TOP has none: TOP has no "refunding" (a
 * refund it agrees is paid at once, `SUCCESS`) and no step for a confirmation or a merchant's parcel.
 *
 * @example
 * toTaobaoStatus(fromTaobao(payload).value.case) // → { ok: true, value: { status: 'WAIT_SELLER_AGREE', cs_status: 1 } }
 */
export function toTaobaoStatus(c: AfterSalesCase): Result<TaobaoStatusPair, PlatformIssue> {
  const pair = taobaoPair(c);
  return pair === undefined ? err(issue('not_modelled', ['status'], `TOP has no status for a ${c.machine} case in ${c.status}`)) : ok(pair);
}

function taobaoPair(c: AfterSalesCase): TaobaoStatusPair | undefined {
  const ruled = c.intervention?.ruling !== undefined;
  const pair = (status: TaobaoStatus, cs: TaobaoCsStatus = 1): TaobaoStatusPair => ({ status, cs_status: cs });
  const refundFlow = c.type === 'refund_only' || c.type === 'return_refund';
  if (!refundFlow) return undefined;
  switch (c.status) {
    case 'awaiting_merchant':
      return pair('WAIT_SELLER_AGREE');
    case 'awaiting_return':
      return pair('WAIT_BUYER_RETURN_GOODS', ruled ? 6 : 1);
    case 'return_in_transit':
      return c.machine === 'return_refund' ? pair('WAIT_SELLER_CONFIRM_GOODS') : undefined;
    case 'rejected':
      return pair('SELLER_REFUSE_BUYER');
    case 'in_intervention':
      return pair('SELLER_REFUSE_BUYER', 3);
    case 'completed':
      return pair('SUCCESS', ruled ? 6 : 1);
    case 'closed':
      return pair('CLOSED', c.intervention?.ruling === 'merchant' ? 6 : 1);
    default:
      return undefined;
  }
}
