import type { Verdict } from '../../eligibility/check-eligibility.js';
import type { PaymentMethod, RequestReason, RequestType } from '../../model/vocabulary.js';
import type { ArrivalTerms } from '../../refund/arrival-terms.js';

/** Glossary terms in both languages, for the demo's table. Presentation only. */
type Both = readonly [zh: string, en: string];

export const VERDICT: { readonly [V in Verdict]: Both } = {
  allowed: ['允许', 'allowed'],
  conditional: ['有条件允许', 'conditional'],
  denied: ['拒绝', 'denied'],
};

export const TYPE: { readonly [T in RequestType]: Both } = {
  refund_only: ['仅退款', 'refund only'],
  return_refund: ['退货退款', 'return & refund'],
  exchange: ['换货', 'exchange'],
  resend: ['补寄', 'resend'],
  repair: ['维修', 'repair'],
  counterfeit_claim: ['假一赔N', 'counterfeit claim'],
};

export const REASON: { readonly [R in RequestReason]: Both } = {
  no_reason: ['七天无理由', 'no reason'],
  quality: ['质量问题', 'quality'],
  wrong_item: ['发错货', 'wrong item'],
  missing_item: ['少发/漏发', 'missing item'],
  damaged_in_transit: ['运输破损', 'damaged in transit'],
  not_received: ['未收到货', 'not received'],
  not_as_described: ['描述不符', 'not as described'],
  counterfeit: ['假货', 'counterfeit'],
};

export const PAYER: { readonly [P in 'buyer' | 'merchant' | 'platform']: Both } = {
  buyer: ['买家', 'buyer'],
  merchant: ['商家', 'merchant'],
  platform: ['平台', 'platform'],
};

export const METHOD: { readonly [M in PaymentMethod]: Both } = {
  wechat_pay: ['微信支付', 'WeChat Pay'],
  alipay: ['支付宝', 'Alipay'],
  platform_balance: ['平台余额', 'platform balance'],
  debit_card: ['储蓄卡', 'debit card'],
  credit_card: ['信用卡', 'credit card'],
  huabei: ['花呗', 'Huabei'],
};

export const REIMBURSER: { readonly [B in 'insurer' | 'platform']: Both } = {
  insurer: ['运费险赔付', 'freight insurance pays the buyer back'],
  platform: ['平台退货包运费补贴', 'platform return-freight subsidy pays the buyer back'],
};

export const ACTION: Readonly<Record<string, Both>> = {
  respond: ['商家须处理申请', 'the merchant answers'],
  apply: ['买家申请期限截止', "the buyer's window closes"],
  issue_refund: ['系统须发起退款', 'the system issues the refund'],
};

/** What each arrival rule means, without its numbers (those are the policy's). */
export const ARRIVAL_RULE: Readonly<Record<string, Both>> = {
  'RFT-01': ['拼单失败系统退款', 'failed group buy, system refund'],
  'RFT-02': ['原路退回，法定节假日顺延', 'original route, holiday-delayed'],
  'RFT-03': ['储蓄卡，自然日', 'debit card, calendar days'],
  'RFT-04': ['信用卡，自然日', 'credit card, calendar days'],
  'RFT-05': ['工作日', 'working days'],
};

export const TIMEOUT: Readonly<Record<string, Both>> = {
  system_agrees: ['超时系统自动同意', 'else the system agrees'],
  treat_as_refused: ['超时视为商家不同意', 'else it stands refused'],
  window_closes: ['此后不能再申请', 'no application after'],
  warranty_terms_apply: ['此后按保修条款处理', 'then the warranty terms decide'],
  contact_platform_service: ['超时请联系平台客服', 'else contact platform service'],
};

const span = (t: ArrivalTerms): string => (t.min === t.max || t.min === 0 ? `${t.max}` : `${t.min}–${t.max}`);

/**
 * An arrival rule's terms in words, Chinese and English (RFT-02…05).
 *
 * @example
 * termsText({ rule: 'RFT-05', unit: 'working_days', min: 1, max: 3, holidayDelayed: false })
 * // → ['1–3 个工作日内到账', '1–3 working days']
 */
export function termsText(t: ArrivalTerms): Both {
  switch (t.unit) {
    case 'hours':
      return [`${span(t)} 小时内到账${t.holidayDelayed ? '（法定节假日顺延）' : ''}`, `within ${span(t)} h${t.holidayDelayed ? ' (holiday-delayed)' : ''}`];
    case 'calendar_days':
      return [`${span(t)} 个自然日内到账`, `${span(t)} calendar days`];
    case 'working_days':
      return [`${span(t)} 个工作日内到账`, `${span(t)} working days`];
  }
}

/**
 * Fen as yuan for people.
 *
 * @example
 * yuan(1990) // → '¥19.90'
 */
export const yuan = (fen: number): string => `¥${(fen / 100).toFixed(2)}`;

/**
 * An ISO instant as date and minute; the case line names the zone once (TIME-06).
 *
 * @example
 * when('2025-10-09T20:00:00+08:00') // → '2025-10-09 20:00'
 */
export const when = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
