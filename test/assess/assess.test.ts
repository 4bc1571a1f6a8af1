import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess, policies, type Assessment } from '../../src/index.js';
import { anOrder, aRequest } from '../fixtures/factories.js';

const example = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8'));
const value = (input: unknown): Assessment => {
  const r = assess(input);
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
};
const paths = (input: unknown): string[] => {
  const r = assess(input);
  if (r.ok) throw new Error('expected invalid input');
  return r.error.issues.map((i) => i.path.join('.'));
};

describe('assess: the four answers in one call', () => {
  it('RFT-02: the 30 September wallet refund, approved when requested, lands by 2025-10-09T20:00+08:00', () => {
    expect(value(example('12-wallet-refund-national-day'))).toEqual({
      eligibility: { verdict: 'allowed', reasons: [{ code: 'not_shipped_refund_only', rule: 'ELG-04', effect: 'info' }], refundableFen: 3990 },
      freight: { returnLeg: null, forwardLeg: null, reimbursement: null, deduction: null },
      refund: {
        status: 'on_approval',
        amountFen: 3990,
        approvedAt: '2025-09-30T20:00:00+08:00',
        arrival: { ok: true, value: { earliest: '2025-09-30T20:00:00+08:00', latest: '2025-10-09T20:00:00+08:00', rule: 'RFT-02' } },
      },
      deadlines: [{ party: 'merchant', action: 'respond', dueAt: '2025-10-02T20:00:00+08:00', onTimeout: 'system_agrees', rule: 'CSE-01' }],
    });
  });

  it('RFT-02: `at` moves the assumed approval, and with it the arrival', () => {
    const r = value({ ...example('12-wallet-refund-national-day'), at: '2025-10-09T08:00:00+08:00' });
    expect(r.refund).toMatchObject({ approvedAt: '2025-10-09T08:00:00+08:00', arrival: { value: { latest: '2025-10-10T08:00:00+08:00' } } });
  });

  it('RFT-06: a quality return gives no arrival instant: the clock starts when the merchant receives the goods', () => {
    const r = value(example('01-phone-case-quality-return'));
    expect(r.freight?.returnLeg).toEqual({ payer: 'merchant', rule: 'FRT-02' });
    expect(r.refund).toEqual({
      status: 'after_goods_received',
      rule: 'RFT-06',
      amountFen: 1990,
      deductedFen: 0,
      clockStartsAt: 'goods_received',
      refundWithinDays: 7,
      legs: [{ method: 'wechat_pay', amountFen: 1990, rule: 'RFT-02', unit: 'hours', min: 0, max: 24, holidayDelayed: true }],
    });
  });

  it('RFT-01: a failed group buy is denied as an application but refunded by the system from the failure', () => {
    const r = value(example('02-group-buy-failed'));
    expect(r.eligibility.verdict).toBe('denied');
    expect(r.freight).toBeNull();
    expect(r.refund).toEqual({
      status: 'automatic',
      rule: 'RFT-01',
      amountFen: 2990,
      failedAt: '2025-04-11T09:30:00+08:00',
      arrival: { ok: true, value: { earliest: '2025-04-11T09:31:00+08:00', latest: '2025-04-12T09:33:00+08:00', rule: 'RFT-01' } },
    });
    expect(r.deadlines).toEqual([{ party: 'platform', action: 'issue_refund', dueAt: '2025-04-12T09:30:00+08:00', onTimeout: 'contact_platform_service', rule: 'RFT-01' }]);
  });

  it('RFT-01: without failedAt the automatic refund is stated, with no invented instant', () => {
    const input = example('02-group-buy-failed');
    const order = { ...(input['order'] as object), groupBuy: { status: 'failed' } };
    expect(value({ ...input, order }).refund).toEqual({ status: 'automatic', rule: 'RFT-01', amountFen: 2990, failedAt: null, arrival: null });
  });

  it('ELG-06: a denied request opens nothing: no freight, no refund, no deadlines', () => {
    const r = value(example('06-no-reason-day-8'));
    expect([r.eligibility.verdict, r.freight, r.refund, r.deadlines]).toEqual(['denied', null, { status: 'none', why: 'denied' }, []]);
  });

  it('FRT-02: a wrong-item exchange moves goods both ways and no money', () => {
    const r = value(example('09-wrong-item-exchange'));
    expect(r.freight).toMatchObject({ returnLeg: { payer: 'merchant' }, forwardLeg: { payer: 'merchant' } });
    expect(r.refund).toEqual({ status: 'none', why: 'no_money_back' });
  });

  it('FRT-03: the freight-insurance case: the buyer pays the return leg and the insurer pays it back', () => {
    expect(value(example('10-no-reason-freight-insurance')).freight).toEqual({
      returnLeg: { payer: 'buyer', rule: 'FRT-01' },
      forwardLeg: null,
      reimbursement: { by: 'insurer', rule: 'FRT-03' },
      deduction: null,
    });
  });

  it('FRT-07: the deductible outbound postage comes off the refund of a return that breaks free shipping', () => {
    const order = anOrder({
      payments: [{ method: 'wechat_pay', amountFen: 11_000 }],
      items: [{ sku: 'mug', priceFen: 6000, quantity: 1 }, { sku: 'plate', priceFen: 5000, quantity: 1 }],
      freeShipping: { thresholdFen: 9900, postageFen: 800 },
    });
    const r = value({ policy: 'pinduoduo', order, request: aRequest({ skus: ['plate'], amountFen: 5000 }) });
    expect(r.refund).toMatchObject({ status: 'after_goods_received', amountFen: 4200, deductedFen: 800 });
  });

  it('RFT-07: a mixed payment is refunded per method, the split adding up to the refund', () => {
    const order = anOrder({ shippedAt: undefined, signedAt: undefined, payments: [{ method: 'wechat_pay', amountFen: 990 }, { method: 'credit_card', amountFen: 1000 }] });
    const r = value({ policy: 'pinduoduo', order, request: aRequest({ type: 'refund_only', requestedAt: '2025-02-27T12:00:00+08:00' }) });
    expect(r.refund).toMatchObject({
      status: 'on_approval',
      amountFen: 1990,
      arrival: {
        ok: true,
        value: {
          rule: 'RFT-07',
          earliest: '2025-02-27T12:00:00+08:00',
          latest: '2025-03-06T12:00:00+08:00',
          legs: [
            { method: 'wechat_pay', amountFen: 990, rule: 'RFT-02' },
            { method: 'credit_card', amountFen: 1000, rule: 'RFT-04' },
          ],
        },
      },
    });
  });

  it('CAL-02: an arrival past the calendar is reported inside an ok assessment, not as invalid input', () => {
    const order = anOrder({ paidAt: '2026-12-30T09:00:00+08:00', shippedAt: undefined, signedAt: undefined, payments: [{ method: 'alipay', amountFen: 1990 }] });
    const r = value({ policy: 'taobao', order, request: aRequest({ type: 'refund_only', requestedAt: '2026-12-30T10:00:00+08:00' }) });
    expect(r.refund).toMatchObject({ status: 'on_approval', arrival: { ok: false, error: { code: 'calendar_not_covered', issues: [{ code: 'calendar_not_covered', date: '2027-01-01' }] } } });
  });
});

