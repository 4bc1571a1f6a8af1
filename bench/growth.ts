import { checkEligibility } from '../src/eligibility/check-eligibility.js';
import type { Policy } from '../src/model/policy.js';
import { withHistory, type Pair } from './data.js';
import { interleave, median, wall, type Batch, type Stats } from './harness.js';

export interface CallsRow {
  readonly calls: number;
  /** Median wall time of the whole run, ms. */
  readonly ms: number;
  readonly perCallNs: number;
}

/** `calls` checks in a row, cycling the dataset; median wall time over `reps` runs. */
export function growthInCalls(pairs: readonly Pair[], policy: Policy, plan: readonly (readonly [number, number])[]): CallsRow[] {
  const n = pairs.length;
  const run = (calls: number): number => {
    let sum = 0;
    for (let k = 0, i = 0; k < calls; k++) {
      const p = pairs[i] as Pair;
      sum += checkEligibility(p.order, p.request, policy).reasons.length;
      if (++i === n) i = 0;
    }
    return sum;
  };
  return plan.map(([calls, reps]) => {
    const ms = median(Array.from({ length: reps }, () => wall(() => run(calls))));
    return { calls, ms, perCallNs: (ms * 1e6) / calls };
  });
}

export interface HistoryRow {
  readonly size: number;
  readonly stats: Stats;
  /** (per-call − per-call with no history) / size: the cost of one more past case. */
  readonly perCaseNs: number | undefined;
}

/**
 * The same orders with 0, 3, 30, 300 past cases each: ELG-10 and ELG-12 walk the history. The sizes
 * run interleaved, batch by batch over the same orders, so the machine's load hits them alike.
 */
export function growthInHistory(pairs: readonly Pair[], policy: Policy, sizes: readonly number[], orders: number): HistoryRow[] {
  const batch = 100;
  const paid = pairs.filter((p) => p.order.paidAt !== undefined && p.order.afterSales !== undefined);
  const chosen = paid.slice(0, Math.min(orders, paid.length - (paid.length % batch)));
  const contenders: Record<string, Batch> = {};
  for (const size of sizes) {
    const data = withHistory(chosen, size);
    const run: Batch = (from, to) => {
      let sum = 0;
      for (let i = from; i < to; i++) {
        const p = data[i] as Pair;
        sum += checkEligibility(p.order, p.request, policy).reasons.length;
      }
      return sum;
    };
    run(0, data.length); // warm-up: new data for the inline caches
    contenders[String(size)] = run;
  }
  const n = chosen.length;
  const stats = interleave(contenders, n, batch, Math.max(50, Math.ceil((10 * n) / batch)));
  const base = stats['0']?.median;
  return sizes.map((size) => {
    const s = stats[String(size)] as Stats;
    return { size, stats: s, perCaseNs: base === undefined || size === 0 ? undefined : (s.median - base) / size };
  });
}
