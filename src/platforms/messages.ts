import { resolveLocale } from '../explain/explain.js';
import { input, ISSUE_MESSAGES, type Table } from '../explain/issues.js';
import { DEFAULT_LOCALE, type Locale } from '../explain/messages.js';
import { deepFreeze } from '../model/freeze.js';
import type { PlatformIssue, PlatformIssueCode } from './issue.js';

const str = (v: unknown): string => (v === undefined ? '' : String(v));

/**
 * One sentence per platform-payload issue code, in each locale of `explain`. `invalid_type` and
 * `invalid_value` read as the library's input issues of the same code.
 */
export const PLATFORM_ISSUE_MESSAGES: Table<Exclude<PlatformIssueCode, 'invalid_type' | 'invalid_value'>> = /* @__PURE__ */ deepFreeze({
  missing_field: input(() => '缺少必填字段', 'required field missing'),
  invalid_amount: input(() => '金额格式不正确', 'invalid amount'),
  negative_amount: input(() => '金额不能为负数', 'negative amount'),
  too_many_decimals: input(() => '金额的小数位超过两位（分）', 'more than two decimals (fen)'),
  above_max_fen: input(() => '金额超出上限', 'amount above the maximum'),
  invalid_time: input(() => '时间格式不正确', 'invalid time'),
  unknown_code: input(() => '平台代码无法识别', 'unknown platform code'),
  ambiguous_code: input(() => '平台代码有歧义，无法确定对应的状态', 'ambiguous platform code'),
  not_modelled: input(() => '该平台状态不在本库的售后流程中', 'a platform state the case machines do not model'),
  inconsistent: input(() => '与报文中的其他字段矛盾', 'inconsistent with other fields of the payload'),
  unreachable: input((p) => `按本库规则无法从报文事实到达该状态（${str(p['rule'])}）`, 'a status the rules refuse to reach from the facts'),
});

const own = (code: string): code is keyof typeof PLATFORM_ISSUE_MESSAGES => Object.prototype.hasOwnProperty.call(PLATFORM_ISSUE_MESSAGES, code);

/**
 * Renders a {@link PlatformIssue} as one sentence in Chinese or English, as `explain` does for the
 * library's own issues (same locale fallback: exact → language → zh-CN). Never throws.
 *
 * @example
 * explainPlatformIssue({ code: 'too_many_decimals', path: ['refund_amount'], message: 'refund_amount has 3 decimals' }, 'zh-CN')
 * // → '字段 refund_amount：金额的小数位超过两位（分）。'
 */
export function explainPlatformIssue(issue: PlatformIssue, locale: Locale | (string & {}) = DEFAULT_LOCALE): string {
  const l = resolveLocale(locale);
  const code = issue.code;
  // Only the sentences of platform codes and of the two input codes they share, not all of `explain`'s.
  return own(code) ? PLATFORM_ISSUE_MESSAGES[code][l]({ ...issue }) : ISSUE_MESSAGES[code][l]({ ...issue });
}
