import type { Order, OrderItem } from '../model/order.js';
import type { Policy } from '../model/policy.js';
import type { Reason } from '../model/reason.js';
import type { AfterSalesRequest } from '../model/request.js';
import { skuLookup } from '../model/sku-lookup.js';
import { closesAfterSigning } from '../time/windows.js';
import { formatInstant, parseInstant } from '../time/zone.js';

/**
 * What every ELG rule needs, derived once per check. Stages are judged at the request instant: a
 * shipment or signing stamped later than the request had not happened yet when the buyer asked.
 */
export interface EligibilityFacts {
  readonly order: Order;
  readonly request: AfterSalesRequest;
  /** The request instant, epoch ms. */
  readonly at: number;
  readonly paid: boolean;
  readonly shipped: boolean;
  /** Signing instant (epoch ms) when the buyer had signed by `at`. */
  readonly signedAt: number | undefined;
  /** The order's items the request is about. */
  readonly items: readonly OrderItem[];
  /** What was paid minus what was already refunded (ELG-13). */
  readonly refundableFen: number;
  /** The day window after signing this request falls under, if any (ELG-06, ELG-09 or ELG-17). */
  readonly window: SigningWindow | undefined;
}

export interface SigningWindow {
  readonly rule: 'ELG-06' | 'ELG-09' | 'ELG-17';
  readonly days: number;
  /** Epoch ms of the first instant outside the window (TIME-01). */
  readonly closesAt: number;
  /** The same instant as ISO in the policy's zone, formatted once for every reason and the result. */
  readonly closesAtIso: string;
}

/** Reasons whose return runs in the quality window (ELG-09) and whose exchange or repair in its own (ELG-17). */
export const QUALITY_WINDOW_REASONS: readonly string[] = ['quality', 'wrong_item', 'not_as_described', 'damaged_in_transit'];

/** A rule: pure, reads the facts and the policy's parameters, returns every reason it has. */
export type EligibilityRule = (facts: EligibilityFacts, policy: Policy) => readonly Reason[];

/** The shared empty answer: most rules say nothing for most requests, and say it without allocating. */
export const NONE: readonly Reason[] = Object.freeze([]);

const paidFen = (order: Order): number => {
  let sum = 0;
  for (const p of order.payments) sum += p.amountFen;
  return sum;
};

/** ELG-09 / ELG-17: a fault's remedies by time (消法 art. 24): return, exchange and repair each have their window. */
function faultWindow(type: AfterSalesRequest['type'], p: Policy): readonly [SigningWindow['rule'], number] | undefined {
  const e = p.eligibility;
  if (type === 'return_refund') return ['ELG-09', e.qualityWindowDays];
  if (type === 'exchange') return ['ELG-17', e.exchangeWindowDays];
  return type === 'repair' ? ['ELG-17', e.repairWindowDays] : undefined;
}

/**
 * Windows run from signing: no-reason returns and exchanges (ELG-06); a fault's return (ELG-09),
 * exchange or repair (ELG-17). A refund-only of signed goods runs on none: it is denied without
 * reason and negotiated for a fault (ELG-18).
 */
function signingWindow(request: AfterSalesRequest, signedAt: number | undefined, p: Policy): SigningWindow | undefined {
  const { type, reason } = request;
  if (signedAt === undefined) return undefined;
  const found =
    reason === 'no_reason'
      ? isReturnType(type)
        ? (['ELG-06', p.eligibility.noReasonWindowDays] as const)
        : undefined
      : QUALITY_WINDOW_REASONS.includes(reason)
        ? faultWindow(type, p)
        : undefined;
  if (found === undefined) return undefined;
  const [rule, days] = found;
  const closesAt = closesAfterSigning(signedAt, days, p.timeZone);
  return { rule, days, closesAt, closesAtIso: formatInstant(closesAt, p.timeZone) };
}

/** Whether the order had shipped by `at` (epoch ms): a shipment stamped later had not happened yet. */
export const shippedBy = (order: Order, at: number): boolean => order.shippedAt !== undefined && parseInstant(order.shippedAt) <= at;

/** The signing instant (epoch ms) when the buyer had signed by `at`, else `undefined`. */
export function signedBy(order: Order, at: number): number | undefined {
  const signed = order.signedAt === undefined ? Number.NaN : parseInstant(order.signedAt);
  return signed <= at ? signed : undefined;
}

export function eligibilityFacts(order: Order, request: AfterSalesRequest, policy: Policy): EligibilityFacts {
  const at = parseInstant(request.requestedAt);
  const paid = order.paidAt !== undefined && parseInstant(order.paidAt) <= at;
  const shipped = shippedBy(order, at);
  const skus = request.skus;
  const signedAt = signedBy(order, at);
  return {
    order,
    request,
    at,
    paid,
    shipped,
    signedAt,
    items: skus === undefined ? order.items : requestedItems(order.items, skus),
    refundableFen: paid ? Math.max(0, paidFen(order) - (order.afterSales?.refundedFen ?? 0)) : 0,
    window: signingWindow(request, signedAt, policy),
  };
}

function requestedItems(items: readonly OrderItem[], skus: readonly string[]): readonly OrderItem[] {
  const asked = skuLookup(skus);
  return items.filter((i) => asked(i.sku));
}

/** Request types in which goods travel back to the merchant. */
export const isReturnType = (type: AfterSalesRequest['type']): boolean =>
  type === 'return_refund' || type === 'exchange';
