import { tzOffset } from '@date-fns/tz/tzOffset';
import { formatLocal, parseIso } from './iso.js';

/** Milliseconds in a day of 24 hours. */
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/**
 * A day's offset: one number when constant, else the instant the zone's offset changes.
 * Offsets come from `@date-fns/tz` (Intl's zone data); we only memoise them per UTC day,
 * because one Intl lookup costs microseconds and a rule check must cost nanoseconds.
 */
type DayOffsets = number | { readonly at: number; readonly before: number; readonly after: number };

// A memo, not state: it only ever holds what tzOffset answers for the same arguments.
const memo = new Map<string, Map<number, DayOffsets>>();

const intlOffsetMs = (zone: string, t: number): number => {
  const minutes = tzOffset(zone, new Date(t));
  if (Number.isNaN(minutes)) throw new RangeError(`unknown time zone: ${zone}`);
  return Math.round(minutes * 60_000);
};

function offsetsOfDay(zone: string, day: number): DayOffsets {
  const start = day * DAY_MS;
  const end = start + DAY_MS - 1;
  const before = intlOffsetMs(zone, start);
  const after = intlOffsetMs(zone, end);
  if (before === after) return before;
  // One transition in the day: find its first millisecond by bisection.
  let lo = start;
  let hi = end;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (intlOffsetMs(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return { at: hi, before, after };
}

/** The zone's UTC offset in milliseconds at instant `t` (epoch ms). */
export function offsetAt(zone: string, t: number): number {
  let days = memo.get(zone);
  if (days === undefined) {
    days = new Map();
    memo.set(zone, days);
  }
  const day = Math.floor(t / DAY_MS);
  let entry = days.get(day);
  if (entry === undefined) {
    entry = offsetsOfDay(zone, day);
    days.set(day, entry);
  }
  return typeof entry === 'number' ? entry : t < entry.at ? entry.before : entry.after;
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
 * The instant at which the wall clock in `zone` reads `localMs` (local epoch ms). A wall time skipped
 * by a forward transition resolves to the same distance past the transition, as Temporal's
 * `compatible` disambiguation does.
 */
export function instantOfLocal(localMs: number, zone: string): number {
  const guess = localMs - offsetAt(zone, localMs);
  const t = localMs - offsetAt(zone, guess);
  return localMs - offsetAt(zone, t) === t ? t : guess;
}

/** The first instant of local day `day` in `zone`. */
export function startOfLocalDay(day: number, zone: string): number {
  return instantOfLocal(day * DAY_MS, zone);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * Renders epoch ms as ISO-8601 in `zone`'s offset (TIME-06: the host zone never shows):
 * `2025-03-09T00:00:00+08:00`, with milliseconds only when there are some.
 */
export function formatInstant(t: number, zone: string): string {
  const offset = offsetAt(zone, t);
  const minutes = Math.round(offset / 60_000);
  const abs = Math.abs(minutes);
  return `${formatLocal(t + offset)}${minutes < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** Parses an ISO-8601 instant that carries its offset (validated at the boundary) to epoch ms. */
export const parseInstant = (iso: string): number => parseIso(iso);
