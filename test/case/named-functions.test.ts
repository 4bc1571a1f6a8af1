// The named guards, selectors and effect builders are pure functions the tables refer to by name.
// The tables only call each on the events it was written for; these tests pin down what each does
// with any other event too, so a table that reuses one elsewhere gets a defined answer.
import { describe, expect, it } from 'vitest';
import { EFFECTS } from '../../src/case/effects.js';
import { GUARDS } from '../../src/case/guards.js';
import { record } from '../../src/case/record.js';
import { SELECTORS } from '../../src/case/selectors.js';
import type { CaseEvent } from '../../src/model/case.js';
import { parseInstant } from '../../src/time/zone.js';
import { APPLIED, ev, opened, order, plus, request } from './fixtures.js';

const c = () => opened(order(), request());
const at = plus(APPLIED, 1);
const ms = parseInstant(at);
const other: CaseEvent = ev.refundPaid(at);

describe('guards let through the events they are not about', () => {
  it('CSE-04: the tracking-number guard only looks at shipments', () => {
    expect(GUARDS.trackingNumber(c(), other, ms)).toBeUndefined();
    expect(GUARDS.trackingNumber(c(), ev.merchantShipped(at), ms)).toEqual({ code: 'tracking_number_required', params: { missing: ['trackingNumber'] } });
    expect(GUARDS.trackingNumber(c(), ev.merchantShipped(at, 'SF1'), ms)).toBeUndefined();
  });

  it('CSE-04: the return-address guard only looks at an agreement', () => {
    expect(GUARDS.returnAddress(c(), other, ms)).toBeUndefined();
    expect(GUARDS.returnAddress(c(), ev.agreed(at), ms)).toEqual({ code: 'return_address_required', rule: 'CSE-04' });
  });

  it('CSE-03: the evidence guards only look at evidence', () => {
    expect(GUARDS.evidenceByActor(c(), other, ms)).toBeUndefined();
    expect(GUARDS.evidenceAdmissible(c(), other, ms)).toBeUndefined();
    expect(GUARDS.evidenceByActor(c(), ev.evidence(at, 'buyer'), ms)).toBeUndefined();
  });

  it('CSE-03: the ruling guard only looks at a ruling in an intervention', () => {
    expect(GUARDS.rulingAdmissible(c(), other, ms)).toBeUndefined();
    expect(GUARDS.rulingAdmissible(c(), ev.ruled(at, 'merchant'), ms)).toBeUndefined();
  });

  it('CSE-06: the timeout guard only looks at timeouts', () => {
    expect(GUARDS.timeoutDue(c(), other, ms)).toBeUndefined();
  });
});

describe('selectors answer for any event', () => {
  it('CSE-02: anything but a ruling for the buyer picks the merchant branch', () => {
    expect(SELECTORS.ruling.pick(c(), other)).toBe('merchant');
    expect(SELECTORS.ruling.pick(c(), ev.ruled(at, 'buyer'))).toBe('buyer');
    expect(SELECTORS.rulingWhereGoodsAre.pick(c(), other)).toBe('merchant');
    expect(SELECTORS.rulingWhereGoodsAre.pick(c(), ev.ruled(at, 'merchant'))).toBe('merchant');
    expect(SELECTORS.rulingWhereGoodsAre.pick(c(), ev.ruled(at, 'buyer'))).toBe('buyer_goods_with_buyer');
  });

  it('RSD-02 / ELG-08: a stock check or receipt that says nothing picks the safe branch', () => {
    expect(SELECTORS.stock.pick(c(), other)).toBe('unavailable');
    expect(SELECTORS.stock.pick(c(), ev.stock(at, true))).toBe('available');
    expect(SELECTORS.intact.pick(c(), other)).toBe('intact');
    expect(SELECTORS.intact.pick(c(), ev.received(at, false))).toBe('not_intact');
    expect(SELECTORS.confirmation.pick(c())).toBe('application');
  });
});

