import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  estimateRefundArrival,
  isWorkingDay,
  PAYMENT_METHODS,
  REFUND_TRIGGERS,
  type Policy,
  type RefundArrival,
} from '../../src/index.js';
import { arbPolicy, arbWritten } from '../../src/testing/index.js';
import { formatInstant } from '../../src/time/zone.js';
import { PDD, policyWith, TAOBAO } from './helpers.js';

const SH = 'Asia/Shanghai';
const DAY = 86_400_000;
/** Triggers inside the calendar's coverage with room for the longest window (7 + 7 days and holidays). */
const arbFrom = fc.integer({ min: Date.parse('2024-01-01T00:00:00+08:00'), max: Date.parse('2026-11-30T00:00:00+08:00') });
/** Gaps between two triggers, biased to under a day so weekends and holidays get crossed at all clock times. */
const arbGap = fc.oneof(fc.integer({ min: 0, max: DAY }), fc.integer({ min: 0, max: 12 * DAY }));
const arbMethod = fc.constantFrom(...PAYMENT_METHODS);
const arbTrigger = fc.constantFrom(...REFUND_TRIGGERS);
/** The built-in packs, their generated variants, and a PDD without the holiday delay. */
const arbAnyPolicy: fc.Arbitrary<Policy> = fc.oneof(arbPolicy(), fc.constant(policyWith(PDD, { refund: { originalRoute: { holidayDelayed: false } } })));

const iso = (t: number): string => formatInstant(t, SH);
const window = (from: number, method: (typeof PAYMENT_METHODS)[number], trigger: (typeof REFUND_TRIGGERS)[number], policy: Policy): RefundArrival => {
  const r = estimateRefundArrival({ from: iso(from), trigger, method }, policy);
  if (!r.ok) throw new Error(`unexpected calendar issue ${JSON.stringify(r.error)}`);
  return r.value;
};

describe('estimateRefundArrival laws', () => {
  test.prop([arbFrom, arbMethod, arbTrigger, arbAnyPolicy])('RFT law: earliest ≤ latest, both no earlier than from, latest after it', (from, method, trigger, policy) => {
    const w = window(from, method, trigger, policy);
    expect(Date.parse(w.earliest)).toBeGreaterThanOrEqual(from);
    expect(Date.parse(w.latest)).toBeGreaterThanOrEqual(Date.parse(w.earliest));
    expect(Date.parse(w.latest)).toBeGreaterThan(from);
  });

  test.prop([arbFrom, arbGap, arbMethod, arbTrigger, arbAnyPolicy])('RFT law: windows are monotone in from: a later trigger never promises the money sooner', (from, gap, method, trigger, policy) => {
    const a = window(from, method, trigger, policy);
    const b = window(from + gap, method, trigger, policy);
    expect(Date.parse(b.earliest)).toBeGreaterThanOrEqual(Date.parse(a.earliest));
    expect(Date.parse(b.latest)).toBeGreaterThanOrEqual(Date.parse(a.latest));
  });

  test.prop([arbFrom, fc.constantFrom('wechat_pay', 'alipay', 'platform_balance' as const), fc.integer({ min: 1, max: 72 })])(
    'RFT-02 / TIME-05 law: a holiday-delayed latest is never earlier than the undelayed one',
    (from, method, withinHours) => {
      const delayed = policyWith(PDD, { refund: { originalRoute: { withinHours, holidayDelayed: true } } });
      const plain = policyWith(PDD, { refund: { originalRoute: { withinHours, holidayDelayed: false } } });
      const d = window(from, method, 'approved', delayed);
      const u = window(from, method, 'approved', plain);
      expect(Date.parse(u.latest)).toBe(from + withinHours * 3_600_000);
      expect(Date.parse(d.latest)).toBeGreaterThanOrEqual(Date.parse(u.latest));
      expect(d.earliest).toBe(u.earliest);
    },
  );

  test.prop([arbFrom, arbMethod, fc.constantFrom('approved', 'goods_received' as const), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })])(
    'RFT-05 / TIME-04 law: working-day results always land on working days',
    (from, method, trigger, a, b) => {
      const policy = policyWith(TAOBAO, { refund: { processingWorkingDays: { min: Math.min(a, b), max: Math.max(a, b) } } });
      const w = window(from, method, trigger, policy);
      expect(isWorkingDay(w.latest.slice(0, 10))).toEqual({ ok: true, value: true });
      // With zero days and a trigger on a working date the money may come at once, on that date.
      expect(isWorkingDay(w.earliest.slice(0, 10))).toEqual({ ok: true, value: true });
    },
  );

  test.prop([arbFrom.chain((t) => fc.tuple(fc.constant(t), arbWritten(t))), arbMethod, arbTrigger, arbAnyPolicy])(
    'TIME-06 law: the answer does not depend on the zone the trigger is written in',
    ([t, written], method, trigger, policy) => {
      expect(estimateRefundArrival({ from: written, trigger, method }, policy)).toEqual(estimateRefundArrival({ from: iso(t), trigger, method }, policy));
    },
  );

  test.prop([
    arbFrom,
    arbTrigger,
    fc.uniqueArray(arbMethod, { minLength: 2, maxLength: 4 }).chain((methods) =>
      fc.tuple(...methods.map((method) => fc.integer({ min: 1, max: 100_000 }).map((amountFen) => ({ method, amountFen })))),
    ),
    arbAnyPolicy,
  ])('RFT-07 law: a mixed refund spans its legs, and each leg is what its method alone would get', (from, trigger, payments, policy) => {
    const r = estimateRefundArrival({ from: iso(from), trigger, payments }, policy);
    if (!r.ok) throw new Error('calendar issue');
    const legs = r.value.legs ?? [];
    expect(r.value.rule).toBe('RFT-07');
    expect(legs.map((l) => [l.method, l.amountFen])).toEqual(payments.map((p) => [p.method, p.amountFen]));
    for (const leg of legs) {
      const { method, amountFen: _fen, ...alone } = leg;
      expect(alone).toEqual(window(from, method, trigger, policy));
    }
    expect(r.value.earliest).toBe([...legs].sort((a, b) => Date.parse(a.earliest) - Date.parse(b.earliest))[0]?.earliest);
    expect(r.value.latest).toBe([...legs].sort((a, b) => Date.parse(b.latest) - Date.parse(a.latest))[0]?.latest);
  });

  test.prop([fc.integer({ min: Date.parse('2026-12-01T00:00:00+08:00'), max: Date.parse('2026-12-31T23:59:59+08:00') }), arbMethod, arbTrigger, arbAnyPolicy])(
    'CAL-02 law: near the end of coverage the answer is a window or an issue naming an uncovered date, never a guess',
    (from, method, trigger, policy) => {
      const r = estimateRefundArrival({ from: iso(from), trigger, method }, policy);
      if (!r.ok) {
        expect(r.error).toMatchObject({ code: 'calendar_not_covered', issues: [{ code: 'calendar_not_covered', rule: 'CAL-02' }] });
        expect(r.error.code === 'calendar_not_covered' && r.error.issues.every((i) => i.date > '2026-12-31')).toBe(true);
      }
    },
  );
});
