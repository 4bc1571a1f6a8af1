import { DAY_MS } from './zone.js';

/** A local calendar date as `YYYY-MM-DD`. */
export type LocalDate = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` → day number, or `NaN` when it is not a real date. */
export function dayOf(date: LocalDate): number {
  const m = DATE.exec(date);
  if (m === null) return Number.NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d
    ? t / DAY_MS
    : Number.NaN;
}

/** Day number → `YYYY-MM-DD`. */
export const dateOf = (day: number): LocalDate => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** 0 = Sunday … 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;
