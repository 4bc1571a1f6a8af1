import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policies/index.js';
import { logisticsDelayCompensation } from '../../src/service-levels/logistics-delay-compensation.js';
import { complaint } from './factories.js';

const settled = complaint({ type: 'logistics_delay', channel: 'phone', resolvedAt: '2025-03-04T10:00:00+08:00', resolvedFor: 'buyer' });

describe('logisticsDelayCompensation', () => {
  it('SLA-04: a logistics delay resolved for the buyer may carry the policy coupon', () => {
    expect(logisticsDelayCompensation(settled, policies.pinduoduo)).toEqual({ rule: 'SLA-04', couponFen: 500 });
  });

  it('SLA-04: no coupon when the complaint was resolved for the merchant or is not resolved', () => {
    expect(logisticsDelayCompensation({ ...settled, resolvedFor: 'merchant' }, policies.pinduoduo)).toBeNull();
    expect(logisticsDelayCompensation(complaint({ type: 'logistics_delay' }), policies.pinduoduo)).toBeNull();
  });

  it('SLA-04: no coupon for other complaint types', () => {
    expect(logisticsDelayCompensation({ ...settled, type: 'quality' }, policies.pinduoduo)).toBeNull();
  });

  it('SLA-04: no coupon under a policy without one', () => {
    expect(logisticsDelayCompensation(settled, policies.taobao)).toBeNull();
  });
});

describe('logisticsDelayCompensation: a side named without a settlement', () => {
  it('SLA-04: a complaint naming the buyer but never resolved carries no coupon', () => {
    const { resolvedAt: _dropped, ...unresolved } = settled;
    expect(logisticsDelayCompensation(unresolved, policies.pinduoduo)).toBeNull();
  });

  it('SLA-04: the coupon amount is the policy\'s', () => {
    const policy = { serviceLevels: { ...policies.pinduoduo.serviceLevels, logisticsDelayCouponFen: 1200 } };
    expect(logisticsDelayCompensation(settled, policy)).toEqual({ rule: 'SLA-04', couponFen: 1200 });
  });
});
