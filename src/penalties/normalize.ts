/** Folded code units of a message, which every finder reads; past either end a read gives `undefined`. */
export type Units = Uint16Array;

/** A message folded for scanning. The finders read code units, never strings: folding costs one table read per character. */
export interface Folded {
  /** The folded code units: a view into a buffer that the next call overwrites. */
  readonly units: Units;
  /** `origin[i]` is the index in the original of folded unit `i`, or `null` when folding was one-to-one. */
  readonly origin: Int32Array | null;
  /** The OR of the marks of every folded unit: which kinds of character occur. */
  readonly seen: number;
  /** How many units are marked; `marked` and `marks` hold them in their first `markCount` entries. */
  readonly markCount: number;
  /** The positions of the marked units, in order (a reused buffer, like `units`)… */
  readonly marked: Int32Array;
  /** …and their marks. */
  readonly marks: Uint8Array;
}

/**
 * One byte for every raw code unit: the marks of the unit it folds to (the low six bits), and whether
 * folding changes it ({@link FOLDS}) or drops it ({@link DROPS}). A byte keeps the table at 64 KB and
 * the Han block in 20 KB of it, so the scan stays in cache; a plain unmarked character reads 0.
 */
export type Folding = Uint8Array;
const FOLDS = 0x40;
const DROPS = 0x80;
const MARKS = 0x3f;

const DROPPED = -1;
const HEART_AS = 0x4fe1; // 信: the 微❤ / V❤ disguise reads ❤ as 信

/**
 * PEN-01: the code unit a (raw) code unit folds to: full-width ASCII to half-width lower case, the
 * ideographic space to a space, capitals to lower case, hearts to 信; -1 for the invisible characters
 * merchants slip between letters to defeat keyword filters (微\u200b信), which folding drops.
 *
 * @example
 * foldCode('Ｖ'.charCodeAt(0)) // → 0x76 ('v')
 * foldCode(0x200b) // → -1
 */
export function foldCode(c: number): number {
  if (c < 0x41) return c;
  if (c <= 0x5a) return c + 0x20;
  // Stryker disable next-line ConditionalExpression: a shortcut; no later case matches these units either
  if (c < 0xad) return c;
  if (c >= 0xff21 && c <= 0xff3a) return c - 0xfee0 + 0x20; // Ａ–Ｚ
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000) return 0x20;
  if (c === 0x2764 || c === 0x2665 || c === 0x2661) return HEART_AS;
  const invisible = c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfe0e || c === 0xfe0f || c === 0xfeff;
  return invisible ? DROPPED : c;
}

/**
 * PEN-01: compiles {@link foldCode} and a marking of folded units (at most six bits: which finders can
 * start on a unit) into one table of 65,536 bytes. Compile once and keep it.
 *
 * @example
 * const folding = compileFolding((u) => (u === 0x76 ? 1 : 0)) // mark 'v'
 * foldMessage('加Ｖ', folding).marked[0] // → 1  (markCount: 1)
 */
export function compileFolding(marksOf: (unit: number) => number): Folding {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const f = foldCode(c);
    // Stryker disable next-line ConditionalExpression: FOLDS only spares foldCode calls; folding a unit that folds to itself changes nothing
    table[c] = f === DROPPED ? DROPS : (f === c ? 0 : FOLDS) | (marksOf(f) & MARKS);
  }
  return table;
}

// Reused across calls (a memo, not state: each call overwrites what it reads, and no caller code runs
// while it is in use). Texts beyond the cap get buffers of their own, so one huge message pins no memory.
const SCRATCH_CAP = 1 << 16;
let unitScratch = new Uint16Array(256);
let positionScratch = new Int32Array(256);
let markScratch = new Uint8Array(256);
const grow = (n: number): number => Math.min(SCRATCH_CAP, 2 * n);
const unitBuffer = (n: number): Uint16Array => {
  if (n > SCRATCH_CAP) return new Uint16Array(n);
  if (unitScratch.length < n) unitScratch = new Uint16Array(grow(n));
  return unitScratch;
};
const positionBuffer = (n: number): Int32Array => {
  if (n > SCRATCH_CAP) return new Int32Array(n);
  if (positionScratch.length < n) positionScratch = new Int32Array(grow(n));
  return positionScratch;
};
const markBuffer = (n: number): Uint8Array => {
  if (n > SCRATCH_CAP) return new Uint8Array(n);
  if (markScratch.length < n) markScratch = new Uint8Array(grow(n));
  return markScratch;
};

/**
 * PEN-01: folds full-width ASCII to half-width (１３８ → 138, ＶＸ → vx), the ideographic space to a
 * space, ASCII letters to lower case, drops invisible characters and reads hearts as 信, and lists
 * where the units that `folding` marks sit. Every step maps one code unit to at most one, so offsets
 * map back. One pass, linear in the text length.
 *
 * @example
 * String.fromCharCode(...foldMessage('加Ｖ：Ａｂ1', compileFolding(() => 0)).units) // → '加v:ab1'
 */
export function foldMessage(text: string, folding: Folding): Folded {
  const n = text.length;
  const units = unitBuffer(n);
  const marked = positionBuffer(n);
  const marks = markBuffer(n);
  let k = 0;
  let m = 0;
  let seen = 0;
  // Branch-free but for the rare folded unit: which characters are marked is unpredictable in Chinese
  // text, and a mispredicted branch per character cost more than the stores it would save.
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const b = folding[c] as number; // 65,536 entries: one for every code unit
    // Stryker disable next-line ConditionalExpression: as in compileFolding, foldCode of a unit without FOLDS is the unit
    units[k] = (b & FOLDS) === 0 ? c : foldCode(c);
    marked[m] = k;
    marks[m] = b & MARKS;
    m += ((b & MARKS) + MARKS) >> 6; // 1 when marked
    k += 1 - (b >> 7); // 0 when dropped: the next unit overwrites this one
    seen |= b;
  }
  let origin: Int32Array | null = null;
  if (k < n) {
    origin = new Int32Array(k);
    for (let i = 0, j = 0; i < n; i++) if ((folding[text.charCodeAt(i)] as number) < DROPS) origin[j++] = i;
  }
  return { units: units.subarray(0, k), origin, seen: seen & MARKS, markCount: m, marked, marks };
}

let plain: Folding | undefined;

/**
 * The folded units of `text` in a buffer of their own: for examples and tests.
 *
 * @example
 * foldText('ＶＸ') // → Uint16Array [0x76, 0x78]  ('vx')
 */
export const foldText = (text: string): Units => foldMessage(text, (plain ??= compileFolding(() => 0))).units.slice();

/**
 * Whether the units of `word` sit in `s` at `at`.
 *
 * @example
 * unitsAt(foldText('去HTTP://'), 1, 'http') // → true
 */
export function unitsAt(s: Units, at: number, word: string): boolean {
  if (at < 0 || at + word.length > s.length) return false;
  for (let i = 0; i < word.length; i++) if (s[at + i] !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * Whether `s[from, to)` is exactly one of `words`; compares units in place, allocating nothing.
 *
 * @example
 * isOneOf(foldText('tel138'), 0, 3, ['tel', 'qq']) // → true
 */
export function isOneOf(s: Units, from: number, to: number, words: readonly string[]): boolean {
  for (const w of words) if (w.length === to - from && unitsAt(s, from, w)) return true;
  return false;
}
