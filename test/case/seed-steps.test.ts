import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain/explain.js';
import { fastRequest } from '../../src/model/fast-validate.js';
import { reason } from '../../src/model/reason.js';
import { AfterSalesRequestSchema } from '../../src/model/request.js';
import { APPLIED, ev, opened, order, plus, request, walk } from './fixtures.js';

const ADDRESS = 'Return desk, 1 Warehouse Rd';
const TO = '上海市浦东新区世纪大道 100 号';

describe('ELG-02: the pending group buy points to platform customer service too (S4 §1)', () => {
  it('ELG-02: the explanation, in both languages, tells the buyer they may contact platform customer service', () => {
    const r = reason('group_buy_pending', 'deny');
    expect(explain(r, 'zh-CN')).toContain('联系平台客服');
    expect(explain(r, 'en')).toContain('platform customer service');
  });
});

describe('RSD-01 / RSD-03: the resend address travels with the case', () => {
  const resend = (overrides: Parameters<typeof request>[0] = {}) =>
    opened(order(), request({ type: 'resend', reason: 'missing_item', evidence: [], ...overrides }));

  it('RSD-01: a merchant\'s application carries the resend address to the buyer\'s confirmation card', () => {
    const c = resend({ initiatedBy: 'merchant', resendAddress: TO });
    expect(c.resendAddress).toBe(TO);
    expect(c.effects.at(-1)).toEqual({ type: 'notify_buyer', notice: 'application_to_confirm', resendAddress: TO, rule: 'RSD-01', at: APPLIED });
  });

  it('RSD-03: the agreement creates the resend order to that address; without one the order\'s own address is meant (no field)', () => {
    const steps = [ev.stock(plus(APPLIED, 1), true), ev.agreed(plus(APPLIED, 2))];
    const given = walk(resend({ resendAddress: TO }), steps);
    expect(given.effects.find((e) => e.type === 'create_resend_order')).toEqual({ type: 'create_resend_order', skus: ['case-1'], address: TO, rule: 'RSD-03', at: plus(APPLIED, 2) });
    const absent = walk(resend(), steps);
    expect(absent).not.toHaveProperty('resendAddress');
    expect(absent.effects.find((e) => e.type === 'create_resend_order')).toEqual({ type: 'create_resend_order', skus: ['case-1'], rule: 'RSD-03', at: plus(APPLIED, 2) });
  });

  it('RSD-01: the request schema and its fast path accept the address, and refuse an empty one', () => {
    const input = { type: 'resend', reason: 'missing_item', requestedAt: APPLIED, resendAddress: TO };
    expect(AfterSalesRequestSchema.parse(input)).toEqual(input);
    expect(fastRequest(input)).toEqual(input);
    expect(AfterSalesRequestSchema.safeParse({ ...input, resendAddress: '' }).success).toBe(false);
  });

  it('RSD-01: only a resend keeps an address; a return has its own return address from the merchant (CSE-04)', () => {
    expect(opened(order(), request({ resendAddress: TO }))).not.toHaveProperty('resendAddress');
  });
});

describe('CSE-07: the S0 service steps are milestones of the case record', () => {
  it('CSE-07: contact (the merchant\'s first act), verify, agree, follow up and the revisit that invites the review are each stamped', () => {
    const c = walk(opened(order(), request()), [
      ev.agreed(plus(APPLIED, 2), ADDRESS),
      ev.buyerShipped(plus(APPLIED, 5), 'YT1'),
      ev.received(plus(APPLIED, 30)),
      ev.refundPaid(plus(APPLIED, 31)),
      ev.followedUp(plus(APPLIED, 40)),
    ]);
    expect(c.milestones).toMatchObject({
      respondedAt: plus(APPLIED, 2),
      agreedAt: plus(APPLIED, 2),
      receivedAt: plus(APPLIED, 30),
      refundedAt: plus(APPLIED, 31),
      endedAt: plus(APPLIED, 31),
      revisitedAt: plus(APPLIED, 40),
    });
    expect(c.effects.at(-1)).toMatchObject({ type: 'invite_review', rule: 'CSE-07', at: plus(APPLIED, 40) });
  });

  it('CSE-07: the first merchant act is the contact, later ones do not move it; the system agreeing for a silent merchant is no contact', () => {
    const c = walk(opened(order(), request()), [ev.refusedByMerchant(plus(APPLIED, 3))]);
    expect(c.milestones.respondedAt).toBe(plus(APPLIED, 3));
    const silent = walk(opened(order(), request()), [{ type: 'timed_out', at: plus(APPLIED, 48), actor: 'system', rule: 'CSE-01' }]);
    expect(silent.milestones.respondedAt).toBeUndefined();
    const later = walk(silent, [ev.buyerShipped(plus(APPLIED, 50), 'YT1'), ev.received(plus(APPLIED, 60))]);
    expect(later.milestones.respondedAt).toBe(plus(APPLIED, 60));
  });
});
