import { isNegated, skipAhead } from './context.js';
import { isAlnum, isDigit, isHan, isSeparator } from './chars.js';
import { backwardLexicon, Lexicon, skipBack } from './lexicon.js';
import type { Units } from './normalize.js';
import type { FindingSink } from './screen-finding.js';
import { CONTACT, type TextIndex } from './text-index.js';

/**
 * `strong`: the name of a chat app (微信, QQ, 钉钉 and their disguises); `weak`: a one-letter
 * disguise (v, 薇) that names an app only after 加 or before a colon; `phone`: the word for a phone,
 * which steers only when the merchant asks for or hands over a number without writing it.
 */
type Label = 'strong' | 'weak' | 'phone';

const LABELS = new Lexicon<Label>([
  ...[
    '微信', '薇信', '威信', '维信', '徽信', '危信', '卫信', 'v信', '企业微信', '企微', '扣扣', '抠抠', '企鹅号', '钉钉',
    '薇芯', '威芯', '薇心', 'v芯', 'v我', '绿泡泡', '联系方式', '群号', 'wx', 'vx', 'wxid', 'weixin', 'wechat', 'qq', 'wecom', 'dingtalk', 'whatsapp',
    'telegram', 'skype',
  ].map((w) => [w, 'strong'] as const),
  ...['v', '微', '薇', '威'].map((w) => [w, 'weak'] as const),
  // Not bare 手机: "给手机充电", "明天给您发手机" are about the goods.
  ...['电话', '手机号', '电话号码', '手机号码', '联系电话'].map((w) => [w, 'phone'] as const),
]);

// After an app's name these make it the buyer's own payment channel, not a contact: 微信支付, 退回微信零钱.
const PAYMENT_USE = new Lexicon([
  '支付', '零钱', '钱包', '余额', '红包', '通知', '小程序', '账单', '里', '转', '付', 'pay', 'payment',
].map((w) => [w, true] as const));

// Between an app's name and the handle: "微信号是", "QQ群:", "VX 为".
const HANDLE_INTRO = new Lexicon(['号', '号码', '账号', '是', '为', 'id', '搜', '群', '名', 'is'].map((w) => [w, true] as const));

// `own` marks the merchant's own account ("我的微信"), which steers by itself.
const FILLERS = backwardLexicon<'own' | 'filler'>([
  ...['我们的', '我们', '我的', '我', '本人', '个人', '私人', 'my', 'our'].map((w) => [w, 'own'] as const),
  ...['的', '一下', '下', '个', '個', '一个', '上', '客服', '好友', '老板', '店主', '官方', '您', '你', 'me', 'on', 'us', 'via', 'the', 'at']
    .map((w) => [w, 'filler'] as const),
]);

const VERBS = backwardLexicon<'add' | 'other'>([
  ...['加', '添加', '+'].map((w) => [w, 'add'] as const),
  ...['联系', '私聊', '私信', '关注', '搜', '搜索', '扫', '扫一下', '找', '留', 'add', 'contact', 'message', 'dm', 'text', 'ping', 'follow', 'search']
    .map((w) => [w, 'other'] as const),
]);
// 增加 / 参加 / 更加 … are not "add me".
const NOT_ADD = new Set([...'增参追更附外叠施'].map((c) => c.charCodeAt(0)));

const STEER_AFTER = new Lexicon([
  '联系', '聊', '沟通', '详谈', '找我', '加我', '发你', '发您', '发给你', '同号', '号', '上联系', '上聊', '上说', '私聊', '私信', '公众号', '群',
].map((w) => [w, true] as const));

// A phone word steers with these: "留个电话", "电话发我".
const PHONE_VERBS = backwardLexicon(['留', '发', '告诉'].map((w) => [w, true] as const));
const PHONE_AFTER = new Lexicon(['发我', '发给我', '给我', '告诉我'].map((w) => [w, true] as const));

