import type { CaseRecord, ComplaintRecord } from '../../src/service-levels/record.js';

/** A quality complaint opened on Monday 2025-03-03 at 10:00 Beijing time, nothing done yet. */
export const complaint = (overrides: Partial<ComplaintRecord> = {}): ComplaintRecord => ({
  kind: 'complaint',
  id: 'c1',
  type: 'quality',
  channel: 'online',
  openedAt: '2025-03-03T10:00:00+08:00',
  ...overrides,
});

/** A return application opened on Monday 2025-03-03 at 10:00 Beijing time, not yet processed. */
export const returnCase = (overrides: Partial<CaseRecord> = {}): CaseRecord => ({
  kind: 'case',
  id: 'r1',
  type: 'return_refund',
  openedAt: '2025-03-03T10:00:00+08:00',
  ...overrides,
});
