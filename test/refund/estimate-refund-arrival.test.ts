import { describe, expect, it } from 'vitest';
import { cnCalendar, estimateRefundArrival, type Calendar, type PaymentMethod } from '../../src/index.js';
import { PDD, policyWith, TAOBAO } from './helpers.js';

const approved = (from: string, method: PaymentMethod) => ({ from, trigger: 'approved', method }) as const;

describe('RFT-02: original route within 24 h, holiday-delayed (TIME-02, TIME-05)', () => {
  it('RFT-02: a wallet refund approved 2025-09-30T20:00+08:00 lands by 2025-10-09T20:00+08:00', () => {
    expect(estimateRefundArrival(approved('2025-09-30T20:00:00+08:00', 'platform_balance'), PDD)).toEqual({
      ok: true,
      value: { earliest: '2025-09-30T20:00:00+08:00', latest: '2025-10-09T20:00:00+08:00', rule: 'RFT-02' },
    });
  });

  it('RFT-02 / TIME-02: away from holidays WeChat Pay lands within exactly 24 h', () => {
    expect(estimateRefundArrival(approved('2025-06-03T12:00:00+08:00', 'wechat_pay'), PDD)).toEqual({
      ok: true,
      value: { earliest: '2025-06-03T12:00:00+08:00', latest: '2025-06-04T12:00:00+08:00', rule: 'RFT-02' },
    });
  });

  it('RFT-02 / TIME-05: approved on 2025-10-05 (inside National Day), the 24 h run from 10-09T00:00', () => {
    const r = estimateRefundArrival(approved('2025-10-05T10:00:00+08:00', 'alipay'), PDD);
    expect(r).toMatchObject({ ok: true, value: { latest: '2025-10-10T00:00:00+08:00', rule: 'RFT-02' } });
  });

  it('RFT-02: a policy that does not delay for holidays lands 24 h after approval', () => {
    const p = policyWith(PDD, { refund: { originalRoute: { holidayDelayed: false } } });
    expect(estimateRefundArrival(approved('2025-09-30T20:00:00+08:00', 'platform_balance'), p)).toMatchObject({
      ok: true,
      value: { latest: '2025-10-01T20:00:00+08:00' },
    });
  });

  it('TIME-06: the answer is the same whichever zone the approval is written in', () => {
    const shanghai = estimateRefundArrival(approved('2025-09-30T20:00:00+08:00', 'wechat_pay'), PDD);
    expect(estimateRefundArrival(approved('2025-09-30T12:00:00Z', 'wechat_pay'), PDD)).toEqual(shanghai);
    expect(estimateRefundArrival(approved('2025-09-30T08:00:00-04:00', 'wechat_pay'), PDD)).toEqual(shanghai);
  });
});

describe('RFT-03 / RFT-04: bank cards in calendar days (TIME-03)', () => {
  it('RFT-03: a debit-card refund approved 2025-05-12T16:30 arrives 05-14T16:30 … 05-18T16:30', () => {
    expect(estimateRefundArrival(approved('2025-05-12T16:30:00+08:00', 'debit_card'), PDD)).toEqual({
      ok: true,
      value: { earliest: '2025-05-14T16:30:00+08:00', latest: '2025-05-18T16:30:00+08:00', rule: 'RFT-03' },
    });
  });

  it('RFT-04: a credit-card refund approved 2025-05-12T16:30 arrives 05-15T16:30 … 05-19T16:30', () => {
    expect(estimateRefundArrival(approved('2025-05-12T16:30:00+08:00', 'credit_card'), PDD)).toEqual({
      ok: true,
      value: { earliest: '2025-05-15T16:30:00+08:00', latest: '2025-05-19T16:30:00+08:00', rule: 'RFT-04' },
    });
  });

  it('RFT-03 / TIME-03: calendar days ignore holidays and keep the local clock', () => {
    expect(estimateRefundArrival(approved('2025-09-30T20:00:00+08:00', 'debit_card'), PDD)).toMatchObject({
      value: { earliest: '2025-10-02T20:00:00+08:00', latest: '2025-10-06T20:00:00+08:00' },
    });
  });
});

