import { deepFreeze } from './freeze.js';
/** The closed list of reason codes (API.md), each with the rule that emits it. */
export const REASON_CODES = /* @__PURE__ */ deepFreeze({
  order_unpaid: 'ELG-01',
  group_buy_pending: 'ELG-02',
  group_buy_failed_auto_refund: 'ELG-03',
  not_shipped_refund_only: 'ELG-04',
  refuse_delivery_required: 'ELG-05',
  awaiting_signature: 'ELG-05',
  no_reason_window_closed: 'ELG-06',
  goods_excluded_from_no_reason: 'ELG-07',
  goods_intact_required: 'ELG-08',
  quality_window_closed: 'ELG-09',
  after_sales_limit_reached: 'ELG-10',
  entry_closed: 'ELG-11',
  repeated_applications: 'ELG-12',
  amount_invalid: 'ELG-13',
  resend_not_applicable: 'ELG-14',
  appraisal_required: 'ELG-15',
  evidence_required: 'ELG-16',
  warranty_terms_apply: 'ELG-17',
  signed_refund_only_no_reason: 'ELG-18',
  merchant_agreement_required: 'ELG-18',
  calendar_provisional: 'CAL-03',
} as const);

export type ReasonCode = keyof typeof REASON_CODES;

/**
 * CAL-03: the notice an answer carries when its computation touched a provisional year; `years`
 * names them. It is a reason (`info`), so {@link explain} renders it in both languages.
 */
export const provisionalNotice = (years: readonly number[]): Reason<'calendar_provisional'> =>
  reason('calendar_provisional', 'info', { years: years.map(String) });
export type RuleId = string;

/** `deny` decides the verdict; `condition` makes it conditional; `warn` and `info` only inform. */
export const EFFECTS = /* @__PURE__ */ deepFreeze(['deny', 'condition', 'warn', 'info'] as const);
export type ReasonEffect = (typeof EFFECTS)[number];
/** @deprecated use `ReasonEffect` (a case's effects are `CaseEffect`); removed in the next minor */
export type Effect = ReasonEffect;

export type ReasonParams = Readonly<Record<string, string | number | boolean | readonly string[]>>;

/** Why a rule said what it said. */
export interface Reason<C extends ReasonCode = ReasonCode> {
  readonly code: C;
  readonly rule: (typeof REASON_CODES)[C];
  readonly effect: ReasonEffect;
  readonly params?: ReasonParams;
}

/** Builds a reason whose `rule` is always the one its code belongs to. */
export function reason<C extends ReasonCode>(code: C, effect: ReasonEffect, params?: ReasonParams): Reason<C> {
  return params === undefined
    ? { code, rule: REASON_CODES[code], effect }
    : { code, rule: REASON_CODES[code], effect, params };
}