describe('assess: first deadlines', () => {
  it('CSE-01: the merchant answers within 48 h on Pinduoduo and 72 h on Taobao; the window close follows (ELG-06)', () => {
    const input = { order: anOrder(), request: aRequest() };
    expect(value({ ...input, policy: 'pinduoduo' }).deadlines).toEqual([
      { party: 'merchant', action: 'respond', dueAt: '2025-03-07T09:00:00+08:00', onTimeout: 'system_agrees', rule: 'CSE-01' },
      { party: 'buyer', action: 'apply', dueAt: '2025-03-09T00:00:00+08:00', onTimeout: 'window_closes', rule: 'ELG-06' },
    ]);
    expect(value({ ...input, policy: 'taobao' }).deadlines[0]).toMatchObject({ dueAt: '2025-03-08T09:00:00+08:00', rule: 'CSE-01' });
  });

  it('CSE-01: a resend the merchant applied for waits on the buyer, not on a merchant deadline (RSD-01)', () => {
    const r = value({ policy: 'pinduoduo', order: anOrder(), request: aRequest({ type: 'resend', reason: 'missing_item', initiatedBy: 'merchant' }) });
    expect(r.deadlines.map((d) => d.rule)).toEqual([]);
    expect(r.freight?.forwardLeg).toEqual({ payer: 'merchant', rule: 'FRT-06' });
  });
});

