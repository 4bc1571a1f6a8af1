import { isInstant } from '../model/is-instant.js';
import { PAYMENT_METHODS } from '../model/vocabulary.js';

/*
 * Why this exists: zod's parse of a refund object was the largest single cost of `fromPdd` and
 * `fromTaobao` (bench: the adapters against `assess`). A payload the platforms send is almost always
 * well formed, so a predicate that reads each field once answers "surely valid" and the adapter reads
 * the payload as it is; on `false` the adapter runs its zod schema, which names every bad field.
 * The schemas have no transforms and the adapters read fields by name, so the payload as given reads
 * as zod's output would. test/platforms/fast-payload.prop.test.ts holds each predicate to its schema:
 * what the predicate accepts, the schema accepts, and both read the same keys.
 */

/** A predicate over one field, as the matching zod schema would accept it. */
export type Check = (v: unknown) => boolean;

/** z.object's test: any non-array object. */
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const isString: Check = (v) => typeof v === 'string';
/** `z.string().check(z.minLength(1))`. */
export const isText: Check = (v) => typeof v === 'string' && v.length > 0;
/** `z.number().check(whole())`. */
export const isWhole: Check = (v) => typeof v === 'number' && Number.isSafeInteger(v);
/** `z.number()`: finite (zod refuses NaN and ±Infinity). */
export const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
export const isBoolean: Check = (v) => typeof v === 'boolean';
/** `z.number().check(whole(), z.minimum(lo), z.maximum(hi))`. */
export const wholeIn =
  (lo: number, hi = Number.MAX_SAFE_INTEGER): Check =>
  (v) =>
    isWhole(v) && (v as number) >= lo && (v as number) <= hi;
/** `z.enum(values)`. */
export const oneOf =
  (values: readonly unknown[]): Check =>
  (v) =>
    values.includes(v);
/** A check made by {@link optional}: it carries the check it wraps, so that `shape` calls that one directly. */
interface OptionalCheck extends Check {
  readonly inner: Check;
}

/** `z.optional(c)`. */
export const optional = (c: Check): Check => Object.assign((v: unknown) => v === undefined || c(v), { inner: c }) satisfies OptionalCheck;

/** `z.object(fields)`: every field passes; `keys` is there for the test that keeps it in step with the schema. */
export interface ShapeCheck extends Check {
  readonly keys: readonly string[];
  readonly fields: Readonly<Record<string, Check>>;
}
export function shape(fields: Readonly<Record<string, Check>>): ShapeCheck {
  const entries = Object.entries(fields);
  // Keys and checks in arrays read by index: no iterator or destructured pair per field per call. An
  // optional field's own check runs only when the field is there (what `optional` does, one call fewer).
  const keys = entries.map(([k]) => k);
  const optionals = entries.map(([, c]) => 'inner' in c);
  const checks = entries.map(([, c]) => ('inner' in c ? (c as OptionalCheck).inner : c));
  const check = (v: unknown): boolean => {
    if (!isObject(v)) return false;
    for (let i = 0; i < keys.length; i++) {
      const x = v[keys[i]!];
      if (x === undefined ? !optionals[i] && !checks[i]!(x) : !checks[i]!(x)) return false;
    }
    return true;
  };
  return Object.freeze(Object.assign(check, { keys: Object.freeze(keys.slice()), fields: Object.freeze({ ...fields }) }));
}

/** `OrderContextSchema`. */
export const isOrderContext: ShapeCheck = shape({
  paymentMethod: oneOf(PAYMENT_METHODS),
  paidAt: optional((v) => typeof v === 'string' && isInstant(v)),
  shippedAt: optional((v) => typeof v === 'string' && isInstant(v)),
  signedAt: optional((v) => typeof v === 'string' && isInstant(v)),
});
