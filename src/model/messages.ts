import type { $ZodRawIssue } from 'zod/v4/core';

/** What a value is, for "received …": `null`, `an array`, `Infinity`, `a string`, `an object`. */
const kind = (v: unknown): string =>
  v === null || (typeof v === 'number' && !Number.isFinite(v))
    ? String(v)
    : Array.isArray(v)
      ? 'an array'
      : `${typeof v === 'object' ? 'an' : 'a'} ${typeof v}`;

const shown = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? JSON.stringify(v) : kind(v));

const oneOf = (values: readonly unknown[], input: unknown): string =>
  `expected ${values.length === 1 ? '' : 'one of '}${values.map((v) => JSON.stringify(v)).join(' | ')}, received ${shown(input)}`;

const NAMES: Readonly<Record<string, string>> = { string: 'a string', number: 'a number', boolean: 'true or false', object: 'an object', array: 'an array' };

/**
 * The message of each zod issue the schemas can raise, where the schema sets none of its own
 * (zod/mini ships no messages; its English locale costs more than this whole module). Only what
 * these schemas produce is worded: objects strip unknown keys, so `unrecognized_keys` never occurs,
 * and the only length bound is "not empty".
 *
 * @example
 * inputMessage({ code: 'invalid_value', values: ['alipay', 'wechat_pay'], input: 'cash', path: [] })
 * // → 'expected one of "alipay" | "wechat_pay", received "cash"'
 */
export function inputMessage(issue: $ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = NAMES[issue.expected] ?? issue.expected;
      return issue.input === undefined ? `required: expected ${expected}` : `expected ${expected}, received ${kind(issue.input)}`;
    }
    case 'invalid_value':
      return oneOf(issue.values, issue.input);
    case 'too_small':
      return issue.origin === 'number' ? `must be at least ${issue.minimum}` : 'must not be empty';
    case 'too_big':
      return `must be at most ${issue.maximum}`;
    case 'invalid_union': {
      // A discriminated union names the discriminator and the values it knows.
      const { options = [], discriminator = '' } = issue as { options?: readonly unknown[]; discriminator?: string };
      return options.length > 0 ? oneOf(options, (issue.input as Record<string, unknown>)[discriminator]) : 'matches none of the allowed shapes';
    }
    default:
      return 'invalid value';
  }
}
