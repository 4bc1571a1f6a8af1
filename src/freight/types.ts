/** The FRT rules a freight answer can come from. */
export type FreightRule = 'FRT-01' | 'FRT-02' | 'FRT-03' | 'FRT-04' | 'FRT-05' | 'FRT-06' | 'FRT-07';

/** Who bears a parcel's postage in the end (the payer of record). */
export type FreightPayer = 'buyer' | 'merchant' | 'platform';

/** One parcel's postage: exactly one payer, and the rule that named it. */
export interface FreightLeg {
  readonly payer: FreightPayer;
  readonly rule: FreightRule;
}

/**
 * Someone pays the buyer back the return postage the buyer advanced: the insurer (FRT-03) or the
 * platform's return-freight subsidy (FRT-04, due `dueWithinHours` after the merchant agrees and gives
 * a return address; `dueBy` once that instant is known).
 */
export interface FreightReimbursement {
  readonly by: 'insurer' | 'platform';
  readonly rule: 'FRT-03' | 'FRT-04';
  readonly dueWithinHours?: number;
  readonly dueBy?: string;
}

/** FRT-07: the most the merchant may deduct from the refund for the outbound postage it had waived. */
export interface OutboundPostageDeduction {
  readonly amountFen: number;
  readonly rule: 'FRT-07';
}

/** Who pays postage for each parcel a request moves. */
export interface FreightAssignment {
  /** Buyer → merchant (returns, exchanges, repairs, counterfeit claims); `null` when nothing goes back. */
  readonly returnLeg: FreightLeg | null;
  /** Merchant → buyer (exchange replacement, repaired goods, resend); `null` when nothing is sent. */
  readonly forwardLeg: FreightLeg | null;
  readonly reimbursement: FreightReimbursement | null;
  readonly deduction: OutboundPostageDeduction | null;
}

export interface FreightOptions {
  /** FRT-04: when the merchant agreed and gave a return address; fixes the subsidy's `dueBy`. */
  readonly merchantAgreedAt?: string;
  /** FRT-05: rule IDs of penalties found against the merchant (e.g. from `findViolations`). */
  readonly penalties?: readonly string[];
}
