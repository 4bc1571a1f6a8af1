import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { applyEvent } from '../../src/case/apply-event.js';
import { nextEvents } from '../../src/case/next-events.js';
import { MACHINES } from '../../src/case/machines/index.js';
import { CASE_EVENT_TYPES, type AfterSalesCase } from '../../src/model/case.js';
import { ACTORS } from '../../src/model/vocabulary.js';
import { arbEvents, eventOf } from '../../src/testing/arb-events.js';
import { formatInstant } from '../../src/time/zone.js';
import { arbOpened } from './arbitraries.js';

/** A case somewhere along its life: opened, then the accepted ones of some generated events. */
const arbReached = () =>
  arbOpened().chain((o) =>
    fc.tuple(arbEvents(o.case, { maxLength: 12 }), fc.boolean(), fc.nat()).map(([events, flag, pick]) => {
      let c: AfterSalesCase = o.case;
      for (const e of events) {
        const r = applyEvent(c, e, o.policy);
        if (r.ok) c = r.value.case;
      }
      return { c, policy: o.policy, flag, pick };
    }),
  );

/** The codes that say "not from this actor in this state" — what `nextEvents` answers for. */
const STATE_CODES = (c: AfterSalesCase, type: (typeof CASE_EVENT_TYPES)[number]): string[] => {
  const refusal = MACHINES[c.machine].refusals?.[c.status]?.[type];
  return ['event_not_allowed', 'wrong_actor', ...(refusal === undefined ? [] : [refusal.code])];
};

describe('nextEvents (CSE-06)', () => {
  test.prop([arbReached()])('CSE-06 law: a listed event is never refused for its state or actor; an omitted one always is', ({ c, policy, flag, pick }) => {
    const next = nextEvents(c);
    // At the last event's own instant: never before it, and no deadline has passed since.
    const at = formatInstant(c.clock.lastEventMs, c.terms.timeZone);
    for (const actor of ACTORS) {
      for (const type of CASE_EVENT_TYPES) {
        const r = applyEvent(c, eventOf(type, at, actor, true, flag, pick, c), policy);
        const stateRefusal = !r.ok && STATE_CODES(c, type).includes(r.error.issues[0]!.code);
        expect({ actor, type, listed: next[actor].includes(type) }).toEqual({ actor, type, listed: !stateRefusal });
      }
    }
  });

  test('CSE-06: a resend awaiting the merchant offers the merchant its three answers and the system its timeout', () => {
    const c = { machine: 'resend', status: 'awaiting_merchant', history: [] as AfterSalesCase['history'] } as unknown as AfterSalesCase;
    expect(nextEvents(c)).toEqual({ buyer: ['buyer_withdrew'], merchant: ['merchant_agreed', 'merchant_refused', 'stock_checked'], platform: [], system: ['timed_out'] });
  });
});
