import { MAX_FEN } from '../model/instant.js';
import type { IssuePath } from '../model/failure.js';
import { err, ok, type Result } from '../model/result.js';
import { issue, type PlatformIssue } from './issue.js';

// Digits only, at most two decimals: parsed as two integers, so no binary fraction ever rounds a fen.
const YUAN = /^(\d+)(?:\.(\d+))?$/;
// MAX_FEN is 10^13 fen = 10^11 yuan: twelve integer digits may already be above it, thirteen always are.
const MAX_YUAN_DIGITS = 12;

/**
 * A yuan amount as the platforms write it (`"19.90"`, `"200.07"`, `"5"`) in integer fen, exactly:
 * the integer and decimal digits are read as integers, never through a float. Refused with a coded
 * issue at `path`: a sign (`negative_amount`), more than two decimals (`too_many_decimals`), anything
 * but digits and one point (`invalid_amount`), more than MAX_FEN fen (`above_max_fen`).
 *
 * @example
 * yuanToFen('19.90') // → { ok: true, value: 1990 }
 * yuanToFen('0.005').ok // → false (too_many_decimals)
 */
export function yuanToFen(yuan: string, path: IssuePath = []): Result<number, PlatformIssue> {
  const text = yuan.trim();
  if (text.startsWith('-')) return err(issue('negative_amount', path, `amount ${JSON.stringify(yuan)} is negative`));
  const m = YUAN.exec(text);
  if (m === null) return err(issue('invalid_amount', path, `amount ${JSON.stringify(yuan)} is not a yuan amount such as "19.90"`));
  const [, whole = '', decimals = ''] = m;
  if (decimals.length > 2) return err(issue('too_many_decimals', path, `amount ${JSON.stringify(yuan)} has more than two decimals (a fen is 0.01 yuan)`));
  const digits = whole.replace(/^0+(?=\d)/, '');
  const fen = digits.length > MAX_YUAN_DIGITS ? Number.POSITIVE_INFINITY : Number(digits) * 100 + Number(decimals.padEnd(2, '0'));
  return fen > MAX_FEN ? err(issue('above_max_fen', path, `amount ${JSON.stringify(yuan)} is above the ceiling of ${MAX_FEN} fen (MAX_FEN)`)) : ok(fen);
}

/**
 * Integer fen as a yuan string with two decimals, the form the platforms write (`1990` → `"19.90"`).
 * Anything but whole fen from 0 to MAX_FEN is `invalid_amount` at `path`.
 *
 * @example
 * fenToYuan(1990) // → { ok: true, value: '19.90' }
 * fenToYuan(1.5).ok // → false
 */
export function fenToYuan(fen: number, path: IssuePath = []): Result<string, PlatformIssue> {
  if (!Number.isSafeInteger(fen) || fen < 0 || fen > MAX_FEN) return err(issue('invalid_amount', path, `amount ${String(fen)} is not whole fen from 0 to MAX_FEN (${MAX_FEN})`));
  const cents = fen % 100;
  return ok(`${(fen - cents) / 100}.${cents < 10 ? '0' : ''}${cents}`);
}

/**
 * A platform amount that may arrive either way: a yuan string (TOP, PDD's increment API) or integer
 * fen (PDD's refund-information API, whose model types amounts as integers).
 *
 * @example
 * amountToFen(1990, ['refund_amount']) // → { ok: true, value: 1990 }
 * amountToFen('19.90', ['refund_amount']) // → { ok: true, value: 1990 }
 */
export function amountToFen(amount: string | number, path: IssuePath): Result<number, PlatformIssue> {
  if (typeof amount === 'string') return yuanToFen(amount, path);
  if (amount < 0) return err(issue('negative_amount', path, `amount ${amount} is negative`));
  if (!Number.isSafeInteger(amount)) return err(issue('invalid_amount', path, `amount ${amount} is not a whole number of fen`));
  return amount > MAX_FEN ? err(issue('above_max_fen', path, `amount ${amount} is above the ceiling of ${MAX_FEN} fen (MAX_FEN)`)) : ok(amount);
}