/** Reads a handle after a label: ≥5 letters/digits, spaced or dashed; `explicit` when introduced by ':' or 号. */
function readHandle(s: Units, from: number): number | undefined {
  let p = from;
  let explicit = false;
  for (let i = 0; i < 6 && p < s.length; i++) {
    const c = s[p];
    if (c === 0x3a) explicit = true;
    if (c === 0x3a || isSeparator(c)) {
      p++;
      continue;
    }
    const intro = HANDLE_INTRO.match(s, p);
    if (intro === undefined) break;
    explicit = true;
    p = intro.end;
  }
  let count = 0;
  let digits = 0;
  let marks = 0;
  let token = 0;
  let end = p;
  for (let q = p; q < s.length && q - p < 48; q++) {
    const c = s[q];
    if (isAlnum(c)) {
      count++;
      token++;
      if (isDigit(c)) digits++;
      end = q + 1;
    } else if ((c === 0x5f || c === 0x2d) && count > 0) {
      marks++;
      token = 0;
    } else if (c === 0x20 && token === 1) {
      token = 0; // "l i l i 8 8": letters spaced one by one
    } else break;
  }
  return count >= 5 && (digits > 0 || marks > 0 || explicit) ? end : undefined;
}

/** The start of a steering verb (加, 添加, add …) before `pos`, past filler words; or the merchant's own account. */
function steerBefore(s: Units, pos: number, weak: boolean): number | undefined {
  const back = skipBack(FILLERS, s, pos);
  const verb = VERBS.match(s, back.pos);
  if (verb !== undefined && !(verb.value === 'add' && NOT_ADD.has(s[verb.start - 1] ?? 0))) {
    if (!weak || verb.value === 'add') return verb.start;
  }
  return !weak && back.nearest === 'own' ? back.pos : undefined;
}

/**
 * Whether a chat handle or a request to move the chat can begin at a (folded) code unit: every
 * finding of {@link findContacts} starts its scan on one.
 *
 * @example
 * opensContact('微'.charCodeAt(0)) // → true
 */
export const opensContact = (c: number): boolean => LABELS.opensWith(c);

/**
 * PEN-01: chat handles (微信 abc123, 加V, QQ 2849…, 企业微信) and requests to move the chat elsewhere,
 * added to `sink` in folded-text coordinates.
 *
 * @example
 * const sink = new FindingSink(); findContacts(indexText('加我vx abc123'), sink)
 * sink.merged((...f) => f, () => false) // → [['contact_handle', 2, 11]]
 */
export function findContacts(idx: TextIndex, sink: FindingSink): void {
  const { s, markCount, marked, marks } = idx;
  let resume = 0;
  for (let h = 0; h < markCount; h++) {
    const i = marked[h] as number;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: skips what was read or cannot start a finding; visiting it finds nothing new (merged() joins repeats)
    if (i < resume || ((marks[h] as number) & CONTACT) === 0) continue;
    const m = LABELS.match(s, i);
    if (m === undefined) continue;
    resume = m.value === 'phone' ? screenPhoneWord(idx, m.start, m.end, sink) : screenLabel(idx, m.start, m.end, m.value === 'weak', sink);
  }
}

const ME = '我'.charCodeAt(0);
const hasColon = (s: Units, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (s[k] === 0x3a) return true;
  return false;
};

/** Screens one app name; returns where scanning resumes (past a handle, so spaced handles are read once). */
function screenLabel(idx: TextIndex, start: number, end: number, weak: boolean, sink: FindingSink): number {
  const s = idx.s;
  // A lone v after a digit is a unit (220V); a lone 微 before another Han character is a word (微波炉).
  if (weak && (isAlnum(s[start - 1]) || (isHan(s[start]) && isHan(s[end]) && s[end] !== ME))) {
    return end;
  }
  const after = skipAhead(s, end);
  const handleEnd = readHandle(s, end);
  if (handleEnd !== undefined && (!weak || hasColon(s, end, after))) {
    sink.add('contact_handle', start, handleEnd);
    return handleEnd;
  }
  if (!weak && PAYMENT_USE.match(s, after) !== undefined) return end;
  const before = steerBefore(s, start, weak);
  const steerEnd = weak ? undefined : STEER_AFTER.match(s, after)?.end;
  if (before === undefined && steerEnd === undefined) return end;
  const from = before ?? start;
  if (!isNegated(idx, from)) sink.add('contact_handle', from, steerEnd ?? end);
  return end;
}

function screenPhoneWord(idx: TextIndex, start: number, end: number, sink: FindingSink): number {
  const verb = PHONE_VERBS.match(idx.s, skipBack(FILLERS, idx.s, start, 3).pos);
  const from = verb?.start ?? start;
  const to = verb !== undefined ? end : PHONE_AFTER.match(idx.s, skipAhead(idx.s, end))?.end;
  if (to !== undefined && !isNegated(idx, from)) sink.add('phone_number', from, to);
  return end;
}
