import fc from 'fast-check';
import type { Order } from '../model/order.js';
import {
  GOODS_CLASSES,
  INSURANCE_HOLDERS,
  HISTORY_OUTCOMES,
  REQUEST_REASONS,
  REQUEST_TYPES,
  type GroupBuyStatus,
} from '../model/vocabulary.js';
import { arbDelay, arbInstantMs, arbWritten, type InstantConstraints } from './instants.js';
import { arbPaymentsFor } from './money.js';

/** How far along the order is: 0 unpaid, 1 paid, 2 shipped, 3 signed. */
type Stage = 0 | 1 | 2 | 3;

/** What {@link arbOrder} draws: `true` pins a stage reached, `false` a stage not reached; absent: either. */
export interface OrderConstraints extends InstantConstraints {
  /** Paid (`paidAt` set), or unpaid. */
  readonly paid?: boolean;
  /** Shipped (`shippedAt` set), or not yet. */
  readonly shipped?: boolean;
  /** Signed for (`signedAt` set), or not yet. */
  readonly signed?: boolean;
  /** A group-buy status, or `false` for an ordinary order. Default: either. */
  readonly groupBuy?: GroupBuyStatus | false;
  /** Past after-sales cases on the order. Default: sometimes. */
  readonly history?: boolean;
}

function stageRange(c: OrderConstraints): [Stage, Stage] {
  let min = 0;
  let max = 3;
  const at = (flag: boolean | undefined, stage: number): void => {
    if (flag === true) min = Math.max(min, stage);
    if (flag === false) max = Math.min(max, stage - 1);
  };
  at(c.paid, 1);
  at(c.shipped, 2);
  at(c.signed, 3);
  // A group that has not formed (or failed) never ships.
  if (c.groupBuy === 'pending' || c.groupBuy === 'failed') max = Math.min(max, 1);
  if (min > max) throw new RangeError(`arbOrder: contradictory constraints ${JSON.stringify(c)}`);
  return [min as Stage, max as Stage];
}

const arbHistoryEntry = fc.record({
  type: fc.constantFrom(...REQUEST_TYPES),
  reason: fc.constantFrom(...REQUEST_REASONS),
  skuIndex: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  after: arbDelay(20),
  outcome: fc.constantFrom(...HISTORY_OUTCOMES),
});

const arbItems = fc
  .array(
    fc.record({
      priceFen: fc.integer({ min: 1, max: 200_000 }),
      quantity: fc.integer({ min: 1, max: 3 }),
      goodsClass: fc.constantFrom(...GOODS_CLASSES),
      exclusionConfirmed: fc.boolean(),
    }),
    { minLength: 1, maxLength: 4 },
  )
  // SKUs are unique by construction: numbered by position.
  .map((items) => items.map((item, i) => ({ sku: `sku-${i + 1}`, ...item })));

/**
 * Valid {@link Order}s, built by construction: payments add up, paid ≤ shipped ≤ signed, refunded ≤
 * paid, unique SKUs, instants written in assorted zones. Constraints pin the stage.
 *
 * @example
 * fc.assert(fc.property(arbOrder({ signed: true }), (o) => OrderSchema.safeParse(o).success))
 */
export function arbOrder(constraints: OrderConstraints = {}): fc.Arbitrary<Order> {
  const [minStage, maxStage] = stageRange(constraints);
  const groupBuy =
    constraints.groupBuy === undefined
      ? fc.option(
          // A shipped order's group did form.
          minStage >= 2 ? fc.constant<GroupBuyStatus>('succeeded') : fc.constantFrom<GroupBuyStatus>('pending', 'succeeded', 'failed'),
          { nil: undefined },
        )
      : fc.constant(constraints.groupBuy === false ? undefined : constraints.groupBuy);
  return fc
    .record({
      n: fc.nat(),
      stage: fc.integer({ min: minStage, max: maxStage }),
      groupBuy,
      // Room for the order's later steps inside the era drawn.
      t0: arbInstantMs(constraints, 40),
      toShip: arbDelay(5),
      toSign: arbDelay(5),
      items: arbItems,
      shippingFen: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2_000 })),
      discountPermille: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 500 })),
      refundedPermille: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1000 })),
      insurance: fc.option(fc.constantFrom(...INSURANCE_HOLDERS), { nil: undefined }),
      subsidy: fc.boolean(),
      // Rare, so the other rules still get exercised.
      entryClosed: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
      history: fc.array(arbHistoryEntry, {
        minLength: constraints.history === true ? 1 : 0,
        maxLength: constraints.history === false ? 0 : 4,
      }),
    })
    .chain((g) => {
      // Group buys that did not form stay unshipped, whatever stage was drawn.
      const stage = g.groupBuy === 'pending' || g.groupBuy === 'failed' ? (Math.min(g.stage, 1) as Stage) : g.stage;
      const itemsFen = g.items.reduce((a, i) => a + i.priceFen * i.quantity, 0);
      const discountFen = Math.floor((itemsFen * g.discountPermille) / 1000);
      const totalFen = itemsFen + g.shippingFen - discountFen;
      const shippedMs = g.t0 + g.toShip;
      const signedMs = shippedMs + g.toSign;
      return fc
        .record({
          paidAt: arbWritten(g.t0),
          shippedAt: arbWritten(shippedMs),
          signedAt: arbWritten(signedMs),
          failedAt: arbWritten(g.t0 + 86_400_000),
          payments: arbPaymentsFor(totalFen),
          pastCases: fc.tuple(
            ...g.history.map((h) =>
              arbWritten(g.t0 + h.after).map((openedAt) => ({
                type: h.type,
                reason: h.reason,
                ...(h.skuIndex !== undefined && h.skuIndex <= g.items.length ? { sku: `sku-${h.skuIndex}` } : {}),
                openedAt,
                outcome: h.outcome,
              })),
            ),
          ),
        })
        .map((w): Order => {
          const order: { -readonly [K in keyof Order]: Order[K] } = {
            id: `order-${g.n}`,
            payments: stage >= 1 ? w.payments : [],
            shippingFen: g.shippingFen,
            discountFen,
            items: g.items,
            returnFreightSubsidy: g.subsidy,
          };
          if (stage >= 1) order['paidAt'] = w.paidAt;
          if (stage >= 2) order['shippedAt'] = w.shippedAt;
          if (stage >= 3) order['signedAt'] = w.signedAt;
          if (g.groupBuy !== undefined) {
            order['groupBuy'] = g.groupBuy === 'failed' ? { status: 'failed', failedAt: w.failedAt } : { status: g.groupBuy };
          }
          if (g.insurance !== undefined) order['freightInsurance'] = { holder: g.insurance };
          if (stage >= 1) {
            order['afterSales'] = {
              refundedFen: Math.floor((totalFen * g.refundedPermille) / 1000),
              entryClosed: g.entryClosed,
              history: w.pastCases,
            };
          }
          return order;
        });
    });
}
