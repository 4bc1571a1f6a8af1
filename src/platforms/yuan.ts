import { MAX_FEN } from '../model/instant.js';
import type { IssuePath } from '../model/failure.js';
import { err, ok, type Result } from '../model/result.js';
import { issue, type PlatformIssue } from './issue.js';

// Digits only, at most two decimals: parsed as two integers, so no binary fraction ever rounds a fen.
const YUAN = /^(\d+)(?:\.(\d+))?$/;
// MAX_FEN is 10^13 fen = 10^11 yuan: twelve integer digits may already be above it, thirteen always are.
const MAX_YUAN_DIGITS = 12;

/**
 * The fen of `text` when it is digits with at most two decimals (`/^(\d+)(?:\.(\d{1,2}))?$/`), at
 * most MAX_YUAN_DIGITS of them significant and not above MAX_FEN, read as integers; else -1 (the
 * regex path decides). Each integer is below 10^15, so every step is exact.
 */
export function plainFen(text: string): number {
  const n = text.length;
  let yuan = 0;
  let significant = 0;
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    if (significant > 0 || c !== 48) significant++;
    yuan = yuan * 10 + (c - 48);
  }
  if (i === 0 || significant > MAX_YUAN_DIGITS) return -1;
  let fen = yuan * 100;
  if (i < n) {
    // A point, then one or two digits, then the end.
    if (text.charCodeAt(i) !== 46 || n - i - 1 < 1 || n - i - 1 > 2) return -1;
    const d1 = text.charCodeAt(i + 1) - 48;
    const d2 = n - i - 1 === 2 ? text.charCodeAt(i + 2) - 48 : 0;
    if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -1;
    fen += d1 * 10 + d2;
  }
  return fen > MAX_FEN ? -1 : fen;
}

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
  // Every amount of every payload comes through here (bench: the adapters against assess): a plain
  // amount is read digit by digit; anything else (spaces, a sign, 3+ decimals, 13+ digits) takes the path below.
  const fast = typeof yuan === 'string' ? plainFen(yuan) : -1;
  if (fast >= 0) return ok(fast);
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
