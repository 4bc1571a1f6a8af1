import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { applyEvent } from '../../src/case/apply-event.js';
import { openCase } from '../../src/case/open-case.js';
import type { Order } from '../../src/model/order.js';
import { arbEvents } from '../../src/testing/arb-events.js';
import { arbPolicy } from '../../src/testing/arb-policy.js';
import { FIRST_MS, WRITING_ZONES } from '../../src/testing/instants.js';
import { formatInstant } from '../../src/time/zone.js';

const HOUR = 3_600_000;

/**
 * A no-reason refund-only asked for at any stage of the parcel: before shipment, in transit, at the
 * signing instant or any time after it. The request instant is built relative to signing, so every
 * side of the signing instant is drawn.
 */
const arbNoReasonRefund = fc
  .tuple(arbPolicy(), fc.integer({ min: FIRST_MS, max: FIRST_MS + 600 * 24 * HOUR }), fc.integer({ min: 1, max: 72 }), fc.integer({ min: 1, max: 96 }),
    fc.integer({ min: -120 * HOUR, max: 40 * 24 * HOUR }), fc.constantFrom(...WRITING_ZONES), fc.boolean())
  .map(([policy, t0, shipH, signH, offset, zone, merchant]) => {
    const shipped = t0 + shipH * HOUR;
    const signed = shipped + signH * HOUR;
    const w = (t: number): string => formatInstant(t, zone);
    const order: Order = {
      id: `o-${t0}`,
      paidAt: w(t0),
      payments: [{ method: 'alipay', amountFen: 5000 }],
      shippedAt: w(shipped),
      signedAt: w(signed),
      items: [{ sku: 's', priceFen: 5000, quantity: 1 }],
    };
    const requestedAt = Math.max(t0, signed + offset);
    return { policy, order, signedMs: signed, requestedMs: requestedAt, request: { type: 'refund_only' as const, reason: 'no_reason' as const, requestedAt: w(requestedAt), initiatedBy: merchant ? ('merchant' as const) : ('buyer' as const) } };
  });

const arbRun = arbNoReasonRefund.chain((d) => {
  const opened = openCase(d.order, d.request, d.policy);
  return (opened.ok ? arbEvents(opened.value, { maxLength: 16 }) : fc.constant([])).map((events) => ({ ...d, opened, events }));
});

describe('ELG-18 laws', () => {
  test.prop([arbRun])('ELG-18 law: no event sequence pays a refund-only of signed goods for no_reason', ({ policy, signedMs, requestedMs, opened, events }) => {
    // Goods signed for when the buyer asked: no case opens at all.
    if (requestedMs >= signedMs) {
      expect(opened.ok).toBe(false);
      return;
    }
    if (!opened.ok) return;
    let c = opened.value;
    for (const e of events) {
      const r = applyEvent(c, e, policy);
      if (r.ok) c = r.value.case;
    }
    // Asked for before shipment, nothing was ever signed for; asked for in transit, money moves only
    // once the buyer refused the parcel, and never once it was delivered.
    if (c.effects.some((e) => e.type === 'pay_refund') && c.machine !== 'refund_only_before_shipment') {
      expect(c.machine).toBe('refund_only_in_transit');
      expect(c.milestones.refusedDeliveryAt).toBeDefined();
      expect(c.milestones.deliveredAt).toBeUndefined();
    }
  });
});
