import { isNegated, skipAhead } from './context.js';
import { isCurrency, isDigit } from './chars.js';
import { backwardLexicon, Lexicon, skipBack, words } from './lexicon.js';
import { MARKETPLACES as MARKETS, type Marketplace } from '../model/vocabulary.js';
import { MARKETPLACE_NAMES } from './marketplaces.js';
import type { Units } from './normalize.js';
import type { FindingSink, ScreenFindingKind } from './screen-finding.js';
import { KEYWORD, type TextIndex } from './text-index.js';

/**
 * `direct`: the phrase is the violation (私下交易, 收款码). `steered`: a place name that is a violation
 * only when the merchant sends the buyer there (去我们淘宝店, 抖音搜). `qr`: a QR-code word that is a
 * violation only next to adding, paying or joining. `wallet`: a payment app or account that is a
 * violation only as the way to pay the merchant (走微信, 支付宝转我). `benign`: longer phrases that win
 * over a shorter keyword inside them (京东快递 over 京东).
 */
type Mode = 'direct' | 'steered' | 'qr' | 'wallet' | 'benign';
interface Keyword {
  readonly kind: ScreenFindingKind;
  readonly mode: Mode;
  /** The marketplace a place name names; none for a physical store, which is never the platform's own. */
  readonly market?: Marketplace;
}

const entries = (kind: ScreenFindingKind, mode: Mode, list: string, market?: Marketplace) =>
  words(list).map((w) => [w, market === undefined ? { kind, mode } : { kind, mode, market }] as const);

const KEYWORDS = new Lexicon<Keyword>([
  ...entries(
    'off_platform_payment',
    'direct',
    '私下|线下交易|线下付|线下支付|线下转|线下给|线下收|转账|转给我|转我|转给你|转你|转到我|打到我|红包给我|发个红包|发红包给|' +
      '现金给|现金支付|付现金|现金交易|收现金|付给我|钱给我|钱打给|打钱|打款给|打款到|汇款|汇到|找我买|绕过平台|绕开平台|跳过平台|' +
      '避开平台|平台外|场外交易|收款码|付款码|不走平台|不通过平台|不经过平台|不用走平台|不用在平台|不要在平台|别在平台|无需在平台|' +
      'bank transfer|wire transfer|pay me|pay directly|pay outside|outside the platform|off the platform|off platform|paypal',
  ),
  ...MARKETS.flatMap((m) => entries('other_marketplace', 'steered', MARKETPLACE_NAMES[m], m)),
  ...entries('other_marketplace', 'steered', '实体店|线下店|线下门店|门店'),
  ...entries('off_platform_payment', 'wallet', '微信|支付宝|zfb|云闪付|银行卡|对公|网银|alipay'),
  ...entries('link', 'steered', '官网|网址|浏览器|website'),
  ...entries('qr_code', 'qr', '二维码|扫码|扫一扫|扫一下|扫描|扫下|qr code|qrcode'),
  ...entries('qr_code', 'direct', '长按识别|识别图中|识别二维码|微二维码'),
  ...entries('other_marketplace', 'benign', '京东快递|京东物流|京东配送|京东快运|京东小哥|京东方|jd logistics|jd express'),
]);

// Words after a keyword that undo it: 转我们售后 (to our after-sales team), 不要在平台外 (a warning);
// 外卖 (美团外卖) does not.
const UNDONE_BY = new Lexicon([...words('们|外|以外|之外').map((w) => [w, true] as const), ['外卖', false] as const]);

const PLACE_FILLERS = backwardLexicon<'own' | 'filler'>([
  ...words('我们的|我们|我们有|我的|我家|本店的|本店|咱们|咱家|our|my').map((w) => [w, 'own'] as const),
  // 有: 我们有实体店; 微信: 关注我们微信公众号, 打开微信小程序.
  ...['的', '家', '有', '微信', 'the'].map((w) => [w, 'filler'] as const),
]);
const PLACE_VERBS = backwardLexicon(
  ['去', '到', '来', '上', '搜', '搜索', '打开', '关注', '进', '逛', '访问', '用', 'visit', 'on', 'search', 'open', 'check'].map((w) => [w, true] as const),
);
const PLACE_AFTER = new Lexicon(
  [
    '店', '号', '搜', '下单', '拍', '直播', '链接', '口令', '主页', '找我', '私信', '更便宜', '优惠', '活动', '拿货', '批发', '关注', '打开', '访问',
    'store', 'shop', 'search', 'cheaper', 'live', 'link',
  ].map((w) => [w, true] as const),
);
const QR_CONTEXT = new Lexicon(
  ['加', '添加', '群', '付', '收款', '转账', '领', '联系', '关注', '好友', '我的', '扫我', '私聊', 'add', 'pay', 'join', 'friend', 'contact', 'follow']
    .map((w) => [w, true] as const),
);

