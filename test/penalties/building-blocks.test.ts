import { describe, expect, it } from 'vitest';
import { digitValue, isAlnum, isBreak, isCurrency, isDigit, isHan, isLatin, isSeparator, isUrlChar } from '../../src/penalties/chars.js';
import { isNegated, skipAhead } from '../../src/penalties/context.js';
import { backwardLexicon, findBehind, Lexicon, skipBack } from '../../src/penalties/lexicon.js';
import { compileFolding, foldCode, foldMessage, foldText, isOneOf, unitsAt } from '../../src/penalties/normalize.js';
import { indexText } from '../../src/penalties/prescan.js';

const code = (ch: string): number => ch.charCodeAt(0);

describe('character classes (PEN-01)', () => {
  it('PEN-01: Han ideographs are exactly the CJK unified block', () => {
    expect(isHan(0x4e00)).toBe(true);
    expect(isHan(0x9fff)).toBe(true);
    expect(isHan(0x4dff)).toBe(false);
    expect(isHan(0xa000)).toBe(false);
    expect(isHan(undefined)).toBe(false);
  });

  it('PEN-01: written-out digits have their values, 幺 reads 1, anything else -1', () => {
    expect([...'〇零一二三四五六七八九幺'].map((c) => digitValue(code(c)))).toEqual([0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1]);
    expect([...'0123456789'].map((c) => digitValue(code(c)))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(digitValue(code('a'))).toBe(-1);
    expect(digitValue(undefined)).toBe(-1);
  });

  it('PEN-01: a read past the text has no class', () => {
    for (const is of [isSeparator, isBreak, isLatin, isDigit, isAlnum, isUrlChar, isCurrency]) expect(is(undefined)).toBe(false);
  });

  it('PEN-01: each class holds its characters and not its neighbours’', () => {
    expect(isSeparator(code('-'))).toBe(true);
    expect(isSeparator(code(','))).toBe(false);
    expect(isBreak(code(','))).toBe(true);
    expect(isBreak(code(' '))).toBe(false);
    expect(isLatin(code('z'))).toBe(true);
    expect(isLatin(code('Z'))).toBe(false);
    expect(isDigit(code('9'))).toBe(true);
    expect(isDigit(code('a'))).toBe(false);
    expect(isAlnum(code('a'))).toBe(true);
    expect(isAlnum(code('5'))).toBe(true);
    expect(isAlnum(code('-'))).toBe(false);
    expect(isUrlChar(code('/'))).toBe(true);
    expect(isUrlChar(code(' '))).toBe(false);
    expect(isCurrency(code('￥'))).toBe(true);
    expect(isCurrency(code('1'))).toBe(false);
  });
});

describe('folding (PEN-01)', () => {
  it('PEN-01: ASCII capitals fold to lower case, their neighbours stay', () => {
    expect(foldCode(0x40)).toBe(0x40);
    expect(foldCode(0x41)).toBe(0x61);
    expect(foldCode(0x5a)).toBe(0x7a);
    expect(foldCode(0x5b)).toBe(0x5b);
    expect(foldCode(0x61)).toBe(0x61);
    expect(foldCode(0xac)).toBe(0xac);
  });

  it('PEN-01: full-width forms fold to half-width, capitals to lower case', () => {
    expect(foldCode(0xff21)).toBe(0x61); // Ａ
    expect(foldCode(0xff3a)).toBe(0x7a); // Ｚ
    expect(foldCode(0xff41)).toBe(0x61); // ａ
    expect(foldCode(0xff01)).toBe(0x21); // ！
    expect(foldCode(0xff5e)).toBe(0x7e); // ～
    expect(foldCode(0xff00)).toBe(0xff00);
    expect(foldCode(0xff5f)).toBe(0xff5f);
    expect(foldCode(0x3000)).toBe(0x20);
  });

  it('PEN-01: hearts read as 信 and invisible characters are dropped', () => {
    for (const heart of [0x2764, 0x2665, 0x2661]) expect(foldCode(heart)).toBe(code('信'));
    for (const invisible of [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfe0e, 0xfe0f, 0xfeff]) expect(foldCode(invisible)).toBe(-1);
    for (const visible of [0x200a, 0x200e, 0x205f, 0x2061, 0xfe0d, 0xfe10, 0xfefe, 0x2763, 0x4fe1]) expect(foldCode(visible)).toBe(visible);
  });

  it('PEN-01: folding lists the marked units with their marks, and which kinds occur', () => {
    const folding = compileFolding((u) => (u === code('v') ? 1 : u === code('1') ? 2 : 0));
    const f = foldMessage('aV\u200b1b1', folding);
    expect(String.fromCharCode(...f.units)).toBe('av1b1');
    expect(f.markCount).toBe(3);
    expect([...f.marked.subarray(0, f.markCount)]).toEqual([1, 2, 4]);
    expect([...f.marks.subarray(0, f.markCount)]).toEqual([1, 2, 2]);
    expect(f.seen).toBe(3);
    expect([...(f.origin ?? [])]).toEqual([0, 1, 3, 4, 5]);
    const plain = foldMessage('ab', folding);
    expect(plain.origin).toBeNull();
    expect(plain.seen).toBe(0);
    expect(plain.markCount).toBe(0);
  });

  it('PEN-01: marks are kept to six bits', () => {
    const f = foldMessage('v', compileFolding(() => 0xff));
    expect(f.seen).toBe(0x3f);
    expect(f.marks[0]).toBe(0x3f);
  });

  it('PEN-01: a text longer than the reused buffers folds the same', () => {
    const long = `${'亲'.repeat(70_000)}Ｖ`;
    const units = foldText(long);
    expect(units.length).toBe(70_001);
    expect(units[70_000]).toBe(code('v'));
    expect(String.fromCharCode(...foldText('ＡＢ'))).toBe('ab');
  });

  it('PEN-01: a word is found in place only where it fits entirely', () => {
    const s = foldText('tel138');
    expect(unitsAt(s, 0, 'tel')).toBe(true);
    expect(unitsAt(s, 3, '138')).toBe(true);
    expect(unitsAt(s, 4, '138')).toBe(false);
    expect(unitsAt(s, -1, 'tel')).toBe(false);
    expect(unitsAt(s, 1, 'tel')).toBe(false);
    expect(isOneOf(s, 0, 3, ['qq', 'tel'])).toBe(true);
    expect(isOneOf(s, 0, 2, ['tel'])).toBe(false);
    expect(isOneOf(s, 0, 3, ['te1'])).toBe(false);
  });
});

describe('lexicons (PEN-01)', () => {
  const lex = new Lexicon<number>([
    ['微信', 1],
    ['vx', 2],
    ['企业微信', 3],
  ]);

  it('PEN-01: the longest word wins, and up to two separators may sit between its letters', () => {
    expect(lex.match(foldText('企业微信号'), 0)).toEqual({ start: 0, end: 4, value: 3 });
    expect(lex.match(foldText('微 信'), 0)).toEqual({ start: 0, end: 3, value: 1 });
    expect(lex.match(foldText('微 -信'), 0)).toEqual({ start: 0, end: 4, value: 1 });
    expect(lex.match(foldText('微 - 信'), 0)).toBeUndefined();
    expect(lex.match(foldText('企业微'), 0)).toBeUndefined();
    expect(lex.match(foldText('微信'), 2)).toBeUndefined();
    expect(lex.match(foldText('微信'), -1)).toBeUndefined();
  });

  it('PEN-01: a word of letters matches only on a word boundary', () => {
    expect(lex.match(foldText('vx:abc'), 0)).toEqual({ start: 0, end: 2, value: 2 });
    expect(lex.match(foldText('vxyz'), 0)).toBeUndefined();
    expect(lex.match(foldText('avx'), 1)).toBeUndefined();
    expect(lex.match(foldText('1vx'), 1)).toEqual({ start: 1, end: 3, value: 2 });
  });

  it('PEN-01: the scan jumps to the next character a word can start with', () => {
    const s = foldText('好的好的vx');
    expect(lex.nextStart(s, 0)).toBe(4);
    expect(lex.nextStart(s, 5)).toBe(6);
    expect(lex.opensWith(code('微'))).toBe(true);
    expect(lex.opensWith(code('信'))).toBe(false);
    expect(lex.opensWith(code('微') + 0x10000)).toBe(true);
  });

  it('PEN-01: a backward lexicon matches the word ending just before a position', () => {
    const back = backwardLexicon<string>([
      ['加', 'add'],
      ['添加', 'add2'],
      ['my', 'my'],
    ]);
    expect(back.match(foldText('添加我'), 2)).toEqual({ start: 0, end: 2, value: 'add2' });
    expect(back.match(foldText('加我'), 1)).toEqual({ start: 0, end: 1, value: 'add' });
    expect(back.match(foldText('加我'), 0)).toBeUndefined();
    expect(back.match(foldText('my vx'), 2)).toEqual({ start: 0, end: 2, value: 'my' });
    expect(back.match(foldText('army vx'), 4)).toBeUndefined();
  });

  it('PEN-01: more than 255 first characters is a programmer error', () => {
    const words = Array.from({ length: 256 }, (_, i) => [String.fromCharCode(0x4e00 + i), i] as const);
    expect(() => new Lexicon(words)).toThrow(/^a Lexicon holds at most 255 first characters$/);
    expect(() => new Lexicon(words.slice(0, 255))).not.toThrow();
  });

  it('PEN-01: the nearest word behind is found within the span, never across a clause break', () => {
    const back = backwardLexicon([['单号', 1]]);
    expect(findBehind(back, foldText('单号：123'), 3, 14)).toEqual({ start: 0, end: 2, value: 1 });
    expect(findBehind(back, foldText('单号：123'), 3, 1)).toBeUndefined();
    expect(findBehind(back, foldText('单号：123'), 3, 2)).toEqual({ start: 0, end: 2, value: 1 });
    expect(findBehind(back, foldText('单号，123'), 3, 14)).toBeUndefined();
    expect(findBehind(back, foldText('单号'), 2, 14)).toEqual({ start: 0, end: 2, value: 1 });
  });

  it('PEN-01: skipping back passes separators and at most the given number of filler words', () => {
    const fillers = backwardLexicon<'own' | 'filler'>([
      ['我', 'own'],
      ['的', 'filler'],
      ['下', 'filler'],
    ]);
    expect(skipBack(fillers, foldText('加我微信'), 2)).toEqual({ pos: 1, nearest: 'own' });
    expect(skipBack(fillers, foldText('加下我的 微信'), 5)).toEqual({ pos: 1, nearest: 'filler' });
    expect(skipBack(fillers, foldText('加下我的 微信'), 5, 2)).toEqual({ pos: 2, nearest: 'filler' });
    expect(skipBack(fillers, foldText('加  微信'), 3)).toEqual({ pos: 1, nearest: undefined });
    expect(skipBack(fillers, foldText('加     微信'), 6)).toEqual({ pos: 2, nearest: undefined });
    expect(skipBack(fillers, foldText('我 微信'), 2)).toEqual({ pos: 0, nearest: 'own' });
  });
});

describe('context around a finding (PEN-01)', () => {
  it('PEN-01: a negator ending within 20 characters before, in the clause, turns a phrase into a warning', () => {
    expect(isNegated(indexText('请勿私下交易'), 2)).toBe(true);
    expect(isNegated(indexText('我们私下交易'), 2)).toBe(false);
    expect(isNegated(indexText('请勿，私下交易'), 3)).toBe(false);
    const far = `请勿${'很'.repeat(18)}私下`;
    expect(isNegated(indexText(far), 20)).toBe(true);
    expect(isNegated(indexText(`请勿${'很'.repeat(19)}私下`), 21)).toBe(true);
    expect(isNegated(indexText(`请勿${'很'.repeat(20)}私下`), 22)).toBe(false);
    expect(isNegated(indexText('不可思议私下'), 4)).toBe(false);
  });

  it('PEN-01: skipping ahead passes at most three spaces, colons, dashes, underscores or dots', () => {
    expect(skipAhead(foldText('vx: abc'), 2)).toBe(4);
    expect(skipAhead(foldText('vx:-_.abc'), 2)).toBe(5);
    expect(skipAhead(foldText('vx\t.'), 2)).toBe(4);
    expect(skipAhead(foldText('vx'), 2)).toBe(2);
    expect(skipAhead(foldText('vx，abc'), 2)).toBe(2);
  });
});

describe('the text index (PEN-01)', () => {
  it('PEN-01: a clause ends at the next break, looking ahead at most the window', () => {
    const idx = indexText('亲，加我微信，好的');
    expect(idx.clauseEndWithin(2, 20)).toBe(6);
    expect(idx.clauseEndWithin(2, 3)).toBe(5);
    expect(idx.clauseEndWithin(7, 20)).toBe(9);
    expect(idx.clauseStartWithin(7, 20)).toBe(7);
    expect(idx.clauseStartWithin(0, 20)).toBe(0);
    expect(idx.clauseStartWithin(4, 20)).toBe(2);
  });

  it('PEN-01: a word written with spaces matches without them; a Latin word ends on a word boundary', () => {
    // Built inside the test: the screener's own lexicons are built while its modules load, where no test sees them.
    const lex = new Lexicon([
      ['pay me', 1],
      ['qr', 2],
    ]);
    expect(lex.match(foldText('payme'), 0)).toEqual({ start: 0, end: 5, value: 1 });
    expect(lex.match(foldText('qr码'), 0)).toEqual({ start: 0, end: 2, value: 2 });
    expect(lex.match(foldText('qrs'), 0)).toBeUndefined();
    expect(backwardLexicon([['qr', 2]]).match(foldText('aqr'), 3)).toBeUndefined();
    expect(backwardLexicon([['qr', 2]]).match(foldText('码qr'), 3)).toEqual({ start: 1, end: 3, value: 2 });
  });

  it('PEN-01: words starting or ending in a range, read from one longest-match scan', () => {
    const lex = new Lexicon([
      ['不可', true],
      ['不可思议', false],
      ['加', true],
    ]);
    const idx = indexText('不可思议加');
    expect(idx.startsIn(lex, 0, 5)).toBe(true);
    expect(idx.startsIn(lex, 1, 4)).toBe(false);
    expect(idx.startsIn(lex, 4, 5)).toBe(true);
    expect(idx.startsIn(lex, 4, 4)).toBe(false);
    // A lexicon is tokenised once per text, with the filter of its first query.
    const kept = new Lexicon([
      ['不可', true],
      ['不可思议', false],
      ['加', true],
    ]);
    expect(idx.startsIn(kept, 0, 4, (v) => v)).toBe(false);
    expect(idx.startsIn(kept, 0, 5, (v) => v)).toBe(true);
    expect(idx.endsIn(kept, 0, 4, (v) => v)).toBe(false);
    expect(idx.endsIn(lex, 0, 4)).toBe(true);
    expect(idx.endsIn(lex, 0, 3)).toBe(false);
    expect(idx.endsIn(lex, 4, 5)).toBe(true);
    expect(idx.endsIn(lex, 3, 3)).toBe(false);
    expect(idx.endsIn(lex, 4, 4)).toBe(false);
  });
});

describe('texts of their own (PEN-01)', () => {
  it('PEN-01: foldText and indexText return buffers a later call does not overwrite', () => {
    const first = foldText('ab');
    foldText('cd');
    expect(String.fromCharCode(...first)).toBe('ab');
    const idx = indexText('加V');
    indexText('好的 加微信 和 qq');
    expect(String.fromCharCode(...idx.s)).toBe('加v');
    expect([...idx.marks]).toHaveLength(idx.markCount);
  });
});
