import type { Pair } from '../data.js';
import { fmtTime, timeBatches, verdict } from '../harness.js';
import { cnProvisionalCalendar } from '../../src/calendar/index.js';
import { exported, notExported, skipped, type Section } from './section.js';

interface Query {
  readonly from: string;
  readonly trigger: 'approved' | 'group_buy_failed' | 'goods_received';
  readonly method: string;
}
type EstimateRefundArrival = (query: Query, policy: unknown, options?: { calendar?: unknown }) => { ok: boolean };

const FN = '`estimateRefundArrival`';
const INPUT = 'queries (one payment method each, trigger by request type) from the dataset, PDD';
const TARGET = '≤ 1 µs median';
const BATCH = 1000;

/** What a caller asks once a request is approved: by the order's first payment method, the trigger its type implies. */
function queryOf({ order, request }: Pair): Query | undefined {
  const method = order.payments[0]?.method;
  if (method === undefined) return undefined;
  if (order.groupBuy?.status === 'failed') return { from: order.groupBuy.failedAt ?? request.requestedAt, trigger: 'group_buy_failed', method };
  const returned = request.type === 'return_refund' || request.type === 'exchange';
  return { from: request.requestedAt, trigger: returned ? 'goods_received' : 'approved', method };
}

/** RFT-01…07 for one leg: parsing, the method's window, calendar arithmetic, formatting. */
export const benchRefund: Section = async (ctx) => {
  const estimate = exported<EstimateRefundArrival>(ctx, 'estimateRefundArrival');
  const policies = ctx.lib['policies'] as { pinduoduo: unknown } | undefined;
  if (estimate === undefined || policies === undefined) return [skipped(FN, INPUT, TARGET, notExported(ctx, 'estimateRefundArrival'))];
  const all = ctx.pairs.map(queryOf).filter((q): q is Query => q !== undefined);
  const queries = all.slice(0, all.length - (all.length % BATCH));
  const policy = policies.pinduoduo;
  let issues = 0;
  for (const q of queries) if (!estimate(q, policy).ok) issues++;
  const s = timeBatches(
    (from, to) => {
      let sum = 0;
      for (let i = from; i < to; i++) sum += estimate(queries[i] as Query, policy).ok ? 1 : 0;
      return sum;
    },
    queries.length,
    BATCH,
    (2 * queries.length) / BATCH,
  );
  const note = issues === 0 ? '' : ` (${issues} answered with a CalendarIssue)`;
  // CAL-03 budget: the same queries moved into provisional years (2024→2028, 2025→2027, 2026→2029
  // keep every weekday-free date valid: leap years to leap years) on `cnProvisionalCalendar`.
  const shift: Readonly<Record<string, string>> = { '2024': '2028', '2025': '2027', '2026': '2029' };
  const moved = queries.map((q) => ({ ...q, from: (shift[q.from.slice(0, 4)] ?? q.from.slice(0, 4)) + q.from.slice(4) }));
  const options = { calendar: cnProvisionalCalendar };
  const p = timeBatches(
    (from, to) => {
      let sum = 0;
      for (let i = from; i < to; i++) sum += estimate(moved[i] as Query, policy, options).ok ? 1 : 0;
      return sum;
    },
    moved.length,
    BATCH,
    (2 * moved.length) / BATCH,
  );
  const ratio = p.median / s.median;
  return [
    { fn: FN, input: `${queries.length.toLocaleString('en-US')} ${INPUT}${note}`, measured: `${fmtTime(s.median)} / call`, target: TARGET, status: verdict(s.median <= 1_000) },
    {
      fn: `${FN} in a provisional year (CAL-03)`,
      input: 'the same queries moved to 2027–2029 on `cnProvisionalCalendar`',
      measured: `${fmtTime(p.median)} / call (${ratio.toFixed(2)}× announced)`,
      target: '≤ 2× an announced year',
      status: verdict(ratio <= 2),
    },
  ];
};
