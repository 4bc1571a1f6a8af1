import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain/explain.js';
import { REASON_CODES, type Reason, type ReasonCode, type ReasonParams } from '../../src/model/reason.js';

/** A reason of `code` as the rules build it, with its parameters. */
const reasonOf = (code: ReasonCode, params?: ReasonParams): Reason =>
  (params === undefined ? { code, rule: REASON_CODES[code], effect: 'deny' } : { code, rule: REASON_CODES[code], effect: 'deny', params }) as Reason;

describe('explain: parameters are rendered exactly', () => {
  it('ELG-06: the no-reason window names its length and closing instant', () => {
    const r = reasonOf('no_reason_window_closed', { closesAt: '2025-03-09T00:00:00+08:00', days: 7 });
    expect(explain(r, 'zh-CN')).toBe('七天无理由退换货期限已于 2025-03-09T00:00:00+08:00 结束。');
  });

  it('ELG-07: excluded goods list every sku and class, comma-separated', () => {
    const r = reasonOf('goods_excluded_from_no_reason', { skus: ['cake-1', 'fish-2'], goodsClasses: ['fresh', 'custom_made'] });
    expect(explain(r, 'en')).toBe(
      'Item(s) cake-1, fish-2 belong to a class excluded from no-reason returns (fresh, custom_made); quality claims remain open.',
    );
    expect(explain(r, 'zh-CN')).toBe('商品（cake-1, fish-2）属于不适用七天无理由退货的类别（fresh, custom_made）；质量问题仍可申请售后。');
  });

  it('ELG-09: the quality return window names its length and closing instant, and the remedies still open', () => {
    const r = reasonOf('quality_window_closed', { closesAt: '2025-03-09T00:00:00+08:00', days: 7, stillOpen: ['exchange', 'repair'] });
    expect(explain(r, 'en')).toBe(
      'The 7-day return window for fault claims closed at 2025-03-09T00:00:00+08:00; an exchange or a repair can still be required.',
    );
    expect(explain(r, 'zh-CN')).toBe('质量问题退货期限已于 2025-03-09T00:00:00+08:00 结束；仍可要求换货或维修。');
  });

  it('ELG-17: past an exchange or repair window the warranty terms decide, naming which window', () => {
    const exchange = reasonOf('warranty_terms_apply', { closesAt: '2025-03-17T00:00:00+08:00', days: 15, remedy: 'exchange' });
    expect(explain(exchange, 'en')).toBe(
      "The 15-day exchange window for fault claims closed at 2025-03-17T00:00:00+08:00; from then on the merchant's warranty terms decide.",
    );
    expect(explain(exchange, 'zh-CN')).toBe('质量问题换货期限（15天）已于 2025-03-17T00:00:00+08:00 结束，此后按商家的保修条款处理。');
    const repair = reasonOf('warranty_terms_apply', { closesAt: '2026-03-02T00:00:00+08:00', days: 365, remedy: 'repair' });
    expect(explain(repair, 'zh-CN')).toBe('质量问题维修期限（365天）已于 2026-03-02T00:00:00+08:00 结束，此后按商家的保修条款处理。');
    expect(explain(repair, 'en')).toContain('365-day repair window');
  });

  it('ELG-18: a no-reason refund-only of signed goods points to a return; a fault one to the merchant\'s agreement', () => {
    expect(explain(reasonOf('signed_refund_only_no_reason', { use: 'return_refund' }), 'zh-CN')).toContain('请申请退货退款');
    expect(explain(reasonOf('merchant_agreement_required'), 'en')).toContain('once the merchant agrees');
  });

  it('ELG-10: the limit names how many cases were used and the maximum', () => {
    const r = reasonOf('after_sales_limit_reached', { used: 3, max: 3 });
    expect(explain(r, 'en')).toBe(
      'This order already had 3 after-sales cases ending in a refund or exchange, the limit of 3; no new application is possible.',
    );
    expect(explain(r, 'zh-CN')).toBe('本订单已完成 3 次退款/换货售后，达到上限 3 次，不能再申请。');
  });

  it('ELG-12: repeated applications name the count and the period', () => {
    const r = reasonOf('repeated_applications', { count: 4, periodDays: 30 });
    expect(explain(r, 'en')).toBe('This is application number 4 on the same item within 30 days; the buyer is marked for abuse review.');
    expect(explain(r, 'zh-CN')).toBe('同一商品 30 天内第 4 次申请售后，将进入平台异常售后审核。');
  });

  it('ELG-13: amounts in fen are shown in yuan with two decimals', () => {
    const r = reasonOf('amount_invalid', { amountFen: 4005, refundableFen: 3980 });
    expect(explain(r, 'en')).toBe('Refund amount ¥40.05 is invalid: it must be positive and at most the refundable ¥39.80.');
    expect(explain(r, 'zh-CN')).toBe('退款金额 ¥40.05 无效：须大于 0 且不超过可退金额 ¥39.80。');
  });

  it('ELG-13: a missing amount reads as ¥0.00', () => {
    const r = reasonOf('amount_invalid', { refundableFen: 1 });
    expect(explain(r, 'en')).toBe('Refund amount ¥0.00 is invalid: it must be positive and at most the refundable ¥0.01.');
  });

  it('ELG-14: the resend message lists the allowed reasons', () => {
    const r = reasonOf('resend_not_applicable', { allowedReasons: ['missing_item', 'damaged_in_transit'] });
    expect(explain(r, 'en')).toBe('A resend applies only to a shipped order with reason missing_item, damaged_in_transit.');
    expect(explain(r, 'zh-CN')).toBe('补寄只适用于已发货且原因为（missing_item, damaged_in_transit）的订单。');
  });

  it('ELG-06: a reason without parameters renders the blanks as empty, never "undefined"', () => {
    expect(explain(reasonOf('no_reason_window_closed'), 'en')).toBe('The -day no-reason return window closed at .');
    expect(explain(reasonOf('amount_invalid'), 'zh-CN')).toBe('退款金额 ¥0.00 无效：须大于 0 且不超过可退金额 ¥0.00。');
  });

  it('ELG-06: a single string parameter is rendered as is, a boolean as its word', () => {
    expect(explain(reasonOf('no_reason_window_closed', { closesAt: 'soon', days: true }), 'en')).toBe(
      'The true-day no-reason return window closed at soon.',
    );
  });
});
