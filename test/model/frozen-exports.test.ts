import { describe, expect, it } from 'vitest';
import * as main from '../../src/index.js';
import * as rules from '../../src/rules/index.js';
import * as testing from '../../src/testing/index.js';
import * as calendar from '../../src/calendar/index.js';
import * as screening from '../../src/screening/index.js';

/** Every object reachable from `value`, with its path from the export. */
function* objects(value: unknown, path: string): Generator<[string, object]> {
  if (typeof value !== 'object' || value === null) return;
  yield [path, value];
  for (const [k, v] of Object.entries(value)) yield* objects(v, `${path}.${k}`);
}

// zod schemas are exported for callers to compose; zod caches lazily inside them, so they stay open.
const isSchema = (v: unknown): boolean => typeof v === 'object' && v !== null && '_zod' in v;

const entries = [
  ['aftersales', main, true],
  ['aftersales/rules', rules, true],
  ['aftersales/testing', testing, true],
  ['aftersales/calendar', calendar, true],
  ['aftersales/screening', screening, true],
] as const;

describe('exported values are deeply frozen (rule 1, issue 13)', () => {
  for (const [entry, mod, hasData] of entries) {
    const data = Object.entries(mod).filter(([, v]) => typeof v === 'object' && v !== null && !isSchema(v));
    it(`${entry}: every object reachable from every exported value is frozen`, () => {
      expect(data.length > 0).toBe(hasData);
      const open = data.flatMap(([name, v]) => [...objects(v, name)].filter(([, o]) => !Object.isFrozen(o)).map(([p]) => p));
      expect(open).toEqual([]);
    });
  }

  it('an assignment throws in strict mode and changes no later answer', () => {
    const window = main.policies.pinduoduo.eligibility.noReasonWindowDays;
    expect(() => {
      (main.policies.pinduoduo.eligibility as { noReasonWindowDays: number }).noReasonWindowDays = 1;
    }).toThrow(TypeError);
    expect(() => {
      (main.LEGAL_FLOORS as { noReasonWindowDays: number }).noReasonWindowDays = 0;
    }).toThrow(TypeError);
    expect(() => {
      (main.cnCalendar.holidays as string[]).length = 0;
    }).toThrow(TypeError);
    expect(main.policies.pinduoduo.eligibility.noReasonWindowDays).toBe(window);
    expect(main.isWorkingDay('2025-10-01', main.cnCalendar)).toEqual({ ok: true, value: false });
  });
});
