import { Lexicon } from './lexicon.js';
import type { Units } from './normalize.js';
import type { TextIndex } from './text-index.js';

// Words that turn a clause into a warning ("请勿私下交易", "本店不会要求您加微信"). Longer harmless
// words containing one (不可思议) are listed as `false` so the longest match wins.
const NEGATORS = new Lexicon<boolean>([
  ...[
    '请勿', '勿', '不要', '切勿', '谨防', '严禁', '禁止', '不会', '不能', '不可', '不用', '无需', '不需要', '不必',
    '千万别', '请别', '可别', '别相信', '别信', '拒绝', '防止', '警惕', '小心', '避免', '不支持', '不接受',
    '不允许', '杜绝', '以免', '没有', '从不', '从来不', '不提供', '不存在', '谨慎', '不加',
    'never', "don't", 'do not', 'not', 'avoid', 'beware', 'no need',
  ].map((w) => [w, true] as const),
  ...['不可思议', '不可能', '不能错过', '不要错过', '没有问题', '没有色差', '不加价'].map((w) => [w, false] as const),
]);
const isTrue = (v: boolean): boolean => v;

/**
 * PEN-01: whether a negator or warning word ends within the 20 characters before `pos`, in its clause.
 *
 * @example
 * isNegated(indexText('请勿私下交易'), 2) // → true
 * isNegated(indexText('我们私下交易'), 2) // → false
 */
export function isNegated(idx: TextIndex, pos: number): boolean {
  return idx.endsIn(NEGATORS, idx.clauseStartWithin(pos, 20), pos, isTrue);
}

/**
 * Skips separators and colons forward from `pos` (at most 3).
 *
 * @example
 * skipAhead(foldText('vx: abc'), 2) // → 4
 */
export function skipAhead(s: Units, pos: number): number {
  let p = pos;
  for (let i = 0; i < 3 && p < s.length && isGap(s[p]); i++) p++;
  return p;
}

// ' ', '\t', ':', '-', '_', '.': compared as codes, so skipping allocates nothing.
const isGap = (c: number | undefined): boolean => c === 0x20 || c === 0x09 || c === 0x3a || c === 0x2d || c === 0x5f || c === 0x2e;
