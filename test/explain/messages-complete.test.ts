import { describe, expect, it } from 'vitest';
import { explain, resolveLocale, type Explainable } from '../../src/explain/explain.js';
import { INPUT_ISSUE_CODES, ISSUE_MESSAGES, type PolicyIssueMessageCode } from '../../src/explain/issues.js';
import { DEFAULT_LOCALE, LOCALES, MESSAGES } from '../../src/explain/messages.js';
import { TRANSITION_MESSAGES_EN } from '../../src/case/issues.js';
import { TRANSITION_MESSAGES_ZH } from '../../src/explain/transition-messages.js';
import { TRANSITION_ISSUE_CODES } from '../../src/model/case.js';
import { REASON_CODES, type Reason, type ReasonCode } from '../../src/model/reason.js';
import { CALENDAR_LOAD_CODES } from '../../src/time/load-calendar.js';
import { PLATFORM_ISSUE_CODES, type PlatformIssue } from '../../src/platforms/issue.js';
import { explainPlatformIssue, PLATFORM_ISSUE_MESSAGES } from '../../src/platforms/messages.js';

// Policy issue codes have no runtime list: the mapped type makes tsc fail on a new code missing here.
const POLICY_CODES: { readonly [C in PolicyIssueMessageCode]: true } = {
  below_legal_floor: true,
  invalid_policy: true,
  unknown_key: true,
  before_first_version: true,
  invalid_instant: true,
  unknown_policy: true,
};

/** The transition sentences, split by locale in the source (the zh-CN ones stay out of case-only bundles). */
const TRANSITION_MESSAGES = Object.fromEntries(
  TRANSITION_ISSUE_CODES.map((c) => [c, { 'zh-CN': TRANSITION_MESSAGES_ZH[c], en: TRANSITION_MESSAGES_EN[c] }]),
);

/** Every code list the library exports, each with the table its messages live in. */
const KINDS = [
  ['reason', Object.keys(REASON_CODES) as ReasonCode[], MESSAGES],
  ['transition issue', TRANSITION_ISSUE_CODES, TRANSITION_MESSAGES],
  ['input issue', INPUT_ISSUE_CODES, ISSUE_MESSAGES],
  ['policy issue', Object.keys(POLICY_CODES), ISSUE_MESSAGES],
  ['calendar issue', [...CALENDAR_LOAD_CODES, 'calendar_not_covered'], ISSUE_MESSAGES],
  ['platform issue', PLATFORM_ISSUE_CODES, { ...ISSUE_MESSAGES, ...PLATFORM_ISSUE_MESSAGES }],
] as const;

const table = (t: object, code: string): Record<string, (p: object) => string> | undefined =>
  (t as Record<string, Record<string, (p: object) => string> | undefined>)[code];

describe('messages: every code of every kind reads in zh-CN and en', () => {
  it.each(KINDS.map(([kind, codes, t]) => ({ kind, codes, t })))('$kind: each code has a non-empty message in each locale', ({ codes, t }) => {
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes)
      for (const l of LOCALES) {
        const render = table(t, code)?.[l];
        expect(render, `${code} / ${l}`).toBeTypeOf('function');
        expect(render?.({ path: ['x'], params: {} }).trim(), `${code} / ${l}`).not.toBe('');
      }
  });

  it('ELG-06: the zh-CN and en messages of a reason differ (each locale is translated, not copied)', () => {
    for (const code of Object.keys(REASON_CODES) as ReasonCode[]) expect(MESSAGES[code]['zh-CN']({} as never), code).not.toBe(MESSAGES[code].en({} as never));
  });
});

const reason: Reason = { code: 'no_reason_window_closed', rule: 'ELG-06', effect: 'deny', params: { closesAt: '2025-03-09T00:00:00+08:00', days: 7 } };
/** One issue of each kind, as the library builds it. */
type Render = (issue: Explainable, locale?: string) => string;
/** Platform issues render through `aftersales/platforms`, so the main entry carries none of their sentences. */
const viaPlatforms: Render = (issue, locale) => explainPlatformIssue(issue as PlatformIssue, locale);
const ONE_OF_EACH: readonly (readonly [string, Explainable, Render?])[] = [
  ['reason', reason],
  ['transition issue', { code: 'wrong_actor', rule: 'CSE-02', message: 'wrong actor', status: 'requested', event: 'approve' } as Explainable],
  ['input issue', { code: 'invalid_type', path: ['items', 0, 'sku'], message: 'expected a string' }],
  ['policy issue', { code: 'below_legal_floor', rule: 'ELG-06', path: ['eligibility', 'noReasonWindowDays'], message: 'below the floor' }],
  ['calendar issue', { code: 'date_repeated', rule: 'CAL-04', path: ['daysOff', 1], message: 'repeated', date: '2026-10-01' }],
  ['platform issue', { code: 'negative_amount', path: ['refund_amount'], message: 'refund_amount is negative' }, viaPlatforms],
];

describe('explain: one issue of each kind in both locales', () => {
  it.each(ONE_OF_EACH.map(([kind, issue, render]) => ({ kind, issue, render: render ?? explain })))('$kind', ({ issue, render }) => {
    const zh = render(issue, 'zh-CN');
    const en = render(issue, 'en');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    expect(en).not.toBe(issue.code);
  });
});

describe('explain: locale fallback (exact → language → zh-CN)', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN_us', 'en'],
    ['zh-TW', 'zh-CN'],
    ['fr', DEFAULT_LOCALE],
    ['', DEFAULT_LOCALE],
  ] as const)('ELG-06: %j writes as %s and never throws', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
    for (const [, issue, render = explain] of ONE_OF_EACH) expect(render(issue, tag)).toBe(render(issue, locale));
  });

  it('the default locale is zh-CN, also without a locale', () => {
    expect(DEFAULT_LOCALE).toBe('zh-CN');
    expect(explain(reason)).toBe(explain(reason, 'zh-CN'));
  });
});

describe('explainPlatformIssue: the platform codes only the subpath carries', () => {
  it('a platform code reads in zh-CN through the subpath; main-entry explain falls back to the English message', () => {
    const issue: PlatformIssue = { code: 'too_many_decimals', path: ['refund_amount'], message: 'refund_amount has 3 decimals' };
    expect(explainPlatformIssue(issue, 'zh-CN')).toBe('字段 refund_amount：金额的小数位超过两位（分）。');
    expect(explainPlatformIssue(issue, 'en')).toBe('refund_amount: refund_amount has 3 decimals.');
    expect(explain(issue as Explainable, 'zh-CN')).toBe('refund_amount has 3 decimals');
  });

  it('a code shared with input issues reads as the input issue does', () => {
    const issue: PlatformIssue = { code: 'invalid_type', path: ['order_sn'], message: 'expected a string' };
    expect(explainPlatformIssue(issue, 'zh-CN')).toBe(explain(issue as Explainable, 'zh-CN'));
  });
});
