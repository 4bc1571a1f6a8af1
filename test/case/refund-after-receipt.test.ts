import { describe, expect, it } from 'vitest';
import { deadlines } from '../../src/case/deadlines.js';
import type { Policy } from '../../src/model/policy.js';
import { findViolations } from '../../src/penalties/find-violations.js';
import { APPLIED, ev, opened, order, pdd, plus, refused, request, taobao, walk } from './fixtures.js';
import { advanced } from '../results.js';

const ADDRESS = 'Return desk, 1 Warehouse Rd';
const RECEIVED = plus(APPLIED, 30);
const DUE = plus(RECEIVED, 7 * 24); // TIME-03: 7 calendar days keep the clock time

const received = (policy: Policy = pdd) =>
  walk(opened(order(), request(), policy), [ev.agreed(plus(APPLIED, 1), ADDRESS), ev.buyerShipped(plus(APPLIED, 5), 'YT1'), ev.received(RECEIVED)], policy);

describe('RFT-06 on the case: the refund ceiling after receipt', () => {
  it('RFT-06: once the merchant confirms receipt, the 7-day refund ceiling is a deadline on the merchant', () => {
    for (const policy of [pdd, taobao]) {
      const c = received(policy);
      expect(c.status).toBe('refunding');
      expect(deadlines(c, policy)).toEqual([
        { party: 'merchant', action: 'refund', dueAt: DUE, onTimeout: 'record_late_refund', rule: 'RFT-06', since: RECEIVED },
      ]);
    }
  });

  it('RFT-06: a refund at the last instant of the ceiling is on time, no violation; a millisecond later it must be timed out first', () => {
    const c = received();
    const onTime = walk(c, [ev.refundPaid(DUE)]);
    expect(onTime.status).toBe('completed');
    expect(findViolations(onTime, pdd)).toEqual([]);
    expect(refused(c, ev.refundPaid(plus(DUE, 0, 1)))).toMatchObject({ code: 'deadline_passed', rule: 'RFT-06', params: { dueAt: DUE } });
    expect(refused(c, { type: 'timed_out', at: plus(DUE, 0, -1), actor: 'system', rule: 'RFT-06' })).toMatchObject({ code: 'timeout_not_due' });
  });

  it('RFT-06: a refund paid 52 days after receipt is a violation found at the ceiling\'s timeout; the refund is still owed and paid', () => {
    const overdue = advanced(received(), plus(RECEIVED, 52 * 24), pdd);
    expect(overdue.status).toBe('refunding');
    expect(overdue.milestones.refundOverdueAt).toBe(DUE);
    expect(overdue.history.at(-1)).toEqual({ type: 'timed_out', at: DUE, actor: 'system', rule: 'RFT-06' });
    const paid = walk(overdue, [ev.refundPaid(plus(RECEIVED, 52 * 24))]);
    expect(paid.outcome).toBe('refunded');
    expect(findViolations(paid, pdd)).toEqual([
      { code: 'refund_overdue', rule: 'RFT-06', party: 'merchant', sanctions: ['service_record_mark'], refundsFreight: false, at: DUE },
    ]);
  });

  it('RFT-06: a record that skipped the timeout (paid 52 days late) is found too, at the late refund', () => {
    const c = walk(received(), [ev.refundPaid(plus(RECEIVED, 1))]);
    const late = plus(RECEIVED, 52 * 24);
    const imported = { ...c, milestones: { ...c.milestones, refundedAt: late } };
    expect(findViolations(imported, pdd)).toMatchObject([{ code: 'refund_overdue', rule: 'RFT-06', at: late }]);
  });

  it('RFT-06: the system confirming receipt at the CSE-04 timeout starts the ceiling at that instant', () => {
    const shipped = walk(opened(order(), request()), [ev.agreed(plus(APPLIED, 1), ADDRESS), ev.buyerShipped(plus(APPLIED, 5), 'YT1')]);
    const deemed = advanced(shipped, plus(APPLIED, 5 + 10 * 24), pdd);
    expect(deemed.status).toBe('refunding');
    expect(deadlines(deemed, pdd)).toMatchObject([{ rule: 'RFT-06', since: plus(APPLIED, 5 + 10 * 24), dueAt: plus(APPLIED, 5 + 17 * 24) }]);
  });

  it('RFT-06: a refund-only before shipment has no goods to receive, so no ceiling', () => {
    const c = walk(opened(order('paid'), request({ type: 'refund_only', reason: 'no_reason', evidence: [] })), [ev.agreed(plus(APPLIED, 1))]);
    expect(c.status).toBe('refunding');
    expect(deadlines(c, pdd)).toEqual([]);
  });
});
