import * as z from './zod.js';
import type { DeepReadonly } from './readonly.js';
import { parseIso } from '../time/iso.js';
import { aboveCeiling, FenSchema, InstantSchema, isFenAmount, MAX_FEN, whole } from './instant.js';
import {
  GOODS_CLASSES,
  GROUP_BUY_STATUSES,
  INSURANCE_HOLDERS,
  HISTORY_OUTCOMES,
  PAYMENT_METHODS,
  REQUEST_REASONS,
  REQUEST_TYPES,
} from './vocabulary.js';

export const PaymentSchema = z.object({
  method: z.enum(PAYMENT_METHODS),
  amountFen: FenSchema,
});

export const OrderItemSchema = z.object({
  sku: z.string().check(z.minLength(1)),
  priceFen: FenSchema,
  quantity: z.number().check(whole(), z.minimum(1)),
  goodsClass: z.optional(z.enum(GOODS_CLASSES)),
  /** ELG-07: the buyer confirmed at checkout that this item is excluded from no-reason returns. */
  exclusionConfirmed: z.optional(z.boolean()),
});

export const HistoryEntrySchema = z.object({
  type: z.enum(REQUEST_TYPES),
  reason: z.enum(REQUEST_REASONS),
  sku: z.optional(z.string().check(z.minLength(1))),
  openedAt: InstantSchema,
  outcome: z.enum(HISTORY_OUTCOMES),
});

const OrderShape = z.object({
  id: z.string().check(z.minLength(1)),
  /** Absent: the order is unpaid (ELG-01). */
  paidAt: z.optional(InstantSchema),
  payments: z.array(PaymentSchema),
  /** Postage the buyer paid; part of `payments`. */
  shippingFen: z.optional(FenSchema),
  /** Coupons and platform subsidies that reduced what the buyer paid. */
  discountFen: z.optional(FenSchema),
  groupBuy: z.optional(z.object({ status: z.enum(GROUP_BUY_STATUSES), failedAt: z.optional(InstantSchema) })),
  shippedAt: z.optional(InstantSchema),
  signedAt: z.optional(InstantSchema),
  items: z.array(OrderItemSchema).check(z.minLength(1, { error: 'an order has at least one item' })),
  freightInsurance: z.optional(z.object({ holder: z.enum(INSURANCE_HOLDERS), periodStartedAt: z.optional(InstantSchema) })),
  /**
   * FRT-07: free shipping won by reaching a threshold (满额包邮): the items total it takes and the
   * outbound postage the merchant waived, which a return that breaks the threshold may cost the buyer.
   */
  freeShipping: z.optional(z.object({ thresholdFen: FenSchema, postageFen: FenSchema })),
  returnFreightSubsidy: z.optional(z.boolean()),
  afterSales: z.optional(
    z.object({
      refundedFen: FenSchema,
      entryClosed: z.optional(z.boolean()),
      history: z.optional(z.array(HistoryEntrySchema)),
    }),
  ),
});

type OrderShapeOut = z.output<typeof OrderShape>;

/** Where a cross-field fault sits and what it is; the fast path only asks whether there is one. */
export type OrderFault = (path: (string | number)[], message: string) => void;

/**
 * The cross-field facts an order must respect: payments add up (to at most MAX_FEN), paid ≤ shipped ≤ signed, refunded ≤
 * paid, unique SKUs. Each fault is reported with the path of the field that breaks it. Plain loops,
 * each instant parsed once, linear in payments and items: every order `assess` sees comes through here (OrderSchema's
 * refinement and the fast path of src/model/fast-validate.ts).
 *
 * @example
 * checkOrderInvariants({ id: 'o1', payments: [], items: [{ sku: 'a', priceFen: 1, quantity: 1 }, { sku: 'a', priceFen: 1, quantity: 1 }] }, console.log)
 * // logs: ['items', 1, 'sku'] 'duplicate sku a'
 */
