import { describe, expect, it } from 'vitest';
import { appraisalOf, MILESTONE_KEYS, stamp } from '../../src/case/record.js';
import type { Milestones } from '../../src/model/case.js';
import { APPLIED, ev, opened, order, pdd, plus, request, taobao, walk } from './fixtures.js';
import { advanced } from '../results.js';

const ADDRESS = 'Returns desk, 8 Warehouse Rd, Yiwu';
const pddReturn = () => opened(order(), request());
const inIntervention = () => walk(pddReturn(), [ev.refusedByMerchant(plus(APPLIED, 1)), ev.escalated(plus(APPLIED, 2))]);

describe('what a step records on the case', () => {
  it('RSD-05: stamp sets its own milestone and copies every other, in the one order MILESTONE_KEYS gives', () => {
    const full = Object.fromEntries([['appliedAt', 'a'], ...MILESTONE_KEYS.map((k, i) => [k, `m${i}`])]) as unknown as Milestones;
    for (const key of MILESTONE_KEYS) {
      const stamped = stamp(full, key, 'X');
      expect(Object.keys(stamped)).toEqual(['appliedAt', ...MILESTONE_KEYS]);
      expect(stamped).toEqual({ ...full, [key]: 'X' });
      expect(Object.keys(stamp({ appliedAt: 'a' }, key, 'X'))).toEqual(['appliedAt', key]);
    }
    expect(full).toEqual(Object.fromEntries([['appliedAt', 'a'], ...MILESTONE_KEYS.map((k, i) => [k, `m${i}`])]));
  });

  it('ELG-15: the latest appraisal decides; other evidence says nothing about it', () => {
    expect(appraisalOf(undefined)).toBeUndefined();
    expect(appraisalOf([{ kind: 'photo' }])).toBeUndefined();
    expect(appraisalOf([{ kind: 'appraisal', confirmsCounterfeit: true }])).toBe('confirms_counterfeit');
    expect(appraisalOf([{ kind: 'appraisal' }])).toBe('not_confirmed');
    expect(appraisalOf([{ kind: 'appraisal', confirmsCounterfeit: false }])).toBe('not_confirmed');
    expect(appraisalOf([{ kind: 'appraisal', confirmsCounterfeit: true }, { kind: 'appraisal', confirmsCounterfeit: false }])).toBe('not_confirmed');
    expect(appraisalOf([{ kind: 'appraisal', confirmsCounterfeit: false }, { kind: 'appraisal', confirmsCounterfeit: true }, { kind: 'photo' }])).toBe(
      'confirms_counterfeit',
    );
  });

  it('ELG-15: an appraisal submitted before the merchant answers is recorded without opening an intervention', () => {
    const claim = opened(order(), request({ type: 'counterfeit_claim', reason: 'counterfeit', evidence: [{ kind: 'photo' }] }), taobao);
    const c = walk(claim, [ev.evidence(plus(APPLIED, 1), 'buyer', 'appraisal', true)], taobao);
    expect(c.status).toBe('awaiting_merchant');
    expect(c.appraisal).toBe('confirms_counterfeit');
    expect(c.intervention).toBeUndefined();
    expect(c.clock.statusSinceMs).toBe(claim.clock.statusSinceMs);
    expect(c.effects).toBe(claim.effects);
  });

  it('CSE-03: each party’s evidence in intervention is counted on its own side, and the ruling keeps the counts', () => {
    const c = walk(inIntervention(), [
      ev.evidence(plus(APPLIED, 3), 'buyer'),
      ev.evidence(plus(APPLIED, 4), 'merchant'),
      ev.evidence(plus(APPLIED, 5), 'buyer'),
    ]);
    expect(c.intervention).toEqual({ requestedAt: plus(APPLIED, 2), evidenceWindowClosed: false, merchantEvidence: 1, buyerEvidence: 2 });
    // Evidence does not restart the merchant's window, and a step that stays in its state adds no entry effects.
    expect(c.clock.statusSinceMs).toBe(inIntervention().clock.statusSinceMs);
    expect(c.effects.filter((e) => e.type === 'request_evidence')).toHaveLength(1);
    const ruled = walk(c, [ev.ruled(plus(APPLIED, 6), 'merchant')]);
    expect(ruled.intervention).toEqual({ requestedAt: plus(APPLIED, 2), evidenceWindowClosed: false, merchantEvidence: 1, buyerEvidence: 2, ruling: 'merchant' });
    expect(ruled.milestones.ruledAt).toBe(plus(APPLIED, 6));
    expect(ruled.liableParty).toBe('buyer');
  });

  it('CSE-03: the window closing is recorded on the intervention and keeps its counts', () => {
    const c = advanced(walk(inIntervention(), [ev.evidence(plus(APPLIED, 3), 'buyer')]), plus(APPLIED, 60), pdd);
    expect(c.intervention).toEqual({ requestedAt: plus(APPLIED, 2), evidenceWindowClosed: true, merchantEvidence: 0, buyerEvidence: 1 });
    const ruled = walk(c, [ev.ruled(plus(APPLIED, 61), 'buyer')]);
    expect(ruled.intervention).toMatchObject({ evidenceWindowClosed: true, buyerEvidence: 1, ruling: 'buyer' });
    expect(ruled.effects.filter((e) => e.at === plus(APPLIED, 61)).slice(0, 2)).toEqual([
      { type: 'notify_buyer', notice: 'ruling', ruling: 'buyer', rule: 'CSE-02', at: plus(APPLIED, 61) },
      { type: 'notify_merchant', notice: 'ruling', ruling: 'buyer', rule: 'CSE-02', at: plus(APPLIED, 61) },
    ]);
  });

  it('CSE-04: a return the buyer never ships lapses without counting the goods as received', () => {
    const agreed = walk(pddReturn(), [ev.agreed(plus(APPLIED, 1), ADDRESS)]);
    const lapsed = advanced(agreed, plus(APPLIED, 24 * 30), pdd);
    expect(lapsed.history.find((e) => e.type === 'timed_out')).toMatchObject({ rule: 'CSE-04' });
    expect(lapsed.status).toBe('closed');
    expect(lapsed.milestones.receivedAt).toBeUndefined();
  });

  it('CSE-04: a return the merchant never confirms counts as received when its receipt window ends', () => {
    const shipped = walk(pddReturn(), [ev.agreed(plus(APPLIED, 1), ADDRESS), ev.buyerShipped(plus(APPLIED, 2), 'YT123456789')]);
    expect(shipped.returnShipment).toEqual({ carrier: 'YTO', trackingNumber: 'YT123456789', at: plus(APPLIED, 2) });
    expect(shipped.milestones.returnShippedAt).toBe(plus(APPLIED, 2));
    const [due] = [advanced(shipped, plus(APPLIED, 24 * 60), pdd).history.find((e) => e.type === 'timed_out')];
    expect(due).toMatchObject({ rule: 'CSE-04' });
    const received = advanced(shipped, due?.at ?? APPLIED, pdd);
    expect(received.milestones.receivedAt).toBe(due?.at);
    expect(received.goodsIntact).toBeUndefined();
  });

  it('ELG-08: the merchant’s receipt records whether the goods came back intact', () => {
    const shipped = walk(pddReturn(), [ev.agreed(plus(APPLIED, 1), ADDRESS), ev.buyerShipped(plus(APPLIED, 2), 'YT123456789')]);
    expect(walk(shipped, [ev.received(plus(APPLIED, 3))]).goodsIntact).toBe(true);
    expect(walk(shipped, [ev.received(plus(APPLIED, 3), true)]).goodsIntact).toBe(true);
    expect(walk(shipped, [ev.received(plus(APPLIED, 3), false)]).goodsIntact).toBe(false);
  });

  it('CSE-01: the system’s agreement leaves a liable buyer liable; only an unanswered liability falls on the merchant', () => {
    const noReason = opened(order(), request({ reason: 'no_reason', evidence: [] }));
    expect(noReason.liableParty).toBe('buyer');
    expect(advanced(noReason, plus(APPLIED, 48), pdd).liableParty).toBe('buyer');
  });

  it('CSE-07: a follow-up made after its deadline was missed is still recorded, and the miss stands', () => {
    const done = walk(opened(order('paid'), request({ type: 'refund_only', reason: 'no_reason', requestedAt: '2025-03-01T12:00:00+08:00', evidence: [] })), [
      ev.agreed('2025-03-01T13:00:00+08:00'),
      ev.refundPaid('2025-03-01T13:05:00+08:00'),
    ]);
    expect(done.followUp).toEqual({ missed: false });
    const missed = advanced(done, '2025-04-01T00:00:00+08:00', pdd);
    const late = walk(missed, [ev.followedUp('2025-04-02T10:00:00+08:00')]);
    expect(late.followUp).toEqual({ doneAt: '2025-04-02T10:00:00+08:00', missed: true });
    expect(late.status).toBe('completed');
    const onTime = walk(done, [ev.followedUp('2025-03-02T10:00:00+08:00')]);
    expect(onTime.followUp).toEqual({ doneAt: '2025-03-02T10:00:00+08:00', missed: false });
    expect(onTime.milestones.endedAt).toBe('2025-03-01T13:05:00+08:00');
  });
});
