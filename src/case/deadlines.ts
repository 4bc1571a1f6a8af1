import type { AfterSalesCase, CaseStatus, CaseTerms, Deadline, DeadlineRule, CaseEffect } from '../model/case.js';
import type { Policy } from '../model/policy.js';
import { addCalendarDaysMs, addHoursMs } from '../time/windows.js';
import { formatInstant, parseInstant } from '../time/zone.js';
import { awaitsMerchantAgreement } from './selectors.js';

/** What a party of the case waits on: a deadline a `timed_out` event fires. */
interface Pending extends Omit<Deadline, 'dueAt' | 'since' | 'party' | 'rule'> {
  readonly party: 'buyer' | 'merchant';
  readonly rule: DeadlineRule;
}

/** A deadline as the hot path sees it: epoch ms, nothing formatted. */
export interface Wait extends Pending {
  readonly sinceMs: number;
  readonly dueMs: number;
}

type Term = Exclude<keyof CaseTerms, 'timeZone' | 'returnFreightSubsidyHours'>;

interface WaitRule extends Pending {
  readonly term: Term;
  /** Hours are exact elapsed time (TIME-02); days keep the local clock time (TIME-03). */
  readonly unit: 'hours' | 'days';
}

const FOLLOW_UP: WaitRule = {
  party: 'merchant',
  action: 'follow_up_visit',
  term: 'followUpDays',
  unit: 'days',
  onTimeout: 'record_missed_follow_up',
  rule: 'CSE-07',
};

/**
 * The waiting states and what they wait for, as data. A status not listed waits on nobody with a
 * deadline (a shipment in transit, a refund being paid).
 */
export const WAITS: Readonly<Partial<Record<CaseStatus, WaitRule>>> = {
  awaiting_merchant: { party: 'merchant', action: 'respond', term: 'merchantResponseHours', unit: 'hours', onTimeout: 'system_agrees', rule: 'CSE-01' },
  awaiting_buyer_confirmation: { party: 'buyer', action: 'confirm_application', term: 'buyerConfirmationHours', unit: 'hours', onTimeout: 'close_case', rule: 'RSD-01' },
  awaiting_return: { party: 'buyer', action: 'ship_return', term: 'buyerReturnShipmentDays', unit: 'days', onTimeout: 'close_case', rule: 'CSE-04' },
  return_in_transit: { party: 'merchant', action: 'confirm_receipt', term: 'merchantReceiptDays', unit: 'days', onTimeout: 'confirm_receipt', rule: 'CSE-04' },
  rejected: { party: 'buyer', action: 'request_intervention', term: 'escalationDays', unit: 'days', onTimeout: 'close_case', rule: 'CSE-02' },
  in_intervention: { party: 'merchant', action: 'submit_evidence', term: 'evidenceHours', unit: 'hours', onTimeout: 'close_evidence_window', rule: 'CSE-03' },
  completed: FOLLOW_UP,
  closed: FOLLOW_UP,
};

// RFT-06: the ceiling runs from the merchant's receipt, which is when a case enters `refunding` with the
// goods in hand; after a dispute over their condition it runs from the ruling, since the merchant
// owed no refund before it.
const REFUND_AFTER_RECEIPT: WaitRule = { party: 'merchant', action: 'refund', term: 'refundAfterReceiptDays', unit: 'days', onTimeout: 'record_late_refund', rule: 'RFT-06' };

// ELG-18: the merchant's silence on a refund of goods the buyer keeps is no agreement.
const AGREEMENT: WaitRule = { party: 'merchant', action: 'respond', term: 'merchantResponseHours', unit: 'hours', onTimeout: 'treat_as_refused', rule: 'CSE-01' };

// A refund offered instead of an out-of-stock resend lapses back to the merchant (RSD-02).
const REFUND_OFFER: WaitRule = { party: 'buyer', action: 'answer_refund_offer', term: 'buyerConfirmationHours', unit: 'hours', onTimeout: 'return_to_merchant', rule: 'RSD-02' };

