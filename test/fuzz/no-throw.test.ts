// Issue 13's law: no exported function throws on data a caller sent. Each function of the main entry
// is called (test/fuzz/exports.ts) with every leaf of its caller-data arguments replaced, one at a
// time, by each edge value of the leaf's own type — an instant without an offset or outside the
// supported years, a negative, fractional, unsafe or non-finite number, an empty or tripled list,
// another member of the field's vocabulary — and the arguments typed `unknown` with any JSON value
// at any node. The answer is a value, never a throw.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { CALLS, SUBPATH_CALLS, type Call } from './exports.js';
import { describeValue, mutations } from './mutate.js';


const exported = lib as unknown as Record<string, unknown>;
const FUNCTIONS = Object.keys(exported).filter((k) => typeof exported[k] === 'function').sort();

/** Calls `f` with every mutation of `calls`: what threw, and how many were tried. */
function fuzz(f: (...a: unknown[]) => unknown, calls: readonly Call[]): { thrown: string[]; tried: number } {
  const thrown: string[] = [];
  let tried = 0;
  for (const call of calls) {
    // The valid call itself answers.
    expect(() => f(...call.args)).not.toThrow();
    for (const m of mutations(call)) {
      tried++;
      try {
        f(...m.args);
      } catch (e) {
        thrown.push(`argument ${m.index} at ${m.path.join('.') || '(root)'} = ${describeValue(m.value)}: ${e instanceof Error ? e.message.slice(0, 100) : String(e)}`);
      }
    }
  }
  return { thrown, tried };
}
const mutable = (calls: readonly Call[]) => calls.some((c) => c.mutate.length + (c.raw?.length ?? 0) > 0);

describe('no exported function throws on data a caller sent (issue 13)', () => {
  it('the calls cover every function the main entry exports', () => {
    expect(Object.keys(CALLS).sort()).toEqual(FUNCTIONS);
  });

  it.each(FUNCTIONS)('%s: every typed mutation of its caller data answers with a value', (name) => {
    const calls = CALLS[name] ?? [];
    const { thrown, tried } = fuzz(exported[name] as (...a: unknown[]) => unknown, calls);
    expect(thrown).toEqual([]);
    if (mutable(calls)) expect(tried).toBeGreaterThan(0);
  });
});

// Single edits are exhaustive above; faults also come in company (an order both unpaid and oversized).
const everyCall = [
  ...FUNCTIONS.flatMap((name) => (CALLS[name] ?? []).map((call) => ({ name, f: exported[name] as (...a: unknown[]) => unknown, call }))),
  ...Object.values(SUBPATH_CALLS).flatMap(({ module, calls }) =>
    Object.entries(calls).flatMap(([name, cs]) => cs.map((call) => ({ name, f: module[name] as (...a: unknown[]) => unknown, call }))),
  ),
].filter(({ call }) => mutable([call]));

test.prop([fc.constantFrom(...everyCall), fc.array(fc.nat(), { minLength: 2, maxLength: 4 })], { numRuns: 500 })(
  'law: two to four edits at once, on any function of any entry, still answer with a value',
  ({ call, f }, picks) => {
    let args = [...call.args];
    for (const pick of picks) {
      const options = [...mutations({ ...call, args })];
      if (options.length === 0) break;
      args = options[pick % options.length]!.args;
    }
    expect(() => f(...args)).not.toThrow();
  },
);

describe.each(Object.entries(SUBPATH_CALLS))('%s: no function throws on data a caller sent', (_, { module, calls, exempt }) => {
  const names = Object.keys(module).filter((k) => typeof module[k] === 'function').sort();
  it('the calls cover every function it exports but the exempt builders', () => {
    expect([...Object.keys(calls), ...exempt].sort()).toEqual(names);
  });
  it.each(Object.keys(calls).sort())('%s: every typed mutation of its caller data answers with a value', (name) => {
    const { thrown, tried } = fuzz(module[name] as (...a: unknown[]) => unknown, calls[name]!);
    expect(thrown).toEqual([]);
    if (mutable(calls[name]!)) expect(tried).toBeGreaterThan(0);
  });
});
