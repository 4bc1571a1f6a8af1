// Model-based tests (fc.commands): random sequences of legal and illegal events run against the
// real case and against a small model written from DOMAIN.md independently of the transition
// tables; after every step the two must agree.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { applyEvent } from '../../src/case/apply-event.js';
import { deadlines } from '../../src/case/deadlines.js';
import type { AfterSalesCase, CaseEvent, CaseEventType, CaseStatus, TransitionIssueCode } from '../../src/model/case.js';
import type { Actor } from '../../src/model/vocabulary.js';
import { formatInstant, parseInstant } from '../../src/time/zone.js';
import { opened, order, pdd, request } from './fixtures.js';
import { advanced } from '../results.js';

const H = 3_600_000;
const D = 24 * H; // Asia/Shanghai keeps no daylight saving: a calendar day is 24 h
const ACTORS: readonly Actor[] = ['buyer', 'merchant', 'platform', 'system'];
const EVENT_TYPES: readonly CaseEventType[] = [
  'merchant_agreed', 'merchant_refused', 'buyer_confirmed', 'buyer_declined', 'stock_checked', 'buyer_refused_delivery',
  'buyer_shipped', 'merchant_received', 'merchant_shipped', 'delivered', 'refund_paid', 'intervention_requested',
  'evidence_submitted', 'platform_ruled', 'buyer_withdrew', 'timed_out', 'courier_verified', 'merchant_followed_up',
];

type Flow = 'resend' | 'return_refund';

interface Model {
  flow: Flow;
  status: CaseStatus;
  lastMs: number;
  sinceMs: number;
  confirmation: 'application' | 'refund_offer' | undefined;
  stock: boolean | undefined;
  goodsBack: boolean;
  /** RFT-06: the refund of returned goods fell overdue. */
  refundOverdue: boolean;
  windowClosed: boolean;
  merchantEvidence: number;
  followUp: 'pending' | 'done' | 'missed' | undefined;
  outcome: string | undefined;
  refunds: number;
  events: number;
}
interface Real {
  c: AfterSalesCase;
}

/** PDD's terms: respond 48 h, confirm 48 h, evidence 48 h, ship back 7 d, receipt 10 d, refund after receipt 7 d, escalate 7 d, follow up 3 d. */
function due(m: Model): { ms: number; rule: string } | undefined {
  const at = (ms: number, rule: string) => ({ ms: m.sinceMs + ms, rule });
  switch (m.status) {
    case 'awaiting_merchant': return at(48 * H, 'CSE-01');
    case 'awaiting_buyer_confirmation': return at(48 * H, m.confirmation === 'refund_offer' ? 'RSD-02' : 'RSD-01');
    case 'awaiting_return': return at(7 * D, 'CSE-04');
    case 'return_in_transit': return at(10 * D, 'CSE-04');
    case 'rejected': return at(7 * D, 'CSE-02');
    case 'in_intervention': return m.windowClosed ? undefined : at(48 * H, 'CSE-03');
    case 'refunding': return m.goodsBack && !m.refundOverdue ? at(7 * D, 'RFT-06') : undefined;
    case 'completed':
    case 'closed': return m.followUp === 'pending' ? at(3 * D, 'CSE-07') : undefined;
    default: return undefined;
  }
}

/** What a step does in the model: who may take it, what refuses it, where it leads. */
interface Rule {
  readonly actors: readonly Actor[];
  readonly refuse?: TransitionIssueCode | undefined;
  readonly next: Partial<Model> & { status: CaseStatus };
}
const end = (outcome: string, status: CaseStatus = 'closed') => ({ status, outcome, followUp: 'pending' as const });
const has = (e: CaseEvent, ...keys: string[]) => keys.every((k) => (e as Record<string, unknown>)[k] !== undefined);

