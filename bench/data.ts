import fc from 'fast-check';
import type { HistoryEntry, Order } from '../src/model/order.js';
import type { AfterSalesRequest } from '../src/model/request.js';
import { OUTCOMES, REASONS, REQUEST_TYPES } from '../src/model/vocabulary.js';
import { arbOrderAndRequest } from '../src/testing/index.js';
import { WRITING_ZONES } from '../src/testing/instants.js';
import { formatInstant } from '../src/time/zone.js';

export interface Pair {
  readonly order: Order;
  readonly request: AfterSalesRequest;
}

/**
 * The shared dataset: the same typed order/request objects (ISO strings) for every contender. They
 * go through JSON once, because that is how orders reach a service: flat strings and the object
 * shapes `JSON.parse` makes, rather than fast-check's concatenated strings and spread objects.
 */
export function generatePairs(n: number, seed = 42): Pair[] {
  return viaJson(fc.sample(arbOrderAndRequest(), { numRuns: n, seed }));
}

const viaJson = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Whether a request falls under the ELG-06/09 signing window (signed by then, a windowed type and reason). */
export function underWindow({ order, request }: Pair): boolean {
  const signed = order.signedAt !== undefined && Date.parse(order.signedAt) <= Date.parse(request.requestedAt);
  return (
    signed &&
    ['refund_only', 'return_refund', 'exchange'].includes(request.type) &&
    ['no_reason', 'quality', 'wrong_item', 'not_as_described', 'damaged_in_transit'].includes(request.reason)
  );
}

/**
 * A supplementary slice: signed orders with a refund, return or exchange for no reason or a fault,
 * i.e. every request runs the ELG-06/09 window path (the generic dataset rarely does, as its stages,
 * types and reasons are drawn uniformly; real traffic after signing is mostly this).
 */
export function generateWindowPairs(n: number, seed = 43): Pair[] {
  const arbs = (['refund_only', 'return_refund', 'exchange'] as const).flatMap((type) =>
    (['no_reason', 'quality', 'wrong_item'] as const).map((reason) => arbOrderAndRequest({ signed: true, type, reason })),
  );
  return viaJson(fc.sample(fc.oneof(...arbs), { numRuns: n, seed }));
}

/** mulberry32: a tiny seeded PRNG, so derived data is as deterministic as the fast-check sample. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(xs: readonly T[], r: number): T => xs[Math.floor(r * xs.length)] as T;

/**
 * The same pairs with a history of exactly `size` past cases on each order (paid orders only: an
 * unpaid order has no after-sales record). Cases open between payment and ~20 days after the request,
 * so some fall inside ELG-12's period, some outside, some after the request; SKUs and outcomes vary.
 */
export function withHistory(pairs: readonly Pair[], size: number, seed = 7): Pair[] {
  const rnd = prng(seed);
  const out: Pair[] = [];
  for (const { order, request } of pairs) {
    if (order.paidAt === undefined || order.afterSales === undefined) continue;
    const from = Date.parse(order.paidAt);
    const to = Date.parse(request.requestedAt) + 20 * 86_400_000;
    const history: HistoryEntry[] = [];
    for (let i = 0; i < size; i++) {
      const skuIndex = Math.floor(rnd() * (order.items.length + 1));
      const opened = from + Math.floor(rnd() * (to - from));
      history.push({
        type: pick(REQUEST_TYPES, rnd()),
        reason: pick(REASONS, rnd()),
        ...(skuIndex < order.items.length ? { sku: order.items[skuIndex]?.sku ?? 'sku-1' } : {}),
        openedAt: formatInstant(opened, pick(WRITING_ZONES, rnd())),
        outcome: pick(OUTCOMES, rnd()),
      });
    }
    out.push({ order: { ...order, afterSales: { ...order.afterSales, history } }, request });
  }
  return viaJson(out);
}
