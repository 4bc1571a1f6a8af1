import { describe, expect, it } from 'vitest';
import { checkEligibility, policies, type HistoryEntry } from '../../src/index.js';
import { anOrder, aRequest } from '../fixtures/factories.js';
import { codes, verdict } from './helpers.js';

const entry = (outcome: HistoryEntry['outcome'], openedAt = '2025-03-02T10:00:00+08:00', sku = 'case-1'): HistoryEntry => ({
  type: 'return_refund',
  reason: 'quality',
  sku,
  openedAt,
  outcome,
});
const withHistory = (history: HistoryEntry[], extra: { refundedFen?: number; entryClosed?: boolean } = {}) =>
  anOrder({ afterSales: { refundedFen: extra.refundedFen ?? 0, history, ...(extra.entryClosed === undefined ? {} : { entryClosed: extra.entryClosed }) } });
const quality = aRequest({ reason: 'quality', evidence: [{ kind: 'photo' }], amountFen: 100 });

describe('ELG-10: at most N remedied cases per order (PDD 3)', () => {
  it('ELG-10: a fourth application after three refunds/exchanges is refused', () => {
    const order = withHistory([entry('refunded'), entry('exchanged'), entry('refunded')], { refundedFen: 500 });
    expect(checkEligibility(order, quality, policies.pinduoduo).reasons).toContainEqual({
      code: 'after_sales_limit_reached',
      rule: 'ELG-10',
      effect: 'deny',
      params: { used: 3, max: 3 },
    });
  });

  it('ELG-10: rejected, withdrawn, resent and open cases do not count; Taobao has no limit', () => {
    const order = withHistory([entry('rejected'), entry('withdrawn'), entry('resent'), entry('open'), entry('refunded'), entry('refunded')]);
    expect(codes(order, quality)).not.toContain('after_sales_limit_reached:deny');
    const many = withHistory([entry('refunded'), entry('refunded'), entry('refunded'), entry('exchanged')]);
    expect(codes(many, quality, policies.taobao)).toEqual([]);
  });
});

describe('ELG-11: a closed entry', () => {
  it('ELG-11: an entry closed by the platform cannot be reopened by the buyer; the reason points to service', () => {
    const e = checkEligibility(withHistory([], { entryClosed: true }), quality, policies.taobao);
    expect(e.verdict).toBe('denied');
    expect(e.reasons).toEqual([{ code: 'entry_closed', rule: 'ELG-11', effect: 'deny', params: { contact: 'merchant_or_platform_service' } }]);
  });
});

describe('ELG-12: repeated applications (PDD: 3 in 30 days)', () => {
  it('ELG-12: the third application on one item within 30 days warns, without denying', () => {
    const order = withHistory([entry('rejected', '2025-02-28T10:00:00+08:00'), entry('withdrawn', '2025-03-02T10:00:00+08:00')]);
    const e = checkEligibility(order, quality, policies.pinduoduo);
    expect(e.reasons).toEqual([{ code: 'repeated_applications', rule: 'ELG-12', effect: 'warn', params: { count: 3, periodDays: 30 } }]);
    expect(e.verdict).toBe('allowed');
  });

  it('ELG-12: applications older than the period, or on other items, do not count', () => {
    const old = withHistory([entry('rejected', '2025-02-03T09:00:00+08:00'), entry('withdrawn', '2025-03-02T10:00:00+08:00')]);
    expect(codes(old, quality)).toEqual([]);
    const justInside = withHistory([entry('rejected', '2025-02-03T09:00:00.001+08:00'), entry('withdrawn', '2025-03-02T10:00:00+08:00')]);
    expect(codes(justInside, quality)).toEqual(['repeated_applications:warn']);
    const other = withHistory([entry('rejected', undefined, 'other'), entry('withdrawn', undefined, 'other')]);
    expect(codes(other, quality)).toEqual([]);
    expect(codes(justInside, quality, policies.taobao)).toEqual([]);
  });
});

describe('ELG-13: the refund amount', () => {
  const paid = anOrder({ afterSales: { refundedFen: 990 } });

  it('ELG-13: refundable is what was paid minus what was already refunded; that much is fine, a fen more is not', () => {
    const refund = (amountFen: number) => aRequest({ type: 'refund_only', reason: 'missing_item', amountFen });
    expect(checkEligibility(paid, refund(1000), policies.pinduoduo).refundableFen).toBe(1000);
    expect(codes(paid, refund(1000))).toEqual([]);
    expect(checkEligibility(paid, refund(1001), policies.pinduoduo).reasons).toEqual([
      { code: 'amount_invalid', rule: 'ELG-13', effect: 'deny', params: { amountFen: 1001, refundableFen: 1000 } },
    ]);
  });

  it('ELG-13: zero is not a refund; a fully refunded order has nothing left to ask for', () => {
    expect(codes(paid, aRequest({ type: 'refund_only', reason: 'missing_item', amountFen: 0 }))).toEqual(['amount_invalid:deny']);
    expect(verdict(anOrder({ afterSales: { refundedFen: 1990 } }), aRequest({ type: 'refund_only', reason: 'missing_item' }))).toBe('denied');
  });

  it('ELG-13: exchanges, resends and repairs move no money, so the amount is not judged', () => {
    expect(codes(paid, aRequest({ type: 'exchange', reason: 'wrong_item', evidence: [{ kind: 'photo' }], amountFen: 99_999 }))).toEqual([]);
  });
});
