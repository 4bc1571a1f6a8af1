/**
 * Freezes a value and everything reachable from it, and returns it typed as deeply read-only.
 * Every value the library exports goes through this (rule 1: exported values are frozen), so an
 * assignment such as `policies.pinduoduo.eligibility.noReasonWindowDays = 1` throws in strict mode
 * and changes no later answer. Typed arrays cannot be frozen and are left to their owners.
 */
import type { DeepReadonly } from './readonly.js';

export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value as DeepReadonly<T>;
}
