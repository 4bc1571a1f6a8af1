import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { applyEvent } from '../../src/case/apply-event.js';
import type { AfterSalesCase, CaseEvent } from '../../src/model/case.js';
import type { Policy } from '../../src/model/policy.js';
import { counterfeitCompensation } from '../../src/policies/counterfeit-compensation.js';
import { findViolations } from '../../src/penalties/find-violations.js';
import { PENALTY_RULES, SANCTIONS, VIOLATION_RULES } from '../../src/penalties/violation.js';
import { LEGAL_FLOORS } from '../../src/policies/legal-floors.js';
import { arbEvents } from '../../src/testing/arb-events.js';
import { arbPolicy } from '../../src/testing/arb-policy.js';
import { formatInstant, HOUR_MS, parseInstant } from '../../src/time/zone.js';
import { arbOpened } from '../case/arbitraries.js';
import { APPLIED, ev, opened, order, plus, request, trail, walk } from '../case/fixtures.js';
import { advanced, unwrap } from '../results.js';

const PRICE_MAX = 100_000_000; // ¥1,000,000: far above any one order's items
const arbPrice = fc.integer({ min: 0, max: PRICE_MAX });
const legalFloor = (priceFen: number): number => Math.max(LEGAL_FLOORS.counterfeitMultiple * priceFen, LEGAL_FLOORS.counterfeitMinimumFen);

/** A policy object that skipped `definePolicy` and carries less than the law (fractional multiples too). */
const arbLaxPolicy = fc
  .tuple(arbPolicy(), fc.double({ min: 0.01, max: 3, noNaN: true }), fc.integer({ min: 0, max: 50_000 }))
  .map(([p, multiple, minimumFen]): Policy => ({ ...p, penalties: { ...p.penalties, counterfeit: { multiple, minimumFen } } }));

/**
 * Applies `e` the way a running system would: first every timeout due before its instant, then the
 * event if accepted. A deadline's last instant is still on time (CSE-03), so a timeout due at exactly
 * `e.at` waits until after `e`.
 */
function step(c: AfterSalesCase, e: CaseEvent, policy: Policy): AfterSalesCase {
  const now = advanced(c, formatInstant(parseInstant(e.at) - 1, c.terms.timeZone), policy);
  const r = applyEvent(now, e, policy);
  return r.ok ? r.value.case : now;
}


const arbRun = () => arbOpened().chain((o) => arbEvents(o.case, { maxLength: 16 }).map((events) => ({ ...o, events })));

/**
 * A dispute on any kind of case: the merchant refuses, the buyer escalates and gives evidence, the
 * merchant gives evidence `evidenceAfterMs` into the window (or never; on the window's last instant or
 * just after it often), the platform rules — then anything at all may follow.
 */
const arbDispute = () =>
  arbOpened().chain((o) => {
    const windowMs = o.policy.case.evidenceHours * HOUR_MS;
    // The buyer's evidence lands 1 ms after escalation; the merchant's must come after it, or the case
    // refuses it as earlier than the last event and the law below would judge evidence that never landed.
    const evidenceAfter = fc.option(fc.oneof(fc.constant(windowMs), fc.constant(windowMs + 1), fc.integer({ min: 2, max: 2 * windowMs })), { nil: undefined });
    const ruledAfter = fc.integer({ min: 1, max: 4 * windowMs });
    return fc
      .tuple(evidenceAfter, ruledAfter, fc.constantFrom('buyer' as const, 'merchant' as const))
      .map(([evidenceAfterMs, ruledAfterMs, ruling]) => {
        const zone = o.case.terms.timeZone;
        const at = (ms: number): string => formatInstant(o.case.clock.lastEventMs + ms, zone);
        const escalated = 2 * HOUR_MS;
        const prelude: CaseEvent[] = [
          ...(o.case.status === 'awaiting_buyer_confirmation' ? [ev.confirmed(at(HOUR_MS / 2))] : []),
          ev.refusedByMerchant(at(HOUR_MS)),
          ev.escalated(at(escalated)),
          ev.evidence(at(escalated + 1), 'buyer'),
        ];
        const merchantEvidence = evidenceAfterMs === undefined ? [] : [ev.evidence(at(escalated + evidenceAfterMs), 'merchant', 'courier_receipt')];
        const lastMs = escalated + Math.max(evidenceAfterMs ?? 0, 0) + ruledAfterMs;
        const events = [...prelude, ...merchantEvidence, ev.ruled(at(lastMs), ruling)];
        let c = o.case;
        for (const e of events) c = step(c, e, o.policy);
        return { ...o, disputed: c, evidenceAfterMs, windowMs };
      })
      .chain((d) => arbEvents(d.disputed, { maxLength: 6 }).map((after) => ({ ...d, after })));
  });

