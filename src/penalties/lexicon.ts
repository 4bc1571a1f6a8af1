import { isBreak, isLatin, isSeparator } from './chars.js';
import type { Units } from './normalize.js';

/** A match of a lexicon word in folded text: `[start, end)` and the word's payload. */
export interface Match<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

/** A trie node. Children sit in two parallel arrays: most nodes have one to three, where a short loop beats a Map. */
interface Node<T> {
  readonly codes: number[];
  readonly children: Node<T>[];
  value: T | undefined;
  /** The word ends in an ASCII letter, so the next character must not be one. */
  latinEnd: boolean;
}

// Every node gets every field at creation, so all share one shape and property reads stay monomorphic.
const node = <T>(): Node<T> => ({ codes: [], children: [], value: undefined, latinEnd: false });

const child = <T>(node: Node<T>, c: number): Node<T> | undefined => {
  const codes = node.codes;
  for (let k = 0; k < codes.length; k++) if (codes[k] === c) return node.children[k];
  return undefined;
};

// At most this many separators between two letters of one word: "微 信" and "v - x" match, prose does not.
const MAX_GAP = 2;

/**
 * A word list compiled to a trie, matched forward from a position or backward from one. A match may
 * skip a few separators between letters, so spaced-out disguises match too. Words that begin or end
 * in an ASCII letter only match on a word boundary ("vx" in "vx:abc", not in "vxyz"). Matching costs
 * at most (longest word × 3) steps, whatever the text, which keeps every scan linear.
 *
 * @example
 * new Lexicon([['微信', 1]]).match(foldText('加微 信'), 1) // → { start: 1, end: 4, value: 1 }
 */
export class Lexicon<T> {
  private readonly root: Node<T> = node();
  /** For each code unit, 1 + the index of the root's child for it, or 0: the first step is one table read. */
  private readonly starts = new Uint8Array(0x10000);

  constructor(
    entries: Iterable<readonly [string, T]>,
    private readonly backward = false,
  ) {
    for (const [raw, value] of entries) {
      const word = raw.replace(/ /g, '');
      const chars = backward ? [...word].reverse() : [...word];
      let at = this.root;
      for (const ch of chars) {
        const code = ch.charCodeAt(0);
        let next = child(at, code);
        if (next === undefined) {
          next = node();
          at.codes.push(code);
          at.children.push(next);
        }
        at = next;
      }
      at.value = value;
      at.latinEnd = isLatin(word.charCodeAt(backward ? 0 : word.length - 1));
    }
    if (this.root.codes.length > 0xff) throw new RangeError('a Lexicon holds at most 255 first characters');
    this.root.codes.forEach((code, k) => (this.starts[code] = k + 1));
  }

  /** Whether some word begins (forward) or ends (backward) with the code unit `c`: no match can start elsewhere. */
  opensWith(c: number): boolean {
    return this.starts[c & 0xffff] !== 0;
  }

  /**
   * The first position at or after `from` where a word may start, or `s.length`: scanning with this
   * reads one table entry per character and calls {@link match} only where it can succeed.
   */
  nextStart(s: Units, from: number): number {
    const starts = this.starts;
    let i = from;
    while (i < s.length && starts[s[i] as number] === 0) i++;
    return i;
  }

  /** The longest word starting at `i` (forward) or ending just before `i` (backward). */
  match(s: Units, i: number): Match<T> | undefined {
    const step = this.backward ? -1 : 1;
    let j = this.backward ? i - 1 : i;
    if (j < 0 || j >= s.length || this.starts[s[j] as number] === 0) return undefined;
    // A word that begins with a letter must not continue a longer latin word.
    const firstLatin = isLatin(s[j]);
    if (firstLatin && isLatin(s[j - step])) return undefined;
    let node = this.root.children[(this.starts[s[j] as number] as number) - 1] as Node<T>;
    j += step;
    let best = this.accept(node, s, i, j);
    let gap = 0;
    while (j >= 0 && j < s.length) {
      const c = s[j] as number;
      const next = child(node, c);
      if (next === undefined) {
        if (!isSeparator(c) || ++gap > MAX_GAP) break;
        j += step;
        continue;
      }
      gap = 0;
      node = next;
      j += step;
      best = this.accept(node, s, i, j) ?? best;
    }
    return best;
  }

  /** The match that ends at `node`, having read up to `j`, if a word ends there on a word boundary. */
  private accept(node: Node<T>, s: Units, i: number, j: number): Match<T> | undefined {
    if (node.value === undefined || (node.latinEnd && isLatin(s[j]))) return undefined;
    return this.backward ? { start: j + 1, end: i, value: node.value } : { start: i, end: j, value: node.value };
  }
}

/**
 * The same lexicon matched backward: `match(s, i)` finds a word that ends just before `i`.
 *
 * @example
 * backwardLexicon([['加', 1]]).match(foldText('加我'), 1) // → { start: 0, end: 1, value: 1 }
 */
export const backwardLexicon = <T>(entries: Iterable<readonly [string, T]>): Lexicon<T> => new Lexicon(entries, true);

/**
 * The nearest match of a backward lexicon ending in `(pos - span, pos]`, stopping at a clause break.
 *
 * @example
 * findBehind(backwardLexicon([['单号', 1]]), foldText('单号：123'), 3, 14) // → { start: 0, end: 2, value: 1 }
 */
export function findBehind<T>(lex: Lexicon<T>, s: Units, pos: number, span: number): Match<T> | undefined {
  for (let k = pos; k > Math.max(0, pos - span); k--) {
    if (isBreak(s[k - 1])) return undefined;
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
 * skipBack(backwardLexicon([['我', 'own']]), foldText('加我微信'), 2) // → { pos: 1, nearest: 'own' }
 */
export function skipBack<T>(
  fillers: Lexicon<T>,
  s: Units,
  pos: number,
  maxWords = 4,
): { readonly pos: number; readonly nearest: T | undefined } {
  let p = pos;
  let nearest: T | undefined;
  for (let words = 0; words < maxWords; words++) {
    for (let gap = 0; gap < MAX_GAP && p > 0 && isSeparator(s[p - 1]); gap++) p--;
    const m = fillers.match(s, p);
    if (m === undefined) break;
    if (nearest === undefined) nearest = m.value;
    p = m.start;
  }
  for (let gap = 0; gap < MAX_GAP && p > 0 && isSeparator(s[p - 1]); gap++) p--;
  return { pos: p, nearest };
}

/**
 * A word list written as one '|'-separated string: lexicons stay compact in the bundle.
 *
 * @example
 * words('走|via') // → ['走', 'via']
 */
export const words = (list: string): string[] => list.split('|');
