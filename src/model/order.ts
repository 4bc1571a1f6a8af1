import * as z from './zod.js';
import type { DeepReadonly } from './readonly.js';
import { parseIso } from '../time/iso.js';
import { aboveCeiling, FenSchema, InstantSchema, isFenAmount, MAX_FEN, whole, type Instant } from './instant.js';
import {
  GOODS_CLASSES,
  GROUP_BUY_STATUSES,
  INSURANCE_HOLDERS,
  HISTORY_OUTCOMES,
  PAYMENT_METHODS,
  REQUEST_REASONS,
  REQUEST_TYPES,
  type GoodsClass,
  type GroupBuyStatus,
  type HistoryOutcome,
  type InsuranceHolder,
  type PaymentMethod,
  type RequestReason,
  type RequestType,
} from './vocabulary.js';

/** The schema of one {@link Payment}. */
export const PaymentSchema = z.object({
  method: z.enum(PAYMENT_METHODS),
  amountFen: FenSchema,
});

/** The schema of one {@link OrderItem}. */
export const OrderItemSchema = z.object({
  sku: z.string().check(z.minLength(1)),
  priceFen: FenSchema,
  quantity: z.number().check(whole(), z.minimum(1)),
  goodsClass: z.optional(z.enum(GOODS_CLASSES)),
  /** ELG-07: the buyer confirmed at checkout that this item is excluded from no-reason returns. */
  exclusionConfirmed: z.optional(z.boolean()),
});

/** The schema of one {@link HistoryEntry}. */
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

/**
 * One part of what the buyer paid, by one method. A mixed payment has one per method; a refund goes
 * back to them in proportion (RFT-07).
 */
export type Payment = {
  /** How this part was paid: the refund goes back this way (RFT-07), and its arrival follows RFT-02…05. */
  readonly method: PaymentMethod;
  /** What was paid this way, integer fen. */
  readonly amountFen: number;
};

/** One line of an order: a SKU, its unit price and how many were bought. */
export type OrderItem = {
  /** The item's ID, non-empty and unique within the order; a request's `skus` name items by it. */
  readonly sku: string;
  /** Unit list price, integer fen. Item totals (price × quantity) count toward the payments and FRT-07's threshold. */
  readonly priceFen: number;
  /** How many were bought: a whole number, at least 1. */
  readonly quantity: number;
  /** ELG-07: what kind of goods it is, which decides whether a no-reason return is excluded. Absent: `standard`. */
  readonly goodsClass?: GoodsClass | undefined;
  /**
   * ELG-07: the buyer confirmed at checkout that this item is excluded from no-reason returns; it
   * counts only for the classes of `eligibility.excludedIfConfirmed`. Absent: not confirmed.
   */
  readonly exclusionConfirmed?: boolean | undefined;
};

/** An earlier after-sales case on the order, as the platform records it. */
export type HistoryEntry = {
  /** What that case asked for. */
  readonly type: RequestType;
  /** Why the buyer asked. */
  readonly reason: RequestReason;
  /** ELG-12: the item the case concerned. Absent: the whole order, so it counts for every item. */
  readonly sku?: string | undefined;
  /** ELG-12: when the case was opened (ISO-8601 with an explicit offset); applications within `periodDays` count. */
  readonly openedAt: Instant;
  /** ELG-10: how the case stands; `refunded` and `exchanged` count toward `eligibility.maxCasesPerOrder`. */
  readonly outcome: HistoryOutcome;
};

/** ELG-02/03, RFT-01: a group-buy (拼单) order's group. */
export type GroupBuy = {
  /** ELG-02: `pending` cannot be refunded by application; ELG-03: `failed` is refunded by the system (RFT-01). */
  readonly status: GroupBuyStatus;
  /**
   * RFT-01: when the group failed (ISO-8601 with an explicit offset); only a `failed` group has it.
   * Absent on a failed group: the automatic refund's arrival cannot be estimated.
   */
  readonly failedAt?: Instant | undefined;
};

