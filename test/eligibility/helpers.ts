import { checkEligibility, policies, type AfterSalesRequest, type Order, type Policy } from '../../src/index.js';

/** The reasons' codes with their effects, e.g. `['no_reason_window_closed:deny']`, for compact assertions. */
export function codes(order: Order, request: AfterSalesRequest, policy: Policy = policies.pinduoduo): string[] {
  return checkEligibility(order, request, policy).reasons.map((r) => `${r.code}:${r.effect}`);
}

export const verdict = (order: Order, request: AfterSalesRequest, policy: Policy = policies.pinduoduo): string =>
  checkEligibility(order, request, policy).verdict;
