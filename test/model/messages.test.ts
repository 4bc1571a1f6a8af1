import { describe, expect, it } from 'vitest';
import { parseOrder, parsePolicy, parseRequest, policies } from '../../src/index.js';
import { parseCaseEvents } from '../../src/model/case.js';
import { inputMessage } from '../../src/model/messages.js';
import type { InputIssue } from '../../src/model/parse.js';
import type { Result } from '../../src/model/result.js';

const messages = (r: Result<unknown, { issues: readonly InputIssue[] }>): Record<string, string> =>
  r.ok ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));

const paid = { paidAt: '2025-03-01T10:00:00+08:00', payments: [{ method: 'alipay', amountFen: 100 }] };

describe('input messages (src/model/messages.ts): every zod issue the schemas raise is worded', () => {
  it('names the expected type and what came instead, and a missing field as required', () => {
    expect(messages(parseOrder({ id: 'o', paidAt: 5, payments: [], items: [{ sku: 'a', priceFen: 1, quantity: 1.5 }], afterSales: [] }))).toEqual({
      paidAt: 'expected a string, received a number',
      'items.0.quantity': 'must be a whole number',
      afterSales: 'expected an object, received an array',
    });
    expect(messages(parseOrder({ id: 'o', payments: null, items: [{ sku: 'a', priceFen: Infinity, quantity: 1 }] }))).toMatchObject({
      payments: 'expected an array, received null',
      'items.0.priceFen': 'expected a number, received Infinity',
    });
    expect(messages(parseOrder({ payments: [], items: [{ sku: 'a', priceFen: 1, quantity: 1, exclusionConfirmed: 'yes' }] }))).toEqual({
      id: 'required: expected a string',
      'items.0.exclusionConfirmed': 'expected true or false, received a string',
    });
  });

  it('lists the allowed values of an enum, a literal or a discriminator, with the value received', () => {
    expect(messages(parseOrder({ id: 'o', ...paid, payments: [{ method: 'cash', amountFen: 100 }], items: [{ sku: 'a', priceFen: 100, quantity: 1, goodsClass: { x: 1 } }] }))).toEqual({
      'payments.0.method': 'expected one of "wechat_pay" | "alipay" | "platform_balance" | "debit_card" | "credit_card" | "huabei", received "cash"',
      'items.0.goodsClass': expect.stringMatching(/^expected one of "standard" \| .* \| "disclosed_defect", received an object$/),
    });
    expect(messages(parseCaseEvents([{ type: 'nope', at: '2025-03-04T11:02:00+08:00', actor: 'buyer' }]))).toEqual({
      '0.type': expect.stringMatching(/^expected one of "merchant_agreed" \| .*"merchant_followed_up", received "nope"$/),
    });
    expect(inputMessage({ code: 'invalid_value', values: ['complaint'], input: 7, path: [] })).toBe('expected "complaint", received 7');
    expect(inputMessage({ code: 'invalid_union', errors: [], input: 'x', path: [] })).toBe('matches none of the allowed shapes');
  });

  it('states bounds: "must not be empty" for a required string or list, at least / at most for a number', () => {
    expect(messages(parseRequest({ type: 'exchange', reason: 'quality', requestedAt: '2025-03-06T09:00:00+08:00', skus: [''] }))).toEqual({
      'skus.0': 'must not be empty',
    });
    expect(messages(parseRequest({ type: 'exchange', reason: 'quality', requestedAt: '2025-03-06T09:00:00+08:00', skus: [] }))).toEqual({
      skus: 'must not be empty',
    });
    const e = policies.taobao.eligibility;
    expect(messages(parsePolicy({ ...policies.taobao, eligibility: { ...e, noReasonWindowDays: 3651, repeatedApplications: { count: 1, periodDays: 30 } } }))).toEqual({
      'eligibility.noReasonWindowDays': 'must be at most 3650',
      'eligibility.repeatedApplications.count': 'must be at least 2',
    });
  });

  it('shows a received string, number or boolean as JSON, and reads a discriminator only where zod names one', () => {
    expect(inputMessage({ code: 'invalid_value', values: ['a'], input: true, path: [] })).toBe('expected "a", received true');
    expect(inputMessage({ code: 'invalid_value', values: ['a', 'b'], input: 'c', path: [] })).toBe('expected one of "a" | "b", received "c"');
    expect(inputMessage({ code: 'invalid_union', errors: [], options: ['x'], input: { '': 'y' }, path: [] } as never)).toBe('expected "x", received "y"');
  });

  it('falls back to "invalid value" for an issue the schemas never raise', () => {
    expect(inputMessage({ code: 'not_multiple_of', divisor: 2, input: 3, path: [] })).toBe('invalid value');
  });
});
