import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTORS,
  CASE_EVENT_TYPES,
  COURIER_FINDINGS,
  EVIDENCE_KINDS,
  GOODS_CLASSES,
  INSURANCE_HOLDERS,
  HISTORY_OUTCOMES,
  PAYMENT_METHODS,
  policies,
  REQUEST_REASONS,
  REQUEST_TYPES,
  type Order,
} from '../../src/index.js';
import { applyEvent } from '../../src/case/apply-event.js';
import { parseCaseEvents } from '../../src/model/case.js';
import { arbEvents, arbInstantMs, arbOrder, arbOrderAndRequest, arbPolicy, arbRequest } from '../../src/testing/index.js';
import { openedReturn } from './fixtures.js';
import { arbDelay, arbWritten, FIRST_MS, LAST_MS, WRITING_ZONES } from '../../src/testing/instants.js';
import { arbPaymentsFor } from '../../src/testing/money.js';

/*
 * A property is only as strong as the values it is tried on: these tests pin what the arbitraries
 * of `aftersales/testing` reach (every stage, every vocabulary value, both ends of each range), and
 * what each constraint forces, on a fixed seed so a narrowed generator fails here, not silently.
 * Each test draws its own sample: mutation testing credits a mutant only to the tests that ran its
 * code, so a sample drawn once per `describe` would leave the generators' mutants untested.
 */

const sample = <T>(arb: fc.Arbitrary<T>, numRuns = 600): T[] => fc.sample(arb, { numRuns, seed: 20261122 });
const values = <T, K>(xs: readonly T[], f: (x: T) => K): Set<K> => new Set(xs.map(f));
const stageOf = (o: Order): number => (o.signedAt ? 3 : o.shippedAt ? 2 : o.paidAt ? 1 : 0);
const sum = (ns: readonly number[]): number => ns.reduce((a, n) => a + n, 0);

