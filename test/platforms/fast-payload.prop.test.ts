// The adapters' fast predicates (src/platforms/fast-payload.ts) against the zod schemas they stand
// in front of: a payload a predicate accepts, its schema accepts (so the adapter never skips a fault
// zod would report), every fixture takes the fast path, and the predicates read the schemas' keys.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { ShapeCheck } from '../../src/platforms/fast-payload.js';
import { isPddPayload, PddPayloadSchema } from '../../src/platforms/pdd.js';
import { isTaobaoPayload, TaobaoPayloadSchema } from '../../src/platforms/taobao.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'platforms');
const fixtures = (platform: string): Record<string, unknown>[] =>
  readdirSync(join(FIXTURES, platform))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(FIXTURES, platform, f), 'utf8')) as Record<string, unknown>);

type Schema = { safeParse(v: unknown): { success: boolean }; _zod: { def: { shape?: Record<string, unknown> } } };
const PLATFORMS = [
  { name: 'PDD', fast: isPddPayload, schema: PddPayloadSchema as unknown as Schema, payloads: fixtures('pdd') },
  { name: 'Taobao', fast: isTaobaoPayload, schema: TaobaoPayloadSchema as unknown as Schema, payloads: fixtures('taobao') },
];

/** The values a field is tried with: every JSON type, the edges of the checks (empty, 0/1, fractions, unsafe, non-finite), the enums' own. */
const WEIRD: readonly unknown[] = [
  undefined, null, true, false, 0, 1, 2, -1, 0.5, 2 ** 53, -(2 ** 53), Number.NaN, Number.POSITIVE_INFINITY, '', 'x', '1', '0', '2',
  '2026-03-04 10:00:00', '2026-03-04T10:00:00+08:00', '2026-02-30T10:00:00+08:00', 'alipay', 'wechat_pay', 'pdd.refund.information.get',
  'BUYER_RECEIVED', [], {}, { exist_timeout: true }, { exist_timeout: 'yes' }, { paymentMethod: 'alipay' },
];

/** Every path to an object-valued node of the payload (the root included), so mutations reach nested shapes. */
function objectPaths(v: unknown, at: string[] = []): string[][] {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return [];
  return [at, ...Object.entries(v).flatMap(([k, x]) => objectPaths(x, [...at, k]))];
}
/** `v` with the field `key` of the object at `path` set to `x` (deleted for `undefined` half the time, so absent and undefined both occur). */
function mutate(v: unknown, path: readonly string[], key: string, x: unknown, remove: boolean): unknown {
  const o = v as Record<string, unknown>;
  if (path.length > 0) return { ...o, [path[0]!]: mutate(o[path[0]!], path.slice(1), key, x, remove) };
  if (remove && x === undefined) return Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));
  return { ...o, [key]: x };
}
/** The keys a fast shape checks at `path`, and the ones it may meet there. */
function keysAt(fast: ShapeCheck, payload: unknown, path: readonly string[]): string[] {
  let f: unknown = fast;
  for (const k of path) f = (f as ShapeCheck | undefined)?.fields?.[k];
  let o: unknown = payload;
  for (const k of path) o = (o as Record<string, unknown>)[k];
  return [...new Set([...((f as ShapeCheck | undefined)?.keys ?? []), ...Object.keys(o as object), 'unknown_key'])];
}

describe.each(PLATFORMS)('$name payload: the fast predicate', ({ fast, schema, payloads }) => {
  it('accepts every fixture (the adapters take the fast path on what the platforms send)', () => {
    for (const p of payloads) expect(fast(p)).toBe(true);
  });

  it('reads the keys of its schema, nested shapes too', () => {
    const keys = (s: Schema) => Object.keys(s._zod.def.shape ?? {});
    expect([...fast.keys]).toEqual(keys(schema));
    for (const k of fast.keys) {
      const inner = fast.fields[k] as Partial<ShapeCheck>;
      const innerSchema = (schema._zod.def.shape as Record<string, Schema>)[k]!;
      if (inner.keys !== undefined) expect([...inner.keys]).toEqual(keys(innerSchema));
    }
  });

  it('a payload it accepts, the schema accepts: every fixture with each field, nested fields too, set to each edge value or removed', () => {
    let tried = 0;
    for (const p of payloads) {
      for (const path of objectPaths(p)) {
        for (const key of keysAt(fast, p, path)) {
          for (const x of WEIRD) {
            for (const remove of x === undefined ? [false, true] : [false]) {
              const q = mutate(p, path, key, x, remove);
              tried++;
              if (fast(q)) expect({ path, key, x, accepted: schema.safeParse(q).success }).toEqual({ path, key, x, accepted: true });
            }
          }
        }
      }
    }
    expect(tried).toBeGreaterThan(10_000);
  });

  test.prop([
    fc.nat(),
    fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...WEIRD), fc.boolean()), { minLength: 1, maxLength: 3 }),
  ])('and for up to three edits at once', (which, edits) => {
    let p: unknown = payloads[which % payloads.length];
    for (const [pathPick, keyPick, x, remove] of edits) {
      const paths = objectPaths(p);
      const path = paths[pathPick % paths.length]!;
      const keys = keysAt(fast, p, path);
      p = mutate(p, path, keys[keyPick % keys.length]!, x, remove);
    }
    if (fast(p)) expect(schema.safeParse(p).success).toBe(true);
  });

  it('refuses what the schema refuses, for the cases the law must see: a non-object, a missing part, a bad nested field', () => {
    const p = payloads[0]!;
    for (const bad of [null, [], 'x', { ...p, refund: undefined }, { ...p, order: { paymentMethod: 'cash' } }, { ...p, refund: { ...(p['refund'] as object), num: 1.5, goods_number: 1.5 } }]) {
      expect(fast(bad)).toBe(false);
      expect(schema.safeParse(bad).success).toBe(false);
    }
  });
});
