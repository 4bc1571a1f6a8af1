import type { Assessment } from '../../assess/assess.js';
import type { RefundOutlook } from '../../assess/refund-outlook.js';
import { explain } from '../../explain/explain.js';
import type { FreightLeg } from '../../freight/types.js';
import type { RefundArrival } from '../../refund/estimate-refund-arrival.js';
import { formatInstant, parseInstant } from '../../time/zone.js';
import { ACTION, ARRIVAL_RULE, METHOD, PAYER, REASON, REIMBURSER, termsText, TIMEOUT, TYPE, VERDICT, when, yuan } from './labels.js';
import { displayWidth } from './table.js';

/** What the demo knows about a case besides the assessment: its titles and the validated request. */
export interface CaseFacts {
  readonly index: number;
  readonly title: { readonly zh: string; readonly en: string };
  readonly platform: { readonly zh: string; readonly en: string; readonly zone: string };
  readonly request: { readonly type: keyof typeof TYPE; readonly reason: keyof typeof REASON; readonly requestedAt: string };
}

const INDENT = '   ';
const LABEL = 16;
const labelled = (label: string, lines: readonly string[]): string[] =>
  lines.map((l, i) => `${INDENT}${i === 0 ? label + ' '.repeat(LABEL - displayWidth(label)) : ' '.repeat(LABEL)}${l}`);

const leg = (l: FreightLeg | null): string => (l === null ? '—' : `${PAYER[l.payer][0]} ${PAYER[l.payer][1]} (${l.rule})`);

function arrivalLines(a: RefundArrival, amountFen: number, method: string): string[] {
  const legs = a.legs ?? [{ ...a, method, amountFen }];
  const lines = legs.map((l) => {
    const m = METHOD[l.method as keyof typeof METHOD];
    const rules = l.then === undefined ? [l.rule] : [l.rule, l.then];
    const notes = rules.map((r) => `${r} ${(ARRIVAL_RULE[r] ?? ['', ''])[0]} · ${(ARRIVAL_RULE[r] ?? ['', ''])[1]}`).join('; ');
    return `${yuan(l.amountFen)} → ${m[0]} ${m[1]}: ${when(l.earliest)} … ${when(l.latest)} (${notes})`;
  });
  return a.legs === undefined ? lines : [`${yuan(amountFen)} split by payment (${a.rule}), all by ${when(a.latest)}:`, ...lines.map((l) => `  ${l}`)];
}

/**
 * The refund in words: how much, to which method, and when, or when the clock starts (RFT-01…07).
 *
 * @example
 * refundLines({ status: 'none', why: 'denied' }, 'wechat_pay') // → ['— 申请被拒绝，无退款 · denied, no refund']
 */
export function refundLines(refund: RefundOutlook, firstMethod: string): string[] {
  switch (refund.status) {
    case 'none':
      return refund.why === 'denied' ? ['— 申请被拒绝，无退款 · denied, no refund'] : ['— 不退款，只处理商品 · no money back: goods only'];
    case 'automatic':
      if (refund.arrival === null) return [`${yuan(refund.amountFen)} 系统自动退款 · refunded by the system (RFT-01); failure time unknown`];
      return refund.arrival.ok
        ? [`系统自动退款 · refunded by the system, no application needed (RFT-01)`, ...arrivalLines(refund.arrival.value, refund.amountFen, firstMethod)]
        : [`cannot estimate: ${refund.arrival.error.issues[0]?.date} is outside the calendar (CAL-02)`];
    case 'on_approval':
      return refund.arrival.ok
        ? [`若于 ${when(refund.approvedAt)} 同意 · if approved at ${when(refund.approvedAt)}:`, ...arrivalLines(refund.arrival.value, refund.amountFen, firstMethod)]
        : [`cannot estimate: ${refund.arrival.error.issues[0]?.date} is outside the calendar (CAL-02)`];
    case 'after_goods_received': {
      const lines = [
        `商家收到退货后 ${refund.refundWithinDays} 天内退款 · within ${refund.refundWithinDays} days of the merchant receiving the goods (${refund.rule}), then:`,
      ];
      for (const l of refund.legs) {
        const [zh, en] = termsText(l);
        const m = METHOD[l.method];
        lines.push(`  ${yuan(l.amountFen)} → ${m[0]} ${m[1]}: ${zh} · ${en} (${l.rule})`);
      }
      if (refund.deductedFen > 0) lines.push(`  已扣除出运费 outbound postage deducted ${yuan(refund.deductedFen)} (FRT-07)`);
      return lines;
    }
  }
}

