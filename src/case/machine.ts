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
  /** The selector whose value picks the target. */
  readonly select: SelectorName;
  /** The target status for each value the selector can give. */
  readonly cases: Readonly<Record<string, CaseStatus>>;
  /** The rule of a case when it is not the transition's own. */
  readonly rules?: Readonly<Record<string, string>>;
}

/** One allowed step: data only; guards, selectors and effects are named, never inlined. */
export interface Transition {
  /** The status the case moves to, or a branch that picks it. */
  readonly to: CaseStatus | Branch;
  /** Who may send the event; anyone else is refused (`wrong_actor`). */
  readonly actors: readonly Actor[];
  /** A guard that must pass first; absent: none. */
  readonly guard?: GuardName;
  /** Effects of this step; effects of entering the target come from the machine's `entry`. */
  readonly effects?: readonly EffectName[];
  /** How the case ends when the target is terminal. */
  readonly outcome?: CaseOutcome;
  /** The rule ID the step enforces. */
  readonly rule: string;
}

/** A step refused with its own code rather than the generic `event_not_allowed`. */
export interface Refusal {
  /** The issue code the refusal reports. */
  readonly code: TransitionIssueCode;
  /** The rule that refuses the step. */
  readonly rule: string;
}

/** The refusals of a machine, by status and then event type. */
export type RefusalTable = Readonly<Partial<Record<CaseStatus, Readonly<Partial<Record<CaseEventType, Refusal>>>>>>;

/** The allowed steps of a machine, by status and then event type: what is not listed is refused (CSE-06). */
export type TransitionTable = Readonly<Partial<Record<CaseStatus, Readonly<Partial<Record<CaseEventType, Transition>>>>>>;

/** A case type's lifecycle (Vendure's transition definitions, XState's config object). */
export interface Machine {
  /** The machine's name, which a case's `machine` holds. */
  readonly id: CaseMachine;
  /** A one-line title for docs/machines.md. */
  readonly title: string;
  /** The rule IDs the machine implements. */
  readonly rules: readonly string[];
  /** Where a case starts: the buyer's application waits for the merchant; the merchant's for the buyer (RSD-01). */
  readonly start: {
    /** The first status of a case the buyer applied for. */
    readonly buyer: CaseStatus;
    /** The first status of a case the merchant applied for on the buyer's behalf. */
    readonly merchant: CaseStatus;
  };
  /** The allowed steps. */
  readonly transitions: TransitionTable;
  /** Effects of entering a state (XState's entry actions), whichever step led there. */
  readonly entry: Readonly<Partial<Record<CaseStatus, readonly EffectName[]>>>;
  /** Steps refused with their own code; absent: every unlisted step is `event_not_allowed`. */
  readonly refusals?: RefusalTable;
}

/** The statuses a transition may lead to. */
export const targetsOf = (t: Transition): readonly CaseStatus[] =>
  typeof t.to === 'string' ? [t.to] : Object.values(t.to.cases);
