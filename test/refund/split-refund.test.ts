import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { PAYMENT_METHODS, splitRefund } from '../../src/index.js';
import { MAX_FEN } from '../../src/model/instant.js';
import { unwrap } from '../results.js';

describe('RFT-07: splitting a refund over the payments', () => {
  it('RFT-07: ¥10 back on ¥20 WeChat + ¥10 balance splits 667 / 333 fen, the odd fen to the larger remainder', () => {
    expect(unwrap(splitRefund(1000, [{ method: 'wechat_pay', amountFen: 2000 }, { method: 'platform_balance', amountFen: 1000 }]))).toEqual([
      { method: 'wechat_pay', amountFen: 667 },
      { method: 'platform_balance', amountFen: 333 },
    ]);
  });

  it('RFT-07: a full refund gives every payment back exactly', () => {
    const payments = [{ method: 'alipay', amountFen: 1 }, { method: 'huabei', amountFen: 9998 }, { method: 'debit_card', amountFen: 1 }] as const;
    expect(unwrap(splitRefund(10_000, payments))).toEqual(payments);
  });

  it('RFT-07: more than was paid is invalid_input at amountFen, never a throw', () => {
    expect(splitRefund(101, [{ method: 'alipay', amountFen: 100 }])).toEqual({
      ok: false,
      error: { code: 'invalid_input', issues: [{ code: 'invalid_value', path: ['amountFen'], message: 'a refund of 101 fen cannot be split over 100 fen of payments' }] },
    });
  });

  it('RFT-07: every payment that is not whole fen is named, and payments adding up past 2^53 are refused', () => {
    expect(splitRefund(1, [{ method: 'alipay', amountFen: -1 }, { method: 'huabei', amountFen: 0.5 }])).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['payments', 0, 'amountFen'] }, { path: ['payments', 1, 'amountFen'] }] },
    });
    const big = Array.from({ length: 1000 }, () => ({ method: 'alipay' as const, amountFen: 10 ** 13 }));
    expect(splitRefund(1, big)).toMatchObject({ ok: false, error: { issues: [{ path: ['payments'] }] } });
  });

  const arbPayments = fc.array(
    fc.record({ method: fc.constantFrom(...PAYMENT_METHODS), amountFen: fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: MAX_FEN })) }),
    { minLength: 1, maxLength: 4 },
  );
  const arbSplit = arbPayments.chain((payments) => {
    const paid = payments.reduce((a, p) => a + p.amountFen, 0);
    return fc.tuple(fc.constant(payments), fc.integer({ min: 0, max: paid }));
  });

  test.prop([arbSplit])('RFT-07 law: the split preserves the total, and no payment gets back more than it paid', ([payments, amountFen]) => {
    const parts = unwrap(splitRefund(amountFen, payments));
    expect(parts.reduce((a, p) => a + p.amountFen, 0)).toBe(amountFen);
    parts.forEach((part, i) => {
      expect(part.method).toBe(payments[i]?.method);
      expect(Number.isSafeInteger(part.amountFen)).toBe(true);
      expect(part.amountFen).toBeGreaterThanOrEqual(0);
      expect(part.amountFen).toBeLessThanOrEqual(payments[i]?.amountFen ?? 0);
    });
  });

  test.prop([arbSplit])('RFT-07 law: each part is within one fen of its exact proportional share', ([payments, amountFen]) => {
    const paid = payments.reduce((a, p) => a + p.amountFen, 0);
    const parts = unwrap(splitRefund(amountFen, payments));
    if (paid === 0) return;
    parts.forEach((part, i) => {
      const exact = (BigInt(amountFen) * BigInt(payments[i]?.amountFen ?? 0));
      const floor = exact / BigInt(paid);
      expect(BigInt(part.amountFen) - floor >= 0n && BigInt(part.amountFen) - floor <= 1n).toBe(true);
    });
  });
});
