import { describe, expect, it } from 'vitest';
import { advanceTo } from '../../src/case/advance-to.js';
import { APPLIED, ev, opened, order, pdd, plus, refused, request, taobao, walk } from './fixtures.js';
import { advanced } from '../results.js';

const pddReturn = () => opened(order(), request());
const inIntervention = () => walk(pddReturn(), [ev.refusedByMerchant(plus(APPLIED, 1)), ev.escalated(plus(APPLIED, 2))]);
const WORK_ORDER = plus(APPLIED, 2);

describe('guards name what stopped a step', () => {
  it('CSE-03: evidence submitted in another party’s name names both', () => {
    const e = { type: 'evidence_submitted', at: plus(WORK_ORDER, 1), actor: 'buyer', by: 'merchant', items: [{ kind: 'photo' }] } as const;
    expect(refused(inIntervention(), e)).toMatchObject({ code: 'wrong_actor', rule: 'CSE-06', params: { by: 'merchant', actor: 'buyer' } });
  });

  it('ELG-15: an appraisal is the claimant’s own evidence', () => {
    const claim = opened(order(), request({ type: 'counterfeit_claim', reason: 'counterfeit', evidence: [{ kind: 'photo' }] }), taobao);
    const e = { type: 'evidence_submitted', at: plus(APPLIED, 1), actor: 'buyer', by: 'merchant', items: [{ kind: 'appraisal', confirmsCounterfeit: true }] } as const;
    expect(refused(claim, e, taobao)).toMatchObject({ code: 'wrong_actor', rule: 'CSE-06', params: { by: 'merchant', actor: 'buyer' } });
  });

  it('ELG-15: an appraisal that does not confirm counterfeit does not let the merchant agree', () => {
    const claim = opened(order(), request({ type: 'counterfeit_claim', reason: 'counterfeit', evidence: [{ kind: 'appraisal', confirmsCounterfeit: false }] }), taobao);
    expect(refused(claim, ev.agreed(plus(APPLIED, 1)), taobao)).toMatchObject({ code: 'appraisal_required', rule: 'ELG-15' });
  });

  it('RSD-02: the out-of-stock refusal names the stock check', () => {
    const resend = opened(order(), request({ type: 'resend', reason: 'missing_item', evidence: [] }));
    const out = walk(resend, [ev.stock(plus(APPLIED, 1), false), ev.declined(plus(APPLIED, 2))]);
    expect(out.status).toBe('awaiting_merchant');
    expect(refused(out, ev.agreed(plus(APPLIED, 3)))).toEqual(expect.objectContaining({ code: 'out_of_stock', rule: 'RSD-02', params: { checkedAt: plus(APPLIED, 1) } }));
  });

  it('CSE-03: the buyer’s evidence is admitted after the merchant’s window has closed', () => {
    const closed = advanced(inIntervention(), plus(WORK_ORDER, 48), pdd);
    expect(walk(closed, [ev.evidence(plus(WORK_ORDER, 49), 'buyer')]).intervention?.buyerEvidence).toBe(1);
  });

  it('CSE-03: once the merchant has given evidence the platform may rule at once, either way', () => {
    const withEvidence = walk(inIntervention(), [ev.evidence(plus(WORK_ORDER, 1), 'merchant')]);
    expect(walk(withEvidence, [ev.ruled(plus(WORK_ORDER, 2), 'buyer')]).intervention?.ruling).toBe('buyer');
    expect(walk(withEvidence, [ev.ruled(plus(WORK_ORDER, 2), 'merchant')]).intervention?.ruling).toBe('merchant');
  });

  it('CSE-03: the buyer’s evidence alone does not let the platform rule while the merchant’s window is open', () => {
    const c = walk(inIntervention(), [ev.evidence(plus(WORK_ORDER, 1), 'buyer')]);
    expect(refused(c, ev.ruled(plus(WORK_ORDER, 2), 'buyer'))).toMatchObject({ code: 'evidence_window_open', rule: 'CSE-03' });
  });

  it('CSE-01: a timeout at its exact due instant is accepted', () => {
    const c = walk(pddReturn(), [{ type: 'timed_out', at: plus(APPLIED, 48), actor: 'system', rule: 'CSE-01' }]);
    expect(c.status).toBe('awaiting_return');
  });
});

describe('advanceTo input', () => {
  it('TIME-06: an instant that is not ISO-8601 with an offset is invalid_input at `at`, never a throw', () => {
    for (const at of ['tomorrow', '2025-03-09 09:00', '2025-03-09T09:00:00', '1899-03-09T09:00:00+08:00', 42 as unknown as string]) {
      expect(advanceTo(pddReturn(), at, pdd)).toEqual({
        ok: false,
        error: { code: 'invalid_input', issues: [{ code: 'invalid_format', path: ['at'], message: `not an ISO-8601 instant with an offset: ${String(at)}` }] },
      });
    }
  });

  it('CSE-01: a chain of deadlines fires in order up to the instant, each at its own due time', () => {
    const c = advanced(pddReturn(), plus(APPLIED, 24 * 60), pdd);
    const timeouts = c.history.map((e) => (e.type === 'timed_out' ? e.rule : e.type));
    expect(timeouts[0]).toBe('CSE-01');
    expect(timeouts.every((r) => typeof r === 'string')).toBe(true);
    expect(c.history[0]).toEqual({ type: 'timed_out', at: plus(APPLIED, 48), actor: 'system', rule: 'CSE-01' });
  });
});
