import { deepFreeze } from './freeze.js';
import type { GoodsClass, RequestReason, RequestType } from './vocabulary.js';
/** The closed list of verdict reason codes, each with the rule that emits it (`explain` words each one). */
export const REASON_CODES = /* @__PURE__ */ deepFreeze({
  order_unpaid: 'ELG-01',
  group_buy_pending: 'ELG-02',
  group_buy_failed_auto_refund: 'ELG-03',
  not_shipped_refund_only: 'ELG-04',
  refuse_delivery_required: 'ELG-05',
  awaiting_signature: 'ELG-05',
  no_reason_window_closed: 'ELG-06',
  goods_excluded_from_no_reason: 'ELG-07',
  goods_intact_required: 'ELG-08',
  quality_window_closed: 'ELG-09',
  after_sales_limit_reached: 'ELG-10',
  entry_closed: 'ELG-11',
  repeated_applications: 'ELG-12',
  amount_invalid: 'ELG-13',
  resend_not_applicable: 'ELG-14',
  appraisal_required: 'ELG-15',
  evidence_required: 'ELG-16',
  warranty_terms_apply: 'ELG-17',
  signed_refund_only_no_reason: 'ELG-18',
  merchant_agreement_required: 'ELG-18',
  calendar_provisional: 'CAL-03',
} as const);

/** A verdict reason's code: a key of {@link REASON_CODES}. */
export type ReasonCode = keyof typeof REASON_CODES;

/**
 * CAL-03: the notice an answer carries when its computation touched a provisional year; `years`
 * names them. It is a reason (`info`), so {@link explain} renders it in both languages.
 */
export const provisionalNotice = (years: readonly number[]): Reason<'calendar_provisional'> =>
  reason('calendar_provisional', 'info', { years: years.map(String) });
export type RuleId = string;

/** `deny` decides the verdict; `condition` makes it conditional; `warn` and `info` only inform. */
export const EFFECTS = /* @__PURE__ */ deepFreeze(['deny', 'condition', 'warn', 'info'] as const);
/** What a reason does to the verdict: one of {@link EFFECTS}. */
export type ReasonEffect = (typeof EFFECTS)[number];
/** @deprecated use `ReasonEffect` (a case's effects are `CaseEffect`); removed in the next minor */
export type Effect = ReasonEffect;

/** The loose shape every code's params fit: what {@link explain} tolerates in a reason read from JSON. */
export type ReasonParams = Readonly<Record<string, string | number | boolean | readonly string[]>>;

/** A window reason's params: when the window closed (ISO-8601 with offset, in the policy's zone) and its length. */
export interface WindowParams {
  /** The instant the window closed. */
  readonly closesAt: string;
  /** The window's length in days, as the policy sets it. */
  readonly days: number;
}

/**
 * The `params` of each reason code that has them, so a narrowed reason reads its fields without a
 * cast: `if (r.code === 'no_reason_window_closed') r.params.closesAt`. A code not listed here has no
 * params. The parse of a stored case (`parseCase`) checks them against {@link REASON_PARAM_KINDS}.
 */
export interface ReasonParamsByCode {
  /** ELG-03: the rule that refunds the buyer, and when the group buy failed (when the order says). */
  readonly group_buy_failed_auto_refund: {
    /** The rule that refunds a failed group buy by itself. */
    readonly refundRule: 'RFT-01';
    /** When the group buy failed (ISO-8601 with offset); absent when the order does not say. */
    readonly failedAt?: string;
  };
  /** ELG-06 */
  readonly no_reason_window_closed: WindowParams;
  /** ELG-07: the excluded SKUs of the request and their goods classes. */
  readonly goods_excluded_from_no_reason: {
    /** The excluded SKUs. */
    readonly skus: readonly string[];
    /** The distinct goods classes among them, in order of first appearance (not one per SKU). */
    readonly goodsClasses: readonly GoodsClass[];
  };
  /** ELG-09: a fault return's window closed; these remedies stay open. */
  readonly quality_window_closed: WindowParams & {
    /** ELG-17: the remedies still open after the return window. */
    readonly stillOpen: readonly ('exchange' | 'repair')[];
  };
  /** ELG-17: past the fault exchange or repair window; `remedy` is the request's type. */
  readonly warranty_terms_apply: WindowParams & {
    /** The request's type: the remedy whose window closed. */
    readonly remedy: RequestType;
  };
  /** ELG-10: cases that ended in a refund or an exchange, and the policy's limit. */
  readonly after_sales_limit_reached: {
    /** Cases on the order that ended in a refund or an exchange. */
    readonly used: number;
    /** The policy's limit. */
    readonly max: number;
  };
  /** ELG-11: whom the buyer contacts instead. */
  readonly entry_closed: {
    /** Whom the buyer contacts: the merchant or the platform's customer service. */
    readonly contact: 'merchant_or_platform_service';
  };
  /** ELG-12: applications on the item within the period, counting this one. */
  readonly repeated_applications: {
    /** Applications on the item within the period, this one included. */
    readonly count: number;
    /** The period, in days, as the policy sets it. */
    readonly periodDays: number;
  };
  /** ELG-13: the requested and the refundable amount, in fen. */
  readonly amount_invalid: {
    /** The amount asked for (the refundable amount when the request named none), in fen. */
    readonly amountFen: number;
    /** What can still be refunded, in fen. */
    readonly refundableFen: number;
  };
  /** ELG-14: the reasons a resend serves under the policy, and whether the order shipped. */
  readonly resend_not_applicable: {
    /** The reasons a resend serves under the policy. */
    readonly allowedReasons: readonly RequestReason[];
    /** Whether the order has shipped: a resend needs a shipment. */
    readonly shipped: boolean;
  };
  /** ELG-18: the request type to use instead. */
  readonly signed_refund_only_no_reason: {
    /** The request type to use instead: a return. */
    readonly use: 'return_refund';
  };
  /** CAL-03: the provisional years the answer touched. */
  readonly calendar_provisional: {
    /** The provisional years, e.g. `['2027']`. */
    readonly years: readonly string[];
  };
}

