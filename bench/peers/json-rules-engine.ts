import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import type { Order } from '../../src/model/order.js';
import type { Policy } from '../../src/model/policy.js';
import type { AfterSalesRequest } from '../../src/model/request.js';
import {
  FAULT_REASONS,
  MONEY_TYPES,
  peerFacts,
  PROOF_KINDS,
  QUALITY_WINDOW_REASONS,
  RETURN_TYPES,
  type PeerReason,
} from './peer-facts.js';

/** json-rules-engine does not export its condition type; this is it. */
type NestedCondition = Extract<TopLevelCondition, { all: unknown }>['all'][number];

const is = (fact: string, value: unknown): NestedCondition => ({ fact, operator: 'equal', value });
const rule = (code: string, effect: string, all: NestedCondition[]): RuleProperties => ({
  name: code,
  conditions: { all },
  event: { type: code, params: { effect } },
});

/** ELG-01…18 as json-rules-engine rules, with the policy's parameters written into them. */
export function jsonRules(policy: Policy): RuleProperties[] {
  const e = policy.eligibility;
  const signedWindow = (reasons: string[], types: string[] = RETURN_TYPES): NestedCondition[] => [
    is('signed', true),
    { fact: 'type', operator: 'in', value: types },
    { fact: 'reason', operator: 'in', value: reasons },
  ];
  const rules: RuleProperties[] = [
    rule('order_unpaid', 'deny', [is('paid', false)]),
    rule('not_shipped_refund_only', 'info', [is('shipped', false), is('type', 'refund_only')]),
    rule('not_shipped_refund_only', 'deny', [is('shipped', false), { fact: 'type', operator: 'notEqual', value: 'refund_only' }]),
    rule('refuse_delivery_required', 'condition', [is('shipped', true), is('signed', false), is('type', 'refund_only')]),
    rule('awaiting_signature', 'deny', [is('shipped', true), is('signed', false), { fact: 'type', operator: 'notIn', value: ['refund_only', 'resend'] }]),
    rule('no_reason_window_closed', 'deny', [...signedWindow(['no_reason']), { fact: 'daysSinceSigningLocal', operator: 'greaterThan', value: e.noReasonWindowDays }]),
    rule('goods_excluded_from_no_reason', 'deny', [
      ...signedWindow(['no_reason']),
      {
        any: [
          ...e.excludedGoods.map((c) => ({ fact: 'itemClasses', operator: 'contains', value: c })),
          ...e.excludedIfConfirmed.map((c) => ({ fact: 'confirmedItemClasses', operator: 'contains', value: c })),
        ],
      },
    ]),
    rule('goods_intact_required', 'condition', [is('signed', true), { fact: 'type', operator: 'in', value: RETURN_TYPES }, is('reason', 'no_reason')]),
    rule('quality_window_closed', 'deny', [...signedWindow(QUALITY_WINDOW_REASONS, ['return_refund']), { fact: 'daysSinceSigningLocal', operator: 'greaterThan', value: e.qualityWindowDays }]),
    rule('warranty_terms_apply', 'condition', [...signedWindow(QUALITY_WINDOW_REASONS, ['exchange']), { fact: 'daysSinceSigningLocal', operator: 'greaterThan', value: e.exchangeWindowDays }]),
    rule('warranty_terms_apply', 'condition', [...signedWindow(QUALITY_WINDOW_REASONS, ['repair']), { fact: 'daysSinceSigningLocal', operator: 'greaterThan', value: e.repairWindowDays }]),
    rule('signed_refund_only_no_reason', 'deny', [is('signed', true), is('type', 'refund_only'), is('reason', 'no_reason')]),
    rule('merchant_agreement_required', 'condition', [is('signed', true), is('type', 'refund_only'), { fact: 'reason', operator: 'in', value: FAULT_REASONS }]),
    rule('entry_closed', 'deny', [is('entryClosed', true)]),
    rule('amount_invalid', 'deny', [
      { fact: 'type', operator: 'in', value: MONEY_TYPES },
      { any: [{ fact: 'amountFen', operator: 'lessThanInclusive', value: 0 }, { fact: 'amountFen', operator: 'greaterThan', value: { fact: 'refundableFen' } }] },
    ]),
    rule('resend_not_applicable', 'deny', [
      is('type', 'resend'),
      { any: [is('shipped', false), { fact: 'reason', operator: 'notIn', value: [...e.resendReasons] }] },
    ]),
    rule('appraisal_required', 'condition', [is('type', 'counterfeit_claim'), is('appraisalConfirmed', false)]),
    rule('evidence_required', 'condition', [
      is('signed', true),
      { fact: 'reason', operator: 'in', value: FAULT_REASONS },
      ...PROOF_KINDS.map((k) => ({ fact: 'evidenceKinds', operator: 'doesNotContain', value: k })),
    ]),
  ];
  if (e.groupBuy) {
    rules.push(rule('group_buy_pending', 'deny', [is('groupBuyStatus', 'pending')]));
    rules.push(rule('group_buy_failed_auto_refund', 'deny', [is('groupBuyStatus', 'failed')]));
  }
  if (e.maxCasesPerOrder !== null) {
    rules.push(rule('after_sales_limit_reached', 'deny', [{ fact: 'remedyCases', operator: 'greaterThanInclusive', value: e.maxCasesPerOrder }]));
  }
  if (e.repeatedApplications !== null) {
    rules.push(rule('repeated_applications', 'warn', [{ fact: 'recentApplications', operator: 'greaterThanInclusive', value: e.repeatedApplications.count }]));
  }
  return rules;
}

export type PeerCheck = (order: Order, request: AfterSalesRequest) => Promise<PeerReason[]>;

/** The engine is built once per policy; each call prepares the facts and runs the engine. */
export function jsonRulesEngineCheck(policy: Policy): PeerCheck {
  const engine = new Engine(jsonRules(policy), { allowUndefinedFacts: false });
  return async (order, request) => {
    const { events } = await engine.run(peerFacts(order, request, policy));
    return events.map((ev) => ({ code: ev.type, effect: String(ev.params?.['effect']) }));
  };
}
