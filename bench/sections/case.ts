import { formatInstant } from '../../src/time/zone.js';
import { fmtTime, timeBatches, verdict } from '../harness.js';
import { exported, notExported, skipped, type Section, type SectionRow } from './section.js';

/*
 * Case lifecycle (CSE-06): `applyEvent` one step at a time and `replay` of a 20-event history, per
 * API.md's signatures. EVENTS is a candidate legal history for a PDD quality return that goes through
 * platform intervention (it ends `completed` / `refunded`); the section checks that the library
 * accepts every event and, when it refuses one, skips with the refusal so the sequence can be
 * adjusted here.
 */

interface Result<T> {
  readonly ok: boolean;
  readonly value?: T;
  readonly error?: { readonly code?: string; readonly index?: number; readonly message?: string };
}
type OpenCase = (order: unknown, request: unknown, policy: unknown) => Result<unknown>;
type ApplyEvent = (afterSalesCase: unknown, event: unknown, policy: unknown) => Result<unknown>;
type Replay = (order: unknown, request: unknown, events: readonly unknown[], policy: unknown) => Result<unknown>;

const ORDER = {
  id: 'PDD-250301-1',
  paidAt: '2025-03-01T10:00:00+08:00',
  payments: [{ method: 'wechat_pay', amountFen: 3990 }],
  shippedAt: '2025-03-01T18:00:00+08:00',
  signedAt: '2025-03-03T11:20:00+08:00',
  items: [{ sku: 'case-1', priceFen: 3990, quantity: 1, goodsClass: 'standard' }],
  afterSales: { refundedFen: 0, history: [] },
};
const REQUEST = {
  type: 'return_refund',
  reason: 'quality',
  requestedAt: '2025-03-05T09:00:00+08:00',
  evidence: [{ kind: 'photo' }],
};

const hour = (h: number): string => formatInstant(Date.parse('2025-03-05T09:00:00+08:00') + h * 3_600_000, 'Asia/Shanghai');

/** 20 events: refusal, intervention, 13 evidence submissions, the window's timeout, ruling, return, refund. */
export const EVENTS: readonly Record<string, unknown>[] = [
  { type: 'merchant_refused', actor: 'merchant', at: hour(3) },
  { type: 'intervention_requested', actor: 'buyer', at: hour(4) },
  ...Array.from({ length: 13 }, (_, k) =>
    k % 2 === 0
      ? { type: 'evidence_submitted', actor: 'merchant', by: 'merchant', items: [{ kind: 'courier_receipt' }], at: hour(5 + k) }
      : { type: 'evidence_submitted', actor: 'buyer', by: 'buyer', items: [{ kind: 'photo' }], at: hour(5 + k) },
  ),
  { type: 'timed_out', actor: 'system', rule: 'CSE-03', at: hour(52) },
  { type: 'platform_ruled', actor: 'platform', for: 'buyer', at: hour(53) },
  { type: 'buyer_shipped', actor: 'buyer', carrier: 'SF', trackingNumber: 'SF1234567890123', at: hour(60) },
  { type: 'merchant_received', actor: 'merchant', intact: true, at: hour(100) },
  { type: 'refund_paid', actor: 'system', at: hour(101) },
];

const APPLY = { fn: '`applyEvent`', input: 'the 20 steps of EVENTS, each on the case before it', target: '≤ 2 µs median' };
const REPLAY = { fn: '`replay` of 20 events', input: 'order + request + EVENTS (PDD quality return via intervention)', target: '≤ 30 µs median' };

export const benchCase: Section = async (ctx) => {
  const openCase = exported<OpenCase>(ctx, 'openCase');
  const applyEvent = exported<ApplyEvent>(ctx, 'applyEvent');
  const replay = exported<Replay>(ctx, 'replay');
  const policies = ctx.lib['policies'] as { pinduoduo: unknown } | undefined;
  const rows: SectionRow[] = [];
  const policy = policies?.pinduoduo;

  // applyEvent: the case before each event, built by folding the events.
  if (openCase === undefined || applyEvent === undefined || policy === undefined) {
    rows.push(skipped(APPLY.fn, APPLY.input, APPLY.target, notExported(ctx, openCase === undefined ? 'openCase' : 'applyEvent')));
  } else {
    const opened = openCase(ORDER, REQUEST, policy);
    const before: unknown[] = [];
    let refusal: string | undefined = opened.ok ? undefined : `openCase refused the request (${JSON.stringify(opened.error)})`;
    let c = opened.value;
    for (let i = 0; refusal === undefined && i < EVENTS.length; i++) {
      before.push(c);
      const r = applyEvent(c, EVENTS[i], policy);
      if (!r.ok) refusal = `event #${i} (${String(EVENTS[i]?.['type'])}) refused: ${r.error?.code ?? JSON.stringify(r.error)}; adjust EVENTS in bench/sections/case.ts`;
      // Since 1.0 a step is `{ case, effects }`; before, the case itself.
      c = (r.value as { readonly case?: unknown } | undefined)?.case ?? r.value;
    }
    if (refusal !== undefined) rows.push(skipped(APPLY.fn, APPLY.input, APPLY.target, refusal));
    else {
      const n = EVENTS.length;
      const s = timeBatches(
        (from, to) => {
          let sum = 0;
          for (let i = from; i < to; i++) sum += applyEvent(before[i % n], EVENTS[i % n], policy).ok ? 1 : 0;
          return sum;
        },
        20_000,
        1000,
        200,
      );
      rows.push({ ...APPLY, measured: `${fmtTime(s.median)} / event`, status: verdict(s.median <= 2_000) });
    }
  }

  if (replay === undefined || policy === undefined) {
    rows.push(skipped(REPLAY.fn, REPLAY.input, REPLAY.target, notExported(ctx, 'replay')));
  } else {
    const r = replay(ORDER, REQUEST, EVENTS, policy);
    if (!r.ok) {
      rows.push(skipped(REPLAY.fn, REPLAY.input, REPLAY.target, `replay refused event #${r.error?.index ?? '?'}: ${r.error?.code ?? JSON.stringify(r.error)}; adjust EVENTS in bench/sections/case.ts`));
    } else {
      const s = timeBatches(
        (from, to) => {
          let sum = 0;
          for (let i = from; i < to; i++) sum += replay(ORDER, REQUEST, EVENTS, policy).ok ? 1 : 0;
          return sum;
        },
        5000,
        100,
        200,
      );
      rows.push({ ...REPLAY, measured: `${fmtTime(s.median)} / replay`, status: verdict(s.median <= 30_000) });
    }
  }
  return rows;
};
