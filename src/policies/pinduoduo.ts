import { deepFreeze } from '../model/freeze.js';
import type { Policy } from '../model/policy.js';
import { EXCLUDED_IF_CONFIRMED_GOODS, LEGALLY_EXCLUDED_GOODS } from '../model/vocabulary.js';

/**
 * Pinduoduo (拼多多) rule parameters, from seeds S0, S1, S2, S4 and the platform's open-API enums.
 * Values the seeds leave open sit at the legal floor and say so.
 */
export const pinduoduo = /* @__PURE__ */ deepFreeze({
  id: 'pinduoduo',
  version: '2025.1',
  name: { 'zh-CN': '拼多多', en: 'Pinduoduo' },
  timeZone: 'Asia/Shanghai',
  eligibility: {
    noReasonWindowDays: 7, // ELG-06, S4 §3
    qualityWindowDays: 7, // ELG-09, S1 §1.1
    exchangeWindowDays: 15, // ELG-17, 三包 floor (the seeds name no exchange window past day 7)
    repairWindowDays: 365, // ELG-17: our default warranty, the common 三包 whole-unit year; a shop's own terms override it
    excludedGoods: [...LEGALLY_EXCLUDED_GOODS], // ELG-07
    excludedIfConfirmed: [...EXCLUDED_IF_CONFIRMED_GOODS], // ELG-07
    groupBuy: true, // ELG-02/03, S4 §1
    maxCasesPerOrder: 3, // ELG-10, S1 "三次"
    repeatedApplications: { count: 3, periodDays: 30 }, // ELG-12, S1
    resendReasons: ['missing_item', 'damaged_in_transit'], // ELG-14, S1 补寄
  },
  refund: {
    groupBuyFailed: { issueWithinHours: 24, wechatArrivalMinutes: { min: 1, max: 3 } }, // RFT-01, S4 §1
    originalRoute: { methods: ['wechat_pay', 'alipay', 'platform_balance'], withinHours: 24, holidayDelayed: true }, // RFT-02
    cardDays: { debit_card: { min: 2, max: 6 }, credit_card: { min: 3, max: 7 } }, // RFT-03/04, S4 §2.1
    processingWorkingDays: { min: 1, max: 3 }, // RFT-05, S1 §1.3
    refundAfterReceiptDays: 7, // RFT-06, Measures art. 13
  },
  freight: {
    exchangeBuyerPaysBothLegs: true, // FRT-01, S4 §3
    insurancePeriodDays: 7, // FRT-03, S4 §6 (weekly subscription)
    returnFreightSubsidy: { payoutHours: 24 }, // FRT-04, S4 §6
    deductOutboundPostage: true, // FRT-07, Measures art. 18
  },
  case: {
    merchantResponseHours: 48, // CSE-01, PDD API expire_time
    evidenceHours: 48, // CSE-03, S4 §4
    buyerConfirmationHours: 48, // RSD-01/02 (our default; the seeds give no limit for the buyer's confirmation card)
    escalationDays: 7, // CSE-02 (platform practice; not in the seeds)
    buyerReturnShipmentDays: 7, // CSE-04 (platform practice; not in the seeds)
    merchantReceiptDays: 10, // CSE-04 (platform practice; not in the seeds)
    followUpDays: 3, // CSE-07, S0 step 5 (our default)
  },
  penalties: {
    ownMarketplaces: ['pinduoduo'], // PEN-01
    offPlatformTrade: {
      // PEN-01, S4 §5
      sanctions: ['close_transaction', 'restrict_withdrawal', 'delist_goods', 'ban_listing', 'deposit'],
      depositFen: 10_000_000,
    },
    counterfeit: { multiple: 3, minimumFen: 50_000 }, // PEN-04: no seed for PDD, so the legal floor (消法 art. 55)
  },
  serviceLevels: {
    firstReply: { hours: 24, share: 0.8 }, // SLA-02, S2
    resolution: { workingDays: 3, share: 0.75 }, // SLA-02, S2
    returnProcessing: { workingDays: 7, share: 0.95 }, // SLA-02, S2
    logisticsDelay: { share: 0.9 }, // SLA-02, S2 §2.2
    logisticsDelayCouponFen: 500, // SLA-04, S2 §2.2 names a coupon, not its amount: our default ¥5
  },
} as const satisfies Policy);
