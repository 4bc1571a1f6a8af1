import type { IssueParams, TransitionIssueCode } from '../model/case.js';

type Params = IssueParams;
type Render = (p: Params) => string;
const str = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : String(v));

/** The zh-CN sentence of each transition-issue code (the English one is the issue's `message`). */
export const TRANSITION_MESSAGES_ZH: Readonly<Record<TransitionIssueCode, Render>> = {
  not_eligible: () => '该申请不符合售后条件，未能创建售后单。',
  event_not_allowed: (p) => `售后单处于 ${str(p['status'])} 状态时不能执行 ${str(p['event'])}。`,
  wrong_actor: (p) => `${str(p['actor'])} 无权执行此操作；允许的操作方：${str(p['allowed'] ?? p['by'])}。`,
  event_before_last: (p) => `该事件时间 ${str(p['at'])} 早于售后单的上一个事件。`,
  history_full: (p) => `该售后单已记录 ${str(p['events'])} 个事件，达到上限 ${str(p['max'])}：请另开售后单。`,
  deadline_passed: (p) => `截止时间 ${str(p['dueAt'])} 已过：请先将售后单推进到该事件的时间。`,
  timeout_not_due: (p) => `该规则的期限尚未到期${p['dueAt'] === undefined ? '' : `（到期时间 ${str(p['dueAt'])}）`}。`,
  buyer_confirmation_required: () => '买家尚未确认。',
  stock_not_confirmed: () => '同意补寄前须先核实库存。',
  out_of_stock: () => '最近一次库存核实显示无货；请改为退款。',
  tracking_number_required: (p) => `发货须填写快递公司和运单号（缺少：${str(p['missing'])}）。`,
  return_address_required: () => '同意退货须提供退货地址。',
  courier_verification_required: () => '物流显示已签收：处理前须先向快递核实。',
  appraisal_required: () => '假货赔付须有确认为假货的鉴定结果才能同意。',
  evidence_window_closed: () => '商家举证期已结束，之后提交的凭证不予采纳。',
  evidence_window_open: () => '商家举证期尚未结束，且商家尚未提交凭证。',
  ruling_must_follow_buyer_evidence: () => '商家未按时举证：判定须依据买家的凭证。',
  follow_up_already_recorded: () => '回访已记录。',
};
