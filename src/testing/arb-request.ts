import fc from 'fast-check';
import type { Order } from '../model/order.js';
import type { AfterSalesRequest } from '../model/request.js';
import { EVIDENCE_KINDS, REQUEST_REASONS, REQUEST_TYPES, type RequestReason, type RequestType } from '../model/vocabulary.js';
import { arbOrder, type OrderConstraints } from './arb-order.js';
import { arbDelay, arbInstantMs, arbWritten, FIRST_MS, type InstantConstraints } from './instants.js';

/** What {@link arbRequest} and {@link arbOrderAndRequest} draw. */
export interface RequestConstraints extends InstantConstraints {
  /** Times and SKUs are drawn relative to this order. */
  readonly order?: Order;
  /** Only requests of this type; absent: any type. */
  readonly type?: RequestType;
  /** Only requests with this reason; absent: any reason. */
  readonly reason?: RequestReason;
  /** Days after the order's latest instant the request may come (default 12). */
  readonly withinDays?: number;
}

const latestInstant = (o: Order): number =>
  Math.max(...[o.paidAt, o.shippedAt, o.signedAt].filter((s): s is string => s !== undefined).map(Date.parse), FIRST_MS);

/**
 * Valid {@link AfterSalesRequest}s; with `order`, the request comes after the order's latest event,
 * names some of its SKUs and asks for amounts on both sides of what is refundable.
 *
 * @example
 * fc.assert(fc.property(arbOrder().chain((order) => arbRequest({ order })), (r) => AfterSalesRequestSchema.safeParse(r).success))
 */
export function arbRequest(constraints: RequestConstraints = {}): fc.Arbitrary<AfterSalesRequest> {
  const { order } = constraints;
  const from = order === undefined ? arbInstantMs(constraints) : fc.constant(latestInstant(order));
  const skus = order?.items.map((i) => i.sku) ?? ['sku-1', 'sku-2'];
  const paidFen = order?.payments.reduce((a, p) => a + p.amountFen, 0) ?? 100_000;
  return fc
    .record({
      type: constraints.type === undefined ? fc.constantFrom(...REQUEST_TYPES) : fc.constant(constraints.type),
      reason: constraints.reason === undefined ? fc.constantFrom(...REQUEST_REASONS) : fc.constant(constraints.reason),
      from,
      after: arbDelay(constraints.withinDays ?? 12),
      amountFen: fc.option(fc.integer({ min: 0, max: paidFen + 1_000 }), { nil: undefined }),
      skus: fc.option(fc.subarray(skus, { minLength: 1 }), { nil: undefined }),
      initiatedBy: fc.option(fc.constantFrom('buyer' as const, 'merchant' as const), { nil: undefined }),
      evidence: fc.option(
        fc.array(fc.record({ kind: fc.constantFrom(...EVIDENCE_KINDS), confirmsCounterfeit: fc.boolean() }), { maxLength: 3 }),
        { nil: undefined },
      ),
    })
    .chain((g) => arbWritten(g.from + g.after).map((requestedAt) => ({ g, requestedAt })))
    .map(({ g, requestedAt }) => {
      const request: { -readonly [K in keyof AfterSalesRequest]: AfterSalesRequest[K] } = { type: g.type, reason: g.reason, requestedAt };
      if (g.amountFen !== undefined) request['amountFen'] = g.amountFen;
      if (g.skus !== undefined) request['skus'] = g.skus;
      if (g.initiatedBy !== undefined) request['initiatedBy'] = g.initiatedBy;
      if (g.evidence !== undefined) request['evidence'] = g.evidence;
      return request;
    });
}

/**
 * An order with a request about it: the pair most properties need.
 *
 * @example
 * fc.assert(fc.property(arbOrderAndRequest({ signed: true }), ({ order, request }) =>
 *   checkEligibility(order, request, policies.taobao).refundableFen >= 0))
 */
export const arbOrderAndRequest = (
  constraints: OrderConstraints & Omit<RequestConstraints, 'order'> = {},
): fc.Arbitrary<{ order: Order; request: AfterSalesRequest }> =>
  arbOrder(constraints).chain((order) => arbRequest({ ...constraints, order }).map((request) => ({ order, request })));
