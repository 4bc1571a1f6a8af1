/** Errors are values: every fallible public function answers with one of these. */
export type Result<T, E> =
  | {
      /** The call succeeded. */
      readonly ok: true;
      /** Its answer. */
      readonly value: T;
    }
  | {
      /** The call failed: `error` says why. */
      readonly ok: false;
      /** Why, as a value (a {@link Failure} for every public function). */
      readonly error: E;
    };

/**
 * A success carrying `value`.
 *
 * @example
 * ok(42) // → { ok: true, value: 42 }
 */
export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });
/**
 * A failure carrying `error`; fallible functions return it instead of throwing.
 *
 * @example
 * const r = parseOrder(JSON.parse(text));
 * if (!r.ok) console.error(r.error.issues); // r is err({ issues: [...] }) for invalid input
 */
export const err = <E>(error: E): { readonly ok: false; readonly error: E } => ({ ok: false, error });
