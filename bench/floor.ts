import type { Order } from '../src/model/order.js';
import type { Policy } from '../src/model/policy.js';
import type { AfterSalesRequest } from '../src/model/request.js';

/*
 * The floor: ELG-01…16 as one hand-written function, the fastest honest way to get the same reason
 * codes. Facts computed once up front, instants parsed by hand, local dates on a fixed +08:00 offset
 * (Asia/Shanghai has had no DST since 1991), policy parameters read from the same policy object.
 * It returns only the codes, in rule order: no reason objects, no params, no formatted window.
 * It imports nothing from the library but types.
 */

const DAY = 86_400_000;
const CN = 8 * 3_600_000;

const d = (s: string, i: number): number => s.charCodeAt(i) - 48;

/** Epoch ms of `YYYY-MM-DDTHH:mm:ss[.sss](Z|±hh:mm)`, the form the data is written in; else Date.parse. */
function iso(s: string): number {
  const n = s.length;
  let i = 19;
  if (s.charCodeAt(i) === 46) i = 23;
  if (n !== i + 1 && n !== i + 6) return Date.parse(s);
  const y = d(s, 0) * 1000 + d(s, 1) * 100 + d(s, 2) * 10 + d(s, 3);
  const m = d(s, 5) * 10 + d(s, 6);
  // Days from civil (Hinnant), for years after 1970 only, which is all this data holds.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d(s, 8) * 10 + d(s, 9) - 1;
  const days = era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
  let t =
    days * DAY +
    (d(s, 11) * 10 + d(s, 12)) * 3_600_000 +
    (d(s, 14) * 10 + d(s, 15)) * 60_000 +
    (d(s, 17) * 10 + d(s, 18)) * 1000;
  if (i === 23) t += d(s, 20) * 100 + d(s, 21) * 10 + d(s, 22);
  const c = s.charCodeAt(i);
  if (c === 90) return t;
  const off = (d(s, i + 1) * 10 + d(s, i + 2)) * 3_600_000 + (d(s, i + 4) * 10 + d(s, i + 5)) * 60_000;
  return c === 43 ? t - off : t + off;
}

const isFault = (r: string): boolean =>
  r === 'quality' || r === 'wrong_item' || r === 'not_as_described' || r === 'damaged_in_transit' || r === 'counterfeit';

/** ELG-01…16 → the reason codes, in catalogue order. */
export function floorEligibility(order: Order, request: AfterSalesRequest, p: Policy): string[] {
  const e = p.eligibility;
  const out: string[] = [];
  const type = request.type;
  const why = request.reason;
  const at = iso(request.requestedAt);
  const paid = order.paidAt !== undefined && iso(order.paidAt) <= at;
  const shipped = order.shippedAt !== undefined && iso(order.shippedAt) <= at;
  const signedMs = order.signedAt === undefined ? Number.NaN : iso(order.signedAt);
  const signed = signedMs <= at;
  const skus = request.skus;
  const after = order.afterSales;
  const history = after?.history;

  // ELG-06 / ELG-09 / ELG-17 window (TIME-01): closes at local midnight starting day N+1 after the signing date.
  let win = 0;
  let closes = 0;
  const faultWindow = why === 'quality' || why === 'wrong_item' || why === 'not_as_described' || why === 'damaged_in_transit';
  if (signed) {
    const days =
      why === 'no_reason'
        ? type === 'return_refund' || type === 'exchange'
          ? ((win = 6), e.noReasonWindowDays)
          : 0
        : !faultWindow
          ? 0
          : type === 'return_refund'
            ? ((win = 9), e.qualityWindowDays)
            : type === 'exchange'
              ? ((win = 17), e.exchangeWindowDays)
              : type === 'repair'
                ? ((win = 17), e.repairWindowDays)
                : 0;
    if (win !== 0) closes = (Math.floor((signedMs + CN) / DAY) + days + 1) * DAY - CN;
  }

  if (!paid) out.push('order_unpaid'); // ELG-01
  const gb = order.groupBuy;
  if (e.groupBuy && gb !== undefined) {
    if (gb.status === 'pending') out.push('group_buy_pending'); // ELG-02
    else if (gb.status === 'failed') out.push('group_buy_failed_auto_refund'); // ELG-03
  }
  if (!shipped) out.push('not_shipped_refund_only'); // ELG-04
  else if (!signed && type !== 'resend') out.push(type === 'refund_only' ? 'refuse_delivery_required' : 'awaiting_signature'); // ELG-05
  if (win === 6) {
    if (at >= closes) out.push('no_reason_window_closed'); // ELG-06
    for (const item of order.items) {
      if (skus !== undefined && !skus.includes(item.sku)) continue;
      const cls = item.goodsClass ?? 'standard';
      if (e.excludedGoods.includes(cls) || (item.exclusionConfirmed === true && e.excludedIfConfirmed.includes(cls))) {
        out.push('goods_excluded_from_no_reason'); // ELG-07
        break;
      }
    }
    out.push('goods_intact_required'); // ELG-08
  } else if (win === 9 && at >= closes) out.push('quality_window_closed'); // ELG-09
  else if (win === 17 && at >= closes) out.push('warranty_terms_apply'); // ELG-17
  if (signed && type === 'refund_only') {
    if (why === 'no_reason') out.push('signed_refund_only_no_reason'); // ELG-18
    else if (faultWindow || why === 'counterfeit') out.push('merchant_agreement_required');
  }
  const max = e.maxCasesPerOrder;
  if (max !== null) {
    let used = 0;
    if (history !== undefined) for (const h of history) if (h.outcome === 'refunded' || h.outcome === 'exchanged') used++;
    if (used >= max) out.push('after_sales_limit_reached'); // ELG-10
  }
  if (after?.entryClosed === true) out.push('entry_closed'); // ELG-11
  const rep = e.repeatedApplications;
  if (rep !== null && history !== undefined) {
    const since = at - rep.periodDays * DAY;
    let count = 1;
    for (const h of history) {
      const t = iso(h.openedAt);
      if (t <= since || t > at) continue;
      const sku = h.sku;
      if (sku === undefined || ((skus === undefined || skus.includes(sku)) && order.items.some((i) => i.sku === sku))) count++;
    }
    if (count >= rep.count) out.push('repeated_applications'); // ELG-12
  }
  if (type === 'refund_only' || type === 'return_refund' || type === 'counterfeit_claim') {
    let refundable = 0;
    if (paid) {
      for (const pay of order.payments) refundable += pay.amountFen;
      refundable = Math.max(0, refundable - (after?.refundedFen ?? 0));
    }
    const amount = request.amountFen ?? refundable;
    if (!(amount > 0 && amount <= refundable)) out.push('amount_invalid'); // ELG-13
  }
  if (type === 'resend' && !(shipped && e.resendReasons.includes(why))) out.push('resend_not_applicable'); // ELG-14
  const evidence = request.evidence;
  if (type === 'counterfeit_claim' && !(evidence?.some((x) => x.kind === 'appraisal' && x.confirmsCounterfeit === true) ?? false)) {
    out.push('appraisal_required'); // ELG-15
  }
  if (signed && isFault(why) && !(evidence?.some((x) => x.kind === 'photo' || x.kind === 'video' || x.kind === 'appraisal') ?? false)) {
    out.push('evidence_required'); // ELG-16
  }
  return out;
}
