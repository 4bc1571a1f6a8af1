import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  cnCalendar,
  estimateRefundArrival,
  explain,
  PAYMENT_METHODS,
  REFUND_TRIGGERS,
  type RefundArrival,
} from '../../src/index.js';
import { cnProvisionalCalendar } from '../../src/calendar/index.js';
import { formatInstant, localDay } from '../../src/time/zone.js';
import { PDD, TAOBAO } from './helpers.js';

const SH = 'Asia/Shanghai';
const DAY = 86_400_000;
const PROVISIONAL = { calendar: cnProvisionalCalendar };
const iso = (t: number): string => formatInstant(t, SH);
const value = (r: ReturnType<typeof estimateRefundArrival>): RefundArrival => {
  if (!r.ok) throw new Error(`unexpected calendar issue ${JSON.stringify(r.error)}`);
  return r.value;
};
const notice = (years: readonly number[]) => ({
  code: 'calendar_provisional',
  rule: 'CAL-03',
  effect: 'info',
  params: { years: years.map(String) },
});
/** Years 2027…2036 as day numbers, for the law's oracle. */
const yearOfDay = (day: number): number => new Date(day * DAY).getUTCFullYear();

describe('CAL-03: refund estimates that touch a provisional year say so', () => {
  it('CAL-03: a WeChat refund approved on 2026-12-31 with PDD reads into 2027 and names it', () => {
    const v = value(
      estimateRefundArrival(
        {
          from: '2026-12-31T10:00:00+08:00',
          trigger: 'approved',
          method: 'wechat_pay',
        },
        PDD,
        PROVISIONAL,
      ),
    );
    expect(Date.parse(v.latest)).toBeGreaterThanOrEqual(Date.parse('2027-01-02T10:00:00+08:00'));
    expect(v.provisional).toEqual(notice([2027]));
    expect(explain(v.provisional!, 'en')).toContain('2027');
    expect(explain(v.provisional!, 'zh-CN')).toContain('2027');
  });

  it('CAL-03: Taobao alipay from 2026-12-29 lands by 2027-01-04 and names 2027', () => {
    const v = value(
      estimateRefundArrival(
        {
          from: '2026-12-29T10:00:00+08:00',
          trigger: 'approved',
          method: 'alipay',
        },
        TAOBAO,
        PROVISIONAL,
      ),
    );
    expect(v.latest).toBe('2027-01-04T10:00:00+08:00');
    expect(v.provisional).toEqual(notice([2027]));
  });

  it('CAL-03: the same estimate inside 2025 has no provisional field', () => {
    const v = value(
      estimateRefundArrival(
        {
          from: '2025-12-29T10:00:00+08:00',
          trigger: 'approved',
          method: 'alipay',
        },
        TAOBAO,
        PROVISIONAL,
      ),
    );
    expect(v).not.toHaveProperty('provisional');
    const d = value(
      estimateRefundArrival(
        {
          from: '2025-12-29T10:00:00+08:00',
          trigger: 'approved',
          method: 'alipay',
        },
        TAOBAO,
      ),
    );
    expect(v).toEqual(d);
  });

  it('CAL-03: the per-payment shares form carries the notice on the legs that touch 2027 and on the whole', () => {
    const v = value(
      estimateRefundArrival(
        {
          from: '2026-12-24T10:00:00+08:00',
          trigger: 'approved',
          payments: [
            { method: 'wechat_pay', amountFen: 5000 },
            { method: 'debit_card', amountFen: 3900 },
          ],
        },
        PDD,
        PROVISIONAL,
      ),
    );
    expect(v.rule).toBe('RFT-07');
    expect(v.legs![0]).not.toHaveProperty('provisional');
    expect(v.legs![1]!.provisional ?? null).toEqual(v.latest >= '2027' ? notice([2027]) : null);
    expect(v.provisional ?? null).toEqual(v.latest >= '2027' ? notice([2027]) : null);
  });

  const arbFrom = fc
    .integer({ min: 0, max: 2 * 365 * 4 })
    .map((k) => Date.parse('2026-06-01T00:00:00+08:00') + k * (DAY / 4) + (k % 7) * 3_600_000);
  const arbMethod = fc.constantFrom(...PAYMENT_METHODS);
  const arbTrigger = fc.constantFrom(...REFUND_TRIGGERS);
  const arbPolicy = fc.constantFrom(PDD, TAOBAO);
  const arbPayments = fc.tuple(arbMethod, arbMethod, fc.integer({ min: 1, max: 10_000 })).map(([a, b, n]) => [
    { method: a, amountFen: n },
    { method: b, amountFen: n + 1 },
  ]);

  const expected = (from: number, latest: string): readonly number[] => {
    const years: number[] = [];
    for (let y = yearOfDay(localDay(from, SH)); y <= yearOfDay(localDay(Date.parse(latest), SH)); y++)
      if (y >= 2027 && y <= 2036) years.push(y);
    return years;
  };

  test.prop([arbFrom, arbTrigger, arbMethod, arbPolicy])(
    'CAL-03 law: a single-method estimate carries the notice exactly when its days touched a provisional year',
    (from, trigger, method, policy) => {
      const v = value(estimateRefundArrival({ from: iso(from), trigger, method }, policy, PROVISIONAL));
      const years = expected(from, v.latest);
      if (years.length === 0) expect(v).not.toHaveProperty('provisional');
      else expect(v.provisional).toEqual(notice(years));
    },
  );

  test.prop([arbFrom, arbTrigger, arbPayments, arbPolicy])(
    'CAL-03 law: the shares form carries the notice exactly when its days touched a provisional year, on the whole and on each leg',
    (from, trigger, payments, policy) => {
      const v = value(estimateRefundArrival({ from: iso(from), trigger, payments }, policy, PROVISIONAL));
      for (const w of [v, ...(v.legs ?? [])]) {
        const years = expected(from, w.latest);
        if (years.length === 0) expect(w).not.toHaveProperty('provisional');
        else expect(w.provisional).toEqual(notice(years));
      }
    },
  );

  test.prop([
    fc.integer({ min: 0, max: 2 * 365 * 4 }).map((k) => Date.parse('2024-01-01T00:00:00+08:00') + k * (DAY / 4)),
    arbTrigger,
    arbMethod,
    arbPolicy,
  ])('CAL-03 law: passing cnCalendar explicitly equals passing no calendar', (from, trigger, method, policy) => {
    const q = { from: iso(from), trigger, method };
    expect(estimateRefundArrival(q, policy, { calendar: cnCalendar })).toEqual(estimateRefundArrival(q, policy));
  });
});
