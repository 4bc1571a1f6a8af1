import { describe, expect, it } from 'vitest';
import { cnProvisionalCalendar, loadCalendar } from '../../src/calendar/index.js';
import { assess, cnCalendar } from '../../src/index.js';
import { anOrder, aRequest } from '../fixtures/factories.js';

// A Taobao refund-only approved on Wed 2026-12-30: its 1–3 working days (RFT-05) run into 2027.
const input = {
  policy: 'taobao',
  order: anOrder({ paidAt: '2026-12-30T09:00:00+08:00', shippedAt: undefined, signedAt: undefined, payments: [{ method: 'alipay', amountFen: 1990 }] }),
  request: aRequest({ type: 'refund_only', requestedAt: '2026-12-30T10:00:00+08:00' }),
};
const refundOf = (options?: Parameters<typeof assess>[1]) => {
  const r = assess(input, options);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.refund;
};

describe('assess takes a calendar (CAL-04)', () => {
  it('CAL-03: on cnProvisionalCalendar the arrival is answered and says it rests on provisional 2027', () => {
    expect(refundOf({ calendar: cnProvisionalCalendar })).toMatchObject({
      status: 'on_approval',
      arrival: {
        ok: true,
        value: { latest: '2027-01-05T10:00:00+08:00', provisional: { code: 'calendar_provisional', rule: 'CAL-03', params: { years: ['2027'] } } },
      },
    });
  });

  it('CAL-04: after loading 2027 the same arrival is exact (no provisional notice)', () => {
    const loaded = loadCalendar({ year: 2027, papers: [], days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] }, { base: cnProvisionalCalendar });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    const refund = refundOf({ calendar: loaded.value });
    expect(refund).toMatchObject({ arrival: { ok: true, value: { latest: '2027-01-05T10:00:00+08:00' } } });
    expect(refund.status === 'on_approval' && refund.arrival.ok && 'provisional' in refund.arrival.value).toBe(false);
  });

  it('CAL-02: the built-in calendar passed explicitly answers as no calendar at all', () => {
    expect(refundOf({ calendar: cnCalendar })).toEqual(refundOf());
    expect(refundOf()).toMatchObject({ arrival: { ok: false, error: { code: 'calendar_not_covered', issues: [{ code: 'calendar_not_covered', date: '2027-01-01' }] } } });
  });
});