function rule(m: Model, e: CaseEvent, ms: number): Rule | TransitionIssueCode {
  const s = m.status;
  const resend = m.flow === 'resend';
  const d = due(m);
  if (e.type === 'timed_out') {
    if (!(d !== undefined && d.rule === e.rule && ms >= d.ms)) {
      // The table knows a timeout in every waiting state; where none is pending it is "not due".
      const waits = ['awaiting_merchant', 'awaiting_buyer_confirmation', 'awaiting_return', 'return_in_transit', 'rejected', 'in_intervention', 'completed', 'closed'];
      if (!resend) waits.push('refunding');
      return waits.includes(s) ? (e.actor === 'system' ? 'timeout_not_due' : 'wrong_actor') : 'event_not_allowed';
    }
    const sys = ['system'] as const;
    switch (s) {
      case 'awaiting_merchant': return { actors: sys, next: { status: resend ? 'awaiting_shipment' : 'awaiting_return' } };
      case 'awaiting_buyer_confirmation':
        return { actors: sys, next: m.confirmation === 'refund_offer' ? { status: 'awaiting_merchant' } : end('withdrawn') };
      case 'awaiting_return': return { actors: sys, next: end('withdrawn') };
      case 'return_in_transit': return { actors: sys, next: { status: 'refunding', goodsBack: true, refunds: m.refunds + 1 } };
      case 'rejected': return { actors: sys, next: end('rejected') };
      case 'in_intervention': return { actors: sys, next: { status: s, windowClosed: true } };
      case 'refunding': return { actors: sys, next: { status: s, refundOverdue: true } };
      default: return { actors: sys, next: { status: s, followUp: 'missed' } };
    }
  }
  const withdraw = { actors: ['buyer'] as const, next: end('withdrawn') };
  switch (`${s}/${e.type}`) {
    case 'awaiting_buyer_confirmation/buyer_confirmed':
      return { actors: ['buyer'], next: m.confirmation === 'refund_offer' ? { status: 'refunding', refunds: m.refunds + 1 } : { status: 'awaiting_merchant' } };
    case 'awaiting_buyer_confirmation/buyer_declined':
      return { actors: ['buyer'], next: m.confirmation === 'refund_offer' ? { status: 'awaiting_merchant' } : end('withdrawn') };
    case 'awaiting_buyer_confirmation/buyer_withdrew':
      return withdraw;
    case 'awaiting_buyer_confirmation/merchant_agreed':
    case 'awaiting_buyer_confirmation/stock_checked':
    case 'awaiting_buyer_confirmation/merchant_shipped':
      return 'buyer_confirmation_required';
    case 'awaiting_merchant/stock_checked':
      if (!resend) return 'event_not_allowed';
      return e.type === 'stock_checked' && e.available
        ? { actors: ['merchant'], next: { status: s, stock: true } }
        : { actors: ['merchant'], next: { status: 'awaiting_buyer_confirmation', stock: false, confirmation: 'refund_offer' } };
    case 'awaiting_merchant/merchant_agreed':
      return resend
        ? { actors: ['merchant'], refuse: m.stock === undefined ? 'stock_not_confirmed' : m.stock ? undefined : 'out_of_stock', next: { status: 'awaiting_shipment' } }
        : { actors: ['merchant'], refuse: has(e, 'returnAddress') ? undefined : 'return_address_required', next: { status: 'awaiting_return' } };
    case 'awaiting_merchant/merchant_refused':
      return { actors: ['merchant'], next: { status: 'rejected' } };
    case 'awaiting_merchant/buyer_withdrew':
    case 'awaiting_return/buyer_withdrew':
    case 'rejected/buyer_withdrew':
    case 'in_intervention/buyer_withdrew':
      return s === 'awaiting_return' && resend ? 'event_not_allowed' : withdraw;
    case 'awaiting_return/buyer_shipped':
      return { actors: ['buyer'], refuse: has(e, 'carrier', 'trackingNumber') ? undefined : 'tracking_number_required', next: { status: 'return_in_transit' } };
    case 'return_in_transit/merchant_received':
      return e.type === 'merchant_received' && e.intact === false
        ? { actors: ['merchant'], next: { status: 'rejected', goodsBack: true } }
        : { actors: ['merchant'], next: { status: 'refunding', goodsBack: true, refunds: m.refunds + 1 } };
    case 'awaiting_shipment/merchant_shipped':
      return { actors: ['merchant'], refuse: has(e, 'carrier', 'trackingNumber') ? undefined : 'tracking_number_required', next: { status: 'in_transit_to_buyer' } };
    case 'in_transit_to_buyer/delivered':
      return { actors: ['buyer', 'platform', 'system'], next: end('resent', 'completed') };
    case 'refunding/refund_paid':
      return { actors: ['merchant', 'platform', 'system'], next: end('refunded', 'completed') };
    case 'rejected/intervention_requested':
      return { actors: ['buyer'], next: { status: 'in_intervention', windowClosed: false, merchantEvidence: 0 } };
    case 'in_intervention/evidence_submitted': {
      if (e.type !== 'evidence_submitted') return 'event_not_allowed';
      const late = e.by === 'merchant' && (m.windowClosed || (d !== undefined && ms > d.ms));
      return {
        actors: ['buyer', 'merchant'],
        refuse: e.by !== e.actor ? 'wrong_actor' : late ? 'evidence_window_closed' : undefined,
        next: { status: s, merchantEvidence: m.merchantEvidence + (e.by === 'merchant' ? 1 : 0) },
      };
    }
    case 'in_intervention/platform_ruled': {
      if (e.type !== 'platform_ruled') return 'event_not_allowed';
      const refuse = m.merchantEvidence > 0 ? undefined : !m.windowClosed ? 'evidence_window_open' : e.for === 'merchant' ? 'ruling_must_follow_buyer_evidence' : undefined;
      const forBuyer: Partial<Model> & { status: CaseStatus } =
        resend || m.goodsBack ? { status: 'refunding', refunds: m.refunds + 1 } : { status: 'awaiting_return' };
      return { actors: ['platform'], refuse, next: e.for === 'buyer' ? forBuyer : end('rejected') };
    }
    case 'completed/merchant_followed_up':
    case 'closed/merchant_followed_up':
      return { actors: ['merchant'], refuse: m.followUp === 'done' ? 'follow_up_already_recorded' : undefined, next: { status: s, followUp: 'done' } };
    default:
      return 'event_not_allowed';
  }
}