export function checkOrderInvariants(o: DeepReadonly<OrderShapeOut>, fault: OrderFault): void {
  let paid = 0;
  // Amounts that already failed their own check would only add noise to the sums below.
  let fieldsValid = true;
  for (const p of o.payments) {
    paid += p.amountFen;
    fieldsValid &&= isFenAmount(p.amountFen);
  }
  let itemsFen = 0;
  for (const i of o.items) {
    itemsFen += i.priceFen * i.quantity;
    fieldsValid &&= isFenAmount(i.priceFen);
  }
  // Each amount under MAX_FEN can still add up past it; the sum is refused, not carried on.
  if (fieldsValid && paid > MAX_FEN) fault(['payments'], aboveCeiling('payments add up to', paid));
  if (fieldsValid && itemsFen > MAX_FEN) fault(['items'], aboveCeiling('items (price × quantity) add up to', itemsFen));
  const amountsValid = fieldsValid && paid <= MAX_FEN && itemsFen <= MAX_FEN;
  if (o.paidAt === undefined) {
    if (o.payments.length > 0) fault(['payments'], 'an unpaid order (no paidAt) has no payments');
  } else {
    if (o.payments.length === 0) fault(['payments'], 'a paid order has at least one payment');
    const due = itemsFen + (o.shippingFen ?? 0) - (o.discountFen ?? 0);
    if (amountsValid && paid !== due) {
      fault(['payments'], `payments add up to ${paid} fen but items + shipping − discount is ${due} fen`);
    }
  }
  const shipped = o.shippedAt === undefined ? Number.NaN : parseIso(o.shippedAt);
  if (o.shippedAt !== undefined) {
    if (o.paidAt === undefined) fault(['shippedAt'], 'an order cannot ship before it is paid');
    else if (shipped < parseIso(o.paidAt)) fault(['shippedAt'], 'shippedAt is earlier than paidAt');
  }
  if (o.signedAt !== undefined) {
    if (o.shippedAt === undefined) fault(['signedAt'], 'an order cannot be signed for before it ships');
    else if (parseIso(o.signedAt) < shipped) fault(['signedAt'], 'signedAt is earlier than shippedAt');
  }
  const refunded = o.afterSales?.refundedFen ?? 0;
  if (amountsValid && refunded > paid) {
    fault(['afterSales', 'refundedFen'], `refunded ${refunded} fen is more than the ${paid} fen paid`);
  }
  // A Set, not a pairwise scan (100k items took 17 s that way); none needed for a single item.
  const items = o.items;
  if (items.length > 1) {
    const seen = new Set<string>();
    for (let i = 0; i < items.length; i++) {
      const sku = items[i]!.sku;
      if (seen.has(sku)) fault(['items', i, 'sku'], `duplicate sku ${sku}`);
      else seen.add(sku);
    }
  }
  if (o.freeShipping !== undefined) {
    if ((o.shippingFen ?? 0) > 0) fault(['shippingFen'], 'an order that won free shipping has no shippingFen');
    if (amountsValid && itemsFen < o.freeShipping.thresholdFen) {
      fault(['freeShipping', 'thresholdFen'], `items total ${itemsFen} fen does not reach the free-shipping threshold of ${o.freeShipping.thresholdFen} fen`);
    }
  }
  if (o.groupBuy?.failedAt !== undefined && o.groupBuy.status !== 'failed') {
    fault(['groupBuy', 'failedAt'], 'failedAt belongs to a failed group buy');
  }
}

/** An order as the platform knows it at the moment of the request. */
export const OrderSchema = OrderShape.check(
  z.superRefine((o, ctx) => {
    checkOrderInvariants(o, (path, message) => ctx.addIssue({ code: 'custom', path, message }));
  }),
);

export type Order = DeepReadonly<z.output<typeof OrderSchema>>;
export type OrderItem = DeepReadonly<z.output<typeof OrderItemSchema>>;
export type Payment = DeepReadonly<z.output<typeof PaymentSchema>>;
export type HistoryEntry = DeepReadonly<z.output<typeof HistoryEntrySchema>>;
