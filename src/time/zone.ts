import { tzOffset } from '@date-fns/tz/tzOffset';
import { isInstant } from '../model/is-instant.js';
import { formatIso, parseIso } from './iso.js';

/** Milliseconds in a day of 24 hours. */
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/**
 * A zone's offsets over one bucket of time: a number when constant, else the instants the offset
 * changes at and the offset in force before each and after the last. Offsets come from
 * `@date-fns/tz` (Intl's zone data); we only memoise them, because one Intl lookup costs
 * microseconds and a rule check must cost nanoseconds.
 */
type Bucket = number | { readonly at: readonly number[]; readonly offsets: readonly number[] };

/** ≈ 398 days: a bucket costs ~400 Intl lookups once, then every lookup in it is arithmetic. */
const BUCKET_MS = 2 ** 35;

// Memos, not state: they only ever hold what tzOffset answers for the same arguments.
const memo = new Map<string, Map<number, Bucket>>();
let lastZone = '';
let lastIndex = Number.NaN;
let lastBucket: Bucket = 0;

const intlOffsetMs = (zone: string, t: number): number => {
  const minutes = tzOffset(zone, new Date(t));
  if (Number.isNaN(minutes)) throw new RangeError(`unknown time zone: ${zone}`);
  return Math.round(minutes * 60_000);
};

/** Samples every day (zones change offset at most once a day) and bisects each change to the millisecond. */
function bucketOf(zone: string, index: number): Bucket {
  const start = index * BUCKET_MS;
  const end = start + BUCKET_MS;
  const at: number[] = [];
  const offsets: number[] = [intlOffsetMs(zone, start)];
  let prevT = start;
  let prev = offsets[0]!;
  for (let t = Math.min(start + DAY_MS, end - 1); ; t = Math.min(t + DAY_MS, end - 1)) {
    const off = intlOffsetMs(zone, t);
    if (off !== prev) {
      let lo = prevT;
      let hi = t;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (intlOffsetMs(zone, mid) === prev) lo = mid;
        else hi = mid;
      }
      at.push(hi);
      offsets.push(off);
      prev = off;
    }
    if (t === end - 1) break;
    prevT = t;
  }
  // Stryker disable next-line ConditionalExpression: a constant offset as a number is a shortcut; the list form answers the same
  return at.length === 0 ? prev : { at, offsets };
}

/** The zone's UTC offset in milliseconds at instant `t` (epoch ms). */
export function offsetAt(zone: string, t: number): number {
  const index = Math.floor(t / BUCKET_MS);
  let bucket: Bucket;
  // Stryker disable next-line ConditionalExpression: the last bucket is a shortcut to the memo, which holds the same bucket
  if (index === lastIndex && zone === lastZone) bucket = lastBucket;
  else {
    let buckets = memo.get(zone);
    if (buckets === undefined) {
      buckets = new Map();
      memo.set(zone, buckets);
    }
    bucket = buckets.get(index) ?? bucketOf(zone, index);
    buckets.set(index, bucket);
    lastZone = zone;
    lastIndex = index;
    lastBucket = bucket;
  }
  if (typeof bucket === 'number') return bucket;
  let i = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: past the end, `t >= undefined` is false and stops the scan too
  while (i < bucket.at.length && t >= bucket.at[i]!) i++;
  return bucket.offsets[i]!;
}

/** The local date of instant `t` in `zone`, as a day number (days since 1970-01-01). */
export function localDay(t: number, zone: string): number {
  return Math.floor((t + offsetAt(zone, t)) / DAY_MS);
}

/** Milliseconds since local midnight of instant `t` in `zone`. */
export function localTimeOfDay(t: number, zone: string): number {
  const local = t + offsetAt(zone, t);
  return local - Math.floor(local / DAY_MS) * DAY_MS;
}

/**
 * The instant at which the wall clock in `zone` reads `localMs` (local epoch ms), disambiguated as
 * `@date-fns/tz` does, so our calendar arithmetic equals date-fns' (the oracle test): a wall time
 * skipped by a forward transition lands the same distance past it — the later of the two readings,
 * whichever sign the offsets have (a half-hour gap at Australia/Lord_Howe included); a wall time
 * read twice takes the offset in force at that wall time read as UTC.
 */
export function instantOfLocal(localMs: number, zone: string): number {
  const guess = localMs - offsetAt(zone, localMs);
  const t = localMs - offsetAt(zone, guess);
  return localMs - offsetAt(zone, t) === t ? t : Math.max(guess, t);
}

/** The first instant of local day `day` in `zone`. */
export function startOfLocalDay(day: number, zone: string): number {
  return instantOfLocal(day * DAY_MS, zone);
}

/**
 * Renders epoch ms as ISO-8601 in `zone`'s offset (TIME-06: the host zone never shows):
 * `2025-03-09T00:00:00+08:00`, with milliseconds only when there are some.
 */
export function formatInstant(t: number, zone: string): string {
  const offset = offsetAt(zone, t);
  return formatIso(t + offset, Math.round(offset / 60_000));
}

/** Parses an ISO-8601 instant that carries its offset (validated at the boundary) to epoch ms. */
export const parseInstant = (iso: string): number => parseIso(iso);

/**
 * Epoch ms of a caller's instant that no schema has checked: `NaN` unless it is a real date-time with
 * an offset (`isInstant`). A typed function reads its instant arguments with this, so a cast or an
 * offset-less string is refused rather than read in the host's zone.
 */
export const readInstant = (iso: unknown): number => (typeof iso === 'string' && isInstant(iso) ? parseIso(iso) : Number.NaN);
