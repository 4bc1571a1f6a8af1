// Opened cases for the laws, built by construction (map over tuples, no filtering): every draw is an
// eligible request, so `openCase` must succeed.
import fc from 'fast-check';
import { openCase } from '../../src/case/open-case.js';
import type { AfterSalesCase } from '../../src/model/case.js';
import type { Order } from '../../src/model/order.js';
import type { Policy } from '../../src/model/policy.js';
import type { AfterSalesRequest } from '../../src/model/request.js';
import { arbPolicy } from '../../src/testing/arb-policy.js';
import { FIRST_MS, WRITING_ZONES } from '../../src/testing/instants.js';
import { formatInstant } from '../../src/time/zone.js';

const HOUR = 3_600_000;
const LAST_START = Date.parse('2026-10-01T00:00:00+08:00');

/** What kind of case to open: the table it runs on and a request that fits it. */
const KINDS = [
  { stage: 'paid', type: 'refund_only', reason: 'no_reason' },
  { stage: 'shipped', type: 'refund_only', reason: 'no_reason' },
  { stage: 'signed', type: 'refund_only', reason: 'not_received' },
  { stage: 'signed', type: 'refund_only', reason: 'quality' },
  { stage: 'signed', type: 'return_refund', reason: 'no_reason' },
  { stage: 'signed', type: 'return_refund', reason: 'damaged_in_transit' },
  { stage: 'signed', type: 'exchange', reason: 'wrong_item' },
  { stage: 'signed', type: 'resend', reason: 'missing_item' },
  { stage: 'signed', type: 'counterfeit_claim', reason: 'counterfeit' },
  { stage: 'signed', type: 'repair', reason: 'quality' },
] as const;

export interface Opened {
  readonly order: Order;
  readonly request: AfterSalesRequest;
  readonly policy: Policy;
  readonly case: AfterSalesCase;
}

export const arbOpened = (): fc.Arbitrary<Opened> =>
  fc
    .tuple(
      fc.constantFrom(...KINDS.keys()),
      fc.constantFrom('buyer' as const, 'merchant' as const),
      arbPolicy(),
      fc.integer({ min: FIRST_MS, max: LAST_START }),
      fc.tuple(fc.integer({ min: 1, max: 72 }), fc.integer({ min: 1, max: 96 }), fc.integer({ min: 0, max: 5 * 24 * HOUR })),
      fc.tuple(fc.integer({ min: 1, max: 200_000 }), fc.integer({ min: 1, max: 3 }), fc.nat(500)),
      fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
      fc.boolean(),
      fc.constantFrom(...WRITING_ZONES),
      fc.boolean(),
    )
    .map(([k, initiatedBy, policy, t0, [shipH, signH, delay], [priceFen, quantity, refundedPermille], amountPermille, appraised, zone, subsidised]) => {
      const kind = KINDS[k] ?? KINDS[0];
      const shipped = t0 + shipH * HOUR;
      const signed = shipped + signH * HOUR;
      const totalFen = priceFen * quantity;
      const refundedFen = Math.floor((totalFen * refundedPermille) / 1000);
      const refundableFen = totalFen - refundedFen;
      const w = (t: number): string => formatInstant(t, zone);
      const order: Order = {
        id: `order-${t0}`,
        paidAt: w(t0),
        payments: [{ method: 'alipay', amountFen: totalFen }],
        ...(kind.stage === 'paid' ? {} : { shippedAt: w(shipped) }),
        ...(kind.stage === 'signed' ? { signedAt: w(signed) } : {}),
        items: [{ sku: 'sku-1', priceFen, quantity, goodsClass: 'standard' }],
        afterSales: { refundedFen },
        // FRT-04: the platform's return-freight subsidy, where the policy has one.
        ...(subsidised ? { returnFreightSubsidy: true } : {}),
      };
      const from = kind.stage === 'paid' ? t0 : kind.stage === 'shipped' ? shipped : signed;
      const evidence =
        kind.reason === 'counterfeit'
          ? [{ kind: 'appraisal' as const, confirmsCounterfeit: appraised }]
          : appraised
            ? [{ kind: 'photo' as const }]
            : [];
      const request: AfterSalesRequest = {
        type: kind.type,
        reason: kind.reason,
        requestedAt: w(from + delay),
        // RSD-01: only a resend is applied for by the merchant in these draws.
        initiatedBy: kind.type === 'resend' || k % 2 === 0 ? initiatedBy : 'buyer',
        evidence,
        ...(amountPermille === undefined ? {} : { amountFen: Math.max(1, Math.floor((refundableFen * amountPermille) / 1000)) }),
      };
      const c = openCase(order, request, policy);
      if (!c.ok) throw new Error(`arbOpened drew an ineligible request: ${JSON.stringify(c.error)}`);
      return { order, request, policy, case: c.value };
    });
