import { describe, expect, it } from 'vitest';
import { messageOf } from '../../src/case/issues.js';
import { openCase } from '../../src/case/open-case.js';
import { replay } from '../../src/case/replay.js';
import { APPLIED, ev, opened, order, pdd, plus, refused, request, taobao, walk } from './fixtures.js';
import { advanced } from '../results.js';

const ADDRESS = 'Returns desk, 8 Warehouse Rd, Yiwu';
const pddReturn = () => opened(order(), request());

describe('CSE-06: every refusal carries a coded issue and one English sentence', () => {
  it('CSE-06: the message of each code, with its parameters filled in', () => {
    expect(messageOf('not_eligible')).toBe('The request is not eligible, so no case was opened.');
    expect(messageOf('event_not_allowed', { event: 'delivered', status: 'awaiting_merchant' })).toBe(
      'delivered is not a step a case can take while awaiting_merchant.',
    );
    expect(messageOf('wrong_actor', { actor: 'buyer', allowed: ['merchant', 'system'] })).toBe('buyer may not take this step; allowed: merchant, system.');
    expect(messageOf('wrong_actor', { actor: 'buyer', by: 'merchant' })).toBe('buyer may not take this step; allowed: merchant.');
    expect(messageOf('event_before_last', { at: '2025-03-04T09:00:00+08:00' })).toBe(
      "The event at 2025-03-04T09:00:00+08:00 is dated before the case's last event.",
    );
    expect(messageOf('deadline_passed', { dueAt: '2025-03-06T10:00:00+08:00' })).toBe(
      'The deadline due at 2025-03-06T10:00:00+08:00 has passed: advance the case to the event\'s instant first.',
    );
    expect(messageOf('timeout_not_due')).toBe('No deadline of this rule is due yet.');
    expect(messageOf('timeout_not_due', { dueAt: '2025-03-06T10:00:00+08:00' })).toBe(
      'No deadline of this rule is due yet (due at 2025-03-06T10:00:00+08:00).',
    );
    expect(messageOf('buyer_confirmation_required')).toBe('The buyer has not confirmed yet.');
    expect(messageOf('stock_not_confirmed')).toBe('Stock must be checked before agreeing to a resend.');
    expect(messageOf('out_of_stock')).toBe('The last stock check found no stock; offer a refund instead.');
    expect(messageOf('tracking_number_required', { missing: ['carrier', 'trackingNumber'] })).toBe(
      'A shipment needs a carrier and a tracking number (missing: carrier, trackingNumber).',
    );
    expect(messageOf('return_address_required')).toBe('Agreeing to take goods back needs a return address.');
    expect(messageOf('courier_verification_required')).toBe('Tracking says signed: verify with the courier before any remedy.');
    expect(messageOf('appraisal_required')).toBe('A counterfeit claim is agreed only on an appraisal that confirms it.');
    expect(messageOf('evidence_window_closed')).toBe("The merchant's evidence window has closed; later evidence is refused.");
    expect(messageOf('evidence_window_open')).toBe("The merchant's evidence window is still open and it has given no evidence yet.");
    expect(messageOf('ruling_must_follow_buyer_evidence')).toBe("The merchant gave no evidence in time: the ruling follows the buyer's evidence.");
    expect(messageOf('follow_up_already_recorded')).toBe('The follow-up visit is already recorded.');
  });

  it('CSE-06: a refusal names the state and the event, and params only when it has some', () => {
    const issue = refused(pddReturn(), ev.delivered(plus(APPLIED, 1)));
    expect(issue).toEqual({
      code: 'event_not_allowed',
      rule: 'CSE-06',
      message: 'delivered is not a step a case can take while awaiting_merchant.',
      status: 'awaiting_merchant',
      event: 'delivered',
    });
    expect('params' in issue).toBe(false);
  });

  it('CSE-06: an event dated before the last one names both instants, in the case’s zone', () => {
    const c = walk(pddReturn(), [ev.refusedByMerchant(plus(APPLIED, 2))]);
    expect(refused(c, ev.escalated('2025-03-04T03:00:00Z'))).toEqual({
      code: 'event_before_last',
      rule: 'CSE-06',
      message: "The event at 2025-03-04T03:00:00Z is dated before the case's last event.",
      status: 'rejected',
      event: 'intervention_requested',
      params: { at: '2025-03-04T03:00:00Z', lastAt: plus(APPLIED, 2) },
    });
  });

  it('CSE-06: a step by the wrong actor names the actor and who may take it', () => {
    const issue = refused(pddReturn(), { type: 'merchant_agreed', at: plus(APPLIED, 1), actor: 'buyer', returnAddress: ADDRESS });
    expect(issue).toMatchObject({
      code: 'wrong_actor',
      rule: 'CSE-06',
      params: { actor: 'buyer', allowed: ['merchant'] },
      message: 'buyer may not take this step; allowed: merchant.',
    });
  });

  it('CSE-04: a guard without a rule of its own is refused under the transition’s rule, naming what is missing', () => {
    const agreed = walk(pddReturn(), [ev.agreed(plus(APPLIED, 1), ADDRESS)]);
    const issue = refused(agreed, { type: 'buyer_shipped', at: plus(APPLIED, 2), actor: 'buyer' });
    expect(issue).toMatchObject({ code: 'tracking_number_required', rule: 'CSE-04', params: { missing: ['carrier', 'trackingNumber'] } });
    expect(refused(agreed, ev.buyerShipped(plus(APPLIED, 2)))).toMatchObject({ params: { missing: ['trackingNumber'] } });
  });

  it('CSE-01: a step after a deadline not yet timed out names the deadline in the case’s zone', () => {
    expect(refused(pddReturn(), ev.agreed('2025-03-06T02:00:00.001Z', ADDRESS))).toEqual({
      code: 'deadline_passed',
      rule: 'CSE-01',
      message: 'The deadline due at 2025-03-06T10:00:00+08:00 has passed: advance the case to the event\'s instant first.',
      status: 'awaiting_merchant',
      event: 'merchant_agreed',
      params: { dueAt: '2025-03-06T10:00:00+08:00' },
    });
  });

  it('CSE-01: a timeout asked for before it is due names the due instant; one of another rule names what is pending', () => {
    const c = pddReturn();
    expect(refused(c, { type: 'timed_out', at: plus(APPLIED, 47), actor: 'system', rule: 'CSE-01' })).toMatchObject({
      code: 'timeout_not_due',
      rule: 'CSE-01',
      params: { dueAt: plus(APPLIED, 48) },
      message: `No deadline of this rule is due yet (due at ${plus(APPLIED, 48)}).`,
    });
    expect(refused(c, { type: 'timed_out', at: plus(APPLIED, 49), actor: 'system', rule: 'CSE-03' })).toMatchObject({
      code: 'timeout_not_due',
      rule: 'CSE-03',
      params: { pending: 'CSE-01' },
    });
    const closed = advanced(walk(c, [ev.refusedByMerchant(plus(APPLIED, 1)), ev.withdrew(plus(APPLIED, 2))]), plus(APPLIED, 24 * 400), pdd);
    expect(refused(closed, { type: 'timed_out', at: plus(APPLIED, 24 * 401), actor: 'system', rule: 'CSE-07' })).toMatchObject({
      code: 'timeout_not_due',
      params: { pending: 'none' },
    });
  });
});

describe('CSE-06: replay of an ineligible request', () => {
  it('CSE-06: is openCase\u2019s not_eligible failure, every reason an issue with its rule', () => {
    const r = replay(order('paid'), request(), [], taobao);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r).toEqual(openCase(order('paid'), request(), taobao));
    expect(r.error.code).toBe('not_eligible');
    expect(r.error.issues.length).toBeGreaterThan(0);
    for (const issue of r.error.issues) expect(issue.rule).toMatch(/^ELG-/);
  });

  it('CSE-06: a refused event is returned with its index and the issue', () => {
    const r = replay(order(), request(), [ev.agreed(plus(APPLIED, 1), ADDRESS), ev.agreed(plus(APPLIED, 2), ADDRESS)], pdd);
    expect(r).toMatchObject({ ok: false, error: { code: 'transition_refused', issues: [{ code: 'event_not_allowed', index: 1, path: ['events', 1], status: 'awaiting_return' }] } });
  });
});
