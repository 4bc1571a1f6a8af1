import { digitValue, isCurrency, isLatin, isSeparator } from './chars.js';
import { backwardLexicon, findBehind } from './lexicon.js';
import type { FindingSink, ScreenFindingKind } from './screen-finding.js';


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
    '卡号', '银行卡', '银行', '账号', '账户', '户名', '开户', '收款', '建行', '工行', '农行', '中行', '招行', '交行', '邮储', '储蓄卡',
    '信用卡', 'card', 'account', 'iban',
  ].map((w) => [w, 'card'] as const),
]);

// Letters glued to digits make a code (SF1234…, WT2025…), unless the letters name a phone or an app.
const PHONE_PREFIXES = new Set(['tel', 'phone', 'mobile', 'call', 'cell', 'v', 'vx', 'wx', 'qq', 'whatsapp', 'dh', 'sj']);

interface DigitRun {
  readonly start: number;
  readonly end: number;
  /** The first 20 digits; longer runs are never phones or cards. */
  readonly digits: string;
  readonly count: number;
  /** Digits before the first separator, or -1 when there is none. */
  readonly firstGroup: number;
}

/** Reads digits from `start`, joining groups split by at most three separators ("138 - 0013-8000", "(021)6234"). */
function readRun(s: string, start: number): DigitRun {
  let digits = '';
  let count = 0;
  let firstGroup = -1;
  let end = start;
  for (let j = start; j < s.length; ) {
    const v = digitValue(s.charCodeAt(j));
    if (v >= 0) {
      if (count < 20) digits += String(v);
      count++;
      end = ++j;
      continue;
    }
    let k = j;
    while (k < s.length && k - j < 3 && isSeparator(s.charCodeAt(k))) k++;
    if (k === j || digitValue(s.charCodeAt(k)) < 0) break;
    if (firstGroup < 0) firstGroup = count;
    j = k;
  }
  return { start, end, digits, count, firstGroup };
}

function isCode(s: string, run: DigitRun): boolean {
  if (isLatin(s.charCodeAt(run.end))) return true;
  let p = run.start;
  while (p > run.start - 10 && isLatin(s.charCodeAt(p - 1))) p--;
  return p < run.start && !PHONE_PREFIXES.has(s.slice(p, run.start));
}

// Exactly 11 digits (or 86 / 0086 and 11): a longer run is an order or tracking number, never a phone.
const isMobile = (d: string, n: number): boolean => {
  const local = n === 11 ? d : n === 13 && d.startsWith('86') ? d.slice(2) : n === 15 && d.startsWith('0086') ? d.slice(4) : '';
  return /^1[3-9]\d{9}$/.test(local);
};

/** 010-6234 5678, (0755)8601 3388: an area code (010, 02x, 0xxx) written apart, then 7–8 digits. */
const isLandline = (r: DigitRun, labelled: boolean): boolean => {
  const d = r.digits;
  if (d[0] !== '0' || r.count < 10 || r.count > 12) return false;
  const area = d[1] === '1' || d[1] === '2' ? 3 : 4;
  const local = r.count - area;
  return local >= 7 && local <= 8 && (d[area] ?? '0') >= '2' && (r.firstGroup === area || labelled);
};

const isServiceLine = (r: DigitRun, labelled: boolean): boolean =>
  r.count === 10 && /^[48]00/.test(r.digits) && (r.firstGroup > 0 || labelled);

function luhn(d: string): boolean {
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = d.charCodeAt(d.length - 1 - i) - 0x30;
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
    sum += x;
  }
  return sum % 10 === 0;
}

function classify(s: string, r: DigitRun): ScreenFindingKind | undefined {
  if (r.count < 7 || r.count > 19 || isCode(s, r)) return undefined;
  // ¥13800 is a price, whatever its digits.
  const before = s.charCodeAt(r.start - 1) === 0x20 ? r.start - 2 : r.start - 1;
  if (isCurrency(s.charCodeAt(before))) return undefined;
  // The label nearest the number, in its clause: "快递单号是 …" reaches back a dozen characters.
  const label = findBehind(LABELS, s, r.start, 14)?.value;
  if (label === 'number') return undefined;
  if (isMobile(r.digits, r.count) || isServiceLine(r, label === 'phone') || isLandline(r, label === 'phone')) return 'phone_number';
  // Unlabelled: a UnionPay number (62…) that passes the Luhn check; labelled 卡号/银行: any 15–19 digits.
  const card = r.count >= 15 && (label === 'card' || (r.count >= 16 && r.digits.startsWith('62') && luhn(r.digits)));
  return card ? 'bank_card' : undefined;
}

/**
 * PEN-01: phone numbers (mobile with separators or +86, landlines with area codes, 400 lines) and
 * bank card numbers. Digit runs longer than a phone, courier-prefixed codes, prices and numbers
 * labelled 订单号 / 运单号 / 条码 … are not phones.
 *
 * @example
 * findNumbers('电话 138-0013-8000', sink) // sink.items → [{ kind: 'phone_number', start: 3, end: 16 }]
 */
export function findNumbers(s: string, sink: FindingSink): void {
  for (let i = 0; i < s.length; ) {
    if (digitValue(s.charCodeAt(i)) < 0) {
      i++;
      continue;
    }
    const run = readRun(s, i);
    const kind = classify(s, run);
    if (kind !== undefined) sink.add(kind, s.charCodeAt(run.start - 1) === 0x2b ? run.start - 1 : run.start, run.end);
    i = run.end;
  }
}
