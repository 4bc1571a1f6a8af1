import fc from 'fast-check';
import { formatInstant } from '../time/zone.js';

/** Calendar coverage runs 2024-01-01 … 2026-12-31; generated instants leave room for windows inside it. */
export const FIRST_MS = Date.parse('2024-01-02T00:00:00+08:00');
export const LAST_MS = Date.parse('2026-10-31T00:00:00+08:00');

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