describe('arbOrder reaches the whole order space', () => {
  const draw = (): Order[] => sample(arbOrder());

  it('every stage from unpaid to signed, every group-buy status and none', () => {
    const orders = draw();
    expect(values(orders, stageOf)).toEqual(new Set([0, 1, 2, 3]));
    expect(values(orders, (o) => o.groupBuy?.status)).toEqual(new Set([undefined, 'pending', 'succeeded', 'failed']));
    for (const o of orders.filter((o) => o.groupBuy?.status === 'failed')) expect(o.groupBuy?.failedAt).toBeDefined();
    for (const o of orders.filter((o) => o.groupBuy !== undefined && o.groupBuy.status !== 'failed')) expect(o.groupBuy?.failedAt).toBeUndefined();
    // A group that did not form never ships; a failed one fails a day after payment.
    const unformed = orders.filter((o) => o.groupBuy?.status === 'pending' || o.groupBuy?.status === 'failed');
    expect(values(unformed, stageOf)).toEqual(new Set([0, 1]));
    for (const o of unformed.filter((o) => o.groupBuy?.status === 'failed' && o.paidAt !== undefined)) {
      expect(Date.parse(o.groupBuy!.failedAt!) - Date.parse(o.paidAt!)).toBe(86_400_000);
    }
  });

  it('one to four items numbered sku-1…, quantities 1–3, every goods class, both exclusion answers', () => {
    const orders = draw();
    expect(values(orders, (o) => o.items.length)).toEqual(new Set([1, 2, 3, 4]));
    for (const o of orders) expect(o.items.map((i) => i.sku)).toEqual(o.items.map((_, i) => `sku-${i + 1}`));
    const items = orders.flatMap((o) => o.items);
    expect(values(items, (i) => i.quantity)).toEqual(new Set([1, 2, 3]));
    expect(values(items, (i) => i.goodsClass)).toEqual(new Set(GOODS_CLASSES));
    expect(values(items, (i) => i.exclusionConfirmed)).toEqual(new Set([true, false]));
    expect(Math.min(...items.map((i) => i.priceFen))).toBeGreaterThanOrEqual(1);
    expect(Math.max(...items.map((i) => i.priceFen))).toBeLessThanOrEqual(200_000);
  });

  it('paid orders pay exactly items + shipping − discount, by one to three distinct methods; unpaid ones pay nothing', () => {
    const orders = draw();
    for (const o of orders) {
      const itemsFen = sum(o.items.map((i) => i.priceFen * i.quantity));
      if (o.paidAt === undefined) expect(o.payments).toEqual([]);
      else expect(sum(o.payments.map((p) => p.amountFen))).toBe(itemsFen + (o.shippingFen ?? 0) - (o.discountFen ?? 0));
      expect(o.discountFen ?? 0).toBeLessThanOrEqual(itemsFen / 2);
    }
    const paid = orders.filter((o) => o.paidAt !== undefined);
    expect(values(paid, (o) => o.payments.length)).toEqual(new Set([1, 2, 3]));
    expect(values(paid.flatMap((o) => o.payments), (p) => p.method)).toEqual(new Set(PAYMENT_METHODS));
    expect(values(orders, (o) => (o.shippingFen ?? 0) > 0)).toEqual(new Set([true, false]));
    expect(Math.min(...orders.map((o) => o.shippingFen ?? 0))).toBe(0);
    expect(Math.max(...orders.map((o) => o.shippingFen ?? 0))).toBeLessThanOrEqual(2_000);
    expect(values(orders, (o) => (o.discountFen ?? 0) > 0)).toEqual(new Set([true, false]));
  });

  it('after-sales facts on paid orders only: refunds from none to all, a closed entry now and then, up to four past cases', () => {
    const orders = draw();
    for (const o of orders) expect(o.afterSales === undefined).toBe(o.paidAt === undefined);
    const paid = orders.filter((o) => o.afterSales !== undefined);
    const refunded = paid.map((o) => o.afterSales!.refundedFen / sum(o.payments.map((p) => p.amountFen)));
    expect(Math.min(...refunded)).toBe(0);
    expect(refunded.some((r) => r > 0.9)).toBe(true);
    expect(refunded.every((r) => r <= 1)).toBe(true);
    expect(values(paid, (o) => o.afterSales!.entryClosed)).toEqual(new Set([true, false]));
    // About one in ten: rare, so the other rules still get exercised, but not vanishing.
    const closed = paid.filter((o) => o.afterSales!.entryClosed).length;
    expect(closed).toBeLessThan(paid.length / 4);
    expect(closed).toBeGreaterThan(paid.length / 20);
    expect(values(paid, (o) => o.afterSales!.history!.length)).toEqual(new Set([0, 1, 2, 3, 4]));
    const history = paid.flatMap((o) => o.afterSales!.history!);
    let namesLast = 0;
    expect(values(history, (h) => h.type)).toEqual(new Set(REQUEST_TYPES));
    expect(values(history, (h) => h.reason)).toEqual(new Set(REQUEST_REASONS));
    expect(values(history, (h) => h.outcome)).toEqual(new Set(HISTORY_OUTCOMES));
    expect(values(history, (h) => h.sku === undefined)).toEqual(new Set([true, false]));
    for (const o of paid) {
      for (const h of o.afterSales!.history!) {
        if (h.sku !== undefined) expect(o.items.map((i) => i.sku)).toContain(h.sku);
        if (h.sku === `sku-${o.items.length}`) namesLast++;
        expect(Date.parse(h.openedAt)).toBeGreaterThanOrEqual(Date.parse(o.paidAt!));
        expect(Date.parse(h.openedAt) - Date.parse(o.paidAt!)).toBeLessThanOrEqual(20 * 86_400_000);
      }
    }
    // Past cases name any of the order's SKUs, the last one included.
    expect(namesLast).toBeGreaterThan(0);
  });

  it('instants in order, inside the supported years, written in every zone; insurance holders and the subsidy both ways', () => {
    const orders = draw();
    for (const o of orders) {
      const [paid, shipped, signed] = [o.paidAt, o.shippedAt, o.signedAt].map((s) => (s === undefined ? undefined : Date.parse(s)));
      if (paid !== undefined) expect(paid).toBeGreaterThanOrEqual(Date.parse('2010-01-02T00:00:00+08:00'));
      if (shipped !== undefined) expect(shipped - paid!).toBeLessThanOrEqual(5 * 86_400_000);
      if (signed !== undefined) expect(signed - shipped!).toBeLessThanOrEqual(5 * 86_400_000);
      if (signed !== undefined) expect(signed).toBeLessThan(Date.parse('2099-10-31T00:00:00+08:00'));
    }
    const offsets = values(orders.flatMap((o) => [o.paidAt, o.shippedAt].filter((s) => s !== undefined)), (s) => /[+-]\d\d:\d\d$/.exec(s!)?.[0]);
    expect(offsets).toEqual(new Set(['+08:00', '+00:00', '-05:00', '-04:00', '+05:30']));
    expect(values(orders, (o) => o.freightInsurance?.holder)).toEqual(new Set([undefined, ...INSURANCE_HOLDERS]));
    expect(values(orders, (o) => o.returnFreightSubsidy)).toEqual(new Set([true, false]));
    expect(values(orders, (o) => o.id).size).toBeGreaterThan(orders.length / 2);
  });
});

