import type { HistoryEntry } from '../model/order.js';
import { reason } from '../model/reason.js';
import { skuLookup } from '../model/sku-lookup.js';
import { addCalendarDaysMs } from '../time/windows.js';
import { parseInstant } from '../time/zone.js';
import { NONE, type EligibilityFacts, type EligibilityRule } from './facts.js';

const ENDED_IN_REMEDY: ReadonlySet<string> = new Set(['refunded', 'exchanged']);

/** ELG-10: at most N cases per order that ended in a refund/return or an exchange. */
export const afterSalesLimit: EligibilityRule = (f, p) => {
  const max = p.eligibility.maxCasesPerOrder;
  if (max === null) return NONE;
  // Stryker disable next-line ArrayDeclaration: any stand-in entry has no outcome, so nothing extra is counted
  const history = f.order.afterSales?.history ?? [];
  let used = 0;
  for (const h of history) if (ENDED_IN_REMEDY.has(h.outcome)) used++;
  return used < max ? NONE : [reason('after_sales_limit_reached', 'deny', { used, max })];
};

/** ELG-11: an entry the platform closed cannot be reopened by the buyer; contact the merchant or platform service. */
export const entryClosed: EligibilityRule = (f) =>
  f.order.afterSales?.entryClosed === true ? [reason('entry_closed', 'deny', { contact: 'merchant_or_platform_service' })] : NONE;

/**
 * Whether a past case concerns one of the requested items. The items' lookup is built once, on the
 * first past case that names a SKU, not scanned per past case: linear in items plus history.
 */
function sameItemTest(f: EligibilityFacts): (h: HistoryEntry) => boolean {
  let onItems: ((sku: string) => boolean) | undefined;
  return (h) => h.sku === undefined || (onItems ??= skuLookup(f.items.map((i) => i.sku)))(h.sku);
}

/**
 * ELG-12: the Nth application on the same item within the period (this one included) marks the buyer
 * for abuse review. A warning only: closing the entry is the platform's act (ELG-11).
 */
export const repeatedApplications: EligibilityRule = (f, p) => {
  const rule = p.eligibility.repeatedApplications;
  const history = f.order.afterSales?.history;
  if (rule === null || history === undefined) return NONE;
  const since = addCalendarDaysMs(f.at, -rule.periodDays, p.timeZone);
  const sameItem = sameItemTest(f);
  let count = 1;
  for (const h of history) {
    const opened = parseInstant(h.openedAt);
    if (opened > since && opened <= f.at && sameItem(h)) count++;
  }
  return count < rule.count ? NONE : [reason('repeated_applications', 'warn', { count, periodDays: rule.periodDays })];
};
