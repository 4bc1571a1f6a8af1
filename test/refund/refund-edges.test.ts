import { describe, expect, it } from 'vitest';
import { cnCalendar, estimateRefundArrival, splitRefund, type Calendar } from '../../src/index.js';
import { arrivalTerms } from '../../src/refund/arrival-terms.js';
import { isCalendarIssue } from '../../src/refund/window.js';
import { PDD, policyWith, TAOBAO } from './helpers.js';
import { unwrap } from '../results.js';

describe('RFT-07: splitting, at the edges', () => {
  it('RFT-07: nothing paid, nothing back: every payment gets zero', () => {
    expect(unwrap(splitRefund(0, [{ method: 'alipay', amountFen: 0 }, { method: 'huabei', amountFen: 0 }]))).toEqual([
      { method: 'alipay', amountFen: 0 },
      { method: 'huabei', amountFen: 0 },
    ]);
  });

  it('RFT-07: a negative or fractional refund is invalid_input at amountFen, never a throw', () => {
    expect(splitRefund(-1, [{ method: 'alipay', amountFen: 100 }])).toMatchObject({ ok: false, error: { issues: [{ path: ['amountFen'], message: 'a refund of -1 fen cannot be split over 100 fen of payments' }] } });
    expect(splitRefund(1.5, [{ method: 'alipay', amountFen: 100 }])).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('RFT-07: equal remainders give the odd fen to the earlier payment', () => {
    const three = [
      { method: 'alipay', amountFen: 100 },
      { method: 'huabei', amountFen: 100 },
      { method: 'debit_card', amountFen: 100 },
    ] as const;
    expect(unwrap(splitRefund(100, three)).map((p) => p.amountFen)).toEqual([34, 33, 33]);
    expect(unwrap(splitRefund(200, three)).map((p) => p.amountFen)).toEqual([67, 67, 66]);
  });

  it('RFT-07: the odd fen go to the largest remainders, wherever they sit', () => {
    // 10 × 1/7 = 1.43, 10 × 2/7 = 2.86, 10 × 4/7 = 5.71: floors 1 + 2 + 5 = 8, two fen left for 2.86 and 5.71.
    const payments = [
      { method: 'alipay', amountFen: 100 },
      { method: 'huabei', amountFen: 200 },
      { method: 'debit_card', amountFen: 400 },
    ] as const;
    expect(unwrap(splitRefund(10, payments)).map((p) => p.amountFen)).toEqual([1, 3, 6]);
  });

  it('RFT-07: amounts whose products pass 2^53 are split exactly (¥10^8 orders)', () => {
    const payments = [
      { method: 'alipay', amountFen: 10_000_000_001 },
      { method: 'debit_card', amountFen: 10_000_000_000 },
    ] as const;
    const parts = unwrap(splitRefund(10_000_000_000, payments));
    // exact shares: 5_000_000_000.25 and 4_999_999_999.75; the odd fen goes to the larger remainder.
    expect(parts).toEqual([
      { method: 'alipay', amountFen: 5_000_000_000 },
      { method: 'debit_card', amountFen: 5_000_000_000 },
    ]);
    expect(unwrap(splitRefund(20_000_000_001, payments)).map((p) => p.amountFen)).toEqual([10_000_000_001, 10_000_000_000]);
  });
});

describe('RFT-02…05: which terms a method falls under', () => {
  it('RFT-02: the original route is counted in hours, from the approval', () => {
    expect(arrivalTerms('alipay', PDD.refund)).toEqual({ rule: 'RFT-02', unit: 'hours', min: 0, max: 24, holidayDelayed: true });
  });

  it('RFT-03 / RFT-04: cards in calendar days', () => {
    expect(arrivalTerms('debit_card', PDD.refund)).toEqual({ rule: 'RFT-03', unit: 'calendar_days', min: 2, max: 6, holidayDelayed: false });
    expect(arrivalTerms('credit_card', PDD.refund)).toEqual({ rule: 'RFT-04', unit: 'calendar_days', min: 3, max: 7, holidayDelayed: false });
  });

  it('RFT-05: a policy with card terms but without an original route still sends cards by RFT-03', () => {
    const noRoute = policyWith(PDD, { refund: { originalRoute: null } });
    expect(arrivalTerms('debit_card', noRoute.refund).rule).toBe('RFT-03');
    expect(arrivalTerms('wechat_pay', noRoute.refund)).toEqual({ rule: 'RFT-05', unit: 'working_days', min: 1, max: 3, holidayDelayed: false });
  });
});

describe('RFT-07: the spanning window of a mixed refund', () => {
  const from = '2025-05-12T16:30:00+08:00';

  it('RFT-07: the outer window runs from the first leg to arrive to the last, whichever order the legs come in', () => {
    const r = estimateRefundArrival(
      {
        from,
        trigger: 'approved',
        payments: [
          { method: 'debit_card', amountFen: 3900 },
          { method: 'credit_card', amountFen: 1000 },
          { method: 'wechat_pay', amountFen: 5000 },
        ],
      },
      PDD,
    );
    expect(r.ok && { earliest: r.value.earliest, latest: r.value.latest, rule: r.value.rule, legs: r.value.legs?.map((l) => l.rule) }).toEqual({
      earliest: '2025-05-12T16:30:00+08:00',
      latest: '2025-05-19T16:30:00+08:00',
      rule: 'RFT-07',
      legs: ['RFT-03', 'RFT-04', 'RFT-02'],
    });
  });

  it('RFT-06 / RFT-07: each leg of a return refund carries the method rule that follows receipt', () => {
    const r = estimateRefundArrival(
      { from: '2025-03-10T09:30:00+08:00', trigger: 'goods_received', payments: [{ method: 'wechat_pay', amountFen: 5000 }, { method: 'debit_card', amountFen: 3900 }] },
      PDD,
    );
    expect(r).toEqual({
      ok: true,
      value: {
        earliest: '2025-03-10T09:30:00+08:00',
        latest: '2025-03-23T09:30:00+08:00',
        rule: 'RFT-07',
        legs: [
          { method: 'wechat_pay', amountFen: 5000, earliest: '2025-03-10T09:30:00+08:00', latest: '2025-03-18T09:30:00+08:00', rule: 'RFT-06', then: 'RFT-02' },
          { method: 'debit_card', amountFen: 3900, earliest: '2025-03-12T09:30:00+08:00', latest: '2025-03-23T09:30:00+08:00', rule: 'RFT-06', then: 'RFT-03' },
        ],
      },
    });
  });

  it('CAL-02: one leg leaving the calendar makes the whole mixed refund an issue', () => {
    const r = estimateRefundArrival(
      { from: '2026-12-30T10:00:00+08:00', trigger: 'approved', payments: [{ method: 'debit_card', amountFen: 100 }, { method: 'huabei', amountFen: 100 }] },
      PDD,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'calendar_not_covered', issues: [{ code: 'calendar_not_covered', date: '2027-01-01' }] } });
  });

  it('RFT-07: a refund going back to no payment at all is invalid_input at payments, not a throw', () => {
    expect(estimateRefundArrival({ from, trigger: 'approved', payments: [] }, PDD)).toEqual({
      ok: false,
      error: { code: 'invalid_input', issues: [{ code: 'invalid_value', path: ['payments'], message: 'a refund goes back to at least one payment' }] },
    });
  });
});

