/**
 * Character classes as one table lookup each: the screener asks "is this a separator?" once or
 * more per character of a possibly megabyte-long message, so the answer must cost an array read.
 */
const SEPARATOR = 1;
const BREAK = 2;
const LATIN = 4;
const DIGIT = 8;
const URL = 16;
const CURRENCY = 32;

const CLASSES = new Uint8Array(0x10000);
const mark = (chars: string, flag: number): void => {
  for (const ch of chars) {
    const c = ch.charCodeAt(0);
    CLASSES[c] = (CLASSES[c] as number) | flag;
  }
};
// Characters a merchant puts between the letters of a word or the digits of a number (1 3 8, w-x).
mark(' \t\u00a0-_.·•—–()', SEPARATOR);
// Emoji (surrogate pairs, the keycap mark) and symbols (arrows … dingbats, ★ ⭐) slipped between the
// letters of a word or the digits of a number (微😊信, 1️⃣3️⃣8️⃣) read as separators too.
for (let c = 0x2190; c < 0x2c00; c++) CLASSES[c] = SEPARATOR;
for (let c = 0xd800; c < 0xe000; c++) CLASSES[c] = SEPARATOR;
CLASSES[0x20e3] = SEPARATOR;
// Clause ends: a keyword's context never reaches across one.
mark(',。;!?\n\r…', BREAK);
mark('abcdefghijklmnopqrstuvwxyz', LATIN);
mark('0123456789', DIGIT);
mark('abcdefghijklmnopqrstuvwxyz0123456789.-_~/?#@:=&%+', URL);
mark('¥￥$€', CURRENCY);

// 幺 is how Chinese speakers read 1 in phone numbers; written-out digits (plain or the formal 壹贰叁) are a common disguise.
const DIGIT_VALUES = new Int8Array(0x10000).fill(-1);
for (let d = 0; d <= 9; d++) DIGIT_VALUES[0x30 + d] = d;
[...'〇零一二三四五六七八九'].forEach((ch, i) => (DIGIT_VALUES[ch.charCodeAt(0)] = i === 0 ? 0 : i - 1));
[...'壹贰叁肆伍陆柒捌玖'].forEach((ch, i) => (DIGIT_VALUES[ch.charCodeAt(0)] = i + 1));
DIGIT_VALUES['幺'.charCodeAt(0)] = 1;

/** A code unit read from folded text; `undefined` when read past either end, which has no class. */
export type Code = number | undefined;

// Every code unit has an entry, so only a read past the text's end (undefined) needs a default.
const classOf = (c: Code): number => CLASSES[c ?? 0] as number;

/**
 * PEN-01: whether a (folded) character is a separator; its siblings below answer likewise for clause
 * breaks, letters, digits, URL characters and currency signs.
 *
 * @example
 * isSeparator('-'.charCodeAt(0)) // → true
 * isBreak('，'.charCodeAt(0)) // → false (text is folded to ',' before scanning)
 */
export const isSeparator = (c: Code): boolean => (classOf(c) & SEPARATOR) !== 0;
export const isBreak = (c: Code): boolean => (classOf(c) & BREAK) !== 0;
/** Lower-case ASCII letters (text is folded before scanning). */
export const isLatin = (c: Code): boolean => (classOf(c) & LATIN) !== 0;
export const isDigit = (c: Code): boolean => (classOf(c) & DIGIT) !== 0;
export const isAlnum = (c: Code): boolean => (classOf(c) & (LATIN | DIGIT)) !== 0;
export const isUrlChar = (c: Code): boolean => (classOf(c) & URL) !== 0;
export const isCurrency = (c: Code): boolean => (classOf(c) & CURRENCY) !== 0;
/** CJK unified ideographs, the Han characters of ordinary Chinese text. */
export const isHan = (c: Code): boolean => c !== undefined && c >= 0x4e00 && c <= 0x9fff;
/**
 * The value of an ASCII digit or a written-out Chinese one (〇零一幺二…九), else -1.
 *
 * @example
 * digitValue('幺'.charCodeAt(0)) // → 1
 */
export const digitValue = (c: Code): number => DIGIT_VALUES[c ?? 0] as number;
