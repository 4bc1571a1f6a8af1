import type { AfterSalesCase, CaseEvent, IssueParams, TransitionIssue, TransitionIssueCode } from '../model/case.js';

type Params = IssueParams;
const str = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : String(v));

/**
 * One sentence per code in each locale of `explain`; the coded fields are the contract, the message
 * a courtesy. `message` on an issue is the English one; `explain(issue, 'zh-CN')` renders the other.
 */
export const TRANSITION_MESSAGES: Readonly<Record<TransitionIssueCode, { readonly 'zh-CN': (p: Params) => string; readonly en: (p: Params) => string }>> = {
  not_eligible: {
    'zh-CN': () => '该申请不符合售后条件，未能创建售后单。',
    en: () => 'The request is not eligible, so no case was opened.',
  },
  event_not_allowed: {
    'zh-CN': (p) => `售后单处于 ${str(p['status'])} 状态时不能执行 ${str(p['event'])}。`,
    en: (p) => `${str(p['event'])} is not a step a case can take while ${str(p['status'])}.`,
  },
  wrong_actor: {
    'zh-CN': (p) => `${str(p['actor'])} 无权执行此操作；允许的操作方：${str(p['allowed'] ?? p['by'])}。`,
    en: (p) => `${str(p['actor'])} may not take this step; allowed: ${str(p['allowed'] ?? p['by'])}.`,
  },
  event_before_last: {
    'zh-CN': (p) => `该事件时间 ${str(p['at'])} 早于售后单的上一个事件。`,
    en: (p) => `The event at ${str(p['at'])} is dated before the case's last event.`,
  },
  history_full: {
    'zh-CN': (p) => `该售后单已记录 ${str(p['events'])} 个事件，达到上限 ${str(p['max'])}：请另开售后单。`,
    en: (p) => `The case already holds ${str(p['events'])} events, the maximum of ${str(p['max'])}: open a new case.`,
  },
  deadline_passed: {
    'zh-CN': (p) => `截止时间 ${str(p['dueAt'])} 已过：请先将售后单推进到该事件的时间。`,
    en: (p) => `The deadline due at ${str(p['dueAt'])} has passed: advance the case to the event's instant first.`,
  },
  timeout_not_due: {
    'zh-CN': (p) => `该规则的期限尚未到期${p['dueAt'] === undefined ? '' : `（到期时间 ${str(p['dueAt'])}）`}。`,
    en: (p) => `No deadline of this rule is due yet${p['dueAt'] === undefined ? '' : ` (due at ${str(p['dueAt'])})`}.`,
  },
  buyer_confirmation_required: {
    'zh-CN': () => '买家尚未确认。',
    en: () => 'The buyer has not confirmed yet.',
  },
  stock_not_confirmed: {
    'zh-CN': () => '同意补寄前须先核实库存。',
    en: () => 'Stock must be checked before agreeing to a resend.',
  },
  out_of_stock: {
    'zh-CN': () => '最近一次库存核实显示无货；请改为退款。',
    en: () => 'The last stock check found no stock; offer a refund instead.',
  },
  tracking_number_required: {
    'zh-CN': (p) => `发货须填写快递公司和运单号（缺少：${str(p['missing'])}）。`,
    en: (p) => `A shipment needs a carrier and a tracking number (missing: ${str(p['missing'])}).`,
  },
  return_address_required: {
    'zh-CN': () => '同意退货须提供退货地址。',
    en: () => 'Agreeing to take goods back needs a return address.',
  },
  courier_verification_required: {
    'zh-CN': () => '物流显示已签收：处理前须先向快递核实。',
    en: () => 'Tracking says signed: verify with the courier before any remedy.',
  },
  appraisal_required: {
    'zh-CN': () => '假货赔付须有确认为假货的鉴定结果才能同意。',
    en: () => 'A counterfeit claim is agreed only on an appraisal that confirms it.',
  },
  evidence_window_closed: {
    'zh-CN': () => '商家举证期已结束，之后提交的凭证不予采纳。',
    en: () => "The merchant's evidence window has closed; later evidence is refused.",
  },
  evidence_window_open: {
    'zh-CN': () => '商家举证期尚未结束，且商家尚未提交凭证。',
    en: () => "The merchant's evidence window is still open and it has given no evidence yet.",
  },
  ruling_must_follow_buyer_evidence: {
    'zh-CN': () => '商家未按时举证：判定须依据买家的凭证。',
    en: () => "The merchant gave no evidence in time: the ruling follows the buyer's evidence.",
  },
  follow_up_already_recorded: {
    'zh-CN': () => '回访已记录。',
    en: () => 'The follow-up visit is already recorded.',
  },
};

/** A coded refusal of `event` on `c`, with its message. */
export function transitionIssue(
  code: TransitionIssueCode,
  rule: string,
  c: AfterSalesCase,
  event: CaseEvent,
  params?: Params,
): TransitionIssue {
  const all: Params = { status: c.status, event: event.type, ...params };
  return params === undefined
    ? { code, rule, message: TRANSITION_MESSAGES[code].en(all), status: c.status, event: event.type }
    : { code, rule, message: TRANSITION_MESSAGES[code].en(all), status: c.status, event: event.type, params };
}

/** The message of a code, for issues built outside a step (a replay that never opened). */
export const messageOf = (code: TransitionIssueCode, params: Params = {}): string => TRANSITION_MESSAGES[code].en(params);