/** FRT-03: freight insurance (运费险) on the order, which pays the buyer's return postage. */
export type FreightInsurance = {
  /** Who holds it: a buyer's insurance always covers; a merchant's subscription covers orders paid inside a paid period. */
  readonly holder: InsuranceHolder;
  /**
   * FRT-03: start of the merchant's paid period (ISO-8601 with an explicit offset), which lasts
   * `freight.insurancePeriodDays`. Absent: the insurance on the order is taken as proof of cover.
   */
  readonly periodStartedAt?: Instant | undefined;
};

/** FRT-07: free shipping won by reaching a threshold (满额包邮). */
export type FreeShipping = {
  /** Items total (price × quantity) that wins free shipping, integer fen; the order's items reach it. */
  readonly thresholdFen: number;
  /** Outbound postage the merchant waived, integer fen: what a return that breaks the threshold may cost the buyer. */
  readonly postageFen: number;
};

/** What after-sales the order has already seen. */
export type OrderAfterSales = {
  /** ELG-13: what earlier cases already refunded, integer fen, at most what was paid. */
  readonly refundedFen: number;
  /** ELG-11: the platform closed the order's after-sales entry; the buyer cannot reopen it. Absent: open. */
  readonly entryClosed?: boolean | undefined;
  /** ELG-10, ELG-12: earlier cases on the order. Absent: none. */
  readonly history?: readonly HistoryEntry[] | undefined;
};

/**
 * An order as the platform knows it at the moment of the request. Money is integer fen; instants
 * are ISO-8601 strings with an explicit offset. {@link OrderSchema} parses one and checks that the
 * payments add up, that paid ≤ shipped ≤ signed, refunded ≤ paid and that SKUs are unique.
 */
export type Order = {
  /** The platform's order ID, non-empty. */
  readonly id: string;
  /** ELG-01: when the order was paid. Absent: unpaid, so no after-sales. FRT-03 reads it as when the order was placed. */
  readonly paidAt?: Instant | undefined;
  /**
   * RFT-07: what the buyer paid, per method. Empty exactly when unpaid; otherwise they add up to the
   * items' total + `shippingFen` − `discountFen`.
   */
  readonly payments: readonly Payment[];
  /** Postage the buyer paid, integer fen; part of `payments`. Absent: 0. */
  readonly shippingFen?: number | undefined;
  /** Coupons and platform subsidies that reduced what the buyer paid, integer fen. Absent: 0. */
  readonly discountFen?: number | undefined;
  /** ELG-02/03, RFT-01: the order's group buy. Absent: not a group-buy order. */
  readonly groupBuy?: GroupBuy | undefined;
  /** When the order shipped: ELG-04/05, ELG-14 and LOG-01/02 read it. Absent: not shipped. */
  readonly shippedAt?: Instant | undefined;
  /**
   * When the buyer (or a proxy) signed for the parcel (签收): the signing windows start here (ELG-06,
   * ELG-09, ELG-17; TIME-01), and ELG-05, ELG-16, ELG-18 and LOG-03 read it. Absent: not signed.
   */
  readonly signedAt?: Instant | undefined;
  /** What was bought: at least one item, SKUs unique. */
  readonly items: readonly OrderItem[];
  /** FRT-03: freight insurance on the order. Absent: none. */
  readonly freightInsurance?: FreightInsurance | undefined;
  /** FRT-07: free shipping won by a threshold; `shippingFen` is then 0. Absent: none. */
  readonly freeShipping?: FreeShipping | undefined;
  /**
   * FRT-04: the order carries the platform's return-freight subsidy (退货包运费); it counts only where
   * the policy has `freight.returnFreightSubsidy`. Absent: no subsidy.
   */
  readonly returnFreightSubsidy?: boolean | undefined;
  /** Earlier after-sales on the order (ELG-10…13). Absent: none. */
  readonly afterSales?: OrderAfterSales | undefined;
};
