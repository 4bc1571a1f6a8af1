import { isFenAmount } from '../model/instant.js';
import type { InputError, InputIssue } from '../model/parse.js';
import { err, ok, type Result } from '../model/result.js';
import type { PaymentMethod } from '../model/vocabulary.js';

/** One payment leg of an order: how much of it a refund sends back. */
export interface RefundShare {
  /** How this part was paid, and so where its refund goes back (RFT-07). */
  readonly method: PaymentMethod;
  /** The amount, in integer fen: what the method paid (input) or its share of the refund (`splitRefund`'s answer). */
  readonly amountFen: number;
}

/**
 * RFT-07: splits a refund over the order's payments in proportion to what each paid, so each method
 * gets its share back by its own route. Whole fen only: the fen that floor division leaves over go
 * one each to the largest remainders (ties to the earlier payment), so the parts add up to
 * `amountFen` exactly and no part exceeds its payment. A payment that is not whole fen (0 to MAX_FEN),
 * or an amount that is not or exceeds what was paid, is `invalid_input` naming each such argument.
 * Linear in the payments but for the sort of the remainders (n log n in the payments, never the fen).
 *
 * @example
 * splitRefund(1000, [{ method: 'wechat_pay', amountFen: 2000 }, { method: 'platform_balance', amountFen: 1000 }])
 * // → { ok: true, value: [{ method: 'wechat_pay', amountFen: 667 }, { method: 'platform_balance', amountFen: 333 }] }
 * splitRefund(101, [{ method: 'alipay', amountFen: 100 }])
 * // → { ok: false, error: { code: 'invalid_input', issues: [{ path: ['amountFen'], message: 'a refund of 101 fen cannot be split over 100 fen of payments' }] } }
 */
export function splitRefund(amountFen: number, payments: readonly RefundShare[]): Result<RefundShare[], InputError> {
  const issues: InputIssue[] = [];
  payments.forEach((p, i) => {
    if (!isFenAmount(p.amountFen)) issues.push({ code: 'invalid_value', path: ['payments', i, 'amountFen'], message: `must be whole fen from 0 to MAX_FEN, got ${String(p.amountFen)}` });
  });
  const paid = issues.length > 0 ? Number.NaN : payments.reduce((a, p) => a + p.amountFen, 0);
  // Sums, not just single payments, must stay exact (issue 13's money past 2^53).
  if (!Number.isNaN(paid) && !Number.isSafeInteger(paid)) issues.push({ code: 'too_big', path: ['payments'], message: `the payments add up to ${paid} fen, past Number.MAX_SAFE_INTEGER` });
  if (issues.length === 0 && !(Number.isSafeInteger(amountFen) && amountFen >= 0 && amountFen <= paid)) {
    issues.push({ code: 'invalid_value', path: ['amountFen'], message: `a refund of ${String(amountFen)} fen cannot be split over ${paid} fen of payments` });
  }
  return issues.length > 0 ? err({ code: 'invalid_input', issues }) : ok(splitShares(amountFen, payments, paid));
}

/** RFT-07's split of an amount known to be whole fen within `paid`, the payments' total (the library's own orders). */
export function splitShares(amountFen: number, payments: readonly RefundShare[], paid = payments.reduce((a, p) => a + p.amountFen, 0)): RefundShare[] {
  if (paid === 0) return payments.map((p) => ({ method: p.method, amountFen: 0 }));
  // Stryker disable next-line ConditionalExpression: a fast path; the general split gives a single payment the whole amount too
  const only = payments.length === 1 ? payments[0] : undefined;
  // Stryker disable next-line ConditionalExpression: a fast path; the general split gives a single payment the whole amount too
  if (only !== undefined) return [{ method: only.method, amountFen }];
  // Doubles divide exactly while amount × payment stays a safe integer, as it does for everyday
  // orders; BigInt keeps it exact beyond 2^53 (two ¥10^8 orders would overflow a double).
  const safe = payments.every((p) => Number.isSafeInteger(p.amountFen) && p.amountFen >= 0 && amountFen * p.amountFen <= Number.MAX_SAFE_INTEGER);
  const total = safe ? 0n : BigInt(paid);
  const parts = payments.map((p, index) => {
    if (safe) {
      const exact = amountFen * p.amountFen;
      const fen = Math.floor(exact / paid);
      return { index, fen, remainder: exact - fen * paid };
    }
    const exact = BigInt(amountFen) * BigInt(p.amountFen);
    return { index, fen: Number(exact / total), remainder: exact % total };
  });
  let left = amountFen - parts.reduce((a, p) => a + p.fen, 0);
  const byRemainder = [...parts].sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const part of byRemainder) {
    if (left === 0) break;
    part.fen += 1;
    left -= 1;
  }
  // Stryker disable next-line OptionalChaining: parts is payments mapped, so parts[i] always exists
  return payments.map((p, i) => ({ method: p.method, amountFen: parts[i]?.fen ?? 0 }));
}
