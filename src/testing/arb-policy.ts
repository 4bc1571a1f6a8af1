import fc from 'fast-check';
import type { Policy } from '../model/policy.js';
import { policies } from '../policies/index.js';

/**
 * Valid policies at or above every legal floor: a built-in pack with its parameters redrawn within
 * the law (windows 7–30 days, fault exchange 15–60 and repair 15–730, counterfeit 3–10× and ≥ ¥500, refund within 1–7 days of receipt, …).
 *
 * @example
 * fc.assert(fc.property(arbPolicy(), (p) => definePolicy(p, {}).ok))
 */
export function arbPolicy(): fc.Arbitrary<Policy> {
  return fc
    .record({
      base: fc.constantFrom<Policy>(policies.pinduoduo, policies.taobao),
      noReasonWindowDays: fc.integer({ min: 7, max: 30 }),
      qualityWindowDays: fc.integer({ min: 7, max: 30 }),
      exchangeWindowDays: fc.integer({ min: 15, max: 60 }),
      repairWindowDays: fc.integer({ min: 15, max: 730 }),
      maxCasesPerOrder: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
      repeated: fc.option(fc.record({ count: fc.integer({ min: 2, max: 5 }), periodDays: fc.integer({ min: 1, max: 60 }) }), { nil: null }),
      refundAfterReceiptDays: fc.integer({ min: 1, max: 7 }),
      multiple: fc.integer({ min: 3, max: 10 }),
      minimumFen: fc.integer({ min: 50_000, max: 200_000 }),
      merchantResponseHours: fc.integer({ min: 24, max: 96 }),
      evidenceHours: fc.integer({ min: 24, max: 72 }),
    })
    .map((g): Policy => ({
      ...g.base,
      version: `${g.base.version}+generated`,
      eligibility: {
        ...g.base.eligibility,
        noReasonWindowDays: g.noReasonWindowDays,
        qualityWindowDays: g.qualityWindowDays,
        exchangeWindowDays: g.exchangeWindowDays,
        repairWindowDays: g.repairWindowDays,
        maxCasesPerOrder: g.maxCasesPerOrder,
        repeatedApplications: g.repeated,
      },
      refund: { ...g.base.refund, refundAfterReceiptDays: g.refundAfterReceiptDays },
      case: { ...g.base.case, merchantResponseHours: g.merchantResponseHours, evidenceHours: g.evidenceHours },
      penalties: { ...g.base.penalties, counterfeit: { multiple: g.multiple, minimumFen: g.minimumFen } },
    }));
}