describe('RFT-05: general processing in working days (TIME-04, CAL-01)', () => {
  it('RFT-05: Taobao working days from Friday 2025-09-26 count make-up Sunday 09-28', () => {
    expect(estimateRefundArrival(approved('2025-09-26T10:00:00+08:00', 'alipay'), TAOBAO)).toEqual({
      ok: true,
      value: { earliest: '2025-09-28T10:00:00+08:00', latest: '2025-09-30T10:00:00+08:00', rule: 'RFT-05' },
    });
  });

  it('RFT-05: from Friday 2026-02-13 they count make-up Saturday 02-14 and skip 02-15…02-23', () => {
    const twoDays = policyWith(TAOBAO, { refund: { processingWorkingDays: { min: 1, max: 2 } } });
    expect(estimateRefundArrival(approved('2026-02-13T10:00:00+08:00', 'alipay'), twoDays)).toEqual({
      ok: true,
      value: { earliest: '2026-02-14T10:00:00+08:00', latest: '2026-02-24T10:00:00+08:00', rule: 'RFT-05' },
    });
    expect(estimateRefundArrival(approved('2026-02-13T10:00:00+08:00', 'alipay'), TAOBAO)).toMatchObject({
      value: { latest: '2026-02-25T10:00:00+08:00' },
    });
  });

  it('RFT-05: an approval on Saturday 2025-03-08 counts from Monday 00:00, so 1–3 working days end 03-11T00:00 … 03-13T00:00', () => {
    expect(estimateRefundArrival(approved('2025-03-08T09:30:00+08:00', 'alipay'), TAOBAO)).toEqual({
      ok: true,
      value: { earliest: '2025-03-11T00:00:00+08:00', latest: '2025-03-13T00:00:00+08:00', rule: 'RFT-05' },
    });
  });

  it('RFT-05: Huabei is neither original route nor card on Pinduoduo, so it is processed in working days', () => {
    expect(estimateRefundArrival(approved('2025-09-30T20:00:00+08:00', 'huabei'), PDD)).toEqual({
      ok: true,
      value: { earliest: '2025-10-09T20:00:00+08:00', latest: '2025-10-11T20:00:00+08:00', rule: 'RFT-05' },
    });
  });

  it('RFT-05: Taobao has no original-route or card terms, so WeChat Pay and cards follow RFT-05 too', () => {
    for (const method of ['wechat_pay', 'debit_card', 'credit_card', 'platform_balance'] as const) {
      expect(estimateRefundArrival(approved('2025-09-26T10:00:00+08:00', method), TAOBAO)).toMatchObject({ value: { rule: 'RFT-05' } });
    }
  });
});

describe('RFT-01: failed group buy', () => {
  const failed = (method: 'wechat_pay' | 'credit_card' | 'alipay') => ({ from: '2025-04-11T09:30:00+08:00', trigger: 'group_buy_failed', method }) as const;

  it('RFT-01: WeChat Pay lands between failure + 1 min and failure + 24 h 3 min', () => {
    expect(estimateRefundArrival(failed('wechat_pay'), PDD)).toEqual({
      ok: true,
      value: { earliest: '2025-04-11T09:31:00+08:00', latest: '2025-04-12T09:33:00+08:00', rule: 'RFT-01' },
    });
  });

  it('RFT-01: other methods are issued within 24 h, then follow their own rule (credit card: RFT-04)', () => {
    expect(estimateRefundArrival(failed('credit_card'), PDD)).toEqual({
      ok: true,
      value: { earliest: '2025-04-14T09:30:00+08:00', latest: '2025-04-19T09:30:00+08:00', rule: 'RFT-01', then: 'RFT-04' },
    });
  });

  it('RFT-01: a policy without group-buy refunds treats the failure as the approval', () => {
    expect(estimateRefundArrival(failed('alipay'), TAOBAO)).toEqual({
      ok: true,
      value: { earliest: '2025-04-14T09:30:00+08:00', latest: '2025-04-16T09:30:00+08:00', rule: 'RFT-05' },
    });
  });
});

describe('RFT-06: return flows start at goods received', () => {
  it('RFT-06: goods received 2025-03-10T09:30, refunded within 7 days, then WeChat within 24 h: by 03-18T09:30', () => {
    expect(estimateRefundArrival({ from: '2025-03-10T09:30:00+08:00', trigger: 'goods_received', method: 'wechat_pay' }, PDD)).toEqual({
      ok: true,
      value: { earliest: '2025-03-10T09:30:00+08:00', latest: '2025-03-18T09:30:00+08:00', rule: 'RFT-06', then: 'RFT-02' },
    });
  });

  it('RFT-06: on Taobao a refund due on 10-01 is processed from the first working day after National Day', () => {
    expect(estimateRefundArrival({ from: '2025-09-24T15:00:00+08:00', trigger: 'goods_received', method: 'alipay' }, TAOBAO)).toEqual({
      ok: true,
      value: { earliest: '2025-09-25T15:00:00+08:00', latest: '2025-10-13T00:00:00+08:00', rule: 'RFT-06', then: 'RFT-05' },
    });
  });

  it('RFT-06: a merchant policy refunding within 3 days of receipt shortens the window', () => {
    const fast = policyWith(PDD, { refund: { refundAfterReceiptDays: 3 } });
    expect(estimateRefundArrival({ from: '2025-03-10T09:30:00+08:00', trigger: 'goods_received', method: 'wechat_pay' }, fast)).toMatchObject({
      value: { latest: '2025-03-14T09:30:00+08:00' },
    });
  });
});

