import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type * as z from '../../src/model/zod.js';
import { FAST_KEYS, fastInstant, fastOrder, fastRequest, UNSURE } from '../../src/model/fast-validate.js';
import { InstantSchema } from '../../src/model/instant.js';
import { HistoryEntrySchema, OrderItemSchema, OrderSchema, PaymentSchema } from '../../src/model/order.js';
import { AfterSalesRequestSchema, EvidenceSchema } from '../../src/model/request.js';
import { arbOrderAndRequest, arbWritten } from '../../src/testing/index.js';

type Fast = (input: unknown) => unknown;

/** Same keys in the same order, all the way down: zod's output order is what a caller would print. */
function keyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keyOrder);
  if (typeof value !== 'object' || value === null) return typeof value;
  return Object.entries(value).map(([k, v]) => [k, keyOrder(v)]);
}

/** The equivalence law: the fast path answers exactly when zod accepts, and then with zod's value. */
function agrees(fast: Fast, schema: z.ZodMiniType, input: unknown): void {
  const parsed = schema.safeParse(input);
  const answer = fast(input);
  expect(answer !== UNSURE, 'fast path accepts exactly when zod does').toBe(parsed.success);
  if (parsed.success) {
    expect(answer).toStrictEqual(parsed.data);
    expect(keyOrder(answer)).toEqual(keyOrder(parsed.data));
  }
}

/** Every place in a JSON-like value: a path of keys and indexes from the root. */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [at];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return [at, ...entries.flatMap(([k, v]) => pathsOf(v, [...at, k]))];
}

const clone = <T>(value: T): T => structuredClone(value);

/** Junk of every kind a field can be wrong in: type, sign, fraction, vocabulary, instant, emptiness. */
const arbJunk = fc.oneof(
  fc.constantFrom(
    -1, 0.5, 19.9, -0, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 0, 1, '', 'cash', 'sku-1', 'refund_only', 'yesterday',
    '2025-02-30T10:00:00+08:00', '2025-03-01T10:00:00', '2025-03-01T10:00:00+14:01', '2025-03-01T24:00:00Z', '2025-03-01T10:00:00.1234567890Z',
    null, true, false, [], {}, undefined,
  ),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.jsonValue(),
);

type Mutation = 'replace' | 'delete' | 'empty' | 'retype' | 'wrap in an object' | 'wrap in an array' | 'add an unknown key';

/** The same content in the wrong type. */
const retyped = (node: unknown): unknown =>
  typeof node === 'number' ? String(node) : typeof node === 'string' ? node.length : typeof node === 'boolean' ? String(node) : Array.isArray(node) ? { ...node } : Object.values(node as object);
/** The empty value of the right type (for a number: a negative one, for a boolean: the other). */
const emptied = (node: unknown): unknown =>
  Array.isArray(node) ? [] : typeof node === 'object' && node !== null ? {} : typeof node === 'string' ? '' : typeof node === 'number' ? -node - 1 : !node;

/** A valid value with the node at one path broken (or, for `add an unknown key`, still valid). */
function mutate(value: unknown, path: readonly (string | number)[], how: Mutation, junk: unknown): unknown {
  const root = { value: clone(value) } as Record<string | number, unknown>;
  const keys = ['value', ...path];
  let parent = root;
  for (const k of keys.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const key = keys[keys.length - 1]!;
  const node = parent[key];
  if (how === 'replace') parent[key] = junk;
  else if (how === 'delete') delete parent[key];
  else if (how === 'empty') parent[key] = emptied(node);
  else if (how === 'retype') parent[key] = retyped(node);
  else if (how === 'wrap in an object') parent[key] = { value: node };
  else if (how === 'wrap in an array') parent[key] = [node];
  else if (typeof node === 'object' && node !== null && !Array.isArray(node)) (node as Record<string, unknown>)['extra'] = junk;
  return root['value'];
}

const arbMutation = fc.constantFrom<Mutation>('replace', 'replace', 'replace', 'delete', 'empty', 'retype', 'wrap in an object', 'wrap in an array', 'add an unknown key');

/** A generated value, sometimes as it arrives through JSON, with one place in it mutated. */
const arbMutated = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  arb
    .chain((value) => fc.tuple(fc.constant(value), fc.constantFrom(...pathsOf(value)), arbMutation, arbJunk, fc.boolean()))
    .map(([value, path, how, junk, viaJson]) => mutate(viaJson ? JSON.parse(JSON.stringify(value)) : value, path, how, junk));

const arbPair = arbOrderAndRequest();
const arbOrder = arbPair.map((p) => p.order);
const arbRequest = arbPair.map((p) => p.request);
// Years 2000–2030 in the generators' zones; other years take the same code path.
const arbInstant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 0, 1) }).chain((t) => arbWritten(t));
/** Instants as text, broken one character at a time. */
const arbInstantText = fc.oneof(
  arbInstant,
  fc.tuple(arbInstant, fc.nat(), fc.constantFrom(...'0123456789-+:.TZz ')).map(([s, i, c]) => s.slice(0, i % (s.length + 1)) + c + s.slice((i % (s.length + 1)) + 1)),
  fc.string(),
);

