import type { AfterSalesCase } from '../model/case.js';
import { addCalendarDaysMs } from '../time/windows.js';
import { parseInstant } from '../time/zone.js';
import { LEGAL_FLOORS } from '../policies/legal-floors.js';
import type { InterventionRound } from './intervention-rounds.js';
import type { Violation } from './violation.js';

/** What the case rules read: the case, and its interventions folded once from the history. */
export interface CaseFacts {
  readonly case: AfterSalesCase;
  readonly rounds: readonly InterventionRound[];
}

/** A rule over a case's record: every violation it finds, none when it does not apply. */
export type CaseViolationRule = (facts: CaseFacts) => Violation[];

// FRT-05 (S4 §3): a penalty rule applied on an after-sales case makes the merchant refund the buyer's freight.
const onCase = { party: 'merchant', refundsFreight: true } as const;

/**
 * PEN-02 / RSD-06: a `missing_item` case ruled for the buyer in intervention with no resend shipped
 * before the ruling is a fake-shipment finding. One finding per case: it is about the one original
 * parcel, however many rounds found it short.
 */
export const fakeShipment: CaseViolationRule = ({ case: c, rounds }) => {
  if (c.reason !== 'missing_item') return [];
  const ruled = rounds.find((r) => r.ruling?.for === 'buyer' && !r.ruling.afterShipment)?.ruling;
  return ruled === undefined
    ? []
    : [{ code: 'fake_shipment', rule: 'PEN-02', ...onCase, sanctions: ['fake_shipment_finding'], at: ruled.at }];
};

/**
 * PEN-03 / CSE-03: an intervention decided on the buyer's evidence because the merchant's window
 * closed with none from it. Evidence at the window's last instant is admitted (and then no PEN-03);
 * later evidence is refused, so it never counts. One per round so decided.
 */
export const evidenceWindowMissed: CaseViolationRule = ({ rounds }) =>
  rounds.flatMap((r): Violation[] =>
    r.ruling?.for === 'buyer' && r.evidenceWindowClosed && r.merchantEvidence === 0
      ? [{ code: 'evidence_window_missed', rule: 'PEN-03', ...onCase, sanctions: ['ruling_on_buyer_evidence'], at: r.ruling.at }]
      : [],
  );

/**
 * PEN-04: the case paid compensation for a confirmed counterfeit (the case machine pays it only on an
 * appraisal that confirms counterfeit, on agreement or a ruling for the buyer). The amount is the one
 * `counterfeitCompensation` fixed when the case opened, under the policy version it opened with;
 * the legal ¥500 is re-applied in case the record came from elsewhere.
 */
export const counterfeitConfirmed: CaseViolationRule = ({ case: c }) => {
  const paid = c.effects.find((e) => e.type === 'pay_compensation');
  if (paid?.type !== 'pay_compensation') return [];
  const amountFen = Math.max(paid.amountFen, LEGAL_FLOORS.counterfeitMinimumFen);
  return [{ code: 'counterfeit_confirmed', rule: 'PEN-04', ...onCase, sanctions: ['refund', 'compensation'], amountFen, at: paid.at }];
};

/**
 * PEN-05 / CSE-01: each response window the merchant let run out (the system agreed for it) marks the
 * service record, whatever the case's later outcome: the silence happened either way.
 */
export const responseTimeout: CaseViolationRule = ({ case: c }) =>
  c.history.flatMap((e): Violation[] =>
    e.type === 'timed_out' && e.rule === 'CSE-01'
      ? [{ code: 'response_timeout', rule: 'PEN-05', ...onCase, sanctions: ['service_record_mark'], at: e.at }]
      : [],
  );

/**
 * RFT-06: the merchant refunds returned goods within the ceiling after receiving them. Found at the
 * timeout that recorded the refund overdue, or, on a record that skipped it, at a refund paid past
 * the ceiling (the terms the case opened with; the legal 7 days for a record without them). A
 * sanction on the service record; no penalty rule, so no FRT-05 freight refund.
 */
export const refundOverdue: CaseViolationRule = ({ case: c }) => {
  const { receivedAt, refundedAt, refundOverdueAt } = c.milestones;
  if (refundOverdueAt !== undefined) return [lateRefund(refundOverdueAt)];
  if (receivedAt === undefined || refundedAt === undefined) return [];
  const days = c.terms.refundAfterReceiptDays ?? LEGAL_FLOORS.refundAfterReceiptDays;
  const dueMs = addCalendarDaysMs(parseInstant(receivedAt), days, c.terms.timeZone);
  return parseInstant(refundedAt) > dueMs ? [lateRefund(refundedAt)] : [];
};

const lateRefund = (at: string): Violation => ({
  code: 'refund_overdue',
  rule: 'RFT-06',
  party: 'merchant',
  sanctions: ['service_record_mark'],
  refundsFreight: false,
  at,
});

/** PEN-02…05, then RFT-06, in rule order; all run, none short-circuits. */
export const CASE_VIOLATION_RULES: readonly CaseViolationRule[] = [fakeShipment, evidenceWindowMissed, counterfeitConfirmed, responseTimeout, refundOverdue];
