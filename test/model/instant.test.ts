import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { INSTANT_YEARS, InstantSchema } from '../../src/index.js';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** The independent oracle: the fields round-trip through Date.UTC and the clock fields are in range. */
const isReal = (y: number, mo: number, d: number, h: number, mi: number, s: number, oh: number, om: number): boolean => {
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && s < 60 && om < 60 && oh * 60 + om <= 14 * 60;
};

describe('InstantSchema', () => {
  test.prop([
    fc.integer({ min: 1000, max: 2999 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.integer({ min: 0, max: 25 }),
    fc.integer({ min: 0, max: 61 }),
    fc.integer({ min: 0, max: 61 }),
    fc.integer({ min: 0, max: 15 }),
    fc.integer({ min: 0, max: 61 }),
    fc.constantFrom('+', '-', 'Z'),
  ])('TIME-06 law: an instant is accepted exactly when its fields name a real moment in INSTANT_YEARS', (y, mo, d, h, mi, s, oh, om, sign) => {
    const offset = sign === 'Z' ? 'Z' : `${sign}${pad(oh)}:${pad(om)}`;
    const text = `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${offset}`;
    const real = isReal(y, mo, d, h, mi, s, sign === 'Z' ? 0 : oh, sign === 'Z' ? 0 : om);
    const supported = y >= INSTANT_YEARS.first && y <= INSTANT_YEARS.last;
    const parsed = InstantSchema.safeParse(text);
    expect(parsed.success).toBe(real && supported);
    if (!parsed.success) expect(parsed.error.issues[0]?.message).toBe(supported ? 'not a real date-time' : 'outside the supported range: years 2000–2199');
  });

  test.prop([fc.string({ maxLength: 40 })])('law: anything not shaped like an instant is refused as a format fault, never thrown', (s) => {
    const parsed = InstantSchema.safeParse(s);
    if (!parsed.success) expect(parsed.error.issues[0]?.message).toMatch(/^(expected an ISO-8601|not a real|outside the supported range)/);
  });
});
