import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkEligibility, explain, LOCALES, REASON_CODES, type ReasonCode } from '../../src/index.js';
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
