import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkEligibility, definePolicy, explain, isWorkingDay, LOCALES, policies, REASON_CODES, type ReasonCode } from '../../src/index.js';
import { arbOrderAndRequest, arbPolicy } from '../../src/testing/index.js';

describe('explain', () => {
  it.each(Object.keys(REASON_CODES) as ReasonCode[])('every code renders in both languages: %s', (code) => {
    for (const locale of LOCALES) {
      const text = explain({ code, rule: REASON_CODES[code], effect: 'deny' } as never, locale);
      expect(text.length).toBeGreaterThan(5);
    }
  });

  it('ELG-06: renders the closing instant in both languages', () => {
    const reason = { code: 'no_reason_window_closed', rule: 'ELG-06', effect: 'deny', params: { closesAt: '2025-03-09T00:00:00+08:00', days: 7 } } as const;
    expect(explain(reason, 'en')).toBe('The 7-day no-reason return window closed at 2025-03-09T00:00:00+08:00.');
    expect(explain(reason, 'zh-CN')).toBe('七天无理由退换货期限已于 2025-03-09T00:00:00+08:00 结束。');
  });

  test.prop([arbOrderAndRequest(), arbPolicy(), fc.constantFrom(...LOCALES)])(
    'law: every reason a decision gives renders with all its parameters filled in',
    ({ order, request }, policy, locale) => {
      for (const r of checkEligibility(order, request, policy).reasons) {
        const text = explain(r, locale);
        expect(text).not.toMatch(/undefined|NaN|\$\{/);
        if (locale === 'zh-CN') expect(text).toMatch(/[\u4e00-\u9fff]/);
      }
    },
  );
});

describe('explain renders a whole Failure', () => {
  it('CAL-02: a calendar error renders its issue, naming the uncovered date, in either locale', () => {
    const r = isWorkingDay('2027-01-04');
    if (r.ok) throw new Error('2027 is outside the built-in calendar');
    expect(explain(r.error, 'en')).toBe(
      'Calendar cn-state-council-2024-2026 does not cover 2027-01-04, so the working-day deadline cannot be computed.',
    );
    expect(explain(r.error, 'zh-CN')).toBe('日历 cn-state-council-2024-2026 未覆盖 2027-01-04，无法推算工作日期限。');
  });

  it('ELG-06: a policy error renders every issue, in order', () => {
    const r = definePolicy(policies.taobao, { eligibility: { noReasonWindowDays: 3, x: 1 } } as never);
    if (r.ok) throw new Error('3 days is below the 7-day floor');
    expect(explain(r.error, 'en')).toBe(
      r.error.issues.map((i) => explain(i, 'en')).join(' '),
    );
    expect(explain(r.error, 'en')).toContain('eligibility.x');
    expect(explain(r.error, 'en')).toContain('(ELG-06)');
    expect(explain({ code: 'invalid_input', issues: [] })).toBe('');
  });
});
