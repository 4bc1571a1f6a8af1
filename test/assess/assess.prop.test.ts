import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { assess, policies } from '../../src/index.js';
import { arbOrderAndRequest, arbPolicy } from '../../src/testing/index.js';
import { formatInstant } from '../../src/time/zone.js';

const arbPolicyRef = fc.oneof(fc.constantFrom('pinduoduo', 'taobao'), arbPolicy());

/** Valid inputs: a generated order and request, a policy by name or as an object, and sometimes a later approval. */
const arbValidInput = fc
  .tuple(arbOrderAndRequest(), arbPolicyRef, fc.option(fc.integer({ min: 0, max: 10 * 86_400_000 }), { nil: undefined }))
  .map(([{ order, request }, policy, delay]) =>
    delay === undefined
      ? { policy, order, request }
      : { policy, order, request, at: formatInstant(Date.parse(request.requestedAt) + delay, 'Asia/Shanghai') },
  );

/** Valid inputs with one part replaced by arbitrary JSON: the cross-part checks must survive half-valid data. */
const arbHalfValid = fc
  .tuple(arbValidInput, fc.constantFrom('policy', 'order', 'request', 'at'), fc.jsonValue())
  .map(([input, key, junk]) => ({ ...input, [key]: junk }));

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
};

describe('assess laws', () => {
  test.prop([fc.jsonValue()])('assess law: never throws on any JSON value', (input) => {
    const r = assess(input);
    expect(typeof r.ok).toBe('boolean');
  });

  test.prop([fc.anything()])('assess law: never throws on anything at all', (input) => {
    expect(typeof assess(input).ok).toBe('boolean');
  });

  test.prop([
    fc.record({ policy: fc.oneof(fc.constantFrom('pinduoduo', 'taobao'), fc.jsonValue()), order: fc.jsonValue(), request: fc.jsonValue(), at: fc.jsonValue() }, { requiredKeys: [] }),
  ])('assess law: never throws on objects with the right keys and arbitrary values', (input) => {
    const r = assess(input);
    if (!r.ok) expect(r.error.issues.length).toBeGreaterThan(0);
  });

  test.prop([arbHalfValid])('assess law: a valid input broken in one part is invalid input naming that part, never a throw', (input) => {
    const r = assess(input);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_input');
      for (const issue of r.error.issues) expect(['policy', 'order', 'request', 'at']).toContain(issue.path[0]);
    }
  });

  test.prop([arbValidInput])('assess law: is ok for every valid generated input', (input) => {
    const r = assess(input);
    expect(r.ok ? 'ok' : JSON.stringify(r.error)).toBe('ok');
  });

  test.prop([arbValidInput])('RFT-07 law: the refund never exceeds what is refundable, and its legs add up to it', (input) => {
    const r = assess(input);
    if (!r.ok) throw new Error('valid input refused');
    const { refund, eligibility } = r.value;
    if (refund.status === 'none') return;
    expect(refund.amountFen).toBeLessThanOrEqual(eligibility.refundableFen);
    const legs =
      refund.status === 'after_goods_received' ? refund.legs : refund.arrival?.ok === true ? refund.arrival.value.legs : undefined;
    if (legs !== undefined) expect(legs.reduce((a, l) => a + l.amountFen, 0)).toBe(refund.amountFen);
  });

  test.prop([arbValidInput])('CSE-01 law: a request that is not denied has the merchant answering within the policy\'s hours', (input) => {
    const r = assess(input);
    if (!r.ok || r.value.eligibility.verdict === 'denied' || input.request.initiatedBy === 'merchant') return;
    const hours = (typeof input.policy === 'string' ? policies[input.policy as keyof typeof policies] : input.policy).case.merchantResponseHours;
    const cse = r.value.deadlines.find((d) => d.rule === 'CSE-01');
    expect(Date.parse(cse?.dueAt ?? '')).toBe(Date.parse(input.request.requestedAt) + hours * 3_600_000);
  });

  test.prop([arbValidInput])('assess law: deterministic, and never mutates its input', (input) => {
    const snapshot = JSON.stringify(input);
    const first = assess(deepFreeze(input));
    expect(JSON.stringify(input)).toBe(snapshot);
    expect(assess(input)).toEqual(first);
  });
});
