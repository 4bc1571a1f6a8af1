import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { definePolicy, LEGAL_FLOORS, policies, PolicySchema, type DeepPartial, type Policy } from '../../src/index.js';
import { arbPolicy } from '../../src/testing/index.js';

describe('built-in policies', () => {
  it.each(Object.entries(policies))('%s is valid data with an id and a version, at or above every legal floor', (_, policy) => {
    expect(PolicySchema.safeParse(policy).success).toBe(true);
    expect(definePolicy(policy, {})).toEqual({ ok: true, value: policy });
    expect(policy.version).toMatch(/\S/);
  });

  it('CSE-01 / ELG-10 / PEN-04: the packs differ only by parameters (48 h vs 72 h, 3 cases vs none, 3× vs 10×)', () => {
    expect([policies.pinduoduo.case.merchantResponseHours, policies.taobao.case.merchantResponseHours]).toEqual([48, 72]);
    expect([policies.pinduoduo.eligibility.maxCasesPerOrder, policies.taobao.eligibility.maxCasesPerOrder]).toEqual([3, null]);
    expect(policies.taobao.penalties.counterfeit).toEqual({ multiple: 10, minimumFen: 50_000 });
  });
});

describe('definePolicy and the legal floors', () => {
  it('ELG-06: a no-reason window under 7 days is refused, with the path and the rule', () => {
    expect(definePolicy(policies.taobao, { eligibility: { noReasonWindowDays: 6 } })).toEqual({
      ok: false,
      error: { code: 'invalid_policy', issues: [
        {
          code: 'below_legal_floor',
          path: ['eligibility', 'noReasonWindowDays'],
          rule: 'ELG-06',
          message: 'the no-reason window may not be shorter than 7 days',
        },
      ] },
    });
  });

  it('PEN-04 / RFT-06 / ELG-07: every floor broken is reported at once', () => {
    const r = definePolicy(policies.pinduoduo, {
      refund: { refundAfterReceiptDays: 8 },
      penalties: { counterfeit: { multiple: 2, minimumFen: 10_000 } },
      eligibility: { excludedGoods: ['custom_made', 'standard'], excludedIfConfirmed: ['hygiene_sealed', 'standard'] },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => i.rule)).toEqual(['ELG-07', 'ELG-07', 'RFT-06', 'PEN-04', 'PEN-04']);
  });

  it('accepts generous overrides and merges them without touching the base', () => {
    const before = JSON.stringify(policies.taobao);
    const r = definePolicy(policies.taobao, { version: 'shop-42', eligibility: { noReasonWindowDays: 15 }, case: { merchantResponseHours: 24 } });
    expect(r.ok && r.value.eligibility.noReasonWindowDays).toBe(15);
    expect(r.ok && r.value.eligibility.qualityWindowDays).toBe(7);
    expect(r.ok && r.value.version).toBe('shop-42');
    expect(JSON.stringify(policies.taobao)).toBe(before);
  });

  it('reports malformed overrides as invalid_policy with their paths', () => {
    const r = definePolicy(policies.taobao, { timeZone: 'Mars/Olympus', case: { evidenceHours: -1 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_policy', 'timeZone'],
      ['invalid_policy', 'case.evidenceHours'],
    ]);
  });

  const arbOverrides: fc.Arbitrary<DeepPartial<Policy>> = fc.record(
    {
      eligibility: fc.record(
        {
          noReasonWindowDays: fc.integer({ min: 1, max: 20 }),
          qualityWindowDays: fc.integer({ min: 1, max: 20 }),
          exchangeWindowDays: fc.integer({ min: 1, max: 30 }),
          repairWindowDays: fc.integer({ min: 1, max: 30 }),
        },
        { requiredKeys: [] },
      ),
      refund: fc.record({ refundAfterReceiptDays: fc.integer({ min: 1, max: 15 }) }, { requiredKeys: [] }),
      penalties: fc.record({ counterfeit: fc.record({ multiple: fc.integer({ min: 1, max: 12 }), minimumFen: fc.integer({ min: 0, max: 100_000 }) }) }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  );

  test.prop([arbPolicy(), arbOverrides])('ELG-06/ELG-09/ELG-17/RFT-06/PEN-04 law: definePolicy never yields a policy below a legal floor', (base, overrides) => {
    const r = definePolicy(base, overrides);
    if (!r.ok) return;
    const p = r.value;
    expect(p.eligibility.noReasonWindowDays).toBeGreaterThanOrEqual(LEGAL_FLOORS.noReasonWindowDays);
    expect(p.eligibility.qualityWindowDays).toBeGreaterThanOrEqual(LEGAL_FLOORS.qualityWindowDays);
    expect(p.eligibility.exchangeWindowDays).toBeGreaterThanOrEqual(LEGAL_FLOORS.exchangeWindowDays);
    expect(p.eligibility.repairWindowDays).toBeGreaterThanOrEqual(LEGAL_FLOORS.repairWindowDays);
    expect(p.refund.refundAfterReceiptDays).toBeLessThanOrEqual(LEGAL_FLOORS.refundAfterReceiptDays);
    expect(p.penalties.counterfeit.multiple).toBeGreaterThanOrEqual(LEGAL_FLOORS.counterfeitMultiple);
    expect(p.penalties.counterfeit.minimumFen).toBeGreaterThanOrEqual(LEGAL_FLOORS.counterfeitMinimumFen);
  });

  test.prop([arbPolicy()])('law: every generated policy is at or above the floors, so definePolicy(p, {}) is p', (p) => {
    expect(definePolicy(p, {})).toEqual({ ok: true, value: p });
  });
});