describe('arbOrder constraints', () => {
  it.each([
    [{ paid: true }, [1, 2, 3]],
    [{ paid: false }, [0]],
    [{ shipped: true }, [2, 3]],
    [{ shipped: false }, [0, 1]],
    [{ signed: true }, [3]],
    [{ signed: false }, [0, 1, 2]],
    [{ paid: true, signed: false }, [1, 2]],
  ] as const)('%j pins the stages to %j', (constraints, stages) => {
    expect(values(sample(arbOrder(constraints), 300), stageOf)).toEqual(new Set(stages));
  });

  it('a shipped order never has a group that failed or is pending; a pending or failed group never ships', () => {
    expect(values(sample(arbOrder({ shipped: true }), 300), (o) => o.groupBuy?.status)).toEqual(new Set([undefined, 'succeeded']));
    for (const status of ['pending', 'failed'] as const) {
      const orders = sample(arbOrder({ groupBuy: status }), 200);
      expect(values(orders, (o) => o.groupBuy?.status)).toEqual(new Set([status]));
      expect(values(orders, stageOf)).toEqual(new Set([0, 1]));
    }
    expect(values(sample(arbOrder({ groupBuy: 'succeeded' }), 200), stageOf)).toEqual(new Set([0, 1, 2, 3]));
    expect(values(sample(arbOrder({ groupBuy: false }), 200), (o) => o.groupBuy)).toEqual(new Set([undefined]));
  });

  it('history: true always has past cases, false never', () => {
    for (const o of sample(arbOrder({ paid: true, history: true }), 200)) expect(o.afterSales!.history!.length).toBeGreaterThan(0);
    for (const o of sample(arbOrder({ paid: true, history: false }), 200)) expect(o.afterSales!.history).toEqual([]);
  });

  it.each([
    [{ signed: true, shipped: false }],
    [{ paid: false, shipped: true }],
    [{ groupBuy: 'pending', shipped: true }],
    [{ groupBuy: 'failed', signed: true }],
  ] as const)('contradictory %j is a programmer error', (constraints) => {
    expect(() => arbOrder(constraints)).toThrow(new RangeError(`arbOrder: contradictory constraints ${JSON.stringify(constraints)}`));
  });
});

