/**
 * A message folded for scanning, with a map back to the original text: `origin[i]` is the index in
 * the original of folded unit `i`, or `null` when folding was one-to-one (the usual case).
 */
export interface Folded {
  readonly text: string;
  readonly origin: Int32Array | null;
}

// Invisible characters merchants slip between letters to defeat keyword filters (微\u200b信).
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufe0e\ufe0f\ufeff]/g;
const isInvisible = (c: number): boolean =>
  c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfe0e || c === 0xfe0f || c === 0xfeff;
// Full-width ASCII, the ideographic space, capitals, and hearts (the 微❤ / V❤ disguise reads ❤ as 信).
const FOLDABLE = /[\uff01-\uff5e\u3000A-Z\u2764\u2665\u2661]/g;
const HEART_AS = '信';

const foldChar = (ch: string): string => {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0).toLowerCase();
  if (c === 0x3000) return ' ';
  if (c >= 0x41 && c <= 0x5a) return String.fromCharCode(c + 0x20);
  return HEART_AS;
};

/**
 * PEN-01: folds full-width ASCII to half-width (１３８ → 138, ＶＸ → vx), the ideographic space to a
 * space, ASCII letters to lower case, drops invisible characters and reads hearts as 信.
 * Every step maps one code unit to at most one, so offsets map back. Linear in the text length.
 *
 * @example
 * foldMessage('加Ｖ：Ａｂ1').text // → '加v:ab1'
 */
export function foldMessage(text: string): Folded {
  const folded = text.replace(FOLDABLE, foldChar);
  INVISIBLE.lastIndex = 0;
  if (!INVISIBLE.test(folded)) return { text: folded, origin: null };
  const origin = new Int32Array(folded.length);
  let k = 0;
  for (let i = 0; i < folded.length; i++) if (!isInvisible(folded.charCodeAt(i))) origin[k++] = i;
  return { text: folded.replace(INVISIBLE, ''), origin: origin.subarray(0, k) };
}
