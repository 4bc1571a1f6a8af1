import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { PAYMENT_METHODS, splitRefund } from '../../src/index.js';

describe('RFT-07: splitting a refund over the payments', () => {
  it('RFT-07: ¥10 back on ¥20 WeChat + ¥10 balance splits 667 / 333 fen, the odd fen to the larger remainder', () => {
    expect(splitRefund(1000, [{ method: 'wechat_pay', amountFen: 2000 }, { method: 'platform_balance', amountFen: 1000 }])).toEqual([
      { method: 'wechat_pay', amountFen: 667 },
      { method: 'platform_balance', amountFen: 333 },
    ]);
  });

  it('RFT-07: a full refund gives every payment back exactly', () => {
    const payments = [{ method: 'alipay', amountFen: 1 }, { method: 'huabei', amountFen: 9998 }, { method: 'debit_card', amountFen: 1 }] as const;
    expect(splitRefund(10_000, payments)).toEqual(payments);
  });

  it('RFT-07: more than was paid is a programmer error', () => {
    expect(() => splitRefund(101, [{ method: 'alipay', amountFen: 100 }])).toThrow(RangeError);
  });

  const arbPayments = fc.array(
    fc.record({ method: fc.constantFrom(...PAYMENT_METHODS), amountFen: fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: Math.floor(Number.MAX_SAFE_INTEGER / 8) })) }),
    { minLength: 1, maxLength: 4 },
  );
  const arbSplit = arbPayments.chain((payments) => {
    const paid = payments.reduce((a, p) => a + p.amountFen, 0);
    return fc.tuple(fc.constant(payments), fc.integer({ min: 0, max: paid }));
  });

  test.prop([arbSplit])('RFT-07 law: the split preserves the total, and no payment gets back more than it paid', ([payments, amountFen]) => {
    const parts = splitRefund(amountFen, payments);
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
    const parts = splitRefund(amountFen, payments);
    if (paid === 0) return;
    parts.forEach((part, i) => {
      const exact = (BigInt(amountFen) * BigInt(payments[i]?.amountFen ?? 0));
      const floor = exact / BigInt(paid);
      expect(BigInt(part.amountFen) - floor >= 0n && BigInt(part.amountFen) - floor <= 1n).toBe(true);
    });
  });
});
