import { ZenEngine } from '@gorules/zen-engine';
import type { Policy } from '../../src/model/policy.js';
import type { PeerCheck } from './json-rules-engine.js';
import {
  FAULT_REASONS,
  MONEY_TYPES,
  peerFacts,
  PROOF_KINDS,
  QUALITY_WINDOW_REASONS,
  RETURN_TYPES,
  type PeerReason,
} from './peer-facts.js';

/** Field columns (unary tests) plus one expression column for what compares facts with each other. */
const COLUMNS = [
  'paid',
  'shipped',
  'signed',
  'type',
  'reason',
  'groupBuyStatus',
  'daysSinceSigningLocal',
  'remedyCases',
  'entryClosed',
  'recentApplications',
  'appraisalConfirmed',
] as const;
type Column = (typeof COLUMNS)[number];
type Row = Partial<Record<Column | 'expr', string>> & { code: string; effect: string };

const list = (xs: readonly string[]): string => xs.map((x) => JSON.stringify(x)).join(', ');
const array = (xs: readonly string[]): string => `[${list(xs)}]`;

/** ELG-01…18 as the rows of one `collect` decision table, with the policy's parameters written in. */
export function zenRows(policy: Policy): Row[] {
  const e = policy.eligibility;
  const inWindow = (reasons: readonly string[], types: readonly string[] = RETURN_TYPES): Partial<Record<Column, string>> => ({ signed: 'true', type: list(types), reason: list(reasons) });
  const rows: Row[] = [
    { paid: 'false', code: 'order_unpaid', effect: 'deny' },
    { shipped: 'false', type: '"refund_only"', code: 'not_shipped_refund_only', effect: 'info' },
    { shipped: 'false', type: 'not in ["refund_only"]', code: 'not_shipped_refund_only', effect: 'deny' },
    { shipped: 'true', signed: 'false', type: '"refund_only"', code: 'refuse_delivery_required', effect: 'condition' },
    { shipped: 'true', signed: 'false', type: 'not in ["refund_only", "resend"]', code: 'awaiting_signature', effect: 'deny' },
    { ...inWindow(['no_reason']), daysSinceSigningLocal: `> ${e.noReasonWindowDays}`, code: 'no_reason_window_closed', effect: 'deny' },
    {
      ...inWindow(['no_reason']),
      expr: `some(itemClasses, # in ${array(e.excludedGoods)}) or some(confirmedItemClasses, # in ${array(e.excludedIfConfirmed)})`,
      code: 'goods_excluded_from_no_reason',
      effect: 'deny',
    },
    { signed: 'true', type: list(RETURN_TYPES), reason: '"no_reason"', code: 'goods_intact_required', effect: 'condition' },
    { ...inWindow(QUALITY_WINDOW_REASONS, ['return_refund']), daysSinceSigningLocal: `> ${e.qualityWindowDays}`, code: 'quality_window_closed', effect: 'deny' },
    { ...inWindow(QUALITY_WINDOW_REASONS, ['exchange']), daysSinceSigningLocal: `> ${e.exchangeWindowDays}`, code: 'warranty_terms_apply', effect: 'condition' },
    { ...inWindow(QUALITY_WINDOW_REASONS, ['repair']), daysSinceSigningLocal: `> ${e.repairWindowDays}`, code: 'warranty_terms_apply', effect: 'condition' },
    { signed: 'true', type: '"refund_only"', reason: '"no_reason"', code: 'signed_refund_only_no_reason', effect: 'deny' },
    { signed: 'true', type: '"refund_only"', reason: list(FAULT_REASONS), code: 'merchant_agreement_required', effect: 'condition' },
    { entryClosed: 'true', code: 'entry_closed', effect: 'deny' },
    { type: list(MONEY_TYPES), expr: 'amountFen <= 0 or amountFen > refundableFen', code: 'amount_invalid', effect: 'deny' },
    { type: '"resend"', expr: `not shipped or not (reason in ${array(e.resendReasons)})`, code: 'resend_not_applicable', effect: 'deny' },
    { type: '"counterfeit_claim"', appraisalConfirmed: 'false', code: 'appraisal_required', effect: 'condition' },
    { signed: 'true', reason: list(FAULT_REASONS), expr: `not some(evidenceKinds, # in ${array(PROOF_KINDS)})`, code: 'evidence_required', effect: 'condition' },
  ];
  if (e.groupBuy) {
    rows.push({ groupBuyStatus: '"pending"', code: 'group_buy_pending', effect: 'deny' });
    rows.push({ groupBuyStatus: '"failed"', code: 'group_buy_failed_auto_refund', effect: 'deny' });
  }
  if (e.maxCasesPerOrder !== null) rows.push({ remedyCases: `>= ${e.maxCasesPerOrder}`, code: 'after_sales_limit_reached', effect: 'deny' });
  if (e.repeatedApplications !== null) {
    rows.push({ recentApplications: `>= ${e.repeatedApplications.count}`, code: 'repeated_applications', effect: 'warn' });
  }
  return rows;
}

/** The JSON decision graph: request → one decision table (hit policy `collect`) → response. */
export function zenGraph(policy: Policy): object {
  const rules = zenRows(policy).map((row, i) => {
    const cells: Record<string, string> = { _id: `r${i}` };
    for (const c of COLUMNS) cells[c] = row[c] ?? '';
    cells['expr'] = row.expr ?? '';
    cells['code'] = JSON.stringify(row.code);
    cells['effect'] = JSON.stringify(row.effect);
    return cells;
  });
  return {
    nodes: [
      { id: 'request', type: 'inputNode', name: 'Request', position: { x: 0, y: 0 } },
      {
        id: 'eligibility',
        type: 'decisionTableNode',
        name: 'Eligibility ELG-01…16',
        position: { x: 300, y: 0 },
        content: {
          hitPolicy: 'collect',
          outputPath: 'reasons',
          inputs: [...COLUMNS.map((c) => ({ id: c, name: c, field: c })), { id: 'expr', name: 'expression' }],
          outputs: [
            { id: 'code', name: 'code', field: 'code' },
            { id: 'effect', name: 'effect', field: 'effect' },
          ],
          rules,
        },
      },
      { id: 'response', type: 'outputNode', name: 'Response', position: { x: 600, y: 0 } },
    ],
    edges: [
      { id: 'e1', sourceId: 'request', targetId: 'eligibility', type: 'edge' },
      { id: 'e2', sourceId: 'eligibility', targetId: 'response', type: 'edge' },
    ],
  };
}

/** The decision is built once per policy; each call prepares the facts and evaluates (async, native). */
export function zenCheck(policy: Policy): { check: PeerCheck; dispose: () => void } {
  const engine = new ZenEngine();
  const decision = engine.createDecision(zenGraph(policy));
  return {
    check: async (order, request) => {
      const { result } = await decision.evaluate(peerFacts(order, request, policy));
      return (result as { reasons: PeerReason[] }).reasons;
    },
    dispose: () => engine.dispose(),
  };
}
