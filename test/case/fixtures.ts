// Factories for case tests: small functions with overrides, never copied JSON blobs.
import { expect } from 'vitest';
import { applyEvent } from '../../src/case/apply-event.js';
import { openCase } from '../../src/case/open-case.js';
import type { AfterSalesCase, CaseEvent, TransitionIssue } from '../../src/model/case.js';
import type { Order } from '../../src/model/order.js';
import type { Policy } from '../../src/model/policy.js';
import type { AfterSalesRequest } from '../../src/model/request.js';
import { policies } from '../../src/policies/index.js';
import { formatInstant, HOUR_MS, parseInstant } from '../../src/time/zone.js';

export const pdd = policies.pinduoduo;
export const taobao = policies.taobao;

export const PAID = '2025-03-01T10:00:00+08:00';
export const SHIPPED = '2025-03-01T18:00:00+08:00';
export const SIGNED = '2025-03-03T11:20:00+08:00';
/** The buyer applies the morning after signing. */
export const APPLIED = '2025-03-04T10:00:00+08:00';

/** `iso` plus `hours` (and `ms`), written in Shanghai time. */
export const plus = (iso: string, hours: number, ms = 0): string =>
  formatInstant(parseInstant(iso) + hours * HOUR_MS + ms, 'Asia/Shanghai');

/** A signed-for order of two phone cases, paid with WeChat Pay; `stage` cuts it short. */
export function order(stage: 'paid' | 'shipped' | 'signed' = 'signed', overrides: Partial<Order> = {}): Order {
  return {
    id: 'PDD-250301-1',
    paidAt: PAID,
    payments: [{ method: 'wechat_pay', amountFen: 3980 }],
    ...(stage === 'paid' ? {} : { shippedAt: SHIPPED }),
    ...(stage === 'signed' ? { signedAt: SIGNED } : {}),
    items: [{ sku: 'case-1', priceFen: 1990, quantity: 2, goodsClass: 'standard' }],
    ...overrides,
  };
}

export function request(overrides: Partial<AfterSalesRequest> = {}): AfterSalesRequest {
  return { type: 'return_refund', reason: 'quality', requestedAt: APPLIED, evidence: [{ kind: 'photo' }], ...overrides };
}

/** Opens a case that must open. */
export function opened(o: Order, r: AfterSalesRequest, policy: Policy = pdd): AfterSalesCase {
  const c = openCase(o, r, policy);
  if (!c.ok) throw new Error(`case did not open: ${JSON.stringify(c.error)}`);
  return c.value;
}

/** Applies events that must all be accepted. */
export function walk(c: AfterSalesCase, events: readonly CaseEvent[], policy: Policy = pdd): AfterSalesCase {
  let current = c;
  events.forEach((e, i) => {
    const r = applyEvent(current, e, policy);
    if (!r.ok) throw new Error(`event ${i} (${e.type}) refused: ${r.error.issues[0]?.code} ${r.error.issues[0]?.message}`);
    current = r.value.case;
  });
  return current;
}

/** Applies an event that must be refused, checks it changed nothing, and returns the issue. */
export function refused(c: AfterSalesCase, e: CaseEvent, policy: Policy = pdd): TransitionIssue {
  const before = JSON.stringify(c);
  const r = applyEvent(c, e, policy);
  if (r.ok) throw new Error(`event ${e.type} was accepted; status now ${r.value.case.status}`);
  expect(JSON.stringify(c)).toBe(before);
  expect(r.error).toMatchObject({ code: 'transition_refused', issues: [{}] });
  return r.error.issues[0] as TransitionIssue;
}

/** Event factories: the instant first, the fields the rule looks at after. */
export const ev = {
  agreed: (at: string, returnAddress?: string): CaseEvent =>
    returnAddress === undefined ? { type: 'merchant_agreed', at, actor: 'merchant' } : { type: 'merchant_agreed', at, actor: 'merchant', returnAddress },
  refusedByMerchant: (at: string): CaseEvent => ({ type: 'merchant_refused', at, actor: 'merchant' }),
  confirmed: (at: string): CaseEvent => ({ type: 'buyer_confirmed', at, actor: 'buyer' }),
  declined: (at: string): CaseEvent => ({ type: 'buyer_declined', at, actor: 'buyer' }),
  stock: (at: string, available: boolean): CaseEvent => ({ type: 'stock_checked', at, actor: 'merchant', available }),
  refusedDelivery: (at: string): CaseEvent => ({ type: 'buyer_refused_delivery', at, actor: 'buyer' }),
  buyerShipped: (at: string, trackingNumber?: string): CaseEvent =>
    trackingNumber === undefined ? { type: 'buyer_shipped', at, actor: 'buyer', carrier: 'YTO' } : { type: 'buyer_shipped', at, actor: 'buyer', carrier: 'YTO', trackingNumber },
  received: (at: string, intact?: boolean): CaseEvent =>
    intact === undefined ? { type: 'merchant_received', at, actor: 'merchant' } : { type: 'merchant_received', at, actor: 'merchant', intact },
  merchantShipped: (at: string, trackingNumber?: string): CaseEvent =>
    trackingNumber === undefined ? { type: 'merchant_shipped', at, actor: 'merchant', carrier: 'SF' } : { type: 'merchant_shipped', at, actor: 'merchant', carrier: 'SF', trackingNumber },
  delivered: (at: string): CaseEvent => ({ type: 'delivered', at, actor: 'system' }),
  refundPaid: (at: string): CaseEvent => ({ type: 'refund_paid', at, actor: 'system' }),
  escalated: (at: string): CaseEvent => ({ type: 'intervention_requested', at, actor: 'buyer' }),
  evidence: (at: string, by: 'buyer' | 'merchant', kind: 'photo' | 'courier_receipt' | 'logistics_seal' | 'appraisal' = by === 'buyer' ? 'photo' : 'courier_receipt', confirmsCounterfeit?: boolean): CaseEvent => ({
    type: 'evidence_submitted',
    at,
    actor: by,
    by,
    items: [confirmsCounterfeit === undefined ? { kind } : { kind, confirmsCounterfeit }],
  }),
  ruled: (at: string, forParty: 'buyer' | 'merchant'): CaseEvent => ({ type: 'platform_ruled', at, actor: 'platform', for: forParty }),
  withdrew: (at: string): CaseEvent => ({ type: 'buyer_withdrew', at, actor: 'buyer' }),
  courier: (at: string, finding: 'delivered' | 'lost' | 'damaged'): CaseEvent => ({ type: 'courier_verified', at, actor: 'merchant', finding }),
  followedUp: (at: string): CaseEvent => ({ type: 'merchant_followed_up', at, actor: 'merchant' }),
};

/** Every case the events lead through, refused events skipped (one applyEvent at a time). */
export function trail(start: AfterSalesCase, events: readonly CaseEvent[], policy: Policy): AfterSalesCase[] {
  const cases = [start];
  let c = start;
  for (const e of events) {
    const r = applyEvent(c, e, policy);
    if (r.ok) cases.push((c = r.value.case));
  }
  return cases;
}