// Around a wallet word: the way to pay before it (走微信, 打我支付宝), or paying the merchant after it
// (微信转我, 支付宝给我转过来, 微信付就行). A bare 微信支付 is the platform's own checkout.
const PAY_VIA = backwardLexicon(words('走|单独|另外|打我|转我|付我|打到|转到|via').map((w) => [w, true] as const));
type PayWord = 'give' | 'verb' | 'target';
const PAY_WORDS = new Lexicon<PayWord>([
  ['给我', 'give'],
  ...words('付|付款|转|转账|打|汇').map((w) => [w, 'verb'] as const),
  ...words('我|过来|就行|就好|就可以|吧|也行').map((w) => [w, 'target'] as const),
]);
const GEI = '给'.charCodeAt(0);

/** Where a wallet word's pay-the-merchant phrase ends, or undefined when it has none. */
function paidTo(s: Units, end: number): number | undefined {
  let p = skipAhead(s, end);
  const give = PAY_WORDS.match(s, p);
  if (give?.value === 'give') p = give.end;
  const verb = PAY_WORDS.match(s, p);
  if (verb?.value !== 'verb') return undefined;
  p = verb.end + (s[verb.end] === GEI ? 1 : 0);
  const target = PAY_WORDS.match(s, p);
  return target?.value === 'target' ? target.end : give?.value === 'give' ? verb.end : undefined;
}

// Before the platform's own name these make it a way around the platform: 不走拼多多, 别在淘宝拍.
const BYPASS = backwardLexicon(
  words('不走|不用走|不用在|别在|不要在|不在|不通过|不经过|绕过|绕开|跳过|避开|无需在|outside').map((w) => [w, true] as const),
);

function steeredTo(idx: TextIndex, start: number, end: number): boolean {
  const back = skipBack(PLACE_FILLERS, idx.s, start, 2);
  if (back.nearest === 'own' || PLACE_VERBS.match(idx.s, back.pos) !== undefined) return true;
  return idx.startsIn(PLACE_AFTER, end, idx.clauseEndWithin(end, 8));
}

/** A QR word counts when its clause, 24 characters either side, speaks of adding, paying or joining. */
const qrInContext = (idx: TextIndex, start: number, end: number): boolean =>
  idx.startsIn(QR_CONTEXT, idx.clauseStartWithin(start, 24), start) ||
  idx.startsIn(QR_CONTEXT, end, idx.clauseEndWithin(end, 24));

const UNITS = new Set([...'元块件次号'].map((ch) => ch.charCodeAt(0)));

/**
 * A number-like name (1688) is a price or a quantity when digits, a currency sign or 元 touch it.
 * The end of the text counts as touching.
 */
function isQuantity(s: Units, start: number, end: number): boolean {
  if (!isDigit(s[start])) return false;
  const next = skipAhead(s, end);
  return isDigit(s[start - 1]) || isCurrency(s[start - 1]) || isCurrency(s[start - 2]) ||
    next >= s.length || isDigit(s[next]) || UNITS.has(s[next] ?? 0);
}

/**
 * Whether a payment, marketplace, website or QR-code word can begin at a (folded) code unit: every
 * finding of {@link findKeywords} starts its scan on one.
 *
 * @example
 * opensKeyword('淘'.charCodeAt(0)) // → true
 */
export const opensKeyword = (c: number): boolean => KEYWORDS.opensWith(c);

/**
 * PEN-01: paying outside the platform (私下交易, 走微信, 支付宝转我), marketplaces other than the
 * policy's `own` ones and physical stores, websites, QR-code prompts. The platform's own name is a
 * finding only as the way around it (不走拼多多).
 *
 * @example
 * const sink = new FindingSink(); findKeywords(indexText('去我们淘宝店'), sink, ['pinduoduo'])
 * sink.merged((...f) => f, () => false) // → [['other_marketplace', 3, 5]]
 */
export function findKeywords(idx: TextIndex, sink: FindingSink, own: readonly Marketplace[]): void {
  const { s, markCount, marked, marks } = idx;
  let resume = 0;
  for (let h = 0; h < markCount; h++) {
    const i = marked[h] as number;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: skips what was read or cannot start a finding; visiting it finds nothing new (merged() joins repeats)
    if (i < resume || ((marks[h] as number) & KEYWORD) === 0) continue;
    const m = KEYWORDS.match(s, i);
    if (m === undefined) continue;
    resume = m.end;
    const { kind, mode, market } = m.value;
    let start = m.start;
    let end = m.end;
    if (mode === 'benign' || UNDONE_BY.match(s, end)?.value === true) continue;
    if (market !== undefined && own.includes(market)) {
      const bypass = BYPASS.match(s, skipBack(PLACE_FILLERS, s, start, 0).pos);
      if (bypass !== undefined && !isNegated(idx, bypass.start)) sink.add('off_platform_payment', bypass.start, end);
      continue;
    }
    if (mode === 'wallet') {
      const via = PAY_VIA.match(s, skipBack(PLACE_FILLERS, s, start, 0).pos);
      const to = paidTo(s, end);
      if (via === undefined && to === undefined) continue;
      start = via?.start ?? start;
      end = to ?? end;
    }
    if (mode === 'steered' && (isQuantity(s, start, end) || !steeredTo(idx, start, end))) continue;
    if (mode === 'qr' && !qrInContext(idx, start, end)) continue;
    if (!isNegated(idx, start)) sink.add(kind, start, end);
  }
}