describe('RFT-01 / RFT-06: composed windows', () => {
  it('RFT-01 / TIME-05: a failed group buy paid by Alipay is issued by 10-01T09:00, a holiday, so RFT-02\'s 24 h run from 10-09T00:00', () => {
    expect(estimateRefundArrival({ from: '2025-09-30T09:00:00+08:00', trigger: 'group_buy_failed', method: 'alipay' }, PDD)).toEqual({
      ok: true,
      value: { earliest: '2025-09-30T09:00:00+08:00', latest: '2025-10-10T00:00:00+08:00', rule: 'RFT-01', then: 'RFT-02' },
    });
  });

  it('CAL-02: a composed window whose first or last issue instant leaves the calendar is an issue', () => {
    expect(estimateRefundArrival({ from: '2026-12-31T09:00:00+08:00', trigger: 'group_buy_failed', method: 'alipay' }, PDD)).toMatchObject({
      ok: false,
      error: { code: 'calendar_not_covered', issues: [{ date: '2027-01-01' }] },
    });
    // Received 12-28, refunded by 2027-01-04 at the latest: the working days from there are not covered.
    expect(estimateRefundArrival({ from: '2026-12-28T09:00:00+08:00', trigger: 'goods_received', method: 'huabei' }, PDD)).toMatchObject({
      ok: false,
      error: { code: 'calendar_not_covered', issues: [{ date: '2027-01-04' }] },
    });
  });

  it('CAL-02: working days whose earliest end already leaves the calendar name that date', () => {
    const plain: Calendar = { id: 'q4-2025', covers: { from: '2025-10-01', to: '2025-12-31' }, holidays: [], makeUpWorkingDays: [] };
    expect(estimateRefundArrival({ from: '2025-12-31T10:00:00+08:00', trigger: 'approved', method: 'alipay' }, TAOBAO, { calendar: plain })).toEqual({
      ok: false,
      error: { code: 'calendar_not_covered', issues: [{ code: 'calendar_not_covered', rule: 'CAL-02', date: '2026-01-01', calendar: 'q4-2025', covers: plain.covers }] },
    });
  });

  it('CAL-02: a calendar given as null is no calendar: the built-in one answers', () => {
    const q = { from: '2025-09-30T20:00:00+08:00', trigger: 'approved', method: 'platform_balance' } as const;
    expect(estimateRefundArrival(q, PDD, { calendar: null as unknown as Calendar })).toEqual(estimateRefundArrival(q, PDD));
    expect(estimateRefundArrival(q, PDD, { calendar: cnCalendar })).toEqual(estimateRefundArrival(q, PDD));
  });

  it('CAL-02: isCalendarIssue tells an issue from a window and from an instant', () => {
    expect(isCalendarIssue({ earliest: 0, latest: 1, rule: 'RFT-02' })).toBe(false);
    expect(isCalendarIssue(0)).toBe(false);
  });
});

