import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CalendarLoadError } from '../../src/calendar/index.js';
import {
  FAILURE_CODES,
  definePolicy,
  explain,
  parseOrder,
  policies,
  policyAt,
  type CalendarError,
  type Failure,
  type FailureCode,
  type InputError,
  type PolicyAtError,
  type PolicyError,
  type ReplayFailure,
  type TransitionRefused,
} from '../../src/index.js';
import type { PlatformFailure } from '../../src/platforms/index.js';

describe('FAILURE_CODES: the closed list of every Result error code (issue 16 item 2)', () => {
  it('CSE-06/CAL-02: lists exactly the codes of the exported error types, no more, no fewer', () => {
    type Every =
      | InputError['code']
      | PolicyError['code']
      | PolicyAtError['code']
      | CalendarLoadError['code']
      | CalendarError['code']
      | ReplayFailure['code']
      | TransitionRefused['code']
      | PlatformFailure['code'];
    expectTypeOf<FailureCode>().toEqualTypeOf<Every>();
    expectTypeOf<InputError>().toExtend<Failure<'invalid_input'>>();
    expect(new Set(FAILURE_CODES).size).toBe(FAILURE_CODES.length);
    expect(Object.isFrozen(FAILURE_CODES)).toBe(true);
  });

  it('ELG-06: errors a caller meets carry a listed code, and explain renders them in both languages', () => {
    const errors = [
      parseOrder({}),
      definePolicy(policies.taobao, { eligibility: { noReasonWindowDays: 1 } }),
      policyAt('jd', '2025-03-01T00:00:00+08:00'),
    ].map((r) => (r.ok ? undefined : r.error));
    for (const e of errors) {
      expect(FAILURE_CODES).toContain(e?.code);
      if (e !== undefined) for (const l of ['en', 'zh-CN']) expect(explain(e, l)).not.toBe('');
    }
  });
});