/**
 * One row of the summary table: case, platform, verdict, who pays each leg (FRT-*), the money (RFT-*).
 *
 * @example
 * summaryRow(facts, assessment)
 * // → ['12', '9月30日批准的余额退款（国庆顺延）', '拼多多', '允许 allowed', '—', '—', '¥39.90 by 2025-10-09 20:00']
 */
export function summaryRow(c: CaseFacts, a: Assessment): string[] {
  const r = a.refund;
  const money =
    r.status === 'none'
      ? r.why === 'denied' ? '—' : '不退款 none (goods only)'
      : r.status === 'after_goods_received'
        ? `${yuan(r.amountFen)} ≤${r.refundWithinDays}d after receipt`
        : r.arrival?.ok === true
          ? `${yuan(r.amountFen)} by ${when(r.arrival.value.latest)}${r.status === 'automatic' ? ' (auto)' : ''}`
          : `${yuan(r.amountFen)} ?`;
  const [vzh, ven] = VERDICT[a.eligibility.verdict];
  const legs = a.freight === null ? ['—', '—'] : [a.freight.returnLeg, a.freight.forwardLeg].map((l) => (l === null ? '—' : `${PAYER[l.payer][0]} ${l.payer}`));
  return [String(c.index), c.title.zh, c.platform.zh, `${vzh} ${ven}`, legs[0] ?? '—', legs[1] ?? '—', money];
}

/**
 * The full block for one case: verdict, every reason in both languages (ELG-*), postage per leg
 * (FRT-*), the money (RFT-*) and the first deadlines (CSE-01).
 *
 * @example
 * caseBlock(facts, assessment, 'platform_balance')[0] // → '12. 9月30日批准的余额退款（国庆顺延） · Wallet refund approved on 30 September (National Day)'
 */
export function caseBlock(c: CaseFacts, a: Assessment, firstMethod: string): string[] {
  const e = a.eligibility;
  const [vzh, ven] = VERDICT[e.verdict];
  const [tzh, ten] = TYPE[c.request.type];
  const [rzh, ren] = REASON[c.request.reason];
  const window = e.window === undefined ? '' : ` · 期限 window (${e.window.rule}) closes ${when(e.window.closesAt)}`;
  const reasons = e.reasons.length === 0
    ? ['— 无 none']
    : e.reasons.flatMap((r) => [`${r.rule} ${r.effect.padEnd(9)} ${r.code}`, `  ${explain(r, 'zh-CN')}`, `  ${explain(r, 'en')}`]);
  const f = a.freight;
  const postage = f === null
    ? ['— 无包裹往来 · no parcel moves (denied)']
    : f.returnLeg === null && f.forwardLeg === null
      ? ['— 仅退款，无包裹往来 · no parcel moves (refund only)']
      : [
        `退回 return leg: ${leg(f.returnLeg)} · 寄出 forward leg: ${leg(f.forwardLeg)}`,
        ...(f.reimbursement === null ? [] : [`${REIMBURSER[f.reimbursement.by][0]} · ${REIMBURSER[f.reimbursement.by][1]} (${f.reimbursement.rule}${f.reimbursement.dueWithinHours === undefined ? '' : `, within ${f.reimbursement.dueWithinHours} h of the merchant's agreement`})`]),
        ...(f.deduction === null ? [] : [`商家可扣出运费 merchant may deduct outbound postage ${yuan(f.deduction.amountFen)} (${f.deduction.rule})`]),
        ];
  const deadlines = a.deadlines.length === 0
    ? ['— 无 none']
    : a.deadlines.map((d) => {
        const action = ACTION[d.action] ?? [d.action, d.action];
        const timeout = TIMEOUT[d.onTimeout] ?? [d.onTimeout, d.onTimeout];
        return `${when(d.dueAt)}  ${action[0]} · ${action[1]} (${d.rule}); ${timeout[0]} · ${timeout[1]}`;
      });
  return [
    `${c.index}. ${c.title.zh} · ${c.title.en}`,
    `${INDENT}${c.platform.zh} ${c.platform.en} · ${tzh} ${ten} · ${rzh} ${ren} · 申请 requested ${when(formatInstant(parseInstant(c.request.requestedAt), c.platform.zone))} (${c.platform.zone})`,
    ...labelled('结论 Verdict', [`${vzh} ${ven.toUpperCase()} · 可退 refundable ${yuan(e.refundableFen)}${window}`]),
    ...labelled('原因 Reasons', reasons),
    ...labelled('运费 Postage', postage),
    ...labelled('退款 Refund', refundLines(a.refund, firstMethod)),
    ...labelled('时限 Deadlines', deadlines),
  ];
}
