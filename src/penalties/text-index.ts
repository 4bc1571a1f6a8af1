import { isBreak } from './chars.js';
import type { Lexicon } from './lexicon.js';

/**
 * Sorted positions in a text, queried by binary search.
 *
 * @example
 * new Positions(Int32Array.of(2, 9)).atOrBefore(5) // → 2
 */
export class Positions {
  constructor(private readonly at: Int32Array) {}

  /** The greatest position ≤ p, or -1. */
  atOrBefore(p: number): number {
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.at[mid] ?? 0) <= p) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? -1 : (this.at[lo - 1] ?? -1);
  }

  /** The least position ≥ p, or +∞. */
  atOrAfter(p: number): number {
    const before = this.atOrBefore(p - 1);
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.at[mid] ?? 0) <= before) lo = mid + 1;
      else hi = mid;
    }
    return this.at[lo] ?? Number.POSITIVE_INFINITY;
  }
}

const collect = (list: number[]): Positions => new Positions(Int32Array.from(list));

/**
 * A folded message with lazily built indexes (clause breaks, where a word list matches), so that
 * "is there a 加 in this clause?" costs a binary search instead of a scan of the neighbourhood. This
 * keeps dense hostile input ('二维码二维码…') linear with a small constant.
 *
 * @example
 * new TextIndex('亲,加我').clauseStart(3) // → 2  (folded text: the comma is half-width)
 */
export class TextIndex {
  private breakPositions: Positions | undefined;
  private readonly starts = new Map<Lexicon<unknown>, Positions>();
  private readonly ends = new Map<Lexicon<unknown>, Positions>();

  constructor(readonly s: string) {}

  private breaks(): Positions {
    if (this.breakPositions === undefined) {
      const list: number[] = [];
      for (let i = 0; i < this.s.length; i++) if (isBreak(this.s.charCodeAt(i))) list.push(i);
      this.breakPositions = collect(list);
    }
    return this.breakPositions;
  }

  /** The first index of the clause that holds position `p`. */
  clauseStart(p: number): number {
    return this.breaks().atOrBefore(p - 1) + 1;
  }

  /** The index just past the clause that holds position `p`. */
  clauseEnd(p: number): number {
    return Math.min(this.s.length, this.breaks().atOrAfter(p));
  }

  /** Longest non-overlapping matches of a forward lexicon whose payload passes `keep`, scanned once. */
  private index<T>(lex: Lexicon<T>, keep: (value: T) => boolean): void {
    const starts: number[] = [];
    const ends: number[] = [];
    for (let i = 0; i < this.s.length; i++) {
      const m = lex.match(this.s, i);
      if (m === undefined) continue;
      if (keep(m.value)) {
        starts.push(m.start);
        ends.push(m.end);
      }
      i = m.end - 1;
    }
    this.starts.set(lex, collect(starts));
    this.ends.set(lex, collect(ends));
  }

  /** Whether a word of `lex` starts in `[a, b)`. */
  startsIn<T>(lex: Lexicon<T>, a: number, b: number, keep: (value: T) => boolean = () => true): boolean {
    if (!this.starts.has(lex)) this.index(lex, keep);
    return a < b && (this.starts.get(lex)?.atOrAfter(a) ?? Number.POSITIVE_INFINITY) < b;
  }

  /** Whether a word of `lex` ends in `(a, b]`. */
  endsIn<T>(lex: Lexicon<T>, a: number, b: number, keep: (value: T) => boolean = () => true): boolean {
    if (!this.ends.has(lex)) this.index(lex, keep);
    return a < b && (this.ends.get(lex)?.atOrBefore(b) ?? -1) > a;
  }
}
