import { digitValue, isCurrency, isLatin, isSeparator } from './chars.js';
import { backwardLexicon, findBehind, Lexicon, words } from './lexicon.js';
import { isOneOf, type Units } from './normalize.js';
import type { FindingSink, ScreenFindingKind } from './screen-finding.js';
import { NUMBER, type TextIndex } from './text-index.js';


/** What the words just before a number say it is. A labelled order or tracking number is never a phone. */
type NumberLabel = 'number' | 'phone' | 'card';

const LABELS = backwardLexicon<NumberLabel>([
  ...[
    '订单', '单号', '单号码', '运单', '快递', '物流', '包裹', '编号', '编码', '条码', '条形码', '货号', '型号', '工号', '批号', '批次',
    '序列号', '尾号', '取件码', '验证码', '发票', '税号', '积分', '售后单', '退款单', '面单', '顺丰', '圆通', '中通', '申通', '韵达',
    '极兔', '邮政', 'ems', '德邦', '百世', 'imei', 'sn', 'order', 'tracking', 'no', '日期', '时间', '价格', '金额', '原价', '库存', '数量',
  ].map((w) => [w, 'number'] as const),
  ...['电话', '手机', '座机', '热线', '专线', '致电', '拨打', '打', '打我', '联系', '号码', '同号', 'tel', 'phone', 'call', 'mobile', 'whatsapp']
    .map((w) => [w, 'phone'] as const),
  ...[
    '卡', '卡号', '卡上', '卡里', '银行', '账号', '账户', '户名', '开户', '收款', '建行', '工行', '农行', '中行', '招行', '交行', '邮储',
    'card', 'account', 'iban',
  ].map((w) => [w, 'card'] as const),
]);

// Letters glued to digits make a code (SF1234…, WT2025…), unless the letters name a phone or an app.
const PHONE_PREFIXES = ['tel', 'phone', 'mobile', 'call', 'cell', 'v', 'vx', 'wx', 'qq', 'whatsapp', 'dh', 'sj'];

interface DigitRun {
  readonly start: number;
  readonly end: number;
  readonly count: number;
  /** Digits before the first separator, or -1 when there is none. */
  readonly firstGroup: number;
}

/** Reads digits from `start`, joining groups split by at most three separators ("138 - 0013-8000", "(021)6234"). */
function readRun(s: Units, start: number): DigitRun {
  let count = 0;
  let firstGroup = -1;
  let end = start;
  for (let j = start; j < s.length; ) {
    if (digitValue(s[j]) >= 0) {
      count++;
      end = ++j;
      continue;
    }
    let k = j;
    while (k < s.length && k - j < 3 && isSeparator(s[k])) k++;
    if (k === j || digitValue(s[k]) < 0) break;
    if (firstGroup < 0) firstGroup = count;
    j = k;
  }
  return { start, end, count, firstGroup };
}

/** The run's digits as ASCII; asked only of the few runs long enough to be a phone or a card. */
function digitsOf(s: Units, r: DigitRun): string {
  let digits = '';
  for (let j = r.start; j < r.end; j++) {
    const v = digitValue(s[j]);
    if (v >= 0) digits += String.fromCharCode(0x30 + v);
  }
  return digits;
}

function isCode(s: Units, run: DigitRun): boolean {
  if (isLatin(s[run.end])) return true;
  let p = run.start;
  while (p > run.start - 10 && isLatin(s[p - 1])) p--;
  return p < run.start && !isOneOf(s, p, run.start, PHONE_PREFIXES);
}

// Exactly 11 digits (or 86 / 0086 and 11): a longer run is an order or tracking number, never a phone.
const isMobile = (d: string, n: number): boolean => {
  const local = n === 11 ? d : n === 13 && d.startsWith('86') ? d.slice(2) : n === 15 && d.startsWith('0086') ? d.slice(4) : '';
  return /^1[3-9]\d{9}$/.test(local);
};

/** 010-6234 5678, (0755)8601 3388: an area code (010, 02x, 0xxx) written apart, then 7–8 digits. */
const isLandline = (r: DigitRun, d: string, labelled: boolean): boolean => {
  if (d[0] !== '0' || r.count < 10 || r.count > 12) return false;
  const area = d[1] === '1' || d[1] === '2' ? 3 : 4;
  const local = r.count - area;
  return local >= 7 && local <= 8 && (d[area] ?? '0') >= '2' && (r.firstGroup === area || labelled);
};