/** A reason code's params: its entry in {@link ReasonParamsByCode}, or `undefined` for a code without any. */
export type ReasonParamsOf<C extends ReasonCode> = C extends keyof ReasonParamsByCode ? ReasonParamsByCode[C] : undefined;

/**
 * The kind of each param, as data: `parseCase` checks a stored reason against it (`s` string, `n`
 * number, `b` boolean, `l` list of strings; a trailing `?` marks an optional one). A test holds it
 * equal to {@link ReasonParamsByCode} and to what the rules emit.
 */
export const REASON_PARAM_KINDS = /* @__PURE__ */ deepFreeze({
  group_buy_failed_auto_refund: { refundRule: 's', failedAt: 's?' },
  no_reason_window_closed: { closesAt: 's', days: 'n' },
  goods_excluded_from_no_reason: { skus: 'l', goodsClasses: 'l' },
  quality_window_closed: { closesAt: 's', days: 'n', stillOpen: 'l' },
  warranty_terms_apply: { closesAt: 's', days: 'n', remedy: 's' },
  after_sales_limit_reached: { used: 'n', max: 'n' },
  entry_closed: { contact: 's' },
  repeated_applications: { count: 'n', periodDays: 'n' },
  amount_invalid: { amountFen: 'n', refundableFen: 'n' },
  resend_not_applicable: { allowedReasons: 'l', shipped: 'b' },
  signed_refund_only_no_reason: { use: 's' },
  calendar_provisional: { years: 'l' },
} as const satisfies { readonly [C in keyof ReasonParamsByCode]: { readonly [K in keyof ReasonParamsByCode[C]]-?: string } });

/**
 * Why a rule said what it said. `Reason` alone is the union over every code, so narrowing on `code`
 * types `params`; `Reason<'amount_invalid'>` is one code's reason.
 */
export type Reason<C extends ReasonCode = ReasonCode> = { readonly [K in C]: ReasonOf<K> }[C];

/** One code's reason: its rule is the one the code belongs to, its params those of {@link ReasonParamsByCode}. */
export type ReasonOf<C extends ReasonCode> = ReasonHead<C> &
  (C extends keyof ReasonParamsByCode
    ? {
        /** The values the reason's sentence names ({@link ReasonParamsByCode}). */
        readonly params: ReasonParamsByCode[C];
      }
    : {
        /** This code has no params. */
        readonly params?: undefined;
      });

/** What every reason has, whatever its code. */
export interface ReasonHead<C extends ReasonCode> {
  /** Why: one of {@link REASON_CODES}. */
  readonly code: C;
  /** The rule ID that emits this code ({@link REASON_CODES}). */
  readonly rule: (typeof REASON_CODES)[C];
  /** What the reason does to the verdict. */
  readonly effect: ReasonEffect;
}

/** Builds a reason whose `rule` is always the one its code belongs to, with the params its code takes. */
export function reason<C extends ReasonCode>(code: C, effect: ReasonEffect, ...params: ReasonParamsOf<C> extends undefined ? [] : [ReasonParamsOf<C>]): Reason<C> {
  // The rest parameter already ties the params to the code; the conditional type cannot see it.
  return { code, rule: REASON_CODES[code], effect, ...(params.length > 0 && { params: params[0] }) } as unknown as Reason<C>;
}
