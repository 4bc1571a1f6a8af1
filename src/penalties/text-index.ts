import { isBreak } from './chars.js';
import type { Lexicon } from './lexicon.js';
import type { Units } from './normalize.js';

/** Marks of a folded unit: which finder can start a finding on it (see `screenFolding`). */
export const CONTACT = 1;
export const NUMBER = 2;
export const KEYWORD = 4;
export const LINK = 8;

/** One word list's greedy tokenisation of the text, extended only as far as a query needs it. */
interface Tokens {
  readonly lex: Lexicon<unknown>;
  readonly keep: (value: unknown) => boolean;
  /** Where the kept words start and end, ascending (words do not overlap). */
  readonly starts: number[];
  readonly ends: number[];
  /** Every word starting before `scanned` has been recorded. */
  scanned: number;
}

const always = (): boolean => true;

/** The first index of ascending `xs` whose value is at least `v`, or `xs.length`. */
function lowerBound(xs: readonly number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A folded message with the context queries the screener asks around a finding: where its clause
 * starts and ends (within a window), and whether a word of a list starts or ends in a range. The
 * words are those of one left-to-right longest-match scan of the whole text (so 不可思议 hides 不可),
 * built lazily and only up to the furthest position asked about: each text position is tokenised at
 * most once per list (and once for clause breaks), which keeps dense hostile input ('二维码二维码…')
 * linear; a query is then a binary search.
 *
 * @example
 * indexText('亲，加我').clauseStartWithin(3, 20) // → 2
 */
export class TextIndex {
  private readonly lists: Tokens[] = [];
  /** Where the clause breaks are, ascending, as far as `breaksScanned`. */
  private readonly breaks: number[] = [];
  private breaksScanned = 0;

  /**
   * @param s the folded text
   * @param markCount how many positions are marked: where some finder can start. Finders visit these
   *   instead of every character.
   * @param marked the marked positions, in order, in its first `markCount` entries
   * @param marks which finders can start at each of them ({@link CONTACT} | {@link NUMBER} | …)
   */
  constructor(
    readonly s: Units,
    readonly markCount: number,
    readonly marked: Int32Array,
    readonly marks: Uint8Array,
  ) {}

  /** `max(clauseStart(p), p - span)`: the first index of p's clause, looking back at most `span`. */
  clauseStartWithin(p: number, span: number): number {
    const breaks = this.breaksBefore(p);
    const next = lowerBound(breaks, p);
    // Never breaks[-1]: a negative index is a named-property lookup on an array, off the fast path.
    const last = next > 0 ? (breaks[next - 1] as number) : -1;
    return Math.max(0, p - span, last + 1);
  }

  /** `min(clauseEnd(p), p + span)`: the index just past p's clause, looking ahead at most `span`. */
  clauseEndWithin(p: number, span: number): number {
    const hi = Math.min(this.s.length, p + span);
    const breaks = this.breaksBefore(hi);
    return Math.min(hi, breaks[lowerBound(breaks, p)] ?? hi);
  }

  /** The clause breaks, recorded at least up to `upTo`: one scan in all, however many queries. */
  private breaksBefore(upTo: number): number[] {
    const { s, breaks } = this;
    const end = Math.min(upTo, s.length);
    let k = this.breaksScanned;
    if (k < end) {
      for (; k < end; k++) if (isBreak(s[k])) breaks.push(k);
      this.breaksScanned = k;
    }
    return breaks;
  }

  /** Whether a word of `lex` (whose payload passes `keep`) starts in `[a, b)`. */
  startsIn<T>(lex: Lexicon<T>, a: number, b: number, keep: (value: T) => boolean = always): boolean {
    const { starts } = this.tokens(lex, keep, b);
    return a < b && (starts[lowerBound(starts, a)] ?? b) < b;
  }

  /** Whether a word of `lex` (whose payload passes `keep`) ends in `(a, b]`. */
  endsIn<T>(lex: Lexicon<T>, a: number, b: number, keep: (value: T) => boolean = always): boolean {
    const { ends } = this.tokens(lex, keep, b);
    return a < b && (ends[lowerBound(ends, a + 1)] ?? b + 1) <= b;
  }

  /** The tokenisation of `lex`, extended to every word that starts before `upTo`. */
  private tokens<T>(lex: Lexicon<T>, keep: (value: T) => boolean, upTo: number): Tokens {
    let list: Tokens | undefined;
    for (const l of this.lists) if (l.lex === lex) list = l;
    if (list === undefined) {
      list = { lex, keep: keep as (value: unknown) => boolean, starts: [], ends: [], scanned: 0 };
      this.lists.push(list);
    }
    const s = this.s;
    const end = Math.min(upTo, s.length);
    let i = list.scanned;
    while ((i = lex.nextStart(s, i)) < end) {
      const m = lex.match(s, i);
      if (m === undefined) {
        i++;
        continue;
      }
      if (list.keep(m.value)) {
        list.starts.push(m.start);
        list.ends.push(m.end);
      }
      i = m.end;
    }
    list.scanned = i;
    return list;
  }
}
