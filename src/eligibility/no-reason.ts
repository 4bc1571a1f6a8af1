import { reason } from '../model/reason.js';
import type { GoodsClass } from '../model/vocabulary.js';
import { isReturnType, NONE, type EligibilityFacts, type EligibilityRule } from './facts.js';

/** No-reason rules cover returns and exchanges once the goods are in hand: exactly the ELG-06 window's cases. */
const isNoReasonClaim = (f: EligibilityFacts): boolean => f.window?.rule === 'ELG-06';

/** ELG-06 (TIME-01): a no-reason return or exchange within N days after signing. */
export const noReasonWindow: EligibilityRule = (f) => {
  const w = f.window;
  return w?.rule !== 'ELG-06' || f.at < w.closesAt
    ? NONE
    : [reason('no_reason_window_closed', 'deny', { closesAt: w.closesAtIso, days: w.days })];
};

/**
 * ELG-07: goods the law excludes from no-reason returns, outright (custom-made, perishable, digital,
 * periodicals) or once the buyer confirmed it at checkout (hygiene-sealed, activation-sensitive,
 * disclosed defect). Fault reasons are not touched: a defective custom-made item is still returnable.
 */
export const excludedGoods: EligibilityRule = (f, p) => {
  if (!isNoReasonClaim(f)) return NONE;
  const { excludedGoods: always, excludedIfConfirmed: confirmed } = p.eligibility;
  const skus: string[] = [];
  const classes: GoodsClass[] = [];
  for (const item of f.items) {
    // Stryker disable next-line StringLiteral: no policy list names the default class, so any stand-in is never excluded
    const cls = item.goodsClass ?? 'standard';
    if (always.includes(cls) || (item.exclusionConfirmed === true && confirmed.includes(cls))) {
      skus.push(item.sku);
      if (!classes.includes(cls)) classes.push(cls);
    }
  }
  return skus.length === 0 ? NONE : [reason('goods_excluded_from_no_reason', 'deny', { skus, goodsClasses: classes })];
};

/**
 * ELG-08: goods come back intact (完好); opening to inspect is fine. Whether they are is verified
 * when the merchant receives them, so it conditions the verdict and never denies it up front.
 */
export const goodsIntact: EligibilityRule = (f) =>
  isNoReasonClaim(f) && isReturnType(f.request.type) ? [reason('goods_intact_required', 'condition')] : NONE;