const rulings = (c: AfterSalesCase) => c.history.flatMap((e) => (e.type === 'platform_ruled' ? [e] : []));
const cse01Timeouts = (c: AfterSalesCase) => c.history.filter((e) => e.type === 'timed_out' && e.rule === 'CSE-01');

/** The merchant won: the case ended with its refusal standing, and every ruling the platform made was for it. */
const merchantWon = (c: AfterSalesCase): boolean => c.outcome === 'rejected' && rulings(c).every((r) => r.for === 'merchant');

function deepFreeze<T>(x: T): T {
  if (typeof x === 'object' && x !== null && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

describe('PEN-04 counterfeit compensation laws', () => {
  test.prop([arbPolicy(), arbPrice, arbPrice])('PEN-04: counterfeit compensation is monotone in price and never below the legal floor, for any policy', (policy, a, b) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    expect(unwrap(counterfeitCompensation(lo, policy))).toBeLessThanOrEqual(unwrap(counterfeitCompensation(hi, policy)));
    for (const p of [lo, hi]) {
      const paid = unwrap(counterfeitCompensation(p, policy));
      expect(Number.isSafeInteger(paid)).toBe(true);
      expect(paid).toBeGreaterThanOrEqual(legalFloor(p));
      expect(paid).toBeGreaterThanOrEqual(policy.penalties.counterfeit.multiple * p);
      expect(paid).toBeGreaterThanOrEqual(policy.penalties.counterfeit.minimumFen);
    }
  });

  test.prop([arbLaxPolicy, arbPrice, arbPrice])('PEN-04: a policy carrying less than the law still pays at least 3× and ¥500, monotone in price', (policy, a, b) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    expect(unwrap(counterfeitCompensation(lo, policy))).toBeLessThanOrEqual(unwrap(counterfeitCompensation(hi, policy)));
    expect(unwrap(counterfeitCompensation(lo, policy))).toBeGreaterThanOrEqual(legalFloor(lo));
    expect(unwrap(counterfeitCompensation(lo, policy))).toBe(Math.max(3 * lo, 50_000));
  });

  test.prop([fc.oneof(arbPolicy(), arbLaxPolicy), fc.integer({ min: 1, max: 2_000_000 }), fc.integer({ min: 1, max: 2_000_000 }), fc.integer({ min: 1, max: 3 })])(
    'PEN-04: a confirmed claim’s violation carries exactly the case’s compensation — monotone in price, never below the floor',
    (policy, a, b, quantity) => {
      const amount = (priceFen: number): number | undefined => {
        const o = order('signed', { payments: [{ method: 'alipay', amountFen: priceFen * quantity }], items: [{ sku: 'bag-1', priceFen, quantity, goodsClass: 'standard' }] });
        const claim = opened(o, request({ type: 'counterfeit_claim', reason: 'counterfeit', evidence: [{ kind: 'appraisal', confirmsCounterfeit: true }] }), policy);
        const c = walk(claim, [ev.agreed(plus(APPLIED, 1))], policy);
        const found = findViolations(c, policy).filter((v) => v.rule === 'PEN-04');
        expect(found).toHaveLength(1);
        expect(found[0]?.amountFen).toBe(unwrap(counterfeitCompensation(priceFen * quantity, policy)));
        expect(found[0]?.amountFen).toBeGreaterThanOrEqual(legalFloor(priceFen * quantity));
        return found[0]?.amountFen;
      };
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(amount(lo)).toBeLessThanOrEqual(amount(hi) ?? 0);
    },
  );
});

