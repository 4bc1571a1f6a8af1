import type { AfterSalesCase, CaseEvent } from '../model/case.js';

/**
 * ELG-18: a refund-only of goods the buyer keeps waits on the merchant's agreement; only such a case
 * carries the ELG-18 condition from its opening.
 */
export const awaitsMerchantAgreement = (c: AfterSalesCase): boolean => c.conditions.some((r) => r.rule === 'ELG-18');

interface Selector {
  /** Every answer `pick` can give: a branch must list exactly these. */
  readonly keys: readonly string[];
  readonly pick: (c: AfterSalesCase, e: CaseEvent) => string;
}

/**
 * Named pure functions that pick a branch of a transition (XState's guarded targets). The
 * table-validation test checks each branch lists exactly its selector's keys. Typed with
 * `satisfies`, not `as const`: Stryker does not mutate inside an `as` expression, and these are logic.
 */
export const SELECTORS = {
  /** CSE-02: the platform's ruling. */
  ruling: {
    keys: ['buyer', 'merchant'],
    pick: (_c, e) => (e.type === 'platform_ruled' ? e.for : 'merchant'),
  },
  /** CSE-02 with a return leg: a ruling for the buyer continues from wherever the goods are. */
  rulingWhereGoodsAre: {
    keys: ['buyer_goods_with_buyer', 'buyer_goods_with_merchant', 'merchant'],
    pick: (c, e) =>
      e.type === 'platform_ruled' && e.for === 'buyer'
        ? c.milestones.receivedAt === undefined
          ? 'buyer_goods_with_buyer'
          : 'buyer_goods_with_merchant'
        : 'merchant',
  },
  /** RSD-02: the stock check's answer. */
  stock: {
    keys: ['available', 'unavailable'],
    pick: (_c, e) => (e.type === 'stock_checked' && e.available ? 'available' : 'unavailable'),
  },
  /** ELG-08 / CSE-04: the merchant's word on the returned goods' condition. */
  intact: {
    keys: ['intact', 'not_intact'],
    pick: (_c, e) => (e.type === 'merchant_received' && e.intact === false ? 'not_intact' : 'intact'),
  },
  /** CSE-01 / ELG-18: what the merchant's silence means: agreement, except to a refund of goods the buyer keeps. */
  merchantSilence: {
    keys: ['agrees', 'refuses'],
    pick: (c) => (awaitsMerchantAgreement(c) ? 'refuses' : 'agrees'),
  },
  /** RSD-01 / RSD-02: what the buyer is asked to confirm. */
  confirmation: {
    keys: ['application', 'refund_offer'],
    pick: (c) => c.confirmation ?? 'application',
  },
} satisfies Record<string, Selector>;

/** The name of a selector a {@link Branch} picks its target with. */
export type SelectorName = keyof typeof SELECTORS;
