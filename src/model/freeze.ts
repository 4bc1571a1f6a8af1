/**
 * Freezes a value and everything reachable from it, and returns it (its type already read-only: `as const` or `Readonly<…>`).
 * Every value the library exports goes through this (rule 1: exported values are frozen), so an
 * assignment such as `policies.pinduoduo.eligibility.noReasonWindowDays = 1` throws in strict mode
 * and changes no later answer. The library's exported data is plain and acyclic (JSON-like), which
 * is all this walks.
 * Call sites mark the call pure (the `__PURE__` annotation) so a bundler still drops an export nobody imports.
 */

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) Object.values(Object.freeze(value)).forEach(deepFreeze);
  return value;
}