describe('findViolations laws', () => {
  test.prop([arbRun()])('findViolations is deterministic and never mutates the case', ({ policy, case: start, events }) => {
    for (const c of trail(start, events, policy)) {
      const json = JSON.stringify(c);
      const frozen = deepFreeze(structuredClone(c));
      const first = findViolations(frozen, policy);
      expect(findViolations(frozen, policy)).toEqual(first);
      expect(findViolations(c, policy)).toEqual(first);
      expect(JSON.stringify(c)).toBe(json);
    }
  });

  test.prop([fc.oneof(arbRun().map((r) => ({ ...r, cases: trail(r.case, r.events, r.policy) })), arbDispute().map((d) => ({ ...d, cases: trail(d.disputed, d.after, d.policy) })))])(
    'every violation names a rule in PEN-01…05 or RFT-06, against the merchant, with sanctions from the vocabulary and the event that found it',
    ({ policy, cases }) => {
      for (const c of cases) {
        const instants = new Set([...c.history.map((e) => e.at), ...c.effects.map((e) => e.at)]);
        for (const v of findViolations(c, policy)) {
          expect([...PENALTY_RULES, 'RFT-06']).toContain(v.rule);
          expect(VIOLATION_RULES[v.code]).toBe(v.rule);
          expect(v.party).toBe('merchant');
          expect(v.sanctions.length).toBeGreaterThan(0);
          for (const s of v.sanctions) expect(SANCTIONS).toContain(s);
          if (v.amountFen !== undefined) expect(Number.isSafeInteger(v.amountFen) && v.amountFen >= 0).toBe(true);
          // FRT-05 follows the penalty rules only.
          expect(v.refundsFreight).toBe(v.rule !== 'RFT-06');
          expect(instants).toContain(v.at);
        }
      }
    },
  );

  test.prop([fc.oneof(arbRun().map((r) => ({ policy: r.policy, c: trail(r.case, r.events, r.policy).at(-1) as AfterSalesCase })), arbDispute().map((d) => ({ policy: d.policy, c: trail(d.disputed, d.after, d.policy).at(-1) as AfterSalesCase })))])(
    'no violation against the merchant in a case the merchant won — only PEN-05, once per response it let time out',
    ({ policy, c }) => {
      const found = findViolations(c, policy);
      expect(found.filter((v) => v.rule === 'PEN-05').map((v) => v.at)).toEqual(cse01Timeouts(c).map((e) => e.at));
      if (merchantWon(c)) expect(found.filter((v) => v.rule !== 'PEN-05')).toEqual([]);
    },
  );

  test.prop([arbDispute()])('PEN-02 and PEN-03 follow a ruling for the buyer: PEN-03 exactly when the merchant’s evidence missed the window', ({ policy, disputed: c, evidenceAfterMs, windowMs }) => {
    const ruled = c.intervention?.ruling;
    const found = findViolations(c, policy).map((v) => v.rule);
    const missedWindow = evidenceAfterMs === undefined || evidenceAfterMs > windowMs;
    expect(found.includes('PEN-03')).toBe(ruled === 'buyer' && missedWindow);
    expect(found.includes('PEN-02')).toBe(ruled === 'buyer' && c.reason === 'missing_item');
    // A merchant without admissible evidence is never ruled for (CSE-03): PEN-03's premise holds.
    if (missedWindow) expect(ruled).not.toBe('merchant');
  });

  test.prop([arbDispute()])('a violation found at a ruling names that ruling’s instant', ({ policy, disputed: c }) => {
    const buyerRulings = new Set(rulings(c).filter((r) => r.for === 'buyer').map((r) => parseInstant(r.at)));
    for (const v of findViolations(c, policy)) {
      if (v.rule === 'PEN-02' || v.rule === 'PEN-03') expect(buyerRulings).toContain(parseInstant(v.at ?? ''));
    }
  });
});
