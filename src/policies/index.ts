import { pinduoduo } from './pinduoduo.js';
import { taobao } from './taobao.js';

/**
 * The built-in platform packs, as validated data.
 *
 * @example
 * policies.taobao.case.merchantResponseHours // → 72
 */
export const policies = { pinduoduo, taobao } as const;
export type PolicyName = keyof typeof policies;
