import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseAssessInput } from '../../src/assess/assess-input.js';
import { arbOrderAndRequest, arbPolicy } from '../../src/testing/index.js';
import { formatInstant } from '../../src/time/zone.js';

/** Generated inputs: a policy by name or as an object, an order and request, sometimes an approval (now and then before the request). */
const arbGenerated = fc
  .tuple(arbOrderAndRequest(), fc.oneof(fc.constantFrom('pinduoduo', 'taobao'), arbPolicy()), fc.option(fc.integer({ min: -86_400_000, max: 10 * 86_400_000 }), { nil: undefined }))
  .map(([{ order, request }, policy, delay]) =>
    delay === undefined ? { policy, order, request } : { policy, order, request, at: formatInstant(Date.parse(request.requestedAt) + delay, 'UTC') },
  );

/** One part replaced by arbitrary JSON, or a request SKU the order lacks / repeats. */
const arbBroken = fc.oneof(
  fc.tuple(arbGenerated, fc.constantFrom('policy', 'order', 'request', 'at'), fc.jsonValue()).map(([input, key, junk]) => ({ ...input, [key]: junk })),
  fc.tuple(arbGenerated, fc.constantFrom('sku-9', 'sku-1')).map(([input, sku]) => ({ ...input, request: { ...input.request, skus: [sku, sku] } })),
);

/** The law: the fast path (src/model/fast-validate.ts) changes no answer of the boundary, valid or not. */
const sameAnswer = (input: unknown): void => {
  expect(parseAssessInput(input)).toStrictEqual(parseAssessInput(input, false));
};

describe('parseAssessInput with and without the fast path', () => {
  test.prop([arbGenerated], { numRuns: 300 })('law: a generated input gets the same answer, as it arrives and through JSON', (input) => {
    sameAnswer(input);
    sameAnswer(JSON.parse(JSON.stringify(input)));
  });

  test.prop([arbBroken], { numRuns: 300 })('law: a broken input gets the same issues, in the same order', sameAnswer);

  test.prop([fc.jsonValue()], { numRuns: 300 })('law: any JSON value gets the same answer', sameAnswer);

  test.prop([fc.anything()], { numRuns: 300 })('law: anything at all gets the same answer', sameAnswer);
});
