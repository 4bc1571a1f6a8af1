import type { AfterSalesCase, CaseEvent, IssueParams, TransitionIssueCode } from '../model/case.js';
import { formatInstant } from '../time/zone.js';
import { currentWait } from './deadlines.js';

/** A guard's "no": the code, and the rule when it is not the transition's own. */
export interface GuardFailure {
  readonly code: TransitionIssueCode;
  readonly rule?: string;
  readonly params?: IssueParams;
}

export type Guard = (c: AfterSalesCase, e: CaseEvent, eventMs: number) => GuardFailure | undefined;

const missing = (fields: Record<string, string | undefined>): string[] =>
  Object.keys(fields).filter((k) => fields[k] === undefined);

/**
 * Small named pure predicates over the case and the event: `undefined` lets the step through,
 * anything else refuses it with a code. Typed with `satisfies`, not `as const`: Stryker does not
 * mutate inside an `as` expression, and these are logic.
 */
const PREDICATES = {
  /** RSD-02: a resend is agreed only after a stock check that found stock. */
  stockConfirmed: (c) =>
    c.stock === undefined
      ? { code: 'stock_not_confirmed', rule: 'RSD-02' }
      : c.stock.available
        ? undefined
        : { code: 'out_of_stock', rule: 'RSD-02', params: { checkedAt: c.stock.checkedAt } },

  /** RSD-04, CSE-04, CSE-05: a shipment needs a carrier and a tracking number. */
  trackingNumber: (_c, e) => {
    if (e.type !== 'buyer_shipped' && e.type !== 'merchant_shipped') return undefined;
    const absent = missing({ carrier: e.carrier, trackingNumber: e.trackingNumber });
    return absent.length === 0 ? undefined : { code: 'tracking_number_required', params: { missing: absent } };
  },

  /** CSE-04: agreeing to take goods back tells the buyer where to send them. */
  returnAddress: (_c, e) =>
    e.type === 'merchant_agreed' && e.returnAddress === undefined ? { code: 'return_address_required', rule: 'CSE-04' } : undefined,

  /** LOG-03: tracking says signed, the buyer says not received: verify with the courier before any remedy. */
  courierVerified: (c) =>
    c.courier?.verifyBeforeRemedy === true && c.courier.finding === undefined
      ? { code: 'courier_verification_required', rule: 'LOG-03' }
      : undefined,

  /** ELG-15: a counterfeit claim is agreed on an appraisal that confirms it. */
  appraisalConfirms: (c) =>
    c.appraisal === 'confirms_counterfeit' ? undefined : { code: 'appraisal_required', rule: 'ELG-15' },

  /** A party submits its own evidence. */
  evidenceByActor: (_c, e) =>
    e.type === 'evidence_submitted' && e.by !== e.actor
      ? { code: 'wrong_actor', rule: 'CSE-06', params: { by: e.by, actor: e.actor } }
      : undefined,

  /** CSE-03: the merchant's evidence counts only inside the window; at its last instant it still does. */
  evidenceAdmissible: (c, e, eventMs) => {
    if (e.type !== 'evidence_submitted') return undefined;
    if (e.by !== e.actor) return { code: 'wrong_actor', rule: 'CSE-06', params: { by: e.by, actor: e.actor } };
    if (e.by !== 'merchant') return undefined;
    const wait = currentWait(c);
    const closed = c.intervention?.evidenceWindowClosed === true || (wait !== undefined && eventMs > wait.dueMs);
    return closed ? { code: 'evidence_window_closed', rule: 'CSE-03' } : undefined;
  },

  /**
   * CSE-03 / PEN-03: the platform rules once the merchant has given evidence or its window has closed;
   * a merchant without admissible evidence cannot win, the ruling follows the buyer's evidence.
   */
  rulingAdmissible: (c, e) => {
    const i = c.intervention;
    if (e.type !== 'platform_ruled' || i === undefined || i.merchantEvidence > 0) return undefined;
    if (!i.evidenceWindowClosed) return { code: 'evidence_window_open', rule: 'CSE-03' };
    return e.for === 'merchant' ? { code: 'ruling_must_follow_buyer_evidence', rule: 'PEN-03' } : undefined;
  },

  /** The system times out only the deadline pending now, and not before it is due. */
  timeoutDue: (c, e, eventMs) => {
    if (e.type !== 'timed_out') return undefined;
    const wait = currentWait(c);
    if (wait === undefined || wait.rule !== e.rule) {
      return { code: 'timeout_not_due', rule: e.rule, params: { pending: wait?.rule ?? 'none' } };
    }
    return eventMs < wait.dueMs
      ? { code: 'timeout_not_due', rule: e.rule, params: { dueAt: formatInstant(wait.dueMs, c.terms.timeZone) } }
      : undefined;
  },

  /** CSE-07: the follow-up visit is recorded once. */
  followUpOpen: (c) =>
    c.followUp?.doneAt === undefined ? undefined : { code: 'follow_up_already_recorded', rule: 'CSE-07' },
} satisfies Record<string, Guard>;

/** The name of a guard a transition may require (e.g. `followUpOpen`, CSE-07). */
export type GuardName = keyof typeof PREDICATES;
export const GUARDS: Readonly<Record<GuardName, Guard>> = PREDICATES;
