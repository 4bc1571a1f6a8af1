import type { Reason } from '../model/reason.js';
import { MESSAGES, type Locale } from './messages.js';

/**
 * Renders a reason as one sentence in Chinese or English, with its parameters filled in.
 *
 * @example
 * explain({ code: 'no_reason_window_closed', rule: 'ELG-06', effect: 'deny',
 *           params: { closesAt: '2025-03-09T00:00:00+08:00', days: 7 } }, 'en')
 * // → 'The 7-day no-reason return window closed at 2025-03-09T00:00:00+08:00.'
 */
export function explain(reason: Reason, locale: Locale): string {
  return MESSAGES[reason.code][locale](reason.params ?? {});
}
