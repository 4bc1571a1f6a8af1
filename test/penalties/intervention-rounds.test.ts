import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../src/model/case.js';
import { interventionRounds } from '../../src/penalties/intervention-rounds.js';

/** Just the fields interventionRounds reads; the machines' own tests hold the events' full shapes. */
const history = (...events: object[]): CaseEvent[] => events as CaseEvent[];
const at = (day: number): string => `2025-08-0${day}T12:00:00+08:00`;

describe('interventionRounds: the rounds of platform intervention in a history (PEN-02/03, CSE-02/03)', () => {
  it('PEN-03: counts merchant evidence only, and closes the window on the CSE-03 timeout only', () => {
    const rounds = interventionRounds(
      history(
        { type: 'evidence_submitted', by: 'merchant', at: at(1) },
        { type: 'timed_out', rule: 'CSE-03', at: at(1) },
        { type: 'intervention_requested', at: at(2) },
        { type: 'evidence_submitted', by: 'merchant', at: at(2) },
        { type: 'evidence_submitted', by: 'buyer', at: at(2) },
        { type: 'evidence_submitted', by: 'merchant', at: at(3) },
        { type: 'timed_out', rule: 'CSE-01', at: at(3) },
        { type: 'merchant_shipped', at: at(3) },
        { type: 'platform_ruled', for: 'buyer', at: at(4) },
        { type: 'evidence_submitted', by: 'merchant', at: at(5) },
      ),
    );
    expect(rounds).toEqual([{ requestedAt: at(2), merchantEvidence: 2, evidenceWindowClosed: false, ruling: { for: 'buyer', at: at(4), afterShipment: true } }]);
  });

  it('PEN-02: a withdrawal ends the round; a new request opens another', () => {
    const rounds = interventionRounds(
      history(
        { type: 'intervention_requested', at: at(1) },
        { type: 'buyer_withdrew', at: at(2) },
        { type: 'evidence_submitted', by: 'merchant', at: at(3) },
        { type: 'timed_out', rule: 'CSE-03', at: at(3) },
        { type: 'intervention_requested', at: at(4) },
        { type: 'timed_out', rule: 'CSE-03', at: at(5) },
        { type: 'platform_ruled', for: 'merchant', at: at(6) },
      ),
    );
    expect(rounds).toEqual([
      { requestedAt: at(1), merchantEvidence: 0, evidenceWindowClosed: false },
      { requestedAt: at(4), merchantEvidence: 0, evidenceWindowClosed: true, ruling: { for: 'merchant', at: at(6), afterShipment: false } },
    ]);
  });
});
