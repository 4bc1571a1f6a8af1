import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  advanceTo,
  assess,
  checkEligibility,
  estimateRefundArrival,
  openCase,
  policies,
  policyAt,
  serviceLevelReport,
} from '../../src/index.js';
import { order, pdd, request } from '../case/fixtures.js';
import { returnCase } from '../service-levels/factories.js';
import { inZone, outcome, ZONES } from '../in-zone.js';


const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A moment in 2024–2026 written without an offset, in the forms people and Date.parse use. */
const arbOffsetless = fc
  .record({ y: fc.integer({ min: 2024, max: 2026 }), mo: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), h: fc.integer({ min: 0, max: 23 }), mi: fc.integer({ min: 0, max: 59 }), form: fc.integer({ min: 0, max: 4 }) })
  .map(({ y, mo, d, h, mi, form }) => {
    const date = `${y}-${pad(mo)}-${pad(d)}`;
    const time = `${pad(h)}:${pad(mi)}`;
    return [`${date}T${time}:00`, `${date} ${time}`, `${date}T${time}`, date, `${MONTHS[mo - 1]} ${d}, ${y} ${time}`][form]!;
  });

/** Every public function that takes an instant, called with `s` in each instant argument. */
const calls = (s: string): Record<string, () => unknown> => {
  const signed = order('signed', { signedAt: s });
  const opened = openCase(order(), request(), pdd);
  return {
    addWorkingDays: () => addWorkingDays(s, 1, policies.taobao),
    estimateRefundArrival: () => estimateRefundArrival({ from: s, trigger: 'approved', method: 'alipay' }, policies.taobao),
    checkEligibility: () => checkEligibility(signed, request({ requestedAt: s }), pdd),
    assess: () => assess({ policy: 'pinduoduo', order: signed, request: request({ requestedAt: s }) }),
    openCase: () => openCase(order(), request({ requestedAt: s }), pdd),
    advanceTo: () => (opened.ok ? advanceTo(opened.value, s, pdd) : opened),
    serviceLevelReport: () => serviceLevelReport([returnCase({ openedAt: s })], pdd, { at: s }),
    policyAt: () => policyAt('taobao', s),
  };
};

describe('TIME-06: no instant is read in the host’s zone (issue 13)', () => {
  it('TIME-06: the zones really differ here — Date.parse reads "2026-12-01 10:00" three ways', () => {
    expect(new Set(ZONES.map((z) => inZone(z, () => Date.parse('2026-12-01 10:00')))).size).toBe(3);
  });

  it('TIME-06: addWorkingDays("2026-12-01 10:00") is invalid_input, the same on every host', () => {
    for (const zone of ZONES) {
      expect(inZone(zone, () => addWorkingDays('2026-12-01 10:00', 1, policies.taobao))).toEqual({
        ok: false,
        error: { code: 'invalid_input', issues: [{ code: 'invalid_format', path: ['instant'], message: 'not an ISO-8601 instant with an offset: 2026-12-01 10:00' }] },
      });
      expect(inZone(zone, () => addWorkingDays('December 1, 2026 10:00', 1, policies.taobao)).ok).toBe(false);
    }
  });

  test.prop([arbOffsetless], { numRuns: 60 })(
    'TIME-06 law: for every public function and instant argument, an offset-less string gives the same answer under UTC, Asia/Shanghai and America/New_York',
    (s) => {
      for (const [name, call] of Object.entries(calls(s))) {
        const [first, ...rest] = ZONES.map((zone) => inZone(zone, () => outcome(call)));
        for (const other of rest) expect(other, `${name}(${s})`).toBe(first);
      }
    },
  );
});
