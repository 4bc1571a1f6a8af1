import { fc } from '@fast-check/vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { applyEvent } from '../../src/case/apply-event.js';
import { deadlines } from '../../src/case/deadlines.js';
import { arbEvents } from '../../src/testing/arb-events.js';
import { formatInstant } from '../../src/time/zone.js';
import { arbOpened } from './arbitraries.js';
import { advanced } from '../results.js';

const ORIGINAL_TZ = process.env['TZ'];
const restoreTz = (): void => {
  if (ORIGINAL_TZ === undefined) delete process.env['TZ'];
  else process.env['TZ'] = ORIGINAL_TZ;
};
afterAll(restoreTz);

/** Some runners (Stryker's workers) cannot switch the zone in-process; `npm test` still runs the suite under three. */
const canSwitchZone = ((): boolean => {
  process.env['TZ'] = 'America/New_York';
  const switched = new Date(Date.UTC(2025, 0, 1)).getHours() === 19;
  restoreTz();
  return switched;
})();

/** Everything the case API answers for a fixed sample of cases and events, as one JSON string. */
function answers(): string {
  const sample = fc.sample(arbOpened().chain((o) => arbEvents(o.case).map((events) => ({ ...o, events }))), { seed: 42, numRuns: 60 });
  return JSON.stringify(
    sample.map(({ case: start, events, policy }) => {
      let c = start;
      const steps = events.map((e) => {
        const r = applyEvent(c, e, policy);
        if (r.ok) c = r.value.case;
        return r.ok ? r.value.case.status : r.error.code;
      });
      const later = advanced(c, formatInstant(c.clock.lastEventMs + 9 * 86_400_000, 'UTC'), policy);
      return { steps, c, deadlines: deadlines(c, policy), later };
    }),
  );
}

describe.skipIf(!canSwitchZone)('host time zone', () => {
  it('TIME-06: cases, deadlines and timeouts are identical under TZ=UTC, Asia/Shanghai and America/New_York', () => {
    const results = ['UTC', 'Asia/Shanghai', 'America/New_York'].map((tz) => {
      process.env['TZ'] = tz;
      return answers();
    });
    expect(new Date(Date.UTC(2025, 0, 1)).getHours()).toBe(19); // the host zone really did change
    expect(results[1]).toBe(results[0]);
    expect(results[2]).toBe(results[0]);
  });
});
