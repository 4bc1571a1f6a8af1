import { SANCTIONS, type Sanction } from '../model/vocabulary.js';
import { deepFreeze } from '../model/freeze.js';

/**
 * PEN-01…05 and RFT-06: what a violation is called, as a closed list in rule order (zod's coded
 * issues, not free text). RFT-06 is a refund-timing rule whose missed ceiling is a violation too.
 */
export const VIOLATION_CODES = /* @__PURE__ */ deepFreeze([
  'off_platform_trade',
  'fake_shipment',
  'evidence_window_missed',
  'counterfeit_confirmed',
  'response_timeout',
  'refund_overdue',
] as const);
/** What a merchant was found to do: one of {@link VIOLATION_CODES}. */
export type ViolationCode = (typeof VIOLATION_CODES)[number];

/** The penalty rules (PEN-01…05): what a merchant's conduct may be found to break. */
export const PENALTY_RULES = /* @__PURE__ */ deepFreeze(['PEN-01', 'PEN-02', 'PEN-03', 'PEN-04', 'PEN-05'] as const);
/** A penalty rule ID: one of {@link PENALTY_RULES}. */
export type PenaltyRule = (typeof PENALTY_RULES)[number];
/** The rules a violation can name: the penalty rules, and RFT-06's refund ceiling. */
export type ViolationRule = PenaltyRule | 'RFT-06';

/** Each code belongs to exactly one rule. */
export const VIOLATION_RULES: Readonly<Record<ViolationCode, ViolationRule>> = /* @__PURE__ */ deepFreeze({
  off_platform_trade: 'PEN-01',
  fake_shipment: 'PEN-02',
  evidence_window_missed: 'PEN-03',
  counterfeit_confirmed: 'PEN-04',
  response_timeout: 'PEN-05',
  refund_overdue: 'RFT-06',
});

export { SANCTIONS, type Sanction };

/**
 * A penalty rule applied to a party: coded data for a caller to act on or show, never an action the
 * library takes.
 */
export interface Violation {
  /** What the merchant did. */
  readonly code: ViolationCode;
  /** The rule it breaks ({@link VIOLATION_RULES}). */
  readonly rule: ViolationRule;
  /** Every rule here sanctions the merchant. */
  readonly party: 'merchant';
  /** What the policy applies for it, e.g. a deposit or a service-record mark. */
  readonly sanctions: readonly Sanction[];
  /** Integer fen the sanction costs: PEN-01 the deposit, PEN-04 the compensation paid to the buyer. */
  readonly amountFen?: number;
  /**
   * FRT-05: the merchant refunds the buyer's freight on this case. True for every PEN violation found
   * on an after-sales case; false for PEN-01, which is found on a chat message, not on a case with
   * freight to refund, and for RFT-06, which is no penalty rule. Feed `rule`s of these to `assignFreight`'s `penalties` option.
   */
  readonly refundsFreight: boolean;
  /** The instant of the recorded event that establishes it (absent for a chat message's PEN-01). */
  readonly at?: string;
}

const SANCTION_SET: ReadonlySet<string> = new Set(SANCTIONS);

/**
 * Whether `name` is in the closed sanction vocabulary.
 *
 * @example
 * isSanction('delist_goods') // → true
 * isSanction('fine')         // → false
 */
export const isSanction = (name: string): name is Sanction => SANCTION_SET.has(name);
