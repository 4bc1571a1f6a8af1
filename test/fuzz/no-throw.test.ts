// Issue 13's law: no exported function throws on data a caller sent. Each function of the main entry
// is called (test/fuzz/exports.ts) with every leaf of its caller-data arguments replaced, one at a
// time, by each edge value of the leaf's own type — an instant without an offset or outside the
// supported years, a negative, fractional, unsafe or non-finite number, an empty or tripled list,
// another member of the field's vocabulary — and the arguments typed `unknown` with any JSON value
// at any node. The answer is a value, never a throw.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { CASE_EVENT_TYPES } from '../../src/model/case.js';
import { ACTORS, EVIDENCE_KINDS, GOODS_CLASSES, INSURANCE_HOLDERS, PAYMENT_METHODS, REQUEST_REASONS, REQUEST_TYPES } from '../../src/model/vocabulary.js';
import { REFUND_TRIGGERS } from '../../src/refund/window.js';
import { COMPLAINT_CHANNELS, COMPLAINT_TYPES } from '../../src/service-levels/record.js';
import { CALLS, SUBPATH_CALLS, type Call } from './exports.js';

type Path = readonly (string | number)[];

const STRINGS = [
  '', 'x', '2025-03-09 09:00', '2025-03-09T09:00:00', 'December 1, 2026 10:00', '2025-02-29', '2025-02-30T10:00:00+08:00',
  '0000-01-01T00:00:00Z', '0099-12-31T23:59:59Z', '1899-01-01T00:00:00+08:00', '9999-12-31T23:59:59+14:00', '2101-01-01T00:00:00+08:00',
  'x'.repeat(10_000), '微信', 'constructor', '__proto__',
];
const NUMBERS = [-1, -0, 0, 0.5, 3, 1e13 + 1, 2 ** 53, Number.MAX_SAFE_INTEGER, 1e20, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
const JSON_VALUES = [undefined, null, true, 0, -1, 0.5, 1e20, '', 'x', '2025-03-09 09:00', [], {}, [null], { a: 1 }];

/** A string field's type, by its key and value: a vocabulary's other members, or any string. A discriminant (`kind`, an event's `type`) is left as is: changing it alone leaves the union. */
function stringsFor(key: string | number | undefined, value: string): readonly string[] {
  const among = (...vocabularies: readonly (readonly string[])[]) => vocabularies.find((v) => v.includes(value));
  if ((key === 'kind' && !EVIDENCE_KINDS.includes(value as never)) || (key === 'type' && CASE_EVENT_TYPES.includes(value as never)) || key === 'code' || key === 'rule' || key === 'effect') return [];
  const vocabulary =
    key === 'type' ? among(REQUEST_TYPES, COMPLAINT_TYPES) :
    key === 'reason' ? REQUEST_REASONS :
    key === 'method' ? PAYMENT_METHODS :
    key === 'goodsClass' ? GOODS_CLASSES :
    key === 'trigger' ? REFUND_TRIGGERS :
    key === 'channel' ? COMPLAINT_CHANNELS :
    key === 'kind' ? EVIDENCE_KINDS :
    key === 'actor' || key === 'sender' ? ACTORS :
    key === 'by' || key === 'for' || key === 'resolvedFor' || key === 'insuranceHolder' ? INSURANCE_HOLDERS :
    undefined;
  return vocabulary ?? STRINGS;
}

/** The values of the leaf's own type to try in its place. */
function typedVariants(key: string | number | undefined, value: unknown): readonly unknown[] {
  if (typeof value === 'string') return stringsFor(key, value);
  if (typeof value === 'number') return NUMBERS;
  if (typeof value === 'boolean') return [!value];
  if (Array.isArray(value)) return [[], [...value, ...value, ...value]];
  return [];
}

/** Every node of a value: its path, key and content. */
function nodes(v: unknown, at: Path = []): { path: Path; value: unknown }[] {
  const here = { path: at, value: v };
  if (Array.isArray(v)) return [here, ...v.flatMap((x, i) => nodes(x, [...at, i]))];
  if (v !== null && typeof v === 'object') return [here, ...Object.entries(v).flatMap(([k, x]) => nodes(x, [...at, k]))];
  return [here];
}
function setAt(v: unknown, path: Path, x: unknown): unknown {
  if (path.length === 0) return x;
  const [k, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(v) ? [...(v as unknown[])] : { ...(v as object) }) as Record<string | number, unknown>;
  copy[k] = setAt((v as Record<string | number, unknown>)[k], rest, x);
  return copy;
}

/** Every mutated argument list of a call. */
function* mutations(call: Call): Generator<{ index: number; path: Path; value: unknown; args: unknown[] }> {
  const args = call.args;
  for (const index of call.mutate) {
    for (const { path, value } of nodes(args[index])) {
      for (const x of typedVariants(path.at(-1), value)) yield { index, path, value: x, args: args.map((a, j) => (j === index ? setAt(a, path, x) : a)) };
    }
  }
  for (const index of call.raw ?? []) {
    for (const { path } of nodes(args[index])) {
      for (const x of JSON_VALUES) yield { index, path, value: x, args: args.map((a, j) => (j === index ? setAt(a, path, x) : a)) };
    }
  }
}

const describeValue = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v.length > 40 ? `${v.slice(0, 20)}…(${v.length})` : v) : Array.isArray(v) ? `[${v.length} items]` : String(v));
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