describe('arbRequest reaches the whole request space', () => {
  const draw = () => sample(arbOrderAndRequest());

  it('every type, reason, evidence kind and initiator; SKUs and amounts present and absent', () => {
    const pairs = draw();
    const requests = pairs.map((p) => p.request);
    expect(values(requests, (r) => r.type)).toEqual(new Set(REQUEST_TYPES));
    expect(values(requests, (r) => r.reason)).toEqual(new Set(REQUEST_REASONS));
    expect(values(requests, (r) => r.initiatedBy)).toEqual(new Set([undefined, 'buyer', 'merchant']));
    expect(values(requests.flatMap((r) => r.evidence ?? []), (e) => e.kind)).toEqual(new Set(EVIDENCE_KINDS));
    expect(values(requests, (r) => r.evidence?.length)).toEqual(new Set([undefined, 0, 1, 2, 3]));
    expect(values(requests, (r) => r.skus === undefined)).toEqual(new Set([true, false]));
    expect(values(requests, (r) => r.amountFen === undefined)).toEqual(new Set([true, false]));
  });

  it('comes after the order’s latest instant, within twelve days by default, names only its SKUs, asks around what was paid', () => {
    const pairs = draw();
    let over = 0;
    for (const { order, request } of pairs) {
      const latest = Math.max(FIRST_MS, ...[order.paidAt, order.shippedAt, order.signedAt].filter((s) => s !== undefined).map((s) => Date.parse(s!)));
      const gap = Date.parse(request.requestedAt) - latest;
      expect(gap).toBeGreaterThanOrEqual(0);
      expect(gap).toBeLessThanOrEqual(12 * 86_400_000);
      for (const sku of request.skus ?? []) expect(order.items.map((i) => i.sku)).toContain(sku);
      expect(new Set(request.skus).size).toBe(request.skus?.length ?? 0);
      const paid = sum(order.payments.map((p) => p.amountFen));
      if (request.amountFen !== undefined) {
        expect(request.amountFen).toBeLessThanOrEqual(paid + 1_000);
        if (request.amountFen > paid) over++;
      }
    }
    expect(over).toBeGreaterThan(0);
  });

  it('honours type, reason and withinDays; without an order it draws inside the years asked and names sku-1 or sku-2', () => {
    const pinned = sample(arbRequest({ type: 'exchange', reason: 'wrong_item', withinDays: 1 }), 200);
    expect(values(pinned, (r) => `${r.type}/${r.reason}`)).toEqual(new Set(['exchange/wrong_item']));
    const free = sample(arbRequest({ years: [2024, 2026] }), 300);
    for (const r of free) {
      expect(Date.parse(r.requestedAt)).toBeGreaterThanOrEqual(FIRST_MS);
      expect(Date.parse(r.requestedAt)).toBeLessThanOrEqual(LAST_MS + 12 * 86_400_000);
      for (const sku of r.skus ?? []) expect(['sku-1', 'sku-2']).toContain(sku);
      expect(r.amountFen ?? 0).toBeLessThanOrEqual(101_000);
    }
    const order = sample(arbOrder({ signed: true }), 1)[0]!;
    const latest = Date.parse(order.signedAt!);
    for (const r of sample(arbRequest({ order, withinDays: 1 }), 200)) {
      expect(Date.parse(r.requestedAt) - latest).toBeLessThanOrEqual(86_400_000);
    }
  });
});