describe('RFT-07: one window per payment leg', () => {
  it('RFT-07: WeChat Pay + debit card each get their own window inside one spanning window', () => {
    const r = estimateRefundArrival(
      { from: '2025-05-12T16:30:00+08:00', trigger: 'approved', payments: [{ method: 'wechat_pay', amountFen: 5000 }, { method: 'debit_card', amountFen: 3900 }] },
      PDD,
    );
    expect(r).toEqual({
      ok: true,
      value: {
        earliest: '2025-05-12T16:30:00+08:00',
        latest: '2025-05-18T16:30:00+08:00',
        rule: 'RFT-07',
        legs: [
          { method: 'wechat_pay', amountFen: 5000, earliest: '2025-05-12T16:30:00+08:00', latest: '2025-05-13T16:30:00+08:00', rule: 'RFT-02' },
          { method: 'debit_card', amountFen: 3900, earliest: '2025-05-14T16:30:00+08:00', latest: '2025-05-18T16:30:00+08:00', rule: 'RFT-03' },
        ],
      },
    });
  });

  it('RFT-07: a single payment answers exactly as its method does', () => {
    const from = '2025-05-12T16:30:00+08:00';
    expect(estimateRefundArrival({ from, trigger: 'approved', payments: [{ method: 'credit_card', amountFen: 8900 }] }, PDD)).toEqual(
      estimateRefundArrival({ from, trigger: 'approved', method: 'credit_card' }, PDD),
    );
  });
});

describe('CAL-02: outside the calendar is an issue, never a guess', () => {
  it('CAL-02: Taobao working days from 2026-12-30 run into 2027 and name 2027-01-01', () => {
    expect(estimateRefundArrival(approved('2026-12-30T10:00:00+08:00', 'alipay'), TAOBAO)).toEqual({
      ok: false,
      error: { code: 'calendar_not_covered', issues: [{ code: 'calendar_not_covered', rule: 'CAL-02', date: '2027-01-01', calendar: cnCalendar.id, covers: cnCalendar.covers }] },
    });
  });

  it('CAL-02: a holiday-delayed window that reaches 2027 is an issue too', () => {
    expect(estimateRefundArrival(approved('2026-12-31T20:00:00+08:00', 'wechat_pay'), PDD)).toMatchObject({ ok: false, error: { code: 'calendar_not_covered', issues: [{ date: '2027-01-01' }] } });
  });

  it('CAL-02: calendar-day rules need no calendar and still answer past 2026', () => {
    expect(estimateRefundArrival(approved('2026-12-30T10:00:00+08:00', 'debit_card'), PDD)).toMatchObject({
      ok: true,
      value: { latest: '2027-01-05T10:00:00+08:00' },
    });
  });

  it('CAL-02: options.calendar replaces the built-in one, it is not merged with it', () => {
    const plain: Calendar = { id: 'no-holidays-2025-2027', covers: { from: '2025-01-01', to: '2027-12-31' }, holidays: [], makeUpWorkingDays: [] };
    expect(estimateRefundArrival(approved('2025-09-30T20:00:00+08:00', 'platform_balance'), PDD, { calendar: plain })).toMatchObject({
      value: { latest: '2025-10-01T20:00:00+08:00' },
    });
    expect(estimateRefundArrival(approved('2026-12-30T10:00:00+08:00', 'alipay'), TAOBAO, { calendar: plain })).toEqual({
      ok: true,
      value: { earliest: '2026-12-31T10:00:00+08:00', latest: '2027-01-04T10:00:00+08:00', rule: 'RFT-05' },
    });
  });
});

describe('caller errors are values', () => {
  it('a `from` that is not an instant is invalid_input, not a throw', () => {
    expect(estimateRefundArrival(approved('yesterday', 'alipay'), TAOBAO)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
