import { describe, expect, it } from 'vitest';
import { deadlines } from '../../src/case/deadlines.js';
import { openCase } from '../../src/case/open-case.js';
import { APPLIED, ev, opened, order, pdd, plus, refused, request, walk } from './fixtures.js';
import { advanced } from '../results.js';

const refundOnly = (reason: 'quality' | 'not_received' | 'missing_item') => opened(order(), request({ type: 'refund_only', reason }));

describe('ELG-18 on the case: the refund-only machine after delivery', () => {
  it('ELG-18: a no-reason refund-only of signed goods opens no case', () => {
    const r = openCase(order(), request({ type: 'refund_only', reason: 'no_reason', evidence: [] }), pdd);
    expect(r).toEqual({ ok: false, error: { code: 'not_eligible', issues: [{ code: 'signed_refund_only_no_reason', rule: 'ELG-18', effect: 'deny', params: { use: 'return_refund' } }] } });
  });

  it('ELG-18 / CSE-01: the merchant\'s silence on a fault refund-only leaves it refused, unpaid, and the buyer may escalate', () => {
    const c = refundOnly('quality');
    expect(c.conditions).toEqual([{ code: 'merchant_agreement_required', rule: 'ELG-18', effect: 'condition' }]);
    expect(deadlines(c, pdd)).toEqual([
      { party: 'merchant', action: 'respond', dueAt: plus(APPLIED, 48), onTimeout: 'treat_as_refused', rule: 'CSE-01', since: APPLIED },
    ]);
    const silent = advanced(c, plus(APPLIED, 48), pdd);
    expect(silent.status).toBe('rejected');
    expect(silent.milestones.agreedAt).toBeUndefined();
    expect(silent.effects.some((e) => e.type === 'pay_refund')).toBe(false);
    expect(deadlines(silent, pdd)).toMatchObject([{ party: 'buyer', action: 'request_intervention', rule: 'CSE-02' }]);
    expect(walk(silent, [ev.escalated(plus(APPLIED, 49))]).status).toBe('in_intervention');
  });

  it('ELG-18: the merchant\'s agreement pays the negotiated refund', () => {
    const agreed = walk(refundOnly('quality'), [ev.agreed(plus(APPLIED, 1))]);
    expect(agreed.status).toBe('refunding');
    expect(agreed.effects.filter((e) => e.type === 'pay_refund')).toEqual([{ type: 'pay_refund', amountFen: 3980, rule: 'LOG-03', at: plus(APPLIED, 1) }]);
  });

  it('ELG-18 / CSE-01: a missing-item refund-only is not goods kept: silence still agrees, and the timeout is refused one ms early', () => {
    const c = refundOnly('missing_item');
    expect(refused(c, { type: 'timed_out', at: plus(APPLIED, 48, -1), actor: 'system', rule: 'CSE-01' })).toMatchObject({ code: 'timeout_not_due' });
    const silent = advanced(c, plus(APPLIED, 48), pdd);
    expect(silent.status).toBe('refunding');
    expect(silent.milestones.agreedAt).toBe(plus(APPLIED, 48));
  });
});
