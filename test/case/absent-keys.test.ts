import { describe, expect, it } from 'vitest';
import { record } from '../../src/case/record.js';
import type { AfterSalesCase, CaseEvent } from '../../src/model/case.js';
import { APPLIED, ev, opened, order, pdd, plus, request, taobao, trail } from './fixtures.js';
import { advanced } from '../results.js';

/** Paths of every property, at any depth, whose value is `undefined`. */
function undefinedKeys(value: unknown, path = '$'): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (v === undefined ? [`${path}.${k}`] : undefinedKeys(v, `${path}.${k}`)));
}

const ADDRESS = 'Returns desk, 8 Warehouse Rd, Yiwu';
const WORK_ORDER = plus(APPLIED, 2);

const flows: [string, AfterSalesCase, CaseEvent[], typeof pdd | typeof taobao][] = [
  ['a disputed return', opened(order(), request()), [ev.refusedByMerchant(plus(APPLIED, 1)), ev.escalated(WORK_ORDER), ev.evidence(plus(WORK_ORDER, 1), 'buyer'), ev.evidence(plus(WORK_ORDER, 2), 'merchant'), ev.ruled(plus(WORK_ORDER, 3), 'buyer'), ev.buyerShipped(plus(WORK_ORDER, 4), 'YT1'), ev.received(plus(WORK_ORDER, 5), true), ev.refundPaid(plus(WORK_ORDER, 6)), ev.followedUp(plus(WORK_ORDER, 7))], pdd],
  ['a resend', opened(order(), request({ type: 'resend', reason: 'missing_item', initiatedBy: 'merchant', evidence: [] })), [ev.confirmed(plus(APPLIED, 1)), ev.stock(plus(APPLIED, 2), true), ev.agreed(plus(APPLIED, 3)), ev.merchantShipped(plus(APPLIED, 4), 'SF1'), ev.delivered(plus(APPLIED, 30))], pdd],
  ['a counterfeit claim', opened(order(), request({ type: 'counterfeit_claim', reason: 'counterfeit', evidence: [{ kind: 'photo' }] }), taobao), [ev.evidence(plus(APPLIED, 1), 'buyer', 'appraisal', true), ev.agreed(plus(APPLIED, 2)), ev.refundPaid(plus(APPLIED, 3))], taobao],
  ['a not-received refund', opened(order(), request({ type: 'refund_only', reason: 'not_received', evidence: [] })), [ev.courier(plus(APPLIED, 1), 'lost'), ev.agreed(plus(APPLIED, 2)), ev.refundPaid(plus(APPLIED, 3))], pdd],
  ['a return received not intact', opened(order(), request({ reason: 'no_reason', evidence: [] })), [ev.agreed(plus(APPLIED, 1), ADDRESS), ev.buyerShipped(plus(APPLIED, 2), 'YT2'), ev.received(plus(APPLIED, 3), false)], pdd],
];

describe('CSE-06: an absent fact is an absent key', () => {
  it.each(flows)('CSE-06: every step of %s leaves no key holding undefined', (_name, start, events, policy) => {
    const cases = trail(start, events, policy);
    expect(cases).toHaveLength(events.length + 1);
    for (const c of cases) expect(undefinedKeys(c)).toEqual([]);
    const last = cases.at(-1) as AfterSalesCase;
    expect(undefinedKeys(advanced(last, plus(APPLIED, 24 * 90), policy))).toEqual([]);
  });

  it('CSE-06: an intervention without a ruling has no ruling key', () => {
    const [, , escalated] = trail(opened(order(), request()), [ev.refusedByMerchant(plus(APPLIED, 1)), ev.escalated(WORK_ORDER)], pdd);
    expect(escalated?.intervention).not.toHaveProperty('ruling');
    const withEvidence = trail(escalated as AfterSalesCase, [ev.evidence(plus(WORK_ORDER, 1), 'buyer')], pdd)[1];
    expect(withEvidence?.intervention).not.toHaveProperty('ruling');
  });
});

describe('record: shipments need both carrier and number', () => {
  const c = opened(order(), request());
  const at = plus(APPLIED, 1);

  it('RSD-04 / CSE-04: a shipment with a number but no carrier records nothing', () => {
    expect(record(c, { type: 'merchant_shipped', at, actor: 'merchant', trackingNumber: 'SF1' }).shipment).toBeUndefined();
    expect(record(c, { type: 'buyer_shipped', at, actor: 'buyer', trackingNumber: 'YT1' }).returnShipment).toBeUndefined();
  });

  it('CSE-03: evidence in a case marked in intervention without its record adds no record', () => {
    const odd = { ...c, status: 'in_intervention' } as AfterSalesCase;
    expect(record(odd, ev.evidence(at, 'buyer')).intervention).toBeUndefined();
  });
});
