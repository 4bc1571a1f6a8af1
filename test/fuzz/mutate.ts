// How the fuzz laws (no-throw.test.ts, zones.test.ts) change a valid call: each leaf of the caller's
// data replaced by each edge value of its own type, and the arguments typed `unknown` by any JSON.
import { CASE_EVENT_TYPES } from '../../src/model/case.js';
import { ACTORS, EVIDENCE_KINDS, GOODS_CLASSES, INSURANCE_HOLDERS, PAYMENT_METHODS, REQUEST_REASONS, REQUEST_TYPES } from '../../src/model/vocabulary.js';
import { REFUND_TRIGGERS } from '../../src/refund/window.js';
import { COMPLAINT_CHANNELS, COMPLAINT_TYPES } from '../../src/service-levels/record.js';
import type { Call } from './exports.js';

export type Path = readonly (string | number)[];

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
export function nodes(v: unknown, at: Path = []): { path: Path; value: unknown }[] {
  const here = { path: at, value: v };
  if (Array.isArray(v)) return [here, ...v.flatMap((x, i) => nodes(x, [...at, i]))];
  if (v !== null && typeof v === 'object') return [here, ...Object.entries(v).flatMap(([k, x]) => nodes(x, [...at, k]))];
  return [here];
}
export function setAt(v: unknown, path: Path, x: unknown): unknown {
  if (path.length === 0) return x;
  const [k, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(v) ? [...(v as unknown[])] : { ...(v as object) }) as Record<string | number, unknown>;
  copy[k] = setAt((v as Record<string | number, unknown>)[k], rest, x);
  return copy;
}

/** Every mutated argument list of a call. */
export function* mutations(call: Call): Generator<{ index: number; path: Path; value: unknown; args: unknown[] }> {
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

export const describeValue = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v.length > 40 ? `${v.slice(0, 20)}…(${v.length})` : v) : Array.isArray(v) ? `[${v.length} items]` : String(v));
