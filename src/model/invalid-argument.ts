import type { InputError } from './parse.js';

/**
 * A function's argument is not what it must be: the `invalid_input` error for one bad field, named by
 * `path` (e.g. `['from']`), so a typed call answers with a value where a cast or JSON slipped through.
 *
 * @example
 * invalidArgument(['n'], 'working days must be a whole number ≥ 0, got -1')
 * // → { code: 'invalid_input', issues: [{ path: ['n'], message: 'working days must be a whole number ≥ 0, got -1' }] }
 */
export const invalidArgument = (path: readonly (string | number)[], message: string): InputError => ({
  code: 'invalid_input',
  issues: [{ path, message }],
});
