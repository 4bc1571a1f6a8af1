import { checkEligibility } from '../src/eligibility/check-eligibility.js';
import type { Policy } from '../src/model/policy.js';
import type { Reason } from '../src/model/reason.js';
import type { Pair } from './data.js';
import { floorEligibility } from './floor.js';
import { interleave, timeAsync, type Batch, type Stats } from './harness.js';
import { jsonRulesEngineCheck, type PeerCheck } from './peers/json-rules-engine.js';
import type { PeerReason } from './peers/peer-facts.js';
import { zenCheck } from './peers/zen.js';

/** A reason list as a comparable key: `code:effect`, sorted (engines fire in their own order). */
const keyOf = (reasons: readonly (Reason | PeerReason)[]): string =>
  reasons
    .map((r) => `${r.code}:${r.effect}`)
    .sort()
    .join(' ');

const show = (p: Pair): string => JSON.stringify(p);

/**
 * The floor must give the library's codes, in the library's order, on every input; a bench that
 * times two functions answering different questions measures nothing, so any mismatch throws.
 */
export function assertFloorAgrees(pairs: readonly Pair[], policy: Policy): void {
  let mismatches = 0;
  let first = '';
  for (const p of pairs) {
    const lib = checkEligibility(p.order, p.request, policy).reasons.map((r) => r.code).join(' ');
    const floor = floorEligibility(p.order, p.request, policy).join(' ');
    if (lib !== floor) {
      if (mismatches === 0) first = `library [${lib}] vs floor [${floor}] on ${show(p)}`;
      mismatches++;
    }
  }
  if (mismatches > 0) {
    throw new Error(`floor disagrees with checkEligibility (${policy.id}) on ${mismatches} of ${pairs.length} inputs; first: ${first}`);
  }
}

/** Library vs floor, interleaved batch by batch over the whole dataset. */
export function timeLibraryAndFloor(pairs: readonly Pair[], policy: Policy, passes: number): { library: Stats; floor: Stats } {
  const library: Batch = (from, to) => {
    let sum = 0;
    for (let i = from; i < to; i++) {
      const p = pairs[i] as Pair;
      sum += checkEligibility(p.order, p.request, policy).reasons.length;
    }
    return sum;
  };
  const floor: Batch = (from, to) => {
    let sum = 0;
    for (let i = from; i < to; i++) {
      const p = pairs[i] as Pair;
      sum += floorEligibility(p.order, p.request, policy).length;
    }
    return sum;
  };
  const batch = 1000;
  const n = pairs.length - (pairs.length % batch);
  const s = interleave({ library, floor }, n, batch, (passes * n) / batch);
  return { library: s['library'] as Stats, floor: s['floor'] as Stats };
}

export interface PeerOutcome {
  readonly stats: Stats;
  readonly calls: number;
  /** Inputs where the peer's `code:effect` set equals the library's. */
  readonly agreed: number;
  readonly compared: number;
  readonly firstMismatch?: string;
}

async function agreement(check: PeerCheck, pairs: readonly Pair[], policy: Policy, results?: readonly PeerReason[][]): Promise<Omit<PeerOutcome, 'stats' | 'calls'>> {
  let agreed = 0;
  let firstMismatch: string | undefined;
  for (let i = 0; i < pairs.length; i++) {
    const p = pairs[i] as Pair;
    const peer = keyOf(results?.[i] ?? (await check(p.order, p.request)));
    const lib = keyOf(checkEligibility(p.order, p.request, policy).reasons);
    if (peer === lib) agreed++;
    else firstMismatch ??= `library [${lib}] vs peer [${peer}] on ${show(p)}`;
  }
  return { agreed, compared: pairs.length, ...(firstMismatch === undefined ? {} : { firstMismatch }) };
}

/**
 * One peer: warm up, then one timed pass over the first `calls` inputs, each call awaited in turn;
 * the answers of the timed pass are kept and compared with the library's afterwards.
 */
export async function timePeer(check: PeerCheck, pairs: readonly Pair[], policy: Policy, calls: number): Promise<PeerOutcome> {
  for (let i = 0; i < 1000; i++) {
    const p = pairs[i % pairs.length] as Pair;
    await check(p.order, p.request);
  }
  const results: PeerReason[][] = new Array<PeerReason[]>(calls);
  const stats = await timeAsync(
    async (i) => {
      const p = pairs[i] as Pair;
      results[i] = await check(p.order, p.request);
    },
    0,
    calls,
    500,
  );
  return { stats, calls, ...(await agreement(check, pairs.slice(0, calls), policy, results)) };
}

/** Both peers for `policy`, plus an untimed agreement check on `other` (the second platform pack). */
export async function peers(
  pairs: readonly Pair[],
  policy: Policy,
  other: Policy,
  calls: number,
): Promise<{ jre: PeerOutcome; zen: PeerOutcome; otherAgreement: string[] }> {
  const jre = await timePeer(jsonRulesEngineCheck(policy), pairs, policy, calls);
  const z = zenCheck(policy);
  const zen = await timePeer(z.check, pairs, policy, calls);
  z.dispose();
  const sample = pairs.slice(0, 2000);
  const zo = zenCheck(other);
  const otherAgreement = [
    describe('json-rules-engine', other, await agreement(jsonRulesEngineCheck(other), sample, other)),
    describe('zen-engine', other, await agreement(zo.check, sample, other)),
  ];
  zo.dispose();
  return { jre, zen, otherAgreement };
}

export function describe(peer: string, policy: Policy, a: Omit<PeerOutcome, 'stats' | 'calls'>): string {
  return `${peer} (${policy.id}): ${a.agreed}/${a.compared} agree with checkEligibility on every code and effect${
    a.firstMismatch === undefined ? '' : `; first mismatch: ${a.firstMismatch}`
  }`;
}