const isServiceLine = (r: DigitRun, d: string, labelled: boolean): boolean =>
  r.count === 10 && /^[48]00/.test(d) && (r.firstGroup > 0 || labelled);

function luhn(d: string): boolean {
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = d.charCodeAt(d.length - 1 - i) - 0x30;
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
    sum += x;
  }
  return sum % 10 === 0;
}

// A return address carries the phone of whoever receives the parcel, which the platform asks for:
// a phone is spared in a clause with an address word, or right after a clause naming the recipient
// ("收件人王五，电话 159…"). A phone in a clause of its own after prose about an address still counts.
const RECIPIENT_WORDS = '收件人|收货人|联系人';
const ADDRESS = new Lexicon(words(`${RECIPIENT_WORDS}|地址|寄回|寄到|寄至|请寄`).map((w) => [w, true] as const));
const RECIPIENT = new Lexicon(words(RECIPIENT_WORDS).map((w) => [w, true] as const));

function inAddress(idx: TextIndex, pos: number): boolean {
  const from = idx.clauseStartWithin(pos, 40);
  if (idx.endsIn(ADDRESS, from, pos)) return true;
  return idx.s[from - 1] === 0x2c && idx.endsIn(RECIPIENT, idx.clauseStartWithin(from - 1, 20), from - 1);
}

function classify(idx: TextIndex, r: DigitRun): ScreenFindingKind | undefined {
  const s = idx.s;
  if (r.count < 7 || r.count > 19 || isCode(s, r)) return undefined;
  // ¥13800 is a price, whatever its digits.
  const before = s[r.start - 1] === 0x20 ? r.start - 2 : r.start - 1;
  if (isCurrency(s[before])) return undefined;
  // The label nearest the number, in its clause: "快递单号是 …" reaches back a dozen characters.
  const label = findBehind(LABELS, s, r.start, 14)?.value;
  if (label === 'number') return undefined;
  const d = digitsOf(s, r);
  if (isMobile(d, r.count) || isServiceLine(r, d, label === 'phone') || isLandline(r, d, label === 'phone')) {
    return inAddress(idx, r.start) ? undefined : 'phone_number';
  }
  // Unlabelled: a UnionPay number (62…) that passes the Luhn check; labelled 卡号/银行: any 15–19 digits.
  const card = r.count >= 15 && (label === 'card' || (r.count >= 16 && d.startsWith('62') && luhn(d)));
  return card ? 'bank_card' : undefined;
}

/**
 * Whether a digit run can begin at a (folded) code unit: an ASCII digit or a written-out one.
 *
 * @example
 * opensNumber('幺'.charCodeAt(0)) // → true
 */
export const opensNumber = (c: number): boolean => digitValue(c) >= 0;

/**
 * PEN-01: phone numbers (mobile with separators or +86, landlines with area codes, 400 lines) and
 * bank card numbers. Digit runs longer than a phone, courier-prefixed codes, prices and numbers
 * labelled 订单号 / 运单号 / 条码 … are not phones.
 *
 * @example
 * const sink = new FindingSink(); findNumbers(indexText('电话 138-0013-8000'), sink)
 * sink.merged((...f) => f, () => false) // → [['phone_number', 3, 16]]
 */
export function findNumbers(idx: TextIndex, sink: FindingSink): void {
  const { s, markCount, marked, marks } = idx;
  let resume = 0;
  for (let h = 0; h < markCount; h++) {
    const i = marked[h] as number;
    if (i < resume || ((marks[h] as number) & NUMBER) === 0) continue;
    const run = readRun(s, i);
    const kind = classify(idx, run);
    // '+86 …' and an area code in brackets, '(0755) …', belong to the number.
    const prefix = s[run.start - 1] === 0x2b || (s[run.start - 1] === 0x28 && s[run.start + run.firstGroup] === 0x29);
    if (kind !== undefined) sink.add(kind, prefix ? run.start - 1 : run.start, run.end);
    resume = run.end;
  }
}
