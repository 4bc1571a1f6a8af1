import { fc, test } from '@fast-check/vitest';
import { assignFreight } from './assign.js';
import { describe, expect } from 'vitest';
import { FAULT_REASONS, OrderSchema, type AfterSalesRequest, type Order } from '../../src/index.js';
import { arbOrderAndRequest, arbPolicy } from '../../src/testing/index.js';

const PAYERS = ['buyer', 'merchant', 'platform'];
const MOVES_BACK = ['return_refund', 'counterfeit_claim', 'exchange', 'repair'];
const MOVES_OUT = ['exchange', 'repair', 'resend'];

/** Orders that sometimes won free shipping (FRT-07), built by construction: only postage-free orders get it. */
const withFreeShipping = (pairs: fc.Arbitrary<{ order: Order; request: AfterSalesRequest }>, always = false) => fc
  .tuple(pairs, fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 2000 }), always ? fc.constant(true) : fc.boolean())
  .map(([{ order, request }, permille, postageFen, free]): { order: Order; request: AfterSalesRequest } => {
    if (!free || (order.shippingFen ?? 0) > 0) return { order, request };
    const itemsFen = order.items.reduce((a, i) => a + i.priceFen * i.quantity, 0);
    return { order: { ...order, freeShipping: { thresholdFen: Math.floor((itemsFen * permille) / 1000), postageFen } }, request };
  });
const arbWithFreeShipping = withFreeShipping(arbOrderAndRequest());
/** No-reason returns of postage-free orders, where FRT-07 has something to decide. */
const arbFreeShippingReturn = withFreeShipping(arbOrderAndRequest({ type: 'return_refund', reason: 'no_reason' }), true);

const arbPenalties = fc.option(fc.subarray(['PEN-01', 'PEN-02', 'PEN-04']), { nil: undefined });

describe('assignFreight laws', () => {
  test.prop([arbWithFreeShipping, arbPolicy(), arbPenalties])(
    'FRT law: each leg that moves a parcel has exactly one payer and the FRT rule that chose it',
    ({ order, request }, policy, penalties) => {
      const f = assignFreight(order, request, policy, penalties === undefined ? {} : { penalties });
      expect(f.returnLeg !== null).toBe(MOVES_BACK.includes(request.type));
      expect(f.forwardLeg !== null).toBe(MOVES_OUT.includes(request.type));
      for (const leg of [f.returnLeg, f.forwardLeg]) {
        if (leg === null) continue;
        expect(Object.keys(leg).sort()).toEqual(['payer', 'rule']);
        expect(PAYERS).toContain(leg.payer);
        expect(leg.rule).toMatch(/^FRT-0[1-7]$/);
      }
    },
  );

  test.prop([arbWithFreeShipping.map(({ order, request }) => ({ order, request })), fc.constantFrom(...FAULT_REASONS), arbPolicy(), arbPenalties])(
    "FRT-02 law: the merchant pays whenever the reason is the merchant's fault",
    ({ order, request }, reason, policy, penalties) => {
      const f = assignFreight(order, { ...request, reason }, policy, penalties === undefined ? {} : { penalties });
      for (const leg of [f.returnLeg, f.forwardLeg]) if (leg !== null) expect(leg.payer).toBe('merchant');
      expect(f.reimbursement).toBeNull();
      expect(f.deduction).toBeNull();
    },
  );

  test.prop([arbWithFreeShipping, arbPolicy()])('FRT law: refund-only moves no parcel', ({ order, request }, policy) => {
    expect(assignFreight(order, { ...request, type: 'refund_only' }, policy)).toEqual({
      returnLeg: null,
      forwardLeg: null,
      reimbursement: null,
      deduction: null,
    });
  });

  test.prop([arbWithFreeShipping, arbPolicy()])(
    'FRT-03 / FRT-04 law: only postage the buyer or the platform bears is ever reimbursed, and only on the return leg',
    ({ order, request }, policy) => {
      const f = assignFreight(order, request, policy);
      if (f.reimbursement === null) return;
      expect(f.returnLeg?.payer).toBe(f.reimbursement.by === 'insurer' ? 'buyer' : 'platform');
    },
  );

  test.prop([arbFreeShippingReturn, arbPolicy()])(
    'FRT-07 law: the waived postage is deductible exactly when a partial no-reason return leaves the kept items under the threshold',
    ({ order, request }, policy) => {
      expect(OrderSchema.safeParse(order).success).toBe(true);
      const d = assignFreight(order, request, policy).deduction;
      const free = order.freeShipping;
      const kept = order.items.filter((i) => !(request.skus ?? order.items.map((x) => x.sku)).includes(i.sku)).reduce((a, i) => a + i.priceFen * i.quantity, 0);
      const breaks = free !== undefined && free.postageFen > 0 && kept > 0 && kept < free.thresholdFen && policy.freight.deductOutboundPostage;
      expect(d).toEqual(breaks ? { amountFen: free.postageFen, rule: 'FRT-07' } : null);
    },
  );
});