describe('effect builders without their event', () => {
  it('CSE-02: a ruling notice without a ruling event tells both sides the merchant’s ruling', () => {
    expect(EFFECTS.notify_ruling(c(), undefined, at, 'CSE-02')).toEqual([
      { type: 'notify_buyer', notice: 'ruling', ruling: 'merchant', rule: 'CSE-02', at },
      { type: 'notify_merchant', notice: 'ruling', ruling: 'merchant', rule: 'CSE-02', at },
    ]);
  });

  it('LOG-03: the courier’s outcome needs the courier’s finding', () => {
    expect(EFFECTS.courier_outcome(c(), other, at, 'LOG-03')).toEqual([]);
    expect(EFFECTS.courier_outcome(c(), ev.courier(at, 'damaged'), at, 'LOG-03')).toEqual([
      { type: 'notify_buyer', notice: 'courier_finding', finding: 'damaged', rule: 'LOG-03', at },
      { type: 'claim_from_courier', rule: 'LOG-04', at },
      { type: 'record_packaging_feedback', rule: 'LOG-04', at },
    ]);
  });

  it('CSE-04 / RSD-04: a shipment notice without a tracked shipment carries no tracking number', () => {
    expect(EFFECTS.notify_shipment(c(), undefined, at, 'RSD-04')).toEqual([{ type: 'notify_buyer', notice: 'shipped', rule: 'RSD-04', at }]);
    expect(EFFECTS.notify_shipment(c(), other, at, 'RSD-04')).toEqual([{ type: 'notify_buyer', notice: 'shipped', rule: 'RSD-04', at }]);
    expect(EFFECTS.notify_shipment(c(), ev.merchantShipped(at), at, 'RSD-04')).toEqual([{ type: 'notify_buyer', notice: 'shipped', rule: 'RSD-04', at }]);
    expect(EFFECTS.notify_return_shipment(c(), { type: 'buyer_shipped', at, actor: 'buyer', trackingNumber: 'YT1' }, at, 'CSE-04')).toEqual([
      { type: 'notify_merchant', notice: 'return_shipped', rule: 'CSE-04', at },
    ]);
    expect(EFFECTS.notify_return_shipment(c(), ev.buyerShipped(at, 'YT1'), at, 'CSE-04')).toEqual([
      { type: 'notify_merchant', notice: 'return_shipped', carrier: 'YTO', trackingNumber: 'YT1', rule: 'CSE-04', at },
    ]);
  });

  it('CSE-03 / CSE-07: a due date asked of a case with nothing pending is empty', () => {
    const ended = { ...c(), status: 'completed', followUp: { doneAt: at, missed: false } } as const;
    expect(EFFECTS.request_evidence(ended, undefined, at, 'CSE-03')).toEqual([{ type: 'request_evidence', from: 'merchant', dueAt: '', rule: 'CSE-03', at }]);
    expect(EFFECTS.follow_up_visit(ended, undefined, at, 'CSE-07')).toEqual([{ type: 'follow_up_visit', dueAt: '', rule: 'CSE-07', at }]);
  });

  it('PEN-04: no compensation without a confirming appraisal, or with nothing to pay', () => {
    const confirmed = { ...c(), appraisal: 'confirms_counterfeit' as const };
    expect(EFFECTS.pay_compensation(confirmed, undefined, at, 'PEN-04')).toEqual([]);
    const owed = { ...confirmed, money: { ...confirmed.money, compensationFen: 50_000 } };
    expect(EFFECTS.pay_compensation(owed, undefined, at, 'PEN-04')).toEqual([{ type: 'pay_compensation', amountFen: 50_000, rule: 'PEN-04', at }]);
    expect(EFFECTS.pay_compensation({ ...owed, appraisal: 'not_confirmed' }, undefined, at, 'PEN-04')).toEqual([]);
  });
});

describe('record without the usual context', () => {
  it('CSE-03: evidence outside an intervention records only the appraisal', () => {
    const p = record(c(), ev.evidence(at, 'buyer', 'appraisal', true));
    expect(p.appraisal).toBe('confirms_counterfeit');
    expect(p.intervention).toBeUndefined();
  });

  it('CSE-02: a ruling outside an intervention records the ruling instant and liability only', () => {
    const p = record(c(), ev.ruled(at, 'buyer'));
    expect(p.milestones?.ruledAt).toBe(at);
    expect(p.liableParty).toBe('merchant');
    expect(p.intervention).toBeUndefined();
  });

  it('CSE-03 / CSE-04: a timeout of a window the case is not in changes nothing', () => {
    expect(record(c(), { type: 'timed_out', at, actor: 'system', rule: 'CSE-03' }).intervention).toBeUndefined();
    expect(record(c(), { type: 'timed_out', at, actor: 'system', rule: 'CSE-04' }).milestones).toBeUndefined();
    const nothing = record(c(), ev.withdrew(at));
    expect(Object.values(nothing).every((v) => v === undefined)).toBe(true);
    expect(record(c(), { type: 'timed_out', at, actor: 'system', rule: 'RSD-01' })).toEqual(nothing);
  });

  it('LOG-03 / CSE-07: a courier finding or a follow-up on a case without its record starts one', () => {
    expect(record(c(), ev.courier(at, 'lost')).courier).toEqual({ verifyBeforeRemedy: false, finding: 'lost', verifiedAt: at });
    expect(record(c(), ev.followedUp(at)).followUp).toEqual({ doneAt: at, missed: false });
  });

  it('RSD-05: an untracked shipment records no shipment', () => {
    expect(record(c(), ev.merchantShipped(at)).shipment).toBeUndefined();
    expect(record(c(), ev.merchantShipped(at)).milestones?.shippedAt).toBeUndefined();
    expect(record(c(), ev.buyerShipped(at)).returnShipment).toBeUndefined();
    expect(record(c(), ev.buyerShipped(at)).milestones).toBeUndefined();
  });
});
