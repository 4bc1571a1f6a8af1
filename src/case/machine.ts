import type {
  CaseEventType,
  CaseMachine,
  CaseOutcome,
  CaseStatus,
  TransitionIssueCode,
} from '../model/case.js';
import type { Actor } from '../model/vocabulary.js';
import type { EffectName } from './effects.js';
import type { GuardName } from './guards.js';
import type { SelectorName } from './selectors.js';

/** A target chosen by a named selector over the event or the case, e.g. the ruling's `for`. */
export interface Branch {
  readonly select: SelectorName;
  readonly cases: Readonly<Record<string, CaseStatus>>;
  /** The rule of a case when it is not the transition's own. */
  readonly rules?: Readonly<Record<string, string>>;
}

/** One allowed step: data only; guards, selectors and effects are named, never inlined. */
export interface Transition {
  readonly to: CaseStatus | Branch;
  readonly actors: readonly Actor[];
  readonly guard?: GuardName;
  /** Effects of this step; effects of entering the target come from the machine's `entry`. */
  readonly effects?: readonly EffectName[];
  /** How the case ends when the target is terminal. */
  readonly outcome?: CaseOutcome;
  readonly rule: string;
}

/** A step refused with its own code rather than the generic `event_not_allowed`. */
export interface Refusal {
  readonly code: TransitionIssueCode;
  readonly rule: string;
}

export type RefusalTable = Readonly<Partial<Record<CaseStatus, Readonly<Partial<Record<CaseEventType, Refusal>>>>>>;

export type TransitionTable = Readonly<Partial<Record<CaseStatus, Readonly<Partial<Record<CaseEventType, Transition>>>>>>;

/** A case type's lifecycle (Vendure's transition definitions, XState's config object). */
export interface Machine {
  readonly id: CaseMachine;
  readonly title: string;
  readonly rules: readonly string[];
  /** Where a case starts: the buyer's application waits for the merchant; the merchant's for the buyer (RSD-01). */
  readonly start: { readonly buyer: CaseStatus; readonly merchant: CaseStatus };
  readonly transitions: TransitionTable;
  /** Effects of entering a state (XState's entry actions), whichever step led there. */
  readonly entry: Readonly<Partial<Record<CaseStatus, readonly EffectName[]>>>;
  readonly refusals?: RefusalTable;
}

/** The statuses a transition may lead to. */
export const targetsOf = (t: Transition): readonly CaseStatus[] =>
  typeof t.to === 'string' ? [t.to] : Object.values(t.to.cases);