describe('arbPolicy redraws the parameters within the law', () => {
  const draw = () => sample(arbPolicy(), 400);

  it('both bases, windows 7–30 days, counterfeit 3–10× and ¥500–¥2000, refund within 1–7 days, limits on and off', () => {
    const generated = draw();
    expect(values(generated, (p) => p.id)).toEqual(new Set([policies.pinduoduo.id, policies.taobao.id]));
    for (const p of generated) {
      const base = p.id === policies.taobao.id ? policies.taobao : policies.pinduoduo;
      expect(p.version).toBe(`${base.version}+generated`);
      expect(p.freight).toEqual(base.freight);
      expect(p.eligibility.excludedGoods).toEqual(base.eligibility.excludedGoods);
    }
    const range = (f: (p: (typeof generated)[number]) => number): [number, number] => {
      const xs = generated.map(f);
      return [Math.min(...xs), Math.max(...xs)];
    };
    expect(range((p) => p.eligibility.noReasonWindowDays)).toEqual([7, 30]);
    expect(range((p) => p.eligibility.qualityWindowDays)).toEqual([7, 30]);
    expect(range((p) => p.refund.refundAfterReceiptDays)).toEqual([1, 7]);
    expect(range((p) => p.penalties.counterfeit.multiple)).toEqual([3, 10]);
    const minimum = range((p) => p.penalties.counterfeit.minimumFen);
    expect(minimum[0]).toBeGreaterThanOrEqual(50_000);
    expect(minimum[1]).toBeLessThanOrEqual(200_000);
    expect(range((p) => p.case.merchantResponseHours)).toEqual([24, 96]);
    expect(range((p) => p.case.evidenceHours)).toEqual([24, 72]);
    expect(values(generated, (p) => p.eligibility.maxCasesPerOrder === null)).toEqual(new Set([true, false]));
    const limits = generated.flatMap((p) => (p.eligibility.maxCasesPerOrder === null ? [] : [p.eligibility.maxCasesPerOrder]));
    expect([Math.min(...limits), Math.max(...limits)]).toEqual([1, 5]);
    expect(values(generated, (p) => p.eligibility.repeatedApplications === null)).toEqual(new Set([true, false]));
    const repeated = generated.flatMap((p) => (p.eligibility.repeatedApplications ? [p.eligibility.repeatedApplications] : []));
    expect(Math.min(...repeated.map((r) => r.count))).toBe(2);
    expect(Math.max(...repeated.map((r) => r.count))).toBe(5);
    expect([Math.min(...repeated.map((r) => r.periodDays)), Math.max(...repeated.map((r) => r.periodDays))]).toEqual([1, 60]);
  });
});

describe('the instant and money helpers', () => {
  it('arbWritten writes the same instant in every writing zone', () => {
    const t = Date.parse('2025-03-01T00:00:00Z');
    const written = sample(arbWritten(t), 200);
    for (const s of written) expect(Date.parse(s)).toBe(t);
    expect(written.length).toBeGreaterThan(0);
    expect(values(written, (s) => /[+-]\d\d:\d\d$/.exec(s)?.[0]).size).toBe(WRITING_ZONES.length);
  });

  it('arbDelay stays within its days and lands on whole hours and just before midnight', () => {
    const delays = sample(arbDelay(3), 600);
    expect(Math.min(...delays)).toBe(0);
    expect(Math.max(...delays)).toBeLessThanOrEqual(3 * 86_400_000);
    expect(values(delays.filter((d) => d % 3_600_000 === 0 && d % 86_400_000 !== 0), (d) => d).size).toBeGreaterThan(3);
    for (const d of [1, 2]) expect(delays).toContain(d * 86_400_000 - 1);
    expect(delays.some((d) => d % 1_000 !== 0)).toBe(true);
  });

  it('arbPaymentsFor splits a total exactly over one to three distinct methods, each part positive for a large total', () => {
    for (const total of [0, 1, 1990, 1_000_000]) {
      for (const ps of sample(arbPaymentsFor(total), 100)) {
        expect(sum(ps.map((p) => p.amountFen))).toBe(total);
        expect(new Set(ps.map((p) => p.method)).size).toBe(ps.length);
        expect(ps.length).toBeGreaterThanOrEqual(1);
        expect(ps.length).toBeLessThanOrEqual(3);
        if (total === 1_000_000) for (const p of ps) expect(p.amountFen).toBeGreaterThan(0);
      }
    }
    // The parts follow random weights, so the first method does not take nearly everything.
    const splits = sample(arbPaymentsFor(1_000_000), 200).filter((ps) => ps.length > 1);
    const shared = splits.filter((ps) => ps.slice(1).some((p) => p.amountFen >= 100_000));
    expect(shared.length).toBeGreaterThan(splits.length / 2);
  });
});

