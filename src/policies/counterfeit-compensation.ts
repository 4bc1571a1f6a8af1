import { isFenAmount, MAX_FEN } from '../model/instant.js';
import { invalidArgument } from '../model/invalid-argument.js';
import type { InputError } from '../model/parse.js';
import type { Policy } from '../model/policy.js';
import { err, ok, type Result } from '../model/result.js';
import { LEGAL_FLOORS } from './legal-floors.js';

/**
 * PEN-04 (假一赔N): the compensation a confirmed counterfeit claim pays on top of the refund — the
 * policy's multiple × the price of the claimed items, at least the policy's minimum, rounded up to the
 * fen so it is never below N×. The legal floor (消法 art. 55: 3× and ¥500) applies even to a policy
 * object that carries less: `definePolicy` refuses such a policy, but one built by hand can skip it,
 * and no buyer may be paid below the law. The one place PEN-04's amount is computed: `openCase`
 * records it on the case, `findViolations` reports it.
 *
 * @param priceFen integer fen, the price of the claimed items (unit price × quantity, summed); not whole
 *   fen from 0 to MAX_FEN is `invalid_input` at `['priceFen']`
 *
 * @example
 * counterfeitCompensation(19_900, policies.taobao)    // → { ok: true, value: 199_000 } (10 × ¥199)
 * counterfeitCompensation(3_980, policies.taobao)     // → { ok: true, value: 50_000 }  (10 × ¥39.80 is below ¥500)
 * counterfeitCompensation(40_000, policies.pinduoduo) // → { ok: true, value: 120_000 } (3 ×, the legal floor)
 * counterfeitCompensation(-1, policies.pinduoduo).ok  // → false
 */
export function counterfeitCompensation(priceFen: number, policy: Pick<Policy, 'penalties'>): Result<number, InputError> {
  return isFenAmount(priceFen)
    ? ok(compensationFen(priceFen, policy))
    : err(invalidArgument(['priceFen'], `priceFen must be whole fen from 0 to ${MAX_FEN}, got ${String(priceFen)}`));
}

/** PEN-04's amount for a price already known to be fen (`openCase`'s items total). */
export function compensationFen(priceFen: number, policy: Pick<Policy, 'penalties'>): number {
  const { multiple, minimumFen } = policy.penalties.counterfeit;
  const n = Math.max(multiple, LEGAL_FLOORS.counterfeitMultiple);
  return Math.max(Math.ceil(priceFen * n), minimumFen, LEGAL_FLOORS.counterfeitMinimumFen);
}