describe('RFT-07: exactness of the split', () => {
  it('RFT-07: the odd fen goes to the larger remainder, not to the larger payment', () => {
    // 3 × 5/7 = 2.14 and 3 × 2/7 = 0.86: floors 2 + 0, and the fen left goes to the 0.86.
    expect(unwrap(splitRefund(3, [{ method: 'alipay', amountFen: 5 }, { method: 'huabei', amountFen: 2 }])).map((p) => p.amountFen)).toEqual([2, 1]);
  });

  it('RFT-07: shares whose products pass 2^53 are the exact floors plus the largest remainders (¥10^9 payments)', () => {
    const amounts = [20_374_860_747, 221_679_572_495, 942_912_435_585];
    const amountFen = 895_809_298_017;
    const parts = unwrap(splitRefund(amountFen, amounts.map((amountFen) => ({ method: 'alipay' as const, amountFen }))));
    // BigInt oracle: floors of the exact shares, the one fen left to the largest remainder.
    const paid = BigInt(amounts.reduce((a, b) => a + b, 0));
    const floors = amounts.map((a) => (BigInt(amountFen) * BigInt(a)) / paid);
    expect(floors.map(Number)).toEqual([15_402_953_604, 167_584_957_390, 712_821_387_022]);
    expect(parts.map((p) => p.amountFen)).toEqual([15_402_953_604, 167_584_957_390, 712_821_387_023]);
  });
});

describe('programmer errors and exact shapes', () => {
  it('a `from` that is not an instant, or has no offset, is invalid_input naming it (issue 13)', () => {
    for (const bad of ['yesterday', '2025-05-12 16:30', '2025-05-12T16:30:00', 'May 12, 2025 16:30', '2025-02-30T10:00:00+08:00']) {
      expect(estimateRefundArrival({ from: bad, trigger: 'approved', method: 'alipay' }, PDD)).toEqual({
        ok: false,
        error: { code: 'invalid_input', issues: [{ code: 'invalid_format', path: ['from'], message: `not an ISO-8601 instant with an offset: ${bad}` }] },
      });
    }
  });

  it('RFT-02 / RFT-07: a window with no follow-on rule carries no `then` key at all', () => {
    const one = estimateRefundArrival({ from: '2025-05-12T16:30:00+08:00', trigger: 'approved', method: 'wechat_pay' }, PDD);
    expect(one).toStrictEqual({ ok: true, value: { earliest: '2025-05-12T16:30:00+08:00', latest: '2025-05-13T16:30:00+08:00', rule: 'RFT-02' } });
    const mixed = estimateRefundArrival(
      { from: '2025-05-12T16:30:00+08:00', trigger: 'approved', payments: [{ method: 'wechat_pay', amountFen: 1 }, { method: 'debit_card', amountFen: 2 }] },
      PDD,
    );
    expect(mixed.ok && mixed.value.legs?.map((l) => Object.keys(l).sort())).toStrictEqual([
      ['amountFen', 'earliest', 'latest', 'method', 'rule'],
      ['amountFen', 'earliest', 'latest', 'method', 'rule'],
    ]);
  });

  it('CAL-02 / RFT-01: a failure on a date before the calendar names that date, even when the issue deadline is covered', () => {
    expect(estimateRefundArrival({ from: '2023-12-31T09:00:00+08:00', trigger: 'group_buy_failed', method: 'alipay' }, PDD)).toMatchObject({
      ok: false,
      error: { code: 'calendar_not_covered', issues: [{ code: 'calendar_not_covered', date: '2023-12-31' }] },
    });
  });
});
