import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fastAssessInput, parseAssessInput } from '../../src/assess/assess-input.js';
import { policies } from '../../src/index.js';
import { arbOrderAndRequest } from '../../src/testing/index.js';
import { formatInstant } from '../../src/time/zone.js';
import { anOrder, aRequest } from '../fixtures/factories.js';

const DAY = 86_400_000;

/** A valid input by construction: the approval, when given, at or after the request. */
const arbValid = fc
  .tuple(arbOrderAndRequest(), fc.option(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10 * DAY })), { nil: undefined }))
  .map(([{ order, request }, delay]) => {
    const input: Record<string, unknown> = { policy: 'taobao', order, request };
    if (delay !== undefined) input['at'] = formatInstant(Date.parse(request.requestedAt) + delay, 'Asia/Shanghai');
    return input;
  });

const twoItems = anOrder({
  items: [
    { sku: 'a', priceFen: 1000, quantity: 1 },
    { sku: 'b', priceFen: 990, quantity: 1 },
  ],
});

const issuesOf = (input: unknown) => {
  const r = parseAssessInput(input);
  return r.ok ? [] : r.error.issues;
};

describe('parseAssessInput: the faults across parts', () => {
  test.prop([arbValid], { numRuns: 200 })('law: the fast path takes every valid input, with the full validation\'s value', (input) => {
    const slow = parseAssessInput(input, false);
    expect(slow.ok).toBe(true);
    if (slow.ok) expect(fastAssessInput(input, slow.value.policy)).toStrictEqual(slow.value);
  });

  it('ELG-06: a request SKU the order lacks is refused by both paths, on a one- or two-item order', () => {
    for (const order of [anOrder(), twoItems]) {
      const input = { policy: 'taobao', order, request: aRequest({ skus: ['nope'] }) };
      expect(fastAssessInput(input, policies.taobao)).toBeUndefined();
      expect(issuesOf(input)).toEqual([{ code: 'invalid_value', path: ['request', 'skus', 0], message: 'unknown sku nope: the order has no such item' }]);
    }
    const both = { policy: 'taobao', order: twoItems, request: aRequest({ skus: ['b', 'a'] }) };
    expect(fastAssessInput(both, policies.taobao)?.request.skus).toEqual(['b', 'a']);
  });

  it('ELG-06: a repeated request SKU is refused at its second place', () => {
    const input = { policy: 'taobao', order: twoItems, request: aRequest({ skus: ['a', 'b', 'a'] }) };
    expect(fastAssessInput(input, policies.taobao)).toBeUndefined();
    expect(issuesOf(input)).toEqual([{ code: 'custom', path: ['request', 'skus', 2], message: 'duplicate sku a' }]);
  });

  it('RFT-02: an approval before the request is refused; one at the request instant is taken', () => {
    const request = aRequest();
    const before = { policy: 'taobao', order: anOrder(), request, at: '2025-03-05T08:59:59+08:00' };
    expect(parseAssessInput(before)).toEqual({
      ok: false,
      error: { code: 'invalid_input', issues: [{ code: 'custom', path: ['at'], message: 'the approval cannot come before the request (2025-03-05T09:00:00+08:00)' }] },
    });
    const same = { policy: 'taobao', order: anOrder(), request, at: '2025-03-05T01:00:00Z' };
    expect(fastAssessInput(same, policies.taobao)?.approvedAt).toBe(Date.parse(request.requestedAt));
  });
});
