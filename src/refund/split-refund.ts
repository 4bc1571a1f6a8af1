import type { PaymentMethod } from '../model/vocabulary.js';

/** One payment leg of an order: how much of it a refund sends back. */
export interface RefundShare {
  readonly method: PaymentMethod;
  readonly amountFen: number;
}

/**
 * RFT-07: splits a refund over the order's payments in proportion to what each paid, so each method
 * gets its share back by its own route. Whole fen only: the fen that floor division leaves over go
 * one each to the largest remainders (ties to the earlier payment), so the parts add up to
 * `amountFen` exactly and no part exceeds its payment.
 *
 * @example
 * splitRefund(1000, [{ method: 'wechat_pay', amountFen: 2000 }, { method: 'platform_balance', amountFen: 1000 }])
 * // → [{ method: 'wechat_pay', amountFen: 667 }, { method: 'platform_balance', amountFen: 333 }]
 */
export function splitRefund(amountFen: number, payments: readonly RefundShare[]): RefundShare[] {
  const paid = payments.reduce((a, p) => a + p.amountFen, 0);
  if (!Number.isSafeInteger(amountFen) || amountFen < 0 || amountFen > paid) {
    throw new RangeError(`a refund of ${amountFen} fen cannot be split over ${paid} fen of payments`);
  }
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
