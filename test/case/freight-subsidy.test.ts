import { describe, expect, it } from 'vitest';
import { assignFreight } from '../freight/assign.js';
import { deadlines } from '../../src/case/deadlines.js';
import { APPLIED, ev, opened, order, pdd, plus, request, taobao, walk } from './fixtures.js';
import { advanced } from '../results.js';

const ADDRESS = 'Return desk, 1 Warehouse Rd';
const subsidised = order('signed', { returnFreightSubsidy: true });
const noReason = request({ reason: 'no_reason', evidence: [] });

describe('FRT-04 on the case: the platform\'s return-freight subsidy', () => {
  it('FRT-04: agreeing a subsidised PDD return with an address puts the payout, due 24 h later, among the effects and the deadlines', () => {
    const c = opened(subsidised, noReason);
    expect(c.terms.returnFreightSubsidyHours).toBe(24);
    const agreedAt = plus(APPLIED, 2);
    const agreed = walk(c, [ev.agreed(agreedAt, ADDRESS)]);
    const payout = { type: 'pay_freight_subsidy', by: 'platform', dueAt: plus(agreedAt, 24), rule: 'FRT-04', at: agreedAt };
    expect(agreed.effects.filter((e) => e.type === 'pay_freight_subsidy')).toEqual([payout]);
    // The same instant assignFreight computes for the same agreement.
    expect(assignFreight(subsidised, noReason, pdd, { merchantAgreedAt: agreedAt }).reimbursement?.dueBy).toBe(payout.dueAt);
    expect(deadlines(agreed, pdd)).toEqual([
      { party: 'platform', action: 'pay_freight_subsidy', dueAt: plus(agreedAt, 24), onTimeout: 'contact_platform_service', rule: 'FRT-04', since: agreedAt },
      { party: 'buyer', action: 'ship_return', dueAt: plus(agreedAt, 7 * 24), onTimeout: 'close_case', rule: 'CSE-04', since: agreedAt },
    ]);
  });

  it('FRT-04: the payout stays listed up to its last instant, and not once the record has passed it', () => {
    const agreed = walk(opened(subsidised, noReason), [ev.agreed(plus(APPLIED, 2), ADDRESS)]);
    const onTime = walk(agreed, [ev.buyerShipped(plus(APPLIED, 26), 'YT9')]);
    expect(deadlines(onTime, pdd).map((d) => d.rule)).toEqual(['FRT-04', 'CSE-04']);
    const later = walk(agreed, [ev.buyerShipped(plus(APPLIED, 26, 1), 'YT9')]);
    expect(deadlines(later, pdd).map((d) => d.rule)).toEqual(['CSE-04']);
  });

  it('FRT-04: the system agreeing at the CSE-01 timeout (the default address) starts the payout too', () => {
    const silent = advanced(opened(subsidised, noReason), plus(APPLIED, 48), pdd);
    expect(silent.effects.filter((e) => e.type === 'pay_freight_subsidy')).toMatchObject([{ dueAt: plus(APPLIED, 72), rule: 'FRT-04' }]);
  });

  it('FRT-04: no subsidy where the platform does not bear the postage — Taobao, an unsubsidised order, a fault return', () => {
    for (const [o, r, policy] of [
      [subsidised, noReason, taobao],
      [order(), noReason, pdd],
      [subsidised, request(), pdd],
    ] as const) {
      const agreed = walk(opened(o, r, policy), [ev.agreed(plus(APPLIED, 2), ADDRESS)], policy);
      expect(agreed.terms.returnFreightSubsidyHours).toBeUndefined();
      expect(agreed.effects.some((e) => e.type === 'pay_freight_subsidy')).toBe(false);
      expect(deadlines(agreed, policy).map((d) => d.rule)).toEqual(['CSE-04']);
    }
  });
});
