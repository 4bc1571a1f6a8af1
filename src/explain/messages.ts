import type { ReasonCode, ReasonParams, ReasonParamsOf } from '../model/reason.js';
import { deepFreeze } from '../model/freeze.js';

/** The locales every message exists in; {@link DEFAULT_LOCALE} is the fallback. */
export const LOCALES = /* @__PURE__ */ deepFreeze(['zh-CN', 'en'] as const);
/** A locale `explain` writes in. */
export type Locale = (typeof LOCALES)[number];
/** The locale of an unknown or unsupported tag (and of `explain` without one): the platforms' language. */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** A message reads its code's params, each possibly missing: a reason parsed from JSON may lack one. */
type Render<C extends ReasonCode> = (p: Partial<NonNullable<ReasonParamsOf<C>>>) => string;

const list = (v: ReasonParams[string] | undefined): string =>
  Array.isArray(v) ? v.join(', ') : v === undefined ? '' : String(v);
const yuan = (fen: ReasonParams[string] | undefined): string => `¥${(Number(fen ?? 0) / 100).toFixed(2)}`;
const closes = (p: { readonly closesAt?: string }): string => list(p.closesAt);

/** One sentence per reason code and locale. A code missing here fails the build (the type) and a test. */
export const MESSAGES: { readonly [C in ReasonCode]: { readonly [L in Locale]: Render<C> } } = {
  order_unpaid: {
    'zh-CN': () => '订单未付款，不能申请售后。',
    en: () => 'The order is unpaid, so it has no after-sales.',
  },
  group_buy_pending: {
    'zh-CN': () => '拼单尚未成团，暂不能申请退款，请等待成团；如有疑问可联系平台客服。',
    en: () => 'The group buy has not formed yet; a refund cannot be requested until it does. Questions can go to platform customer service.',
  },
  group_buy_failed_auto_refund: {
    'zh-CN': () => '拼单未成功，系统将在24小时内自动退款，无需申请。',
    en: () => 'The group buy failed: the system refunds automatically within 24 hours, no application needed.',
  },
  not_shipped_refund_only: {
    'zh-CN': () => '商品未发货，只能申请仅退款，可立即申请。',
    en: () => 'The goods have not shipped: only a refund (no return) applies, and it can be requested at once.',
  },
  refuse_delivery_required: {
    'zh-CN': () => '商品已发货未签收：请拒收包裹，商家通知快递退回后退款。',
    en: () => 'Shipped but not signed for: refuse the parcel at the door and the merchant has the courier take it back; then the refund follows.',
  },
  awaiting_signature: {
    'zh-CN': () => '商品尚未签收，签收后才能申请退货或换货。',
    en: () => 'The goods have not been signed for yet; returns and exchanges open after signing.',
  },
  no_reason_window_closed: {
    'zh-CN': (p) => `七天无理由退换货期限已于 ${closes(p)} 结束。`,
    en: (p) => `The ${list(p.days)}-day no-reason return window closed at ${closes(p)}.`,
  },
  goods_excluded_from_no_reason: {
    'zh-CN': (p) => `商品（${list(p.skus)}）属于不适用七天无理由退货的类别（${list(p.goodsClasses)}）；质量问题仍可申请售后。`,
    en: (p) => `Item(s) ${list(p.skus)} belong to a class excluded from no-reason returns (${list(p.goodsClasses)}); quality claims remain open.`,
  },
  goods_intact_required: {
    'zh-CN': () => '无理由退货须商品完好（拆封检查不影响）；商家收货时核验。',
    en: () => 'A no-reason return needs the goods intact (opening to inspect is fine); the merchant verifies on receipt.',
  },
  quality_window_closed: {
    'zh-CN': (p) => `质量问题退货期限已于 ${closes(p)} 结束；仍可要求换货或维修。`,
    en: (p) => `The ${list(p.days)}-day return window for fault claims closed at ${closes(p)}; an exchange or a repair can still be required.`,
  },
  warranty_terms_apply: {
    'zh-CN': (p) => `质量问题${p.remedy === 'repair' ? '维修' : '换货'}期限（${list(p.days)}天）已于 ${closes(p)} 结束，此后按商家的保修条款处理。`,
    en: (p) => `The ${list(p.days)}-day ${p.remedy === 'repair' ? 'repair' : 'exchange'} window for fault claims closed at ${closes(p)}; from then on the merchant's warranty terms decide.`,
  },
  after_sales_limit_reached: {
    'zh-CN': (p) => `本订单已完成 ${list(p.used)} 次退款/换货售后，达到上限 ${list(p.max)} 次，不能再申请。`,
    en: (p) => `This order already had ${list(p.used)} after-sales cases ending in a refund or exchange, the limit of ${list(p.max)}; no new application is possible.`,
  },
  entry_closed: {
    'zh-CN': () => '售后入口已被平台关闭，买家不能重新发起；请联系商家或平台客服。',
    en: () => 'The platform closed the after-sales entry and the buyer cannot reopen it; contact the merchant or platform service.',
  },
  repeated_applications: {
    'zh-CN': (p) => `同一商品 ${list(p.periodDays)} 天内第 ${list(p.count)} 次申请售后，将进入平台异常售后审核。`,
    en: (p) => `This is application number ${list(p.count)} on the same item within ${list(p.periodDays)} days; the buyer is marked for abuse review.`,
  },
  amount_invalid: {
    'zh-CN': (p) => `退款金额 ${yuan(p.amountFen)} 无效：须大于 0 且不超过可退金额 ${yuan(p.refundableFen)}。`,
    en: (p) => `Refund amount ${yuan(p.amountFen)} is invalid: it must be positive and at most the refundable ${yuan(p.refundableFen)}.`,
  },
  resend_not_applicable: {
    'zh-CN': (p) => `补寄只适用于已发货且原因为（${list(p.allowedReasons)}）的订单。`,
    en: (p) => `A resend applies only to a shipped order with reason ${list(p.allowedReasons)}.`,
  },
  appraisal_required: {
    'zh-CN': () => '假货赔付须有确认为假货的鉴定结果；鉴定前为有条件受理。',
    en: () => 'A counterfeit claim needs an appraisal confirming the goods are counterfeit; until then it is conditional.',
  },
  evidence_required: {
    'zh-CN': () => '请上传照片、视频或鉴定报告作为凭证；商家无法核实的申请可以拒绝。',
    en: () => 'Upload a photo, video or appraisal as evidence; the merchant may refuse a claim it cannot verify.',
  },
  signed_refund_only_no_reason: {
    'zh-CN': () => '已签收的商品不能无理由仅退款：七天无理由须退货，请申请退货退款。',
    en: () => 'Goods signed for cannot be refunded without reason while the buyer keeps them: a no-reason refund means sending them back, so apply for a return and refund.',
  },
  merchant_agreement_required: {
    'zh-CN': () => '已签收商品的仅退款（常为部分退款）须与商家协商，经商家同意后退款。',
    en: () => 'A refund without return of goods signed for (often a partial refund) is negotiated: it is paid once the merchant agrees.',
  },
  calendar_provisional: {
    'zh-CN': (p) => `${list(p.years)}年的放假安排尚未公布，本结果按法定节假日推算（不含调休），以国务院通知为准。`,
    en: (p) => `The holiday arrangement for ${list(p.years)} is not announced yet: this answer is computed from the statutory holidays (no make-up working days) and may change when the State Council notice is out.`,
  },
};