/** The model's answer to an event: a refusal code, or the next model. */
function predict(m: Model, e: CaseEvent): { ok: false; code: TransitionIssueCode } | { ok: true; next: Model } {
  const ms = parseInstant(e.at);
  if (ms < m.lastMs) return { ok: false, code: 'event_before_last' };
  const r = rule(m, e, ms);
  if (typeof r === 'string') return { ok: false, code: r };
  if (!r.actors.includes(e.actor)) return { ok: false, code: 'wrong_actor' };
  if (r.refuse !== undefined) return { ok: false, code: r.refuse };
  const d = due(m);
  if (e.type !== 'timed_out' && d !== undefined && ms > d.ms) return { ok: false, code: 'deadline_passed' };
  const moved = r.next.status !== m.status;
  const next: Model = { ...m, ...r.next, lastMs: ms, sinceMs: moved ? ms : m.sinceMs, events: m.events + 1 };
  return { ok: true, next };
}

function agree(m: Model, c: AfterSalesCase): void {
  expect(c.status).toBe(m.status);
  expect(c.outcome).toBe(m.outcome);
  expect(c.history).toHaveLength(m.events);
  expect(c.clock).toEqual({ lastEventMs: m.lastMs, statusSinceMs: m.sinceMs });
  expect(c.effects.filter((x) => x.type === 'pay_refund')).toHaveLength(m.refunds);
  if (m.status === 'awaiting_buyer_confirmation') expect(c.confirmation).toBe(m.confirmation);
  const d = due(m);
  expect(deadlines(c, pdd).map((x) => [parseInstant(x.dueAt), x.rule])).toEqual(d === undefined ? [] : [[d.ms, d.rule]]);
}

const at = (ms: number): string => formatInstant(ms, 'Asia/Shanghai');

interface Choice {
  readonly legal: boolean;
  /** Keep a legal step inside the pending deadline. */
  readonly inTime: boolean;
  readonly wrongActor: boolean;
  readonly backdate: boolean;
  readonly pick: number;
  readonly gap: number;
  readonly a: boolean;
  readonly b: boolean;
}

function build(m: Model, ch: Choice): CaseEvent {
  const d = due(m);
  // In time: capped at the deadline. Otherwise a legal step lands a millisecond either side of it.
  const later = d === undefined ? m.lastMs + ch.gap : ch.inTime ? Math.min(m.lastMs + ch.gap, d.ms) : Math.max(m.lastMs, d.ms - 1 + (ch.pick % 3));
  const ms = ch.backdate ? m.lastMs - 1 - (ch.gap % H) : later;
  const candidates = ch.legal ? EVENT_TYPES.filter((t) => t !== 'timed_out' && typeof rule(m, { type: t, at: at(ms), actor: 'buyer' } as CaseEvent, ms) !== 'string') : [];
  const type = candidates.length > 0 ? (candidates[ch.pick % candidates.length] as CaseEventType) : (EVENT_TYPES[ch.pick % EVENT_TYPES.length] as CaseEventType);
  const probe = rule(m, { type, at: at(ms), actor: 'buyer', by: 'buyer', for: 'buyer', available: ch.a, items: [{ kind: 'photo' }], rule: 'CSE-01', finding: 'lost' } as CaseEvent, ms);
  const allowed = typeof probe === 'string' ? ACTORS : probe.actors;
  const pool = ch.wrongActor ? ACTORS.filter((x) => !allowed.includes(x)) : allowed;
  const actor = (pool.length > 0 ? pool : ACTORS)[ch.pick % (pool.length > 0 ? pool.length : ACTORS.length)] as Actor;
  const base = { at: at(ms), actor };
  switch (type) {
    case 'merchant_agreed': return ch.b ? { type, ...base, returnAddress: '1 Return Rd' } : { type, ...base };
    case 'stock_checked': return { type, ...base, available: ch.a };
    case 'buyer_shipped':
    case 'merchant_shipped': return ch.b ? { type, ...base, carrier: 'SF', trackingNumber: `SF${ch.pick}` } : { type, ...base, carrier: 'SF' };
    case 'merchant_received': return { type, ...base, intact: ch.a || ch.b };
    case 'evidence_submitted': return { type, ...base, by: ch.a ? actor === 'buyer' ? 'buyer' : 'merchant' : 'merchant', items: [{ kind: 'logistics_seal' }] };
    case 'platform_ruled': return { type, ...base, for: ch.a ? 'buyer' : 'merchant' };
    case 'timed_out': return { type, ...base, rule: ch.a ? 'CSE-01' : 'CSE-03' };
    case 'courier_verified': return { type, ...base, finding: 'lost' };
    default: return { type, ...base };
  }
}

