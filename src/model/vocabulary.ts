import { deepFreeze } from './freeze.js';
/**
 * The closed vocabularies (the identifiers every rule and type uses), as data. Schemas, arbitraries and docs all read
 * these tuples, so a new value is added in exactly one place.
 */
/** How a buyer pays (a `Payment`'s `method`); a refund goes back the same way (RFT-07). */
export const PAYMENT_METHODS = /* @__PURE__ */ deepFreeze([
  'wechat_pay',
  'alipay',
  'platform_balance',
  'debit_card',
  'credit_card',
  'huabei',
] as const);
/** One of {@link PAYMENT_METHODS}. */
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** What an after-sales request asks for (an `AfterSalesRequest`'s and a history entry's `type`). */
export const REQUEST_TYPES = /* @__PURE__ */ deepFreeze([
  'refund_only',
  'return_refund',
  'exchange',
  'resend',
  'repair',
  'counterfeit_claim',
] as const);
/** One of {@link REQUEST_TYPES}. */
export type RequestType = (typeof REQUEST_TYPES)[number];

/** Why the buyer asks (an `AfterSalesRequest`'s and a history entry's `reason`). */
export const REQUEST_REASONS = /* @__PURE__ */ deepFreeze([
  'no_reason',
  'quality',
  'wrong_item',
  'missing_item',
  'damaged_in_transit',
  'not_received',
  'not_as_described',
  'counterfeit',
] as const);
/** One of {@link REQUEST_REASONS}. */
export type RequestReason = (typeof REQUEST_REASONS)[number];
/** @deprecated use `REQUEST_REASONS`; removed in the next minor */
export const REASONS = REQUEST_REASONS;

/** Reasons that claim the merchant (or its courier) is at fault: evidence and the quality window apply. */
export const FAULT_REASONS = /* @__PURE__ */ deepFreeze([
  'quality',
  'wrong_item',
  'not_as_described',
  'damaged_in_transit',
  'counterfeit',
] as const satisfies readonly RequestReason[]);

/** What kind of goods an item is (an `OrderItem`'s `goodsClass`), for ELG-07's exclusions; `standard` is excluded from nothing. */
export const GOODS_CLASSES = /* @__PURE__ */ deepFreeze([
  'standard',
  'custom_made',
  'perishable',
  'digital',
  'periodical',
  'hygiene_sealed',
  'activation_sensitive',
  'disclosed_defect',
] as const);
/** One of {@link GOODS_CLASSES}. */
export type GoodsClass = (typeof GOODS_CLASSES)[number];

/** ELG-07: classes the law excludes from no-reason returns outright (消法 art. 25 ¶2). */
export const LEGALLY_EXCLUDED_GOODS = /* @__PURE__ */ deepFreeze(['custom_made', 'perishable', 'digital', 'periodical'] as const satisfies readonly GoodsClass[]);
/** ELG-07: classes excluded only when the buyer confirmed it at checkout (Measures art. 7). */
export const EXCLUDED_IF_CONFIRMED_GOODS = /* @__PURE__ */ deepFreeze([
  'hygiene_sealed',
  'activation_sensitive',
  'disclosed_defect',
] as const satisfies readonly GoodsClass[]);

/**
 * How an earlier after-sales case on the order stands (a history entry's `outcome`): `open` while it
 * runs. A case's own ending is `CASE_OUTCOMES` (which adds `repaired`, and has no `open`).
 */
export const HISTORY_OUTCOMES = /* @__PURE__ */ deepFreeze(['refunded', 'exchanged', 'resent', 'rejected', 'withdrawn', 'open'] as const);
/** One of {@link HISTORY_OUTCOMES}. */
export type HistoryOutcome = (typeof HISTORY_OUTCOMES)[number];
/** @deprecated use `HISTORY_OUTCOMES`; removed in the next minor */
export const OUTCOMES = HISTORY_OUTCOMES;
/** @deprecated use `HistoryOutcome`; removed in the next minor */
export type Outcome = HistoryOutcome;

/** How a group buy (拼单) stands (a `GroupBuy`'s `status`, ELG-02/03). */
export const GROUP_BUY_STATUSES = /* @__PURE__ */ deepFreeze(['pending', 'succeeded', 'failed'] as const);
/** One of {@link GROUP_BUY_STATUSES}. */
export type GroupBuyStatus = (typeof GROUP_BUY_STATUSES)[number];

/** What a piece of evidence is (an `Evidence`'s `kind`, ELG-15/16, CSE-03). */
export const EVIDENCE_KINDS = /* @__PURE__ */ deepFreeze([
  'photo',
  'video',
  'appraisal',
  'courier_receipt',
  'logistics_seal',
  'chat_log',
] as const);
/** One of {@link EVIDENCE_KINDS}. */
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Who acts on a case (a case event's `actor`; a transition names those allowed). */
export const ACTORS = /* @__PURE__ */ deepFreeze(['buyer', 'merchant', 'platform', 'system'] as const);
/** One of {@link ACTORS}. */
export type Actor = (typeof ACTORS)[number];

/** Who is liable for a case (CSE-08). */
export const LIABLE_PARTIES = /* @__PURE__ */ deepFreeze(['buyer', 'merchant', 'courier', 'platform'] as const);
/** One of {@link LIABLE_PARTIES}. */
export type LiableParty = (typeof LIABLE_PARTIES)[number];

/** Who holds the freight insurance on an order (a `FreightInsurance`'s `holder`, FRT-03). */
export const INSURANCE_HOLDERS = /* @__PURE__ */ deepFreeze(['buyer', 'merchant'] as const);
/** One of {@link INSURANCE_HOLDERS}. */
export type InsuranceHolder = (typeof INSURANCE_HOLDERS)[number];

/**
 * What a violation costs the merchant, as a closed vocabulary. The first five are PEN-01's (S4 §5:
 * 关掉买卖, 限定取现, 货品停售, 严禁上架, 担保金), read from the policy; the rest are the case rules'.
 */
export const SANCTIONS = /* @__PURE__ */ deepFreeze([
  'close_transaction',
  'restrict_withdrawal',
  'delist_goods',
  'ban_listing',
  'deposit',
  /** PEN-02: the platform records a fake-shipment (虚假发货) finding. */
  'fake_shipment_finding',
  /** PEN-03: the case is decided on the buyer's evidence; later evidence is refused (CSE-03). */
  'ruling_on_buyer_evidence',
  /** PEN-04: the merchant refunds the buyer… */
  'refund',
  /** …and pays N× the price on top (`amountFen`). */
  'compensation',
  /** PEN-05: the timeout counts against the merchant's service record. */
  'service_record_mark',
] as const);
/** One of {@link SANCTIONS}. */
export type Sanction = (typeof SANCTIONS)[number];

/**
 * PEN-01: the marketplaces the screener tells apart. A policy names its own; a merchant who sends the
 * buyer to any other one steers the trade off the platform.
 */
export const MARKETPLACES = /* @__PURE__ */ deepFreeze([
  'pinduoduo', 'taobao', 'tmall', 'jd', 'douyin', 'kuaishou', 'xianyu', 'zhuanzhuan', 'xiaohongshu', 'weidian', 'vip', 'dewu',
  'suning', '1688', 'youzan', 'meituan', 'wechat',
] as const);
/** One of {@link MARKETPLACES}. */
export type Marketplace = (typeof MARKETPLACES)[number];
