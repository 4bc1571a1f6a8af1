import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  assess,
  deadlines,
  estimateRefundArrival,
  INSTANT_YEARS,
  InstantSchema,
  isWorkingDay,
  openCase,
  parseCaseEvents,
  parseOrder,
  policies,
  ServiceLevelRecordSchema,
} from '../../src/index.js';
import { cnProvisionalCalendar } from '../../src/calendar/index.js';
import { PAYMENT_METHODS } from '../../src/model/vocabulary.js';
import { REFUND_TRIGGERS } from '../../src/refund/window.js';
import { arbOrderAndRequest, arbPolicy, arbWritten } from '../../src/testing/index.js';
import { scaledAssessInput } from '../fixtures/scaled.js';

const OUTSIDE = 'outside the supported range: years 2000–2199';
const issuesOf = (r: { ok: boolean; error?: unknown }) => (r.ok ? [] : (r.error as { issues: unknown[] }).issues);

describe('the supported instant range (INSTANT_YEARS)', () => {
  it('TIME-06: years 2000–2100 are supported, and the schema takes outputs through 2199', () => {
    expect(INSTANT_YEARS).toEqual({ first: 2000, supportedLast: 2100, last: 2199 });
    expect(Object.isFrozen(INSTANT_YEARS)).toBe(true);
    expect(InstantSchema.safeParse('2000-01-01T00:00:00+08:00').success).toBe(true);
    expect(InstantSchema.safeParse('2199-12-31T23:59:59-05:00').success).toBe(true);
  });

  it('TIME-06: the schema says "outside the supported range" for 1999, 2200, year 0050 and year 10000', () => {
    for (const s of ['1999-12-31T23:59:59+08:00', '2200-01-01T00:00:00Z', '0050-03-03T10:00:00+08:00', '10000-01-02T00:00:00+08:00']) {
      const r = InstantSchema.safeParse(s);
      expect(r.success, s).toBe(false);
      expect(r.error?.issues.map((i) => i.message), s).toEqual([OUTSIDE]);
    }
    // Malformed text is still a format fault, and a real-looking field fault still "not a real date-time".
    expect(InstantSchema.safeParse('2025-03-01 10:00').error?.issues[0]?.message).toMatch(/^expected an ISO-8601/);
    expect(InstantSchema.safeParse('2025-02-30T10:00:00+08:00').error?.issues[0]?.message).toBe('not a real date-time');
  });

  it('SLA-02: service-level records from year 0050 are refused at the boundary (serviceLevelReport used to throw "unknown time zone")', () => {
    const r = ServiceLevelRecordSchema.safeParse({ kind: 'complaint', id: 'c1', type: 'quality', channel: 'online', openedAt: '0050-03-03T10:00:00+08:00' });
    expect(r.error?.issues.map((i) => ({ path: i.path, message: i.message }))).toEqual([{ path: ['openedAt'], message: OUTSIDE }]);
  });

  it('CAL-01: isWorkingDay refuses dates outside the range as invalid_input, not a calendar gap', () => {
    for (const date of ['1999-12-31', '2200-01-01']) {
      expect(isWorkingDay(date, { calendar: cnProvisionalCalendar })).toEqual({
        ok: false,
        error: { code: 'invalid_input', issues: [{ code: 'too_big', path: ['date'], message: `${OUTSIDE}: ${date}` }] },
      });
    }
    expect(isWorkingDay('2025-10-08')).toEqual({ ok: true, value: false });
  });

  it('CSE-01: an order paid in 1900 (local mean time +08:05:43, where advanceTo broke) is invalid_input at paidAt, and so is a 1900 event', () => {
    const input = scaledAssessInput();
    const order = { ...input.order, paidAt: '1900-03-01T10:00:00+08:00' };
    expect(issuesOf(parseOrder(order))).toContainEqual({ code: 'custom', path: ['paidAt'], message: OUTSIDE });
    expect(issuesOf(assess({ ...input, order }))).toContainEqual({ code: 'custom', path: ['order', 'paidAt'], message: OUTSIDE });
    const events = parseCaseEvents([{ type: 'merchant_agreed', at: '1900-03-05T10:00:00+08:00', actor: 'merchant' }]);
    expect(issuesOf(events)).toContainEqual(expect.objectContaining({ message: OUTSIDE }));
  });

  it('RFT-02 / TIME-04: year 9999 is refused as input, so no output reads 10000-01-02T00:00:00+08:00', () => {
    const from = '9999-12-31T00:00:00+08:00';
    expect(estimateRefundArrival({ from, trigger: 'approved', method: 'debit_card' }, policies.pinduoduo)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: ['from'] }] },
    });
    expect(addWorkingDays(from, 2, policies.taobao)).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: ['instant'] }] } });
  });
});

/** Every ISO-8601 instant string anywhere in `v`. */
function instantsIn(v: unknown): string[] {
  if (typeof v === 'string') return /^\d{4,}-\d{2}-\d{2}T/.test(v) ? [v] : [];
  if (typeof v !== 'object' || v === null) return [];
  return Object.values(v).flatMap(instantsIn);
}

const reparses = (v: unknown): void => {
  for (const s of instantsIn(v)) expect(InstantSchema.safeParse(s).success, s).toBe(true);
};

/**
 * Instants whose written form lies in the supported years in every writing zone (±14 h kept off
 * the ends), weighted towards the last days of 2100, where outputs cross into 2101.
 */
const FIRST = Date.parse('2000-01-01T14:00:00Z');
const LAST = Date.parse(`${INSTANT_YEARS.supportedLast}-12-31T09:59:59Z`);
const arbSupported = fc.oneof(fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: LAST - 30 * 86_400_000, max: LAST })).chain(arbWritten);
const arbPolicyOrBuiltIn = fc.oneof(fc.constantFrom(policies.pinduoduo, policies.taobao), arbPolicy());

describe('round-trip laws over the supported years', () => {
  test.prop([arbSupported, fc.constantFrom(...REFUND_TRIGGERS), fc.constantFrom(...PAYMENT_METHODS), arbPolicyOrBuiltIn])(
    'TIME-06 law: estimateRefundArrival outputs for supported inputs re-parse with InstantSchema',
    (from, trigger, method, policy) => {
      const r = estimateRefundArrival({ from, trigger, method }, policy, { calendar: cnProvisionalCalendar });
      expect(r.ok || r.error.code !== 'invalid_input').toBe(true);
      reparses(r);
    },
  );

  test.prop([arbSupported, fc.integer({ min: 0, max: 400 }), arbPolicyOrBuiltIn])(
    'TIME-04 law: addWorkingDays outputs for supported inputs re-parse with InstantSchema',
    (instant, n, policy) => {
      const r = addWorkingDays(instant, n, policy, { calendar: cnProvisionalCalendar });
      expect(r.ok || r.error.code !== 'invalid_input').toBe(true);
      reparses(r);
    },
  );

  test.prop([arbOrderAndRequest({ years: [2090, INSTANT_YEARS.supportedLast] }), arbPolicyOrBuiltIn])(
    'CSE-01 law: deadlines of a case opened in the supported years re-parse with InstantSchema',
    ({ order, request }, policy) => {
      const opened = openCase(order, request, policy, { calendar: cnProvisionalCalendar });
      if (opened.ok) reparses(deadlines(opened.value, policy));
    },
  );
});
