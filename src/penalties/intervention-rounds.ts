import type { CaseEvent } from '../model/case.js';

/** One platform intervention (CSE-02/03) as the history records it. */
export interface InterventionRound {
  readonly requestedAt: string;
  /** Merchant evidence the case accepted; the machine refuses evidence after the window (CSE-03). */
  readonly merchantEvidence: number;
  /** The CSE-03 timeout fired: the merchant's window closed. */
  readonly evidenceWindowClosed: boolean;
  readonly ruling?: {
    readonly for: 'buyer' | 'merchant';
    readonly at: string;
    /** A merchant shipment (resend, replacement) was recorded on the case before the ruling (RSD-04). */
    readonly afterShipment: boolean;
  };
}

type Draft = { -readonly [K in keyof InterventionRound]: InterventionRound[K] };

/**
 * The interventions of a case, from its history rather than the case's `intervention` field: that
 * field keeps only the latest, and a return whose first ruling sends the goods back can be refused
 * and escalated again; a violation found in an earlier round still stands. The history holds only
 * accepted events, so each round's counts are what the platform admitted.
 *
 * @example
 * interventionRounds(lateEvidenceCase.history)
 * // → [{ requestedAt: '2025-08-04T12:00:00+08:00', merchantEvidence: 0, evidenceWindowClosed: true,
 * //      ruling: { for: 'buyer', at: '2025-08-06T15:00:00+08:00', afterShipment: false } }]
 */
export function interventionRounds(history: readonly CaseEvent[]): InterventionRound[] {
  const rounds: Draft[] = [];
  let shipped = false;
  let open: Draft | undefined;
  for (const e of history) {
    if (e.type === 'merchant_shipped') shipped = true;
    else if (e.type === 'intervention_requested') {
      open = { requestedAt: e.at, merchantEvidence: 0, evidenceWindowClosed: false };
      rounds.push(open);
    } else if (open === undefined) continue;
    else if (e.type === 'evidence_submitted' && e.by === 'merchant') open.merchantEvidence++;
    else if (e.type === 'timed_out' && e.rule === 'CSE-03') open.evidenceWindowClosed = true;
    else if (e.type === 'platform_ruled') {
      open.ruling = { for: e.for, at: e.at, afterShipment: shipped };
      open = undefined;
    } else if (e.type === 'buyer_withdrew') open = undefined;
  }
  return rounds;
}