const CASES: [string, Fast, z.ZodMiniType, fc.Arbitrary<unknown>][] = [
  ['order', fastOrder, OrderSchema, arbOrder],
  ['request', fastRequest, AfterSalesRequestSchema, arbRequest],
];

describe('the fast path for valid input (src/model/fast-validate.ts) answers as zod does', () => {
  for (const [name, fast, schema, arb] of CASES) {
    test.prop([arb], { numRuns: 300 })(`law: a generated ${name} is accepted with zod's value, key for key`, (input) => {
      expect(fast(input)).not.toBe(UNSURE);
      agrees(fast, schema, input);
      agrees(fast, schema, JSON.parse(JSON.stringify(input)));
    });

    // Many runs: a break that only one path shows (an emptied item list, say) must come up.
    test.prop([arbMutated(arb)], { numRuns: 2000 })(
      `law: a generated ${name} with one place broken or padded: accepted exactly when zod accepts`,
      (input) => {
        agrees(fast, schema, input);
      },
      60_000,
    );

    test.prop([fc.jsonValue()], { numRuns: 500 })(`law: any JSON value as ${name}: accepted exactly when zod accepts`, (input) => {
      agrees(fast, schema, input);
    });

    test.prop([fc.anything()], { numRuns: 500 })(`law: anything at all as ${name}: accepted exactly when zod accepts`, (input) => {
      agrees(fast, schema, input);
    });
  }

  test.prop([arbInstantText], { numRuns: 3000 })('law: an instant is accepted exactly when InstantSchema accepts it', (input) => {
    agrees(fastInstant, InstantSchema, input);
  });

  test.prop([fc.anything()], { numRuns: 500 })('law: anything at all as an instant: accepted exactly when InstantSchema accepts', (input) => {
    agrees(fastInstant, InstantSchema, input);
  });

  it('keeps an optional key given as undefined and drops unknown keys, as zod does', () => {
    const order = { id: 'o', payments: [], paidAt: undefined, items: [{ sku: 'a', priceFen: 1, quantity: 1, goodsClass: undefined }], note: 'x' };
    agrees(fastOrder, OrderSchema, order);
    expect(Object.keys(fastOrder(order) as object)).toEqual(['id', 'paidAt', 'payments', 'items']);
  });

  it('takes an array for no object, even one carrying the fields', () => {
    const order = { id: 'o', payments: [], items: [Object.assign([], { sku: 'a', priceFen: 1, quantity: 1 })] };
    agrees(fastOrder, OrderSchema, order);
    agrees(fastRequest, AfterSalesRequestSchema, Object.assign([], { type: 'refund_only', reason: 'quality', requestedAt: '2025-03-01T10:00:00Z' }));
  });

  it('leaves an order that breaks a cross-field invariant to zod (which reports it)', () => {
    const order = { id: 'o', paidAt: '2025-03-01T10:00:00+08:00', payments: [{ method: 'alipay', amountFen: 1 }], items: [{ sku: 'a', priceFen: 2, quantity: 1 }] };
    expect(fastOrder(order)).toBe(UNSURE);
    expect(OrderSchema.safeParse(order).success).toBe(false);
  });

  /** `key` or `key?` for each key of an object schema, in the schema's order. */
  const shapeKeys = (schema: z.ZodMiniType): string[] =>
    Object.entries((schema as unknown as { shape: Record<string, z.ZodMiniType> }).shape).map(([key, field]) =>
      field.safeParse(undefined).success ? `${key}?` : key,
    );
  /** The schema inside the optional field `key` (zod/mini keeps it in the definition). */
  const inner = (schema: z.ZodMiniType, key: string): z.ZodMiniType =>
    (schema as unknown as { shape: Record<string, { def: { innerType: z.ZodMiniType } }> }).shape[key]!.def.innerType;

  it('reads every key of every schema it stands in for, in the schema order (a new field must be added here too)', () => {
    expect(FAST_KEYS.order).toEqual(shapeKeys(OrderSchema));
    expect(FAST_KEYS.payment).toEqual(shapeKeys(PaymentSchema));
    expect(FAST_KEYS.item).toEqual(shapeKeys(OrderItemSchema));
    expect(FAST_KEYS.historyEntry).toEqual(shapeKeys(HistoryEntrySchema));
    expect(FAST_KEYS.groupBuy).toEqual(shapeKeys(inner(OrderSchema, 'groupBuy')));
    expect(FAST_KEYS.freightInsurance).toEqual(shapeKeys(inner(OrderSchema, 'freightInsurance')));
    expect(FAST_KEYS.freeShipping).toEqual(shapeKeys(inner(OrderSchema, 'freeShipping')));
    expect(FAST_KEYS.afterSales).toEqual(shapeKeys(inner(OrderSchema, 'afterSales')));
    expect(FAST_KEYS.request).toEqual(shapeKeys(AfterSalesRequestSchema));
    expect(FAST_KEYS.evidence).toEqual(shapeKeys(EvidenceSchema));
  });
});
