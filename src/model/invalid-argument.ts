import type { InputIssueCode } from '../explain/issues.js';
import type { InputError } from './parse.js';

/**
 * A function's argument is not what it must be: the `invalid_input` error for one bad field, named by
 * `path` (e.g. `['from']`), so a typed call answers with a value where a cast or JSON slipped through.
 * `code` is `invalid_format` for a malformed instant or date, else `invalid_value`.
 *
 * @example
 * invalidArgument(['n'], 'working days must be a whole number ≥ 0, got -1')
 * // → { code: 'invalid_input', issues: [{ code: 'invalid_value', path: ['n'], message: 'working days must be a whole number ≥ 0, got -1' }] }
 */
export const invalidArgument = (path: readonly (string | number)[], message: string, code: InputIssueCode = 'invalid_value'): InputError => ({
  code: 'invalid_input',
  issues: [{ code, path, message }],
});
