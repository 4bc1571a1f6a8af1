import type { $ZodIssueCode } from 'zod/v4/core';
import { deepFreeze } from '../model/freeze.js';
import type { Locale } from './messages.js';
import type { PolicyIssue } from '../policies/define-policy.js';
import type { PolicyAtIssue } from '../policies/timeline.js';
import type { CalendarIssue } from '../time/calendar.js';
import type { CalendarLoadCode } from '../time/load-calendar.js';

/** The fields an issue may carry that a sentence can name: its own, then its `params`. */
export type IssueFields = Readonly<Record<string, unknown>>;
type Render = (p: IssueFields) => string;
export type Table<C extends string> = { readonly [K in C]: { readonly [L in Locale]: Render } };

const str = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : v === undefined ? '' : String(v));
const at = (p: IssueFields): string => (Array.isArray(p['path']) && p['path'].length > 0 ? p['path'].join('.') : '(root)');

/**
 * The closed list of zod issue codes an {@link InputIssue} can carry (zod's own list; a type test
 * keeps it equal to zod's `$ZodIssueCode`).
 */
export const INPUT_ISSUE_CODES = /* @__PURE__ */ deepFreeze([
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
  'custom',
] as const satisfies readonly $ZodIssueCode[]);
/** A zod issue code. */
export type InputIssueCode = (typeof INPUT_ISSUE_CODES)[number];

/**
 * Input issues: Chinese from the code and path (and the bounds, where the issue carries them); English
 * keeps the issue's own `message`, which names what was expected and received.
 */
export const input = (zh: Render, en: string): { readonly [L in Locale]: Render } => ({
  'zh-CN': (p) => `字段 ${at(p)}：${zh(p)}。`,
  en: (p) => `${at(p)}: ${typeof p['message'] === 'string' && p['message'] !== '' ? p['message'] : en}.`,
});

/**
 * One sentence per code of input, policy and calendar issues, in each locale. Platform-payload issues
 * have theirs behind `aftersales/platforms` (`explainPlatformIssue`), so the main entry carries none.
 */
export const ISSUE_MESSAGES: Table<InputIssueCode | PolicyIssueMessageCode | CalendarIssueMessageCode> = {
  invalid_type: input((p) => (p['expected'] === undefined ? '类型不正确或缺失' : `应为 ${str(p['expected'])}`), 'wrong type or missing'),
  too_big: input((p) => (p['maximum'] === undefined ? '值过大' : `不能大于 ${str(p['maximum'])}`), 'too big'),
  too_small: input((p) => (p['minimum'] === undefined ? '值过小或为空' : `不能小于 ${str(p['minimum'])}`), 'too small or empty'),
  invalid_format: input(() => '格式不正确', 'wrong format'),
  not_multiple_of: input(() => '不是规定数值的整数倍', 'not a multiple of the required step'),
  unrecognized_keys: input(() => '含有无法识别的字段', 'unrecognized keys'),
  invalid_union: input(() => '不符合任何允许的形式', 'matches none of the allowed shapes'),
  invalid_key: input(() => '键无效', 'invalid key'),
  invalid_element: input(() => '元素无效', 'invalid element'),
  invalid_value: input((p) => (Array.isArray(p['values']) ? `应为 ${p['values'].join(' | ')} 之一` : '取值无效'), 'invalid value'),
  custom: input(() => '取值无效', 'invalid value'),
  below_legal_floor: {
    'zh-CN': (p) => `策略 ${at(p)} 低于法定或平台规定的下限（${str(p['rule'])}）。`,
    en: (p) => `Policy ${at(p)} is below the legal or platform floor (${str(p['rule'])}).`,
  },
  invalid_policy: input(() => '策略取值无效', 'invalid policy value'),
  unknown_key: {
    'zh-CN': (p) => `未知的策略字段 ${at(p)}。`,
    en: (p) => `Unknown policy key ${at(p)}.`,
  },
  before_first_version: {
    'zh-CN': (p) => `${str(p['input'])} 早于该平台策略的第一个版本生效时间。`,
    en: (p) => `${str(p['input'])} is before the platform policy's first version took effect.`,
  },
  invalid_instant: {
    'zh-CN': (p) => `${str(p['input'])} 不是带时区偏移的 ISO-8601 时间。`,
    en: (p) => `${str(p['input'])} is not an ISO-8601 instant with an offset.`,
  },
  unknown_policy: {
    'zh-CN': (p) => `没有名为 ${str(p['input'])} 的平台策略。`,
    en: (p) => `There is no platform policy named ${str(p['input'])}.`,
  },
  calendar_not_covered: {
    'zh-CN': (p) => `日历 ${str(p['calendar'])} 未覆盖 ${str(p['date'])}，无法推算工作日期限。`,
    en: (p) => `Calendar ${str(p['calendar'])} does not cover ${str(p['date'])}, so the working-day deadline cannot be computed.`,
  },
  invalid_calendar_data: input(() => '日历数据格式不正确', 'invalid calendar data'),
  date_outside_year: {
    'zh-CN': (p) => `${str(p['date'])} 不在 ${str(p['year'])} 年内。`,
    en: (p) => `${str(p['date'])} is not in ${str(p['year'])}.`,
  },
  date_repeated: {
    'zh-CN': (p) => `${str(p['date'])} 重复列出。`,
    en: (p) => `${str(p['date'])} is listed twice.`,
  },
  day_off_and_working: {
    'zh-CN': (p) => `${str(p['date'])} 同时被列为休息日和工作日。`,
    en: (p) => `${str(p['date'])} is listed both as a day off and as a working day.`,
  },
  weekday_make_up: {
    'zh-CN': (p) => `${str(p['date'])} 是工作日：调休上班日应在周末。`,
    en: (p) => `${str(p['date'])} is a weekday: a make-up working day falls on a weekend.`,
  },
  year_missing: {
    'zh-CN': (p) => `日历数据 ${at(p)} 未注明年份。`,
    en: (p) => `The calendar data at ${at(p)} names no year.`,
  },
  year_announced: {
    'zh-CN': (p) => `${str(p['year'])} 年的放假安排已公布，不能替换。`,
    en: (p) => `The holiday arrangement for ${str(p['year'])} is announced already and cannot be replaced.`,
  },
  year_repeated: {
    'zh-CN': (p) => `${str(p['year'])} 年被重复加载。`,
    en: (p) => `${str(p['year'])} is loaded twice.`,
  },
  year_not_adjacent: {
    'zh-CN': (p) => `${str(p['year'])} 年与已覆盖的年份不相邻。`,
    en: (p) => `${str(p['year'])} is not adjacent to the years covered.`,
  },
};

/** The codes of `definePolicy` and `policyAt` issues (policy issues). */
export type PolicyIssueMessageCode = PolicyIssue['code'] | PolicyAtIssue['code'];
/** The codes of `loadCalendar` issues and of the CAL-02 calendar issue. */
export type CalendarIssueMessageCode = CalendarLoadCode | CalendarIssue['code'];
