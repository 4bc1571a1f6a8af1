import type { TransitionIssue } from '../model/case.js';
import type { Failure, IssueBase } from '../model/failure.js';
import type { Reason } from '../model/reason.js';
import { TRANSITION_MESSAGES_EN } from '../case/issues.js';
import { TRANSITION_MESSAGES_ZH } from './transition-messages.js';
import { ISSUE_MESSAGES, type IssueFields } from './issues.js';
import { DEFAULT_LOCALE, LOCALES, MESSAGES, type Locale } from './messages.js';

/**
 * Anything `explain` renders: a verdict reason, or any issue (transition, input, policy, calendar) —
 * they all extend {@link IssueBase}; the fields a sentence names are read off the issue and its `params`.
 * A whole {@link Failure} (a `Result`'s error) renders as its issues' sentences, in order.
 */
export type Explainable =
  | Failure
  | Reason
  | TransitionIssue
  // Issue interfaces (PolicyIssue, InputIssue …) have no index signature; literals may carry any field.
  | (IssueBase & {
      /** The issue's own sentence, used when its code has none in the message tables. */
      readonly message?: string;
      /** The values a sentence names. */
      readonly params?: IssueFields;
    })
  | (IssueBase & {
      /** The issue's own sentence, used when its code has none in the message tables. */
      readonly message?: string;
      /** The values a sentence names. */
      readonly params?: IssueFields;
      readonly [field: string]: unknown;
    });

/**
 * The locale `explain` writes in for a requested tag: the tag itself when it is one of
 * {@link LOCALES}, else its language (`en-GB` → `en`, `zh-TW` / `zh-HK` → `zh-CN`), else
 * {@link DEFAULT_LOCALE} (`zh-CN`, the language of the platforms and their buyers). Never throws.
 *
 * @example
 * resolveLocale('en-US') // → 'en'
 * resolveLocale('zh-TW') // → 'zh-CN'
 * resolveLocale('fr')    // → 'zh-CN'
 */
export function resolveLocale(tag: string): Locale {
  if ((LOCALES as readonly string[]).includes(tag)) return tag as Locale;
  const language = tag.toLowerCase().split(/[-_]/)[0];
  return language === 'en' ? 'en' : DEFAULT_LOCALE;
}

// A Failure is the only explainable with an `issues` list: issues and reasons never carry one.
const isFailure = (x: Explainable): x is Failure => Array.isArray((x as { issues?: unknown }).issues);

const has = <T extends object>(table: T, code: string): code is Extract<keyof T, string> => Object.prototype.hasOwnProperty.call(table, code);

/**
 * Renders a reason or an issue as one sentence in Chinese or English, with its parameters filled in.
 * An unknown locale falls back as {@link resolveLocale} says (default `zh-CN`); an unknown code
 * falls back to the issue's own `message`, then to its code.
 *
 * @example
 * explain({ code: 'no_reason_window_closed', rule: 'ELG-06', effect: 'deny',
 *           params: { closesAt: '2025-03-09T00:00:00+08:00', days: 7 } }, 'en')
 * // → 'The 7-day no-reason return window closed at 2025-03-09T00:00:00+08:00.'
 * explain({ code: 'invalid_type', path: ['items', 0, 'sku'], message: 'required: expected a string' }, 'zh-CN')
 * // → '字段 items.0.sku：类型不正确或缺失。'
 * const r = isWorkingDay('2027-01-04');
 * if (!r.ok) explain(r.error, 'en')
 * // → 'Calendar cn-state-council-2024-2026 does not cover 2027-01-04, so the working-day deadline cannot be computed.'
 */
export function explain(issue: Explainable, locale: Locale | (string & {}) = DEFAULT_LOCALE): string {
  const l = resolveLocale(locale);
  if (isFailure(issue)) return issue.issues.map((i) => explain(i as Explainable, l)).join(l === 'en' ? ' ' : '');
  const code = issue.code;
  // A reason and a transition issue share `appraisal_required`; only a reason has an `effect`.
  if ('effect' in issue && has(MESSAGES, code)) return MESSAGES[code][l](((issue as Reason).params ?? {}) as never);
  const fields: IssueFields = { ...issue, ...(issue.params as IssueFields | undefined) };
  if (has(TRANSITION_MESSAGES_EN, code)) return (l === 'en' ? TRANSITION_MESSAGES_EN : TRANSITION_MESSAGES_ZH)[code](fields as never);
  if (has(ISSUE_MESSAGES, code)) return ISSUE_MESSAGES[code][l](fields);
  if (has(MESSAGES, code)) return MESSAGES[code][l]((issue.params ?? {}) as never);
  return typeof fields['message'] === 'string' && fields['message'] !== '' ? fields['message'] : code;
}
