/*
 * Timing without a framework: a batch of consecutive calls is timed with performance.now(), its
 * per-call time is one sample, and we report the median sample. Medians over many short batches
 * shrug off GC pauses and the other tenants of a loaded machine; contenders compared with each other
 * run interleaved, batch by batch over the same inputs, so they see the same load.
 */

/** Runs calls `from` … `to - 1` and returns a checksum, so the work cannot be optimised away. */
export type Batch = (from: number, to: number) => number;

export interface Stats {
  /** Per call, in nanoseconds. */
  readonly median: number;
  readonly p25: number;
  readonly p75: number;
  readonly samples: number;
}

let sink = 0;
/** Keeps checksums alive; printing it proves nothing was dead code. */
export const checksum = (): number => sink;

export function stats(perCallNs: readonly number[]): Stats {
  const xs = [...perCallNs].sort((a, b) => a - b);
  const at = (q: number): number => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? Number.NaN;
  return { median: at(0.5), p25: at(0.25), p75: at(0.75), samples: xs.length };
}

/**
 * Interleaves contenders: each round times every contender on the same `batch` inputs, rotating
 * who goes first. `n` must be a multiple of `batch`; rounds walk the inputs cyclically.
 */
export function interleave(contenders: Readonly<Record<string, Batch>>, n: number, batch: number, rounds: number): Record<string, Stats> {
  if (n % batch !== 0) throw new RangeError(`batch ${batch} must divide ${n}`);
  const names = Object.keys(contenders);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) {
    const from = (r * batch) % n;
    for (let j = 0; j < names.length; j++) {
      const name = names[(r + j) % names.length] as string;
      const run = contenders[name] as Batch;
      const t0 = performance.now();
      sink += run(from, from + batch);
      samples[name]?.push(((performance.now() - t0) * 1e6) / batch);
    }
  }
  return Object.fromEntries(names.map((k) => [k, stats(samples[k] ?? [])]));
}

/** Times one contender over `rounds` batches (cycling `n` inputs). */
export const timeBatches = (run: Batch, n: number, batch: number, rounds: number): Stats =>
  interleave({ run }, n, batch, rounds)['run'] as Stats;

/** Async calls awaited one after another (per-call latency, as a request handler would see it). */
export async function timeAsync(
  call: (i: number) => Promise<unknown>,
  from: number,
  to: number,
  batch: number,
): Promise<Stats> {
  const samples: number[] = [];
  for (let b = from; b < to; b += batch) {
    const end = Math.min(to, b + batch);
    const t0 = performance.now();
    for (let i = b; i < end; i++) await call(i);
    samples.push(((performance.now() - t0) * 1e6) / (end - b));
  }
  return stats(samples);
}

/** Wall time of one run, in ms. */
export function wall(run: () => number): number {
  const t0 = performance.now();
  sink += run();
  return performance.now() - t0;
}

export function median(xs: readonly number[]): number {
  return stats(xs).median;
}

/** `812 ns`, `54.2 µs`, `1.23 ms`, `1.02 s`. */
export function fmtTime(ns: number): string {
  if (!Number.isFinite(ns)) return 'n/a';
  if (ns < 1e3) return `${ns.toFixed(ns < 10 ? 1 : 0)} ns`;
  if (ns < 1e6) return `${(ns / 1e3).toFixed(ns < 1e4 ? 2 : 1)} µs`;
  if (ns < 1e9) return `${(ns / 1e6).toFixed(ns < 1e7 ? 2 : 1)} ms`;
  return `${(ns / 1e9).toFixed(2)} s`;
}

export const fmtRatio = (x: number): string => (x >= 100 ? `${x.toFixed(0)}×` : x >= 10 ? `${x.toFixed(1)}×` : `${x.toFixed(2)}×`);

/** `✓` when met, `✗ MISSED` when not: the status column of the results tables. */
export const verdict = (met: boolean): string => (met ? '✓' : '✗ missed');
