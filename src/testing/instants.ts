import fc from 'fast-check';
import { formatInstant } from '../time/zone.js';

/** The first and last instant drawn for a run of years: room is left for windows inside them. */
const firstMs = (year: number): number => Date.parse(`${year}-01-02T00:00:00+08:00`);
const lastMs = (year: number): number => Date.parse(`${year}-10-31T00:00:00+08:00`);

/** The built-in calendar's years (2024–2026): instants the default `cnCalendar` answers for. */
export const FIRST_MS = firstMs(2024);
export const LAST_MS = lastMs(2026);

/** The years instants are drawn from by default, from the first announced year (CAL-01) on. */
export const SUPPORTED_YEARS: readonly [number, number] = /* @__PURE__ */ Object.freeze([2010, 2099] as const);

/**
 * The eras an instant can fall in, with how often each is drawn: most in the default calendar's
 * years, so the other rules still get exercised, and the rest where a calendar answers CAL-02 (past
 * announced years, beyond the horizon) or CAL-03 (provisional years) — as a service will meet them.
 */
const ERAS = [
  { years: [2024, 2026], weight: 6 },
  { years: [2010, 2023], weight: 1 },
  { years: [2027, 2036], weight: 2 },
  { years: [2037, 2099], weight: 1 },
] as const;

/** Constraints on generated instants. */
export interface InstantConstraints {
  /** The first and last year to draw from, inclusive (default {@link SUPPORTED_YEARS}). */
  readonly years?: readonly [first: number, last: number];
}

/**
 * An instant (epoch ms) from the supported range — announced years, provisional years (CAL-03) and
 * beyond the calendars' horizon (CAL-02) — or from `years`; `roomDays` keeps that many days free
 * before the end of each era, for the steps that follow.
 *
 * @example
 * fc.sample(arbInstantMs({ years: [2027, 2027] }), 1) // e.g. [1806573600000]  (some time in 2027)
 */
export function arbInstantMs(constraints: InstantConstraints = {}, roomDays = 0): fc.Arbitrary<number> {
  const [first, last] = constraints.years ?? SUPPORTED_YEARS;
  const room = roomDays * 86_400_000;
  if (!(Number.isInteger(first) && Number.isInteger(last) && first <= last)) throw new RangeError(`arbInstantMs: bad years ${first}…${last}`);
  const eras = ERAS.map(({ years: [a, b], weight }) => ({ a: Math.max(a, first), b: Math.min(b, last), weight }))
    .filter(({ a, b }) => a <= b)
    .map(({ a, b, weight }) => ({ weight, arbitrary: fc.integer({ min: firstMs(a), max: lastMs(b) - room }) }));
  // Years outside every era (before 2010, after 2099) are drawn as asked, uniformly.
  return eras.length === 0 ? fc.integer({ min: firstMs(first), max: lastMs(last) - room }) : fc.oneof(...eras);
}

/** The zones instants are written in: the result must not depend on which. */
export const WRITING_ZONES = ['Asia/Shanghai', 'UTC', 'America/New_York', 'Asia/Kolkata'] as const;

/**
 * One of the zones instants are written in (`WRITING_ZONES`).
 *
 * @example
 * fc.sample(arbZone(), 3) // e.g. ['Asia/Shanghai', 'America/New_York', 'UTC']
 */
export const arbZone = (): fc.Arbitrary<string> => fc.constantFrom(...WRITING_ZONES);

/**
 * An ISO instant for epoch ms `t`, written in a generated zone.
 *
 * @example
 * const t = Date.parse('2025-03-01T00:00:00Z');
 * fc.assert(fc.property(arbWritten(t), (s) => Date.parse(s) === t)) // e.g. '2025-03-01T08:00:00+08:00'
 */
export const arbWritten = (t: number): fc.Arbitrary<string> => arbZone().map((zone) => formatInstant(t, zone));

/**
 * A delay in ms, biased to whole hours and days so day boundaries are hit often.
 *
 * @example
 * fc.assert(fc.property(arbDelay(7), (ms) => ms >= 0 && ms <= 7 * 86_400_000))
 */
export const arbDelay = (maxDays: number): fc.Arbitrary<number> =>
  fc.oneof(
    fc.integer({ min: 0, max: maxDays * 86_400_000 }),
    fc.integer({ min: 0, max: maxDays * 24 }).map((h) => h * 3_600_000),
    fc.integer({ min: 0, max: maxDays }).map((d) => d * 86_400_000 - 1).map((ms) => Math.max(0, ms)),
  );
