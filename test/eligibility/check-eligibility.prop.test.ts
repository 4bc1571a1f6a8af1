import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { checkEligibility, REASON_CODES, type AfterSalesRequest, type Order } from '../../src/index.js';
import { formatInstant } from '../../src/time/zone.js';
import { arbOrder, arbOrderAndRequest, arbPolicy, arbRequest, arbZone } from '../../src/testing/index.js';

const WINDOW_CODES = ['no_reason_window_closed', 'quality_window_closed'];
const laterBy = (request: AfterSalesRequest, ms: number): AfterSalesRequest => ({
  ...request,
  requestedAt: formatInstant(Date.parse(request.requestedAt) + ms, 'Asia/Shanghai'),
});
const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
};

describe('checkEligibility laws', () => {
  test.prop([arbOrderAndRequest(), arbPolicy()])('ELG law: the verdict is denied exactly when some reason denies', ({ order, request }, policy) => {
    const e = checkEligibility(order, request, policy);
    const denies = e.reasons.some((r) => r.effect === 'deny');
    const conditions = e.reasons.some((r) => r.effect === 'condition');
    expect(e.verdict === 'denied').toBe(denies);
    expect(e.verdict === 'conditional').toBe(!denies && conditions);
  });

  test.prop([arbOrderAndRequest(), arbPolicy()])('ELG law: every reason names the rule its code belongs to', ({ order, request }, policy) => {
    for (const r of checkEligibility(order, request, policy).reasons) expect(r.rule).toBe(REASON_CODES[r.code]);
  });

  test.prop([arbOrderAndRequest({ signed: true }), fc.integer({ min: 1, max: 40 * 86_400_000 }), arbPolicy()])(
    'ELG-06/ELG-09 law: a window reason, once true at t, stays true for every later t',
    ({ order, request }, later, policy) => {
      const before = checkEligibility(order, request, policy).reasons.filter((r) => WINDOW_CODES.includes(r.code));
      const after = checkEligibility(order, laterBy(request, later), policy).reasons.filter((r) => WINDOW_CODES.includes(r.code));
      for (const r of before) expect(after).toContainEqual(r);
    },
  );

  test.prop([
    arbOrder({ paid: true }).chain((order) =>
      fc.tuple(fc.constant(order), arbRequest({ order, type: 'refund_only' }), fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0, max: 1, noNaN: true })),
    ),
    arbPolicy(),
  ])('ELG-13 law: any amount in (0, refundableFen] never yields amount_invalid, anything above always does', ([order, request, above, share], policy) => {
    const { refundableFen } = checkEligibility(order, request, policy);
    const inside = Math.max(1, Math.ceil(refundableFen * share));
    const hasInvalid = (amountFen: number) =>
      checkEligibility(order, { ...request, amountFen }, policy).reasons.some((r) => r.code === 'amount_invalid');
    if (refundableFen > 0) expect(hasInvalid(inside)).toBe(false);
    expect(hasInvalid(refundableFen + above)).toBe(true);
  });

  test.prop([arbOrderAndRequest(), arbPolicy()])('ELG law: decisions never mutate inputs and are deterministic', ({ order, request }, policy) => {
    const snapshot = JSON.stringify([order, request, policy]);
    const first = checkEligibility(deepFreeze(order), deepFreeze(request), deepFreeze(policy));
    expect(JSON.stringify([order, request, policy])).toBe(snapshot);
    expect(checkEligibility(order, request, policy)).toEqual(first);
  });

  test.prop([arbOrderAndRequest(), arbZone(), arbPolicy()])(
    'TIME-06 law: writing the same instants in another offset never changes the decision',
    ({ order, request }, zone, policy) => {
      const rewrite = (iso: string | undefined) => (iso === undefined ? undefined : formatInstant(Date.parse(iso), zone));
      const moved: Order = {
        ...order,
        ...(order.paidAt === undefined ? {} : { paidAt: rewrite(order.paidAt)! }),
        ...(order.shippedAt === undefined ? {} : { shippedAt: rewrite(order.shippedAt)! }),
        ...(order.signedAt === undefined ? {} : { signedAt: rewrite(order.signedAt)! }),
      };
      expect(checkEligibility(moved, { ...request, requestedAt: rewrite(request.requestedAt)! }, policy)).toEqual(
        checkEligibility(order, request, policy),
      );
    },
  );
});
