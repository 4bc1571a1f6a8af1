/** The FRT rules a freight answer can come from. */
export type FreightRule = 'FRT-01' | 'FRT-02' | 'FRT-03' | 'FRT-04' | 'FRT-05' | 'FRT-06' | 'FRT-07';

/** Who bears a parcel's postage in the end (the payer of record). */
export type FreightPayer = 'buyer' | 'merchant' | 'platform';

/** One parcel's postage: exactly one payer, and the rule that named it. */
export interface FreightLeg {
  /** Who bears the postage. */
  readonly payer: FreightPayer;
  /** The rule that named the payer. */
  readonly rule: FreightRule;
}

/**
 * Someone pays the buyer back the return postage the buyer advanced: the insurer (FRT-03) or the
 * platform's return-freight subsidy (FRT-04, due `dueWithinHours` after the merchant agrees and gives
 * a return address; `dueBy` once that instant is known).
 */
export interface FreightReimbursement {
  /** Who pays the buyer back: the freight insurer (FRT-03) or the platform (FRT-04). */
  readonly by: 'insurer' | 'platform';
  /** The rule of the reimbursement. */
  readonly rule: 'FRT-03' | 'FRT-04';
  /** FRT-04: hours after the merchant agrees within which the subsidy is paid; absent for insurance. */
  readonly dueWithinHours?: number;
  /** FRT-04: the instant the subsidy is due (ISO-8601 with offset); absent until `merchantAgreedAt` is given. */
  readonly dueBy?: string;
}

/** FRT-07: the most the merchant may deduct from the refund for the outbound postage it had waived. */
export interface OutboundPostageDeduction {
  /** The most the merchant may keep back, in fen: the outbound postage it waived. */
  readonly amountFen: number;
  /** The rule that allows the deduction. */
  readonly rule: 'FRT-07';
}

/** Who pays postage for each parcel a request moves. */
export interface FreightAssignment {
  /** Buyer → merchant (returns, exchanges, repairs, counterfeit claims); `null` when nothing goes back. */
  readonly returnLeg: FreightLeg | null;
  /** Merchant → buyer (exchange replacement, repaired goods, resend); `null` when nothing is sent. */
  readonly forwardLeg: FreightLeg | null;
  /** Who pays the buyer back the return postage (FRT-03, FRT-04); `null` when no one does. */
  readonly reimbursement: FreightReimbursement | null;
  /** FRT-07: what the merchant may deduct from the refund for the waived outbound postage; `null` when nothing. */
  readonly deduction: OutboundPostageDeduction | null;
}

/** What `assignFreight` may know beyond the order, the request and the policy. */
export interface FreightOptions {
  /** FRT-04: when the merchant agreed and gave a return address; fixes the subsidy's `dueBy`. */
  readonly merchantAgreedAt?: string;
  /** FRT-05: rule IDs of penalties found against the merchant (e.g. from `findViolations`). */
  readonly penalties?: readonly string[];
}