describe('arbEvents walks the case table, legal and not', () => {
  it('at most maxLength events (12 by default), of most types and every actor, with back-dated ones among them', () => {
    const start = openedReturn();
    const runs = sample(arbEvents(start), 300);
    const longest = Math.max(...runs.map((r) => r.length));
    expect(longest).toBeLessThanOrEqual(12);
    expect(longest).toBeGreaterThanOrEqual(8);
    expect(Math.max(...sample(arbEvents(start, { maxLength: 3 }), 100).map((r) => r.length))).toBe(3);
    const events = runs.flat();
    expect(values(events, (e) => e.actor)).toEqual(new Set(ACTORS));
    expect(values(events, (e) => e.type).size).toBeGreaterThan(CASE_EVENT_TYPES.length / 2);
    expect(runs.some((r) => r.some((e, i) => i > 0 && Date.parse(e.at) < Date.parse(r[i - 1]!.at)))).toBe(true);
    const findings = events.flatMap((e) => (e.type === 'courier_verified' ? [e.finding] : []));
    for (const f of findings) expect(COURIER_FINDINGS).toContain(f);
  });

  it('CSE-01: every event it writes is a valid case event, and most walks take the case past its opening state', () => {
    const start = openedReturn();
    const runs = sample(arbEvents(start), 300);
    for (const r of runs) expect(parseCaseEvents(JSON.parse(JSON.stringify(r)))).toEqual({ ok: true, value: r });
    const reached = runs.map((r) => r.reduce((c, e) => {
      const next = applyEvent(c, e, policies.pinduoduo);
      return next.ok ? next.value.case : c;
    }, start).status);
    expect(reached.filter((status) => status !== start.status).length).toBeGreaterThan(runs.length / 2);
    expect(values(reached, (status) => status).size).toBeGreaterThanOrEqual(5);
  });

  it('writes every event in the case’s zone and gives shipments a carrier, sometimes without a tracking number', () => {
    const start = openedReturn();
    const events = sample(arbEvents(start), 300).flat();
    for (const e of events) expect(e.at.endsWith('+08:00')).toBe(true);
    const shipments = events.flatMap((e) => (e.type === 'buyer_shipped' || e.type === 'merchant_shipped' ? [e] : []));
    expect(shipments.length).toBeGreaterThan(0);
    for (const s of shipments) expect(s.carrier).toBe('SF');
    expect(values(shipments, (s) => s.trackingNumber === undefined)).toEqual(new Set([true, false]));
  });
});

describe('CAL-02 / CAL-03: generated instants reach every era of the calendars', () => {
  const yearOf = (t: number): number => new Date(t + 8 * 3_600_000).getUTCFullYear();
  it('CAL-02 / CAL-03: by default orders are paid in the default calendar’s years, earlier announced years, provisional years and beyond the horizon', () => {
    const eras = values(sample(arbOrder({ paid: true }), 600), (o) => {
      const y = yearOf(Date.parse(o.paidAt!));
      return y < 2024 ? 'announced-before' : y <= 2026 ? 'default' : y <= 2036 ? 'provisional' : 'beyond';
    });
    expect(eras).toEqual(new Set(['announced-before', 'default', 'provisional', 'beyond']));
  });

  it('CAL-02: years pins the era: 2027 only, and the default calendar’s years leave room before 2026-10-31', () => {
    for (const t of sample(arbInstantMs({ years: [2027, 2027] }), 200)) expect(yearOf(t)).toBe(2027);
    for (const o of sample(arbOrder({ signed: true, years: [2024, 2026] }), 300)) {
      expect(Date.parse(o.paidAt!)).toBeGreaterThanOrEqual(FIRST_MS);
      expect(Date.parse(o.signedAt!)).toBeLessThan(LAST_MS);
    }
    expect(() => arbInstantMs({ years: [2030, 2020] })).toThrow(RangeError);
  });
});
