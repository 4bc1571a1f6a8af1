import { pinduoduo } from './pinduoduo.js';
import { taobao } from './taobao.js';
import { deepFreeze } from '../model/freeze.js';

/**
 * The built-in platform packs, as validated data, deeply frozen here (the only way to reach them).
 *
 * @example
 * policies.taobao.case.merchantResponseHours // → 72
 */
export const policies = /* @__PURE__ */ deepFreeze({ pinduoduo, taobao } as const);
/** The name of a built-in platform pack: `pinduoduo` or `taobao`. */
export type PolicyName = keyof typeof policies;