class Step implements fc.Command<Model, Real> {
  constructor(readonly choice: Choice) {}
  check = (): boolean => true;
  run(m: Model, r: Real): void {
    const e = build(m, this.choice);
    const expected = predict(m, e);
    const got = applyEvent(r.c, e, pdd);
    expect({ ok: got.ok, code: got.ok ? undefined : got.error.issues[0]?.code, event: e }).toEqual({ ok: expected.ok, code: expected.ok ? undefined : expected.code, event: e });
    if (got.ok && expected.ok) {
      r.c = got.value.case;
      Object.assign(m, expected.next);
    }
    agree(m, r.c);
  }
  toString = (): string => `Step(${JSON.stringify(this.choice)})`;
}

class Wait implements fc.Command<Model, Real> {
  constructor(readonly hours: number) {}
  check = (): boolean => true;
  run(m: Model, r: Real): void {
    const t = m.lastMs + this.hours * H;
    r.c = advanced(r.c, at(t), pdd);
    for (let d = due(m); d !== undefined && d.ms <= t; d = due(m)) {
      const fired = predict(m, { type: 'timed_out', at: at(d.ms), actor: 'system', rule: d.rule as 'CSE-01' });
      if (!fired.ok) throw new Error(`model refused its own timeout: ${fired.code}`);
      Object.assign(m, fired.next);
    }
    agree(m, r.c);
  }
  toString = (): string => `Wait(${this.hours} h)`;
}

const arbGap = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 60 }).map((h) => h * H), fc.integer({ min: 0, max: 12 * D }));
const arbStep = fc
  .tuple(fc.integer({ min: 0, max: 9 }), fc.nat(), arbGap, fc.boolean(), fc.boolean())
  .map(([k, pick, gap, a, b]) => new Step({ legal: k < 7, inTime: k < 6, wrongActor: k === 7, backdate: k === 8, pick, gap, a, b }));
const arbWait = fc.integer({ min: 1, max: 15 * 24 }).map((h) => new Wait(h));
const commands = fc.commands([arbStep, arbStep, arbStep, arbWait], { maxCommands: 40 });

function setup(flow: Flow, initiatedBy: 'buyer' | 'merchant'): () => { model: Model; real: Real } {
  return () => {
    const c =
      flow === 'resend'
        ? opened(order(), request({ type: 'resend', reason: 'missing_item', initiatedBy, evidence: [] }))
        : opened(order(), request({ initiatedBy }));
    const t = c.clock.lastEventMs;
    const model: Model = {
      flow,
      status: c.status,
      lastMs: t,
      sinceMs: t,
      confirmation: initiatedBy === 'merchant' ? 'application' : undefined,
      stock: undefined,
      goodsBack: false,
      refundOverdue: false,
      windowClosed: false,
      merchantEvidence: 0,
      followUp: undefined,
      outcome: undefined,
      refunds: 0,
      events: 0,
    };
    return { model, real: { c } };
  };
}

describe('model-based: the case agrees with a small model after every step', () => {
  test.prop([fc.constantFrom('buyer' as const, 'merchant' as const), commands], { numRuns: 200 })(
    'RSD-01…05: resend, buyer- or merchant-initiated',
    (initiatedBy, cmds) => fc.modelRun(setup('resend', initiatedBy), cmds),
  );

  test.prop([fc.constantFrom('buyer' as const, 'merchant' as const), commands], { numRuns: 200 })(
    'CSE-01…04: return and refund, through disputes and timeouts',
    (initiatedBy, cmds) => fc.modelRun(setup('return_refund', initiatedBy), cmds),
  );
});
