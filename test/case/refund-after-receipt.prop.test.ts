import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { deadlines } from '../../src/case/deadlines.js';
import { findViolations } from '../../src/penalties/find-violations.js';
import { arbEvents } from '../../src/testing/arb-events.js';
import { arbOpened } from './arbitraries.js';
import { trail } from './fixtures.js';

const arbRun = () => arbOpened().chain((o) => arbEvents(o.case, { maxLength: 16 }).map((events) => ({ ...o, events })));

describe('RFT-06 laws', () => {
  test.prop([arbRun()])(
    'RFT-06 law: every case in refunding after merchant_received has a pending RFT-06 deadline until refund_paid, unless its timeout recorded the refund overdue — and then it is a violation',
    ({ policy, case: start, events }) => {
      for (const c of trail(start, events, policy)) {
        if (c.status !== 'refunding' || c.milestones.receivedAt === undefined) continue;
        const rft06 = deadlines(c, policy).filter((d) => d.rule === 'RFT-06');
        if (c.milestones.refundOverdueAt === undefined) {
          expect(rft06).toHaveLength(1);
          expect(rft06[0]).toMatchObject({ party: 'merchant', action: 'refund' });
        } else {
          expect(rft06).toEqual([]);
          expect(findViolations(c, policy).map((v) => v.rule)).toContain('RFT-06');
        }
      }
    },
  );
});
