import type { Policy } from '../model/policy.js';
import { LEGAL_FLOORS } from './legal-floors.js';

/**
 * PEN-04 (假一赔N): the compensation a confirmed counterfeit claim pays on top of the refund — the
 * policy's multiple × the price of the claimed items, at least the policy's minimum, rounded up to the
 * fen so it is never below N×. The legal floor (消法 art. 55: 3× and ¥500) applies even to a policy
 * object that carries less: `definePolicy` refuses such a policy, but one built by hand can skip it,
 * and no buyer may be paid below the law. The one place PEN-04's amount is computed: `openCase`
 * records it on the case, `findViolations` reports it.
 *
 * @param priceFen integer fen, the price of the claimed items (unit price × quantity, summed)
 * @throws RangeError when `priceFen` is not a non-negative safe integer (a programmer error)
 *
 * @example
 * counterfeitCompensation(19_900, policies.taobao)    // → 199_000 (10 × ¥199)
 * counterfeitCompensation(3_980, policies.taobao)     // → 50_000  (10 × ¥39.80 is below ¥500)
 * counterfeitCompensation(40_000, policies.pinduoduo) // → 120_000 (3 ×, the legal floor)
 */
export function counterfeitCompensation(priceFen: number, policy: Pick<Policy, 'penalties'>): number {
  if (!Number.isSafeInteger(priceFen) || priceFen < 0) {
    throw new RangeError(`counterfeitCompensation: priceFen must be whole fen ≥ 0, got ${priceFen}`);
  }
  const { multiple, minimumFen } = policy.penalties.counterfeit;
  const n = Math.max(multiple, LEGAL_FLOORS.counterfeitMultiple);
  return Math.max(Math.ceil(priceFen * n), minimumFen, LEGAL_FLOORS.counterfeitMinimumFen);
}
