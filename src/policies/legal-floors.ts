import { EXCLUDED_IF_CONFIRMED_GOODS, LEGALLY_EXCLUDED_GOODS, type GoodsClass } from '../model/vocabulary.js';
import { deepFreeze } from '../model/freeze.js';

/**
 * The floors no policy may go below, whatever a platform or merchant prefers (the law sets
 * a floor: docs/policies.md). Each names the rule it protects and its legal source.
 */
export const LEGAL_FLOORS = /* @__PURE__ */ deepFreeze({
  /** ELG-06: 消法 art. 25, Measures art. 2 — at least 7 days. */
  noReasonWindowDays: 7,
  /** ELG-09: 消法 art. 24 — at least 7 days to return goods with a fault. */
  qualityWindowDays: 7,
  /**
   * ELG-17: 消法 art. 24 — after day 7 the buyer may still require an exchange or a repair, so
   * neither may close at day 7; 三包 gives covered goods at least 15 days to exchange, and a repair
   * window shorter than the exchange's would close the lesser remedy first.
   */
  exchangeWindowDays: 15,
  repairWindowDays: 15,
  /** RFT-06: Measures art. 13 — at most 7 days from receipt to refund. */
  refundAfterReceiptDays: 7,
  /** PEN-04: 消法 art. 55 — three times the price, and at least ¥500. */
  counterfeitMultiple: 3,
  counterfeitMinimumFen: 50_000,
  /** ELG-07: the classes the law lets a seller exclude, outright or with the buyer's confirmation. */
  excludedGoods: LEGALLY_EXCLUDED_GOODS as readonly GoodsClass[],
  excludedIfConfirmed: [...LEGALLY_EXCLUDED_GOODS, ...EXCLUDED_IF_CONFIRMED_GOODS] as readonly GoodsClass[],
} as const);
