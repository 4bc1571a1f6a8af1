import type { CaseStatus } from '../../model/case.js';
import type { EffectName } from '../effects.js';
import type { Branch, Machine, RefusalTable, Transition, TransitionTable } from '../machine.js';

/** Merges tables state by state; a later table's transition for the same event wins. */
export function compose(...tables: readonly TransitionTable[]): TransitionTable {
  const out: Partial<Record<CaseStatus, Record<string, Transition>>> = {};
  for (const table of tables) {
    for (const [status, byEvent] of Object.entries(table) as [CaseStatus, Record<string, Transition>][]) {
      out[status] = { ...out[status], ...byEvent };
    }
  }
  return out;
}

/** RSD-01: an application the merchant made on the buyer's behalf waits for the buyer. */
export const proposal: TransitionTable = {
  awaiting_buyer_confirmation: {
    buyer_confirmed: { to: 'awaiting_merchant', actors: ['buyer'], rule: 'RSD-01' },
    buyer_declined: { to: 'closed', actors: ['buyer'], outcome: 'withdrawn', rule: 'RSD-01' },
    buyer_withdrew: { to: 'closed', actors: ['buyer'], outcome: 'withdrawn', rule: 'RSD-01' },
    timed_out: { to: 'closed', actors: ['system'], guard: 'timeoutDue', outcome: 'withdrawn', rule: 'RSD-01' },
  },
};

/** RSD-01: nothing moves on a merchant's application until the buyer confirms it. */
export const proposalRefusals: RefusalTable = {
  awaiting_buyer_confirmation: {
    merchant_agreed: { code: 'buyer_confirmation_required', rule: 'RSD-01' },
    stock_checked: { code: 'buyer_confirmation_required', rule: 'RSD-01' },
    merchant_shipped: { code: 'buyer_confirmation_required', rule: 'RSD-01' },
  },
};

/**
 * CSE-01: the merchant agrees, refuses, or stays silent until the system agrees; the buyer may
 * withdraw meanwhile. `agreed` is where agreement leads; `extra` adds this type's own steps.
 */
export function response(agreed: Omit<Transition, 'actors'>, extra: Readonly<Record<string, Transition>> = {}): TransitionTable {
  const to = agreed.to;
  return {
    awaiting_merchant: {
      merchant_agreed: { ...agreed, actors: ['merchant'] },
      merchant_refused: { to: 'rejected', actors: ['merchant'], rule: 'CSE-01' },
      buyer_withdrew: { to: 'closed', actors: ['buyer'], outcome: 'withdrawn', rule: 'CSE-06' },
      timed_out: { to, actors: ['system'], guard: 'timeoutDue', rule: 'CSE-01' },
      ...extra,
    },
  };
}

/**
 * CSE-02 / CSE-03: a refused case may be escalated within the escalation window; in intervention
 * both parties give evidence and the platform rules. `forBuyer` is where a ruling for the buyer leads.
 */
export function dispute(forBuyer: CaseStatus | Omit<Branch, 'select'>['cases']): TransitionTable {
  const ruled: Transition['to'] =
    typeof forBuyer === 'string'
      ? { select: 'ruling', cases: { buyer: forBuyer, merchant: 'closed' } }
      : { select: 'rulingWhereGoodsAre', cases: { ...forBuyer, merchant: 'closed' } };
  return {
    rejected: {
      intervention_requested: { to: 'in_intervention', actors: ['buyer'], rule: 'CSE-02' },
      buyer_withdrew: { to: 'closed', actors: ['buyer'], outcome: 'withdrawn', rule: 'CSE-02' },
      timed_out: { to: 'closed', actors: ['system'], guard: 'timeoutDue', outcome: 'rejected', rule: 'CSE-02' },
    },
    in_intervention: {
      evidence_submitted: { to: 'in_intervention', actors: ['buyer', 'merchant'], guard: 'evidenceAdmissible', rule: 'CSE-03' },
      timed_out: { to: 'in_intervention', actors: ['system'], guard: 'timeoutDue', rule: 'CSE-03' },
      platform_ruled: {
        to: ruled,
        actors: ['platform'],
        guard: 'rulingAdmissible',
        effects: ['notify_ruling'],
        outcome: 'rejected',
        rule: 'CSE-02',
      },
      buyer_withdrew: { to: 'closed', actors: ['buyer'], outcome: 'withdrawn', rule: 'CSE-02' },
    },
  };
}

/**
 * CSE-04: the buyer ships the goods back with tracking (or withdraws, or lets the window lapse), then
 * the merchant confirms receipt, which leads where `received` says, or the system confirms it at the
 * timeout and the case moves to `onTimeout`. Returns, exchanges and repairs share this leg.
 */
export const returnLeg = (received: Transition['to'], onTimeout: CaseStatus, rule: string): TransitionTable => ({
  awaiting_return: {
    buyer_shipped: { to: 'return_in_transit', actors: ['buyer'], guard: 'trackingNumber', effects: ['notify_return_shipment'], rule: 'CSE-04' },
    buyer_withdrew: { to: 'closed', actors: ['buyer'], outcome: 'withdrawn', rule: 'CSE-06' },
    timed_out: { to: 'closed', actors: ['system'], guard: 'timeoutDue', outcome: 'withdrawn', rule: 'CSE-04' },
  },
  return_in_transit: {
    merchant_received: { to: received, actors: ['merchant'], rule },
    timed_out: { to: onTimeout, actors: ['system'], guard: 'timeoutDue', rule: 'CSE-04' },
  },
});

/** The refund is paid: the case ends refunded. */
export const refunding = (rule: string): TransitionTable => ({
  refunding: {
    refund_paid: { to: 'completed', actors: ['merchant', 'platform', 'system'], outcome: 'refunded', rule },
  },
});

/**
 * RFT-06: refunding returned goods the merchant has received; the 7-day ceiling runs from receipt,
 * and its timeout records the refund as overdue without ending the case (the refund is still owed).
 */
export const refundingAfterReceipt: TransitionTable = compose(refunding('RFT-06'), {
  refunding: { timed_out: { to: 'refunding', actors: ['system'], guard: 'timeoutDue', rule: 'RFT-06' } },
});

/** CSE-07: an ended case only records its follow-up visit, made or missed; these are not exits. */
export const ended: TransitionTable = {
  completed: {
    merchant_followed_up: { to: 'completed', actors: ['merchant'], guard: 'followUpOpen', effects: ['invite_review'], rule: 'CSE-07' },
    timed_out: { to: 'completed', actors: ['system'], guard: 'timeoutDue', rule: 'CSE-07' },
  },
  closed: {
    merchant_followed_up: { to: 'closed', actors: ['merchant'], guard: 'followUpOpen', effects: ['invite_review'], rule: 'CSE-07' },
    timed_out: { to: 'closed', actors: ['system'], guard: 'timeoutDue', rule: 'CSE-07' },
  },
};

/** Entry effects every machine shares. */
export const commonEntry: Machine['entry'] = {
  awaiting_merchant: ['notify_merchant_to_respond'],
  awaiting_buyer_confirmation: ['ask_buyer_to_confirm'],
  in_intervention: ['request_evidence'],
  refunding: ['pay_refund'],
  completed: ['follow_up_visit'],
  closed: ['follow_up_visit'],
} satisfies Partial<Record<CaseStatus, readonly EffectName[]>>;

export const START = { buyer: 'awaiting_merchant', merchant: 'awaiting_buyer_confirmation' } as const;
