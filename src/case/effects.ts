import type { AfterSalesCase, CaseEvent, CaseEffect, Notice } from '../model/case.js';
import { addHoursMs } from '../time/windows.js';
import { formatInstant, parseInstant } from '../time/zone.js';
import { currentWait } from './deadlines.js';
import { deepFreeze } from '../model/freeze.js';

/**
 * Builds the effects of one step, stamped with the step's instant `at` and, unless the effect has a
 * rule of its own, the transition's `rule`. `next` is the case after the step; `event` is absent at
 * opening. Builders return object literals of one shape each: this runs on every step.
 */
export type EffectBuilder = (next: AfterSalesCase, event: CaseEvent | undefined, at: string, rule: string) => readonly CaseEffect[];

const NONE: readonly CaseEffect[] = Object.freeze([]);

const dueOfCurrentWait = (c: AfterSalesCase): string => {
  const w = currentWait(c);
  return w === undefined ? '' : formatInstant(w.dueMs, c.terms.timeZone);
};

/** A notice carrying the event's tracking number (the guard made sure there is one). */
function shipmentNotice(type: 'notify_buyer' | 'notify_merchant', notice: Notice, e: CaseEvent | undefined, at: string, rule: string): readonly CaseEffect[] {
  if (e !== undefined && (e.type === 'buyer_shipped' || e.type === 'merchant_shipped') && e.carrier !== undefined && e.trackingNumber !== undefined) {
    return [{ type, notice, carrier: e.carrier, trackingNumber: e.trackingNumber, rule, at }];
  }
  return [{ type, notice, rule, at }];
}

/**
 * Named effect builders: they describe what the caller must do and never do it. Tables name them
 * on transitions (effects of a step) and on states (effects of entering a state). Typed with
 * `satisfies`, not `as const`: Stryker does not mutate inside an `as` expression, and these are logic.
 */
const BUILDERS = {
  /** CSE-01: the merchant has an application to answer. */
  notify_merchant_to_respond: (_n, _e, at) => [{ type: 'notify_merchant', notice: 'application_awaits_response', rule: 'CSE-01', at }],

  /** RSD-01: the merchant's application waits for the buyer; RSD-02: or a refund offered instead of a resend. */
  ask_buyer_to_confirm: (next, _e, at) =>
    next.confirmation === 'refund_offer'
      ? [{ type: 'offer_refund', amountFen: next.money.refundFen, rule: 'RSD-02', at }]
      : next.resendAddress === undefined
        ? [{ type: 'notify_buyer', notice: 'application_to_confirm', rule: 'RSD-01', at }]
        : [{ type: 'notify_buyer', notice: 'application_to_confirm', resendAddress: next.resendAddress, rule: 'RSD-01', at }],

  /** CSE-04: tell the buyer where to send the goods (the merchant's default address after a timeout). */
  send_return_address: (_n, e, at) =>
    e?.type === 'merchant_agreed' && e.returnAddress !== undefined
      ? [{ type: 'notify_buyer', notice: 'return_address', returnAddress: e.returnAddress, rule: 'CSE-04', at }]
      : [{ type: 'notify_buyer', notice: 'return_address', rule: 'CSE-04', at }],

  /** FRT-04: agreement with a return address starts the platform's subsidy payout, on a subsidised return only. */
  pay_freight_subsidy: (next, _e, at) => {
    const hours = next.terms.returnFreightSubsidyHours;
    return hours === undefined ? NONE : [{ type: 'pay_freight_subsidy', by: 'platform', dueAt: formatInstant(addHoursMs(parseInstant(at), hours), next.terms.timeZone), rule: 'FRT-04', at }];
  },

  /** CSE-04: the merchant learns the return's tracking number. */
  notify_return_shipment: (_n, e, at, rule) => shipmentNotice('notify_merchant', 'return_shipped', e, at, rule),

  /** RSD-03: agreement creates the resend order, to the resend address when the request gave one, and tells the buyer. */
  create_resend_order: (next, _e, at) => [
    next.resendAddress === undefined
      ? { type: 'create_resend_order', skus: next.skus, rule: 'RSD-03', at }
      : { type: 'create_resend_order', skus: next.skus, address: next.resendAddress, rule: 'RSD-03', at },
    { type: 'notify_buyer', notice: 'resend_created', rule: 'RSD-03', at },
  ],

  /** RSD-04 / CSE-05: the tracking number is told to the buyer. */
  notify_shipment: (_n, e, at, rule) => shipmentNotice('notify_buyer', 'shipped', e, at, rule),

  /** ELG-05 / LOG-05: the merchant tells the courier the buyer will refuse the parcel. */
  notify_courier_refusal: (_n, _e, at) => [{ type: 'notify_courier', notice: 'buyer_will_refuse_delivery', rule: 'LOG-05', at }],

  /** The refund this case pays, never more than was refundable when it opened (ELG-13). */
  pay_refund: (next, _e, at, rule) => [{ type: 'pay_refund', amountFen: next.money.refundFen, rule, at }],

  /** PEN-04: compensation on top of the refund, only on an appraisal that confirms counterfeit. */
  pay_compensation: (next, _e, at) =>
    next.appraisal === 'confirms_counterfeit' && next.money.compensationFen > 0
      ? [{ type: 'pay_compensation', amountFen: next.money.compensationFen, rule: 'PEN-04', at }]
      : NONE,

  /** CSE-03: the merchant is asked for evidence by the end of its window. */
  request_evidence: (next, _e, at) => [{ type: 'request_evidence', from: 'merchant', dueAt: dueOfCurrentWait(next), rule: 'CSE-03', at }],

  /** CSE-02: both parties hear the ruling. */
  notify_ruling: (_n, e, at, rule) => {
    const ruling = e?.type === 'platform_ruled' ? e.for : 'merchant';
    return [
      { type: 'notify_buyer', notice: 'ruling', ruling, rule, at },
      { type: 'notify_merchant', notice: 'ruling', ruling, rule, at },
    ];
  },

  /** LOG-03 / LOG-04: the courier's finding decides the next steps. */
  courier_outcome: (_n, e, at) => {
    if (e?.type !== 'courier_verified') return NONE;
    const told: CaseEffect = { type: 'notify_buyer', notice: 'courier_finding', finding: e.finding, rule: 'LOG-03', at };
    return e.finding === 'delivered'
      ? [told]
      : [told, { type: 'claim_from_courier', rule: 'LOG-04', at }, { type: 'record_packaging_feedback', rule: 'LOG-04', at }];
  },

  /** CSE-07: after the case ends, a follow-up visit is due. */
  follow_up_visit: (next, _e, at) => [{ type: 'follow_up_visit', dueAt: dueOfCurrentWait(next), rule: 'CSE-07', at }],

  /** CSE-07: the follow-up visit invites a review. */
  invite_review: (_n, _e, at) => [{ type: 'invite_review', rule: 'CSE-07', at }],
} satisfies Record<string, EffectBuilder>;

/** The name of an effect builder a transition or an entry lists (e.g. `send_return_address`). */
export type EffectName = keyof typeof BUILDERS;
export const EFFECTS: Readonly<Record<EffectName, EffectBuilder>> = /* @__PURE__ */ deepFreeze(BUILDERS);