function waitRule(c: AfterSalesCase): WaitRule | undefined {
  if (c.status === 'awaiting_buyer_confirmation' && c.confirmation === 'refund_offer') return REFUND_OFFER;
  if (c.status === 'awaiting_merchant' && awaitsMerchantAgreement(c)) return AGREEMENT;
  if (c.status === 'refunding') {
    return c.milestones.receivedAt === undefined || c.milestones.refundOverdueAt !== undefined ? undefined : REFUND_AFTER_RECEIPT;
  }
  // Once the evidence window has closed, or the follow-up is settled, nothing is pending any more.
  // Stryker disable next-line OptionalChaining: a case in intervention always carries its intervention record
  if (c.status === 'in_intervention' && c.intervention?.evidenceWindowClosed === true) return undefined;
  // Stryker disable next-line ConditionalExpression,OptionalChaining: only the step that ends a case opens `followUp` (steps.prop: CSE-07 law), so a follow-up means an ended case
  if ((c.status === 'completed' || c.status === 'closed') && (c.followUp?.doneAt !== undefined || c.followUp?.missed === true)) {
    return undefined;
  }
  return WAITS[c.status];
}

function waitOf(c: AfterSalesCase, w: WaitRule): Wait {
  const sinceMs = c.clock.statusSinceMs;
  const n = c.terms[w.term];
  const dueMs = w.unit === 'hours' ? addHoursMs(sinceMs, n) : addCalendarDaysMs(sinceMs, n, c.terms.timeZone);
  return { party: w.party, action: w.action, onTimeout: w.onTimeout, rule: w.rule, sinceMs, dueMs };
}

/** The deadline pending in the case's current state, in epoch ms, or `undefined`. */
export function currentWait(c: AfterSalesCase): Wait | undefined {
  const w = waitRule(c);
  return w === undefined ? undefined : waitOf(c, w);
}

/** A {@link Wait} as `deadlines` lists it: its instants formatted in `zone` (the case's). */
export const waitDeadline = (w: Wait, zone: string): Required<Deadline> => ({
  party: w.party,
  action: w.action,
  dueAt: formatInstant(w.dueMs, zone),
  onTimeout: w.onTimeout,
  rule: w.rule,
  since: formatInstant(w.sinceMs, zone),
});

/**
 * The deadlines pending in the case's current state: who must act, by when, and what the system does
 * at the timeout. Computed from the terms captured when the case opened, so a later policy version
 * never moves them (`policy`, the pack the case runs under, is not consulted for them); instants are
 * in the zone the case was opened in. Every deadline it lists carries `since`.
 * Rules: CSE-01, CSE-02, CSE-03, CSE-04, CSE-07, RSD-01, RSD-02, ELG-18, RFT-06 (the refund of received
 * goods, pending until it is paid or its timeout records it overdue), FRT-04 (the platform's subsidy
 * payout on a subsidised return, while the goods travel back).
 *
 * @example
 * deadlines(openCase(order, { type: 'return_refund', reason: 'quality', requestedAt: '2025-03-06T09:00:00+08:00' }, policies.taobao).value)
 * // → [{ party: 'merchant', action: 'respond', dueAt: '2025-03-09T09:00:00+08:00', onTimeout: 'system_agrees',
 * //      rule: 'CSE-01', since: '2025-03-06T09:00:00+08:00' }]
 *
 * @param policy - @deprecated not consulted (the case carries its terms); omit it. Removed in the next minor.
 */
export function deadlines(afterSalesCase: AfterSalesCase, policy?: Policy): Required<Deadline>[] {
  const w = currentWait(afterSalesCase);
  const pending: Required<Deadline>[] = w === undefined ? [] : [waitDeadline(w, afterSalesCase.terms.timeZone)];
  const payout = subsidyPayout(afterSalesCase);
  if (payout === undefined) return pending;
  return w === undefined || parseInstant(payout.dueAt) <= w.dueMs ? [payout, ...pending] : [...pending, payout];
}

/**
 * FRT-04: the platform's return-freight subsidy, due `returnFreightSubsidyHours` after the agreement
 * that gave the return address; listed while the goods are on their way back and the record has not
 * passed it (no event of the case says it was paid, so it is the caller's to watch, not a timeout).
 */
function subsidyPayout(c: AfterSalesCase): Required<Deadline> | undefined {
  if (c.terms.returnFreightSubsidyHours === undefined || (c.status !== 'awaiting_return' && c.status !== 'return_in_transit')) return undefined;
  let effect: Extract<CaseEffect, { type: 'pay_freight_subsidy' }> | undefined;
  for (const e of c.effects) if (e.type === 'pay_freight_subsidy') effect = e;
  if (effect === undefined || parseInstant(effect.dueAt) < c.clock.lastEventMs) return undefined;
  return { party: 'platform', action: 'pay_freight_subsidy', dueAt: effect.dueAt, onTimeout: 'contact_platform_service', rule: 'FRT-04', since: effect.at };
}
