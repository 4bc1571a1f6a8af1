import type { Instant } from '../model/instant.js';
import type { Actor } from '../model/vocabulary.js';

/** PEN-01: what a screened message can reveal, as a closed list. */
export const SCREEN_FINDING_KINDS = [
  'contact_handle',
  'phone_number',
  'bank_card',
  'off_platform_payment',
  'other_marketplace',
  'link',
  'qr_code',
] as const;
export type ScreenFindingKind = (typeof SCREEN_FINDING_KINDS)[number];

/** One piece of evidence: `excerpt === text.slice(start, end)` (UTF-16 offsets into the original text). */
export interface ScreenFinding {
  readonly kind: ScreenFindingKind;
  readonly excerpt: string;
  readonly start: number;
  readonly end: number;
}

/** A chat message as the screener sees it. */
export interface ChatMessage {
  readonly text: string;
  readonly sender: Actor;
  /** When it was sent; kept for the audit trail, detection does not depend on it. */
  readonly at: Instant;
}

export interface ScreenResult {
  /** True when the message is a PEN-01 violation under the policy (findings, and a sanction exists). */
  readonly flagged: boolean;
  readonly findings: readonly ScreenFinding[];
  readonly rule: 'PEN-01';
}

/** A finding in folded-text coordinates, before it is mapped back to the original text. */
export interface RawFinding {
  kind: ScreenFindingKind;
  start: number;
  end: number;
}

/**
 * Collects raw findings, merging one that overlaps or touches the previous finding of the same kind,
 * so a hostile '加V加V加V…' yields one finding instead of half a million.
 *
 * @example
 * const sink = new FindingSink(); sink.add('link', 0, 4); sink.add('link', 4, 9);
 * sink.items // → [{ kind: 'link', start: 0, end: 9 }]
 */
export class FindingSink {
  readonly items: RawFinding[] = [];
  private readonly last = new Map<ScreenFindingKind, RawFinding>();

  add(kind: ScreenFindingKind, start: number, end: number): void {
    const prev = this.last.get(kind);
    if (prev !== undefined && start <= prev.end && end >= prev.start) {
      prev.start = Math.min(prev.start, start);
      prev.end = Math.max(prev.end, end);
      return;
    }
    const f = { kind, start, end };
    this.items.push(f);
    this.last.set(kind, f);
  }
}
