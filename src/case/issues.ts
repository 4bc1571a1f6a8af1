import type { AfterSalesCase, CaseEvent, IssueParams, TransitionIssue, TransitionIssueCode } from '../model/case.js';

type Params = IssueParams;
const str = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : String(v));

/**
 * The English sentence of each transition-issue code, which every issue carries as its `message`;
 * the coded fields are the contract, the message a courtesy. The zh-CN sentences live with `explain`
 * (`src/explain/transition-messages.ts`), so a bundle that only drives cases does not carry them.
 */
export const TRANSITION_MESSAGES_EN: Readonly<Record<TransitionIssueCode, (p: Params) => string>> = {
  not_eligible: () => 'The request is not eligible, so no case was opened.',
  event_not_allowed: (p) => `${str(p['event'])} is not a step a case can take while ${str(p['status'])}.`,
  wrong_actor: (p) => `${str(p['actor'])} may not take this step; allowed: ${str(p['allowed'] ?? p['by'])}.`,
  event_before_last: (p) => `The event at ${str(p['at'])} is dated before the case's last event.`,
  history_full: (p) => `The case already holds ${str(p['events'])} events, the maximum of ${str(p['max'])}: open a new case.`,
  deadline_passed: (p) => `The deadline due at ${str(p['dueAt'])} has passed: advance the case to the event's instant first.`,
  timeout_not_due: (p) => `No deadline of this rule is due yet${p['dueAt'] === undefined ? '' : ` (due at ${str(p['dueAt'])})`}.`,
  buyer_confirmation_required: () => 'The buyer has not confirmed yet.',
  stock_not_confirmed: () => 'Stock must be checked before agreeing to a resend.',
  out_of_stock: () => 'The last stock check found no stock; offer a refund instead.',
  tracking_number_required: (p) => `A shipment needs a carrier and a tracking number (missing: ${str(p['missing'])}).`,
  return_address_required: () => 'Agreeing to take goods back needs a return address.',
  courier_verification_required: () => 'Tracking says signed: verify with the courier before any remedy.',
  appraisal_required: () => 'A counterfeit claim is agreed only on an appraisal that confirms it.',
  evidence_window_closed: () => "The merchant's evidence window has closed; later evidence is refused.",
  evidence_window_open: () => "The merchant's evidence window is still open and it has given no evidence yet.",
  ruling_must_follow_buyer_evidence: () => "The merchant gave no evidence in time: the ruling follows the buyer's evidence.",
  follow_up_already_recorded: () => 'The follow-up visit is already recorded.',
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
    ? { code, rule, message: TRANSITION_MESSAGES_EN[code](all), status: c.status, event: event.type }
    : { code, rule, message: TRANSITION_MESSAGES_EN[code](all), status: c.status, event: event.type, params };
}

/** The message of a code, for issues built outside a step (a replay that never opened). */
export const messageOf = (code: TransitionIssueCode, params: Params = {}): string => TRANSITION_MESSAGES_EN[code](params);
