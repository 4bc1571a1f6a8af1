import { deepFreeze } from '../model/freeze.js';
import type { Policy } from '../model/policy.js';
import { EXCLUDED_IF_CONFIRMED_GOODS, LEGALLY_EXCLUDED_GOODS } from '../model/vocabulary.js';

/** Taobao (淘宝) rule parameters, from seed S3 and the law where the seed is silent. */
export const taobao = /* @__PURE__ */ deepFreeze({
  id: 'taobao',
  version: '2025.1',
  name: { 'zh-CN': '淘宝', en: 'Taobao' },
  timeZone: 'Asia/Shanghai',
  eligibility: {
    noReasonWindowDays: 7, // ELG-06, S3
    qualityWindowDays: 7, // ELG-09, 消法 art. 24
    exchangeWindowDays: 15, // ELG-17, 三包 floor
    repairWindowDays: 365, // ELG-17: our default warranty (the common 三包 year)
    excludedGoods: [...LEGALLY_EXCLUDED_GOODS], // ELG-07
    excludedIfConfirmed: [...EXCLUDED_IF_CONFIRMED_GOODS], // ELG-07
    groupBuy: false, // ELG-02/03 are PDD's
    maxCasesPerOrder: null, // ELG-10: no limit in S3
    repeatedApplications: null, // ELG-12: PDD only
    resendReasons: ['missing_item'], // ELG-14
  },
  refund: {
    groupBuyFailed: null, // RFT-01: PDD only
    originalRoute: null, // RFT-02: PDD only; Taobao refunds follow RFT-05
    cardDays: null, // RFT-03/04: PDD only
    processingWorkingDays: { min: 1, max: 3 }, // RFT-05, S3 FAQ 2
    refundAfterReceiptDays: 7, // RFT-06, Measures art. 13
  },
  freight: {
    exchangeBuyerPaysBothLegs: true, // FRT-01
    insurancePeriodDays: 7, // FRT-03
    returnFreightSubsidy: null, // FRT-04: PDD only
    deductOutboundPostage: true, // FRT-07
  },
  case: {
    merchantResponseHours: 72, // CSE-01, S3
    evidenceHours: 48, // CSE-03
    buyerConfirmationHours: 48, // RSD-01/02 (our default; the seeds give no limit for the buyer's confirmation card)
    escalationDays: 7, // CSE-02 (platform practice; not in the seeds)
    buyerReturnShipmentDays: 7, // CSE-04 (platform practice; not in the seed)
    merchantReceiptDays: 10, // CSE-04 (platform practice; not in the seed)
    followUpDays: 3, // CSE-07 (our default)
  },
  penalties: {
    ownMarketplaces: ['taobao', 'tmall'], // PEN-01: one app, one checkout
    offPlatformTrade: null, // PEN-01 is PDD's in the catalogue
    counterfeit: { multiple: 10, minimumFen: 50_000 }, // PEN-04, S3 假一赔十; floor ¥500
  },
  serviceLevels: {
    firstReply: { hours: 24, share: 0.8 }, // SLA-02 (S2's targets; no Taobao seed)
    resolution: { workingDays: 3, share: 0.75 },
    returnProcessing: { workingDays: 7, share: 0.95 },
    logisticsDelay: { share: 0.9 },
    logisticsDelayCouponFen: null, // SLA-04: PDD only
  },
} as const satisfies Policy);
