import { isBreak, isLatin, isSeparator } from './chars.js';

/** A match of a lexicon word in folded text: `[start, end)` and the word's payload. */
export interface Match<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

interface Node<T> {
  readonly next: Map<number, Node<T>>;
  value?: T;
  /** The word ends in an ASCII letter, so the next character must not be one. */
  latinEnd?: boolean;
}

// At most this many separators between two letters of one word: "微 信" and "v - x" match, prose does not.
const MAX_GAP = 2;

/**
 * A word list compiled to a trie, matched forward from a position or backward from one. A match may
 * skip a few separators between letters, so spaced-out disguises match too. Words that begin or end
 * in an ASCII letter only match on a word boundary ("vx" in "vx:abc", not in "vxyz"). Matching costs
 * at most (longest word × 3) steps, whatever the text, which keeps every scan linear.
 *
 * @example
 * new Lexicon([['微信', 1]]).match('加微 信', 1) // → { start: 1, end: 4, value: 1 }
 */
export class Lexicon<T> {
  private readonly root: Node<T> = { next: new Map() };
  private readonly starts = new Uint8Array(0x10000);

  constructor(
    entries: Iterable<readonly [string, T]>,
    private readonly backward = false,
  ) {
    for (const [raw, value] of entries) {
      const word = raw.replace(/ /g, '');
      const chars = backward ? [...word].reverse() : [...word];
      let node = this.root;
      for (const ch of chars) {
        const code = ch.charCodeAt(0);
        let child = node.next.get(code);
        if (child === undefined) {
          child = { next: new Map() };
          node.next.set(code, child);
        }
        node = child;
      }
      node.value = value;
      node.latinEnd = isLatin(word.charCodeAt(backward ? 0 : word.length - 1));
      this.starts[(chars[0] ?? ' ').charCodeAt(0)] = 1;
    }
  }

  /** The longest word starting at `i` (forward) or ending just before `i` (backward). */
  match(s: string, i: number): Match<T> | undefined {
    const step = this.backward ? -1 : 1;
    let j = this.backward ? i - 1 : i;
    if (j < 0 || j >= s.length || this.starts[s.charCodeAt(j)] === 0) return undefined;
    // A word that begins with a letter must not continue a longer latin word.
    const firstLatin = isLatin(s.charCodeAt(j));
    if (firstLatin && isLatin(s.charCodeAt(j - step))) return undefined;
    let node = this.root;
    let best: Match<T> | undefined;
    let gap = 0;
    while (j >= 0 && j < s.length) {
      const c = s.charCodeAt(j);
      const child = node.next.get(c);
      if (child === undefined) {
        if (node === this.root || !isSeparator(c) || ++gap > MAX_GAP) break;
        j += step;
        continue;
      }
      gap = 0;
      node = child;
      j += step;
      if (node.value !== undefined && !(node.latinEnd === true && isLatin(s.charCodeAt(j)))) {
        best = this.backward ? { start: j + 1, end: i, value: node.value } : { start: i, end: j, value: node.value };
      }
    }
    return best;
  }
}

/**
 * The same lexicon matched backward: `match(s, i)` finds a word that ends just before `i`.
 *
 * @example
 * backwardLexicon([['加', 1]]).match('加我', 1) // → { start: 0, end: 1, value: 1 }
 */
export const backwardLexicon = <T>(entries: Iterable<readonly [string, T]>): Lexicon<T> => new Lexicon(entries, true);

/**
 * The nearest match of a backward lexicon ending in `(pos - span, pos]`, stopping at a clause break.
 *
 * @example
 * findBehind(backwardLexicon([['单号', 1]]), '单号：123', 3, 14) // → { start: 0, end: 2, value: 1 }
 */
export function findBehind<T>(lex: Lexicon<T>, s: string, pos: number, span: number): Match<T> | undefined {
  for (let k = pos; k > Math.max(0, pos - span); k--) {
    if (isBreak(s.charCodeAt(k - 1))) return undefined;
    const m = lex.match(s, k);
    if (m !== undefined) return m;
  }
  return undefined;
}

/**
 * Steps back from `pos` over separators and filler words (我, 一下, 个 …), at most `maxWords` of them.
 * Returns where the filler begins and the filler word nearest to `pos`, if any.
 *
 * @example
 * skipBack(backwardLexicon([['我', 'own']]), '加我微信', 2) // → { pos: 1, nearest: 'own' }
 */
export function skipBack<T>(
  fillers: Lexicon<T>,
  s: string,
  pos: number,
  maxWords = 4,
): { readonly pos: number; readonly nearest: T | undefined } {
  let p = pos;
  let nearest: T | undefined;
  for (let words = 0; words < maxWords; words++) {
    for (let gap = 0; gap < MAX_GAP && p > 0 && isSeparator(s.charCodeAt(p - 1)); gap++) p--;
    const m = fillers.match(s, p);
    if (m === undefined) break;
    if (nearest === undefined) nearest = m.value;
    p = m.start;
  }
  for (let gap = 0; gap < MAX_GAP && p > 0 && isSeparator(s.charCodeAt(p - 1)); gap++) p--;
  return { pos: p, nearest };
}
