import type { Instant } from '../model/instant.js';
import type { Actor } from '../model/vocabulary.js';
import { deepFreeze } from '../model/freeze.js';

/** PEN-01: what a screened message can reveal, as a closed list. */
export const SCREEN_FINDING_KINDS = /* @__PURE__ */ deepFreeze([
  'contact_handle',
  'phone_number',
  'bank_card',
  'off_platform_payment',
  'other_marketplace',
  'link',
  'qr_code',
] as const);
/** What a PEN-01 finding is: one of {@link SCREEN_FINDING_KINDS}. */
export type ScreenFindingKind = (typeof SCREEN_FINDING_KINDS)[number];

/** One piece of evidence: `excerpt === text.slice(start, end)` (UTF-16 offsets into the original text). */
export interface ScreenFinding {
  /** What was found (a contact handle, a phone number, a link, …). */
  readonly kind: ScreenFindingKind;
  /** The text found, exactly as written. */
  readonly excerpt: string;
  /** Where it starts in the message (UTF-16 offset, inclusive). */
  readonly start: number;
  /** Where it ends (UTF-16 offset, exclusive). */
  readonly end: number;
}

/** A chat message as the screener sees it. */
export interface ChatMessage {
  /** The message as sent. */
  readonly text: string;
  /** Who sent it; PEN-01 concerns the merchant's messages. */
  readonly sender: Actor;
  /** When it was sent; kept for the audit trail, detection does not depend on it. */
  readonly at: Instant;
}

/** A message may hold millions of findings (10 MB of one handle); a result keeps the first this many. */
export const MAX_FINDINGS = 1000;

/** PEN-01's answer on one chat message: whether it is flagged, and the evidence. */
export interface ScreenResult {
  /** True when the message is a PEN-01 violation under the policy (findings, and a sanction exists). */
  readonly flagged: boolean;
  /** At most {@link MAX_FINDINGS}, in text order; the rest are counted in `droppedFindings`. */
  readonly findings: readonly ScreenFinding[];
  /** How many findings past the first {@link MAX_FINDINGS} were left out; absent when none were. */
  readonly droppedFindings?: number;
  /** The rule screened. */
  readonly rule: 'PEN-01';
}

// Reads an index known to be in range (below the array's length).
const at = (xs: readonly number[], i: number): number => xs[i] as number;

/**
 * Collects findings in folded-text coordinates, merging one that overlaps or touches the previous
 * finding of its kind, so a hostile '加V加V加V…' yields one finding instead of half a million. Kept
 * as three number arrays rather than an object per finding: dense hostile text can add hundreds of
 * thousands.
 *
 * @example
 * const sink = new FindingSink(); sink.add('link', 0, 4); sink.add('link', 4, 9);
 * sink.merged((kind, start, end) => [kind, start, end], () => false) // → [['link', 0, 9]]
 */
export class FindingSink {
  private kinds: number[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  /** The index of the latest finding of each kind (by its index in SCREEN_FINDING_KINDS), or -1. */
  private readonly last = SCREEN_FINDING_KINDS.map(() => -1);

  get size(): number {
    return this.kinds.length;
  }

  add(kind: ScreenFindingKind, start: number, end: number): void {
    const k = SCREEN_FINDING_KINDS.indexOf(kind);
    const p = at(this.last, k);
    const { starts, ends } = this;
    if (p >= 0 && start <= at(ends, p) && end >= at(starts, p)) {
      starts[p] = Math.min(at(starts, p), start);
      ends[p] = Math.max(at(ends, p), end);
      return;
    }
    this.last[k] = this.kinds.length;
    this.kinds.push(k);
    starts.push(start);
    ends.push(end);
  }

  /**
   * The findings in text order (by start, then end), each passed to `make`, with those of a kind
   * merged that overlap, touch, or are apart by a gap that `joins` (a run of '微信 a1 微信 b2 …' reads
   * as one piece of evidence). Each finder adds in text order, so the sort is usually skipped. Leaves
   * the sink holding just those findings.
   */
  merged<R>(make: (kind: ScreenFindingKind, start: number, end: number) => R, joins: (from: number, to: number) => boolean): R[] {
    this.sort();
    const { kinds, starts, ends } = this;
    const last = SCREEN_FINDING_KINDS.map(() => -1);
    let n = 0;
    // In place: finding i moves to n ≤ i, or extends the kind's latest one (in text order only a later end can).
    for (let i = 0; i < kinds.length; i++) {
      const k = at(kinds, i);
      const p = at(last, k);
      const start = at(starts, i);
      if (p >= 0 && (start <= at(ends, p) || joins(at(ends, p), start))) {
        ends[p] = Math.max(at(ends, p), at(ends, i));
        continue;
      }
      last[k] = n;
      kinds[n] = k;
      starts[n] = start;
      ends[n++] = at(ends, i);
    }
    kinds.length = n;
    starts.length = n;
    ends.length = n;
    last.forEach((p, k) => (this.last[k] = p));
    return kinds.map((k, i) => make(SCREEN_FINDING_KINDS[k] as ScreenFindingKind, at(starts, i), at(ends, i)));
  }

  private sort(): void {
    const { kinds, starts, ends } = this;
    // Stryker disable all: the check that skips sorting; sorting sorted findings gives them back unchanged
    let sorted = true;
    for (let i = 1; i < kinds.length && sorted; i++) sorted = this.compare(i - 1, i) <= 0;
    if (sorted) return;
    // Stryker restore all
    const order = kinds.map((_, i) => i).sort((a, b) => this.compare(a, b));
    this.kinds = order.map((i) => at(kinds, i));
    this.starts = order.map((i) => at(starts, i));
    this.ends = order.map((i) => at(ends, i));
  }

  /** Text order of findings `a` and `b`: by start, then by end. */
  private compare(a: number, b: number): number {
    const { starts, ends } = this;
    return at(starts, a) - at(starts, b) || at(ends, a) - at(ends, b);
  }
}
