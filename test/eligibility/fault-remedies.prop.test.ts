import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { checkEligibility, type AfterSalesRequest } from '../../src/index.js';
import { arbOrder, arbPolicy, arbRequest } from '../../src/testing/index.js';
import { formatInstant } from '../../src/time/zone.js';

const FAULTS = ['quality', 'wrong_item', 'not_as_described', 'damaged_in_transit'] as const;
const DAY = 86_400_000;

const laterBy = (request: AfterSalesRequest, ms: number): AfterSalesRequest => ({
  ...request,
  requestedAt: formatInstant(Date.parse(request.requestedAt) + ms, 'Asia/Shanghai'),
});

/** A signed order, a fault exchange or repair on it, and a second, later instant up to two years on. */
const arbLater = fc
  .tuple(arbOrder({ paid: true, shipped: true, signed: true }), fc.constantFrom('exchange' as const, 'repair' as const), fc.constantFrom(...FAULTS))
  .chain(([order, type, reason]) =>
    fc.tuple(fc.constant(order), arbRequest({ order, type, reason }), fc.oneof(fc.integer({ min: 1, max: 2 * DAY }), fc.integer({ min: 1, max: 730 * DAY }))),
  );

describe('ELG-17 laws', () => {
  test.prop([arbLater, arbPolicy()])(
    'ELG-17 law: for fault reasons a later request never turns an allowed exchange or repair into a denial, nor into anything but allowed before its own window ends',
    ([order, request, later], policy) => {
      const first = checkEligibility(order, request, policy);
      if (first.verdict !== 'allowed') return;
      const moved = laterBy(request, later);
      const second = checkEligibility(order, moved, policy);
      expect(second.verdict).not.toBe('denied');
      const closes = first.window === undefined ? Number.POSITIVE_INFINITY : Date.parse(first.window.closesAt);
      if (Date.parse(moved.requestedAt) < closes) expect(second.verdict).toBe('allowed');
      else expect(second.reasons.map((r) => r.code)).toContain('warranty_terms_apply');
    },
  );
});