describe('assess: untrusted input', () => {
  it('names every bad field at once, each path prefixed with its part', () => {
    expect(
      paths({
        policy: 'jd',
        order: { ...anOrder(), payments: [{ method: 'paypal', amountFen: -1 }] },
        request: { ...aRequest(), type: 'refund_please', requestedAt: '2025-03-05 09:00' },
        at: 'soon',
      }),
    ).toEqual(['policy', 'order.payments.0.method', 'order.payments.0.amountFen', 'request.type', 'request.requestedAt', 'at']);
  });

  it('reports cross-field faults: order invariants, SKUs the order lacks, an approval before the request', () => {
    expect(
      paths({
        policy: 'taobao',
        order: anOrder({ signedAt: '2025-02-01T00:00:00+08:00' }),
        request: aRequest({ skus: ['case-1', 'case-9', 'case-1'] }),
        at: '2025-03-05T08:59:59+08:00',
      }),
    ).toEqual(['order.signedAt', 'request.skus.1', 'request.skus.2', 'at']);
  });

  it('checks unknown SKUs even when the order is bad elsewhere', () => {
    expect(paths({ policy: 'taobao', order: { ...anOrder(), id: 7 }, request: aRequest({ skus: ['nope'] }) })).toEqual(['order.id', 'request.skus.0']);
  });

  it('takes a full policy object, validated with PolicySchema and the legal floors', () => {
    const longer = { ...policies.taobao, eligibility: { ...policies.taobao.eligibility, noReasonWindowDays: 15 } };
    expect(value({ policy: longer, order: anOrder(), request: aRequest({ requestedAt: '2025-03-12T09:00:00+08:00' }) }).eligibility.verdict).not.toBe('denied');
    const below = { ...policies.taobao, eligibility: { ...policies.taobao.eligibility, noReasonWindowDays: 5 } };
    const r = assess({ policy: below, order: anOrder(), request: aRequest() });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: ['policy', 'eligibility', 'noReasonWindowDays'] }] } });
    expect(paths({ policy: { ...policies.taobao, timeZone: 'Mars/Olympus' }, order: anOrder(), request: aRequest() })).toEqual(['policy.timeZone']);
  });

  it('refuses policy durations no computation could honour: fractional working days, a ten-year wait', () => {
    const odd = {
      ...policies.pinduoduo,
      refund: { ...policies.pinduoduo.refund, processingWorkingDays: { min: 0.5, max: 3 } },
      case: { ...policies.pinduoduo.case, merchantResponseHours: 1e12 },
    };
    expect(paths({ policy: odd, order: anOrder(), request: aRequest() })).toEqual([
      'policy.refund.processingWorkingDays.min',
      'policy.case.merchantResponseHours',
    ]);
  });

  it('a value that is not an object is one issue at the root', () => {
    for (const input of [null, 42, 'assess me', [], undefined]) {
      expect(assess(input)).toEqual({ ok: false, error: { code: 'invalid_input', issues: [{ code: 'invalid_type', path: [], message: 'expected an object { policy, order, request, at? }' }] } });
    }
  });

  it('a policy name that only an object prototype knows is unknown, not a crash', () => {
    expect(paths({ policy: 'constructor', order: anOrder(), request: aRequest() })).toEqual(['policy']);
    expect(paths({ policy: '__proto__', order: anOrder(), request: aRequest() })).toEqual(['policy']);
  });
});
