/*
 * Growth in every input dimension (issue 13): each public function on an input large in one
 * dimension only, at 1×, 10× and 100× its size. Linear means a flat per-unit column; the verdict
 * allows the 100× per-unit cost up to 2× the 1× one (caches and GC grow with the heap, fixed costs
 * shrink per unit). Inputs are built outside the timed call; each size runs a few times, median.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assess } from '../src/assess/assess.js';
import { replay } from '../src/case/replay.js';
import { run as runCli } from '../src/cli/run.js';
import { parseAssessInput } from '../src/assess/assess-input.js';
import { MAX_CASE_EVENTS, parseCaseEvents, type CaseEvent } from '../src/model/case.js';
import { applyEvent } from '../src/case/apply-event.js';
import { screenMessage } from '../src/penalties/screen-message.js';
import { policies } from '../src/policies/index.js';
import { serviceLevelReport } from '../src/service-levels/service-level-report.js';
import { mergeServiceLevelReports } from '../src/service-levels/merge-service-level-reports.js';
import type { ServiceLevelRecord } from '../src/service-levels/record.js';
import type { Calendar } from '../src/time/calendar.js';
import { cnCalendar } from '../src/time/cn-calendar.js';
import { loadCalendar } from '../src/time/load-calendar.js';
import { fmtTime, median, wall } from './harness.js';
import { scaledAssessInput, scaledEvents, type Scale } from '../test/fixtures/scaled.js';
import { slaRecords } from './sections/service-levels.js';

export interface GrowthRow {
  readonly dimension: string;
  readonly fn: string;
  readonly unit: string;
  readonly sizes: readonly number[];
  /** Median wall time per size, ms. */
  readonly ms: readonly number[];
}

// `npm run bench` runs node with --expose-gc: a full collection before each timed call, so that a
// 100× input is not charged for the garbage the inputs before it left behind.
const collect = (globalThis as { gc?: () => void }).gc;

/** Median of `reps` runs of `call` on a fresh input from `make` (built untimed). */

function time<T>(make: () => T, call: (x: T) => unknown, reps: number): number {
  const runs: number[] = [];
  for (let r = 0; r < reps; r++) {
    const x = make();
    collect?.();
    runs.push(wall(() => (call(x) === undefined ? 0 : 1)));
  }
  return median(runs);
}

const reps = (n: number, largest: number): number => (n === largest ? 3 : 7);

function row(dimension: string, fn: string, unit: string, sizes: readonly number[], at: (n: number, reps: number) => number): GrowthRow {
  const largest = Math.max(...sizes);
  at(sizes[0]!, 3); // warm-up: compile the paths before timing
  return { dimension, fn, unit, sizes, ms: sizes.map((n) => at(n, reps(n, largest))) };
}

const assessRow = (dimension: string, unit: string, scale: (n: number) => Scale, sizes: readonly number[]): GrowthRow =>
  row(dimension, '`assess`', unit, sizes, (n, r) => time(() => scaledAssessInput(scale(n)), (x) => assess(x), r));

const MESSAGE = '亲，您的快递单号是SF1234567890123，请注意查收。加我薇信 lili_8899 发图，尺码偏小，建议拍大一码哦。';

/** A holiday-cn year file for `year`: New Year's Day and the National Day week off. */
const yearFile = (year: number) => ({
  year,
  papers: [],
  days: [
    { name: '元旦', date: `${year}-01-01`, isOffDay: true },
    ...Array.from({ length: 7 }, (_, d) => ({ name: '国庆节', date: `${year}-10-0${d + 1}`, isOffDay: true })),
  ],
});

/** A calendar covering 2024 and `years − 1` provisional years after it, for the per-record cost over many years. */
const provisionalCalendar = (years: number): Calendar => ({
  id: `bench-${years}`,
  covers: { from: '2024-01-01', to: `${2023 + years}-12-31` },
  holidays: ['2024-01-01'],
  makeUpWorkingDays: [],
  provisionalYears: Array.from({ length: years }, (_, k) => 2024 + k),
});

const ORDER_SIZES = [1_000, 10_000, 100_000];

/** Every dimension of issue 13's list, in its order. */
export function growthInDimensions(quick: boolean): GrowthRow[] {
  const sla = (n: number): ServiceLevelRecord[] => slaRecords(n) as ServiceLevelRecord[];
  const base = parseAssessInput(scaledAssessInput());
  if (!base.ok) throw new Error('bench: the scaled input does not validate');
  const { order, request } = base.value;
  const events = (n: number): readonly CaseEvent[] => {
    const parsed = parseCaseEvents(scaledEvents(n));
    if (!parsed.ok) throw new Error('bench: the scaled events do not validate');
    return parsed.value;
  };
  // Up to the cap a case holds (MAX_CASE_EVENTS): past it the parties' events are refused.
  const made = serviceLevelReport(sla(100), policies.pinduoduo, { at: '2026-01-01T00:00:00+08:00' });
  if (!made.ok) throw new Error('bench: the generated SLA records were refused');
  const shard = made.value;
  const eventSizes = quick ? [100, 1_000] : [100, 1_000, MAX_CASE_EVENTS];
  return [
    assessRow('order items', 'item', (n) => ({ items: n }), ORDER_SIZES),
    assessRow('request SKUs (every item listed)', 'SKU', (n) => ({ items: n, listSkus: true }), ORDER_SIZES),
    assessRow('payments', 'payment', (n) => ({ payments: n }), ORDER_SIZES),
    assessRow('history entries (SKUs on a 1k-item order)', 'entry', (n) => ({ items: 1_000, history: n }), ORDER_SIZES),
    assessRow('evidence items', 'item', (n) => ({ evidence: n }), ORDER_SIZES),
    row('case events', '`replay`', 'event', eventSizes, (n, r) => time(() => events(n), (ev) => replay(order, request, ev, policies.pinduoduo), r)),
    row('message length', '`screenMessage`', 'character', [10_000, 100_000, 1_000_000], (n, r) =>
      time(() => MESSAGE.repeat(Math.ceil(n / MESSAGE.length)).slice(0, n), (text) => screenMessage({ text, sender: 'merchant' }, policies.pinduoduo), r),
    ),
    row('SLA records', '`serviceLevelReport`', 'record', quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000], (n, r) =>
      time(() => sla(n), (records) => serviceLevelReport(records, policies.pinduoduo, { at: '2026-01-01T00:00:00+08:00' }), r),
    ),
    // k shard reports in one call: the missed lists are concatenated once, not re-copied per merge.
    row('SLA reports merged (100 records each)', '`mergeServiceLevelReports`', 'report', [100, 1_000, 10_000], (n, r) =>
      time(() => Array.from({ length: n }, () => shard),
        ([first, ...rest]) => mergeServiceLevelReports(first!, ...rest), r),
    ),
    row('calendar years loaded', '`loadCalendar`', 'year', [1, 10, 100], (n, r) =>
      time(() => Array.from({ length: n }, (_, k) => yearFile(2027 + k)), (files) => loadCalendar(files, { base: cnCalendar }), r),
    ),
    // The per-record cost must not grow with the calendar: the report is divided by years below.
    row('provisional calendar years (10k SLA records)', '`serviceLevelReport`', 'year', [1, 10, 100], (n, r) =>
      time(() => ({ records: sla(10_000), calendar: provisionalCalendar(n) }), ({ records, calendar }) =>
        serviceLevelReport(records, policies.pinduoduo, { at: '2026-01-01T00:00:00+08:00', calendar }), r),
    ),
  ];
}

/** Per unit in ns; for the calendar-size row the cost per record instead (it must stay flat, not fall). */
const perUnitNs = (r: GrowthRow, i: number): number => (r.ms[i]! * 1e6) / (r.dimension.startsWith('provisional') ? 10_000 : r.sizes[i]!);

/** The growth table in markdown. */
export function growthTable(rows: readonly GrowthRow[]): string[] {
  const int = (n: number): string => n.toLocaleString('en-US');
  return [
    '| dimension | function | 1× | 10× | 100× | per unit at 1× / 10× / 100× | 100× ÷ 1× per unit | flat (≤ 2×) |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => {
      const cells = r.sizes.map((n, i) => `${int(n)}: ${fmtTime(r.ms[i]! * 1e6)}`);
      while (cells.length < 3) cells.push('—');
      const per = r.sizes.map((_, i) => fmtTime(perUnitNs(r, i))).join(' / ');
      const ratio = perUnitNs(r, r.sizes.length - 1) / perUnitNs(r, 0);
      const unit = r.dimension.startsWith('provisional') ? 'record' : r.unit;
      return `| ${r.dimension} | ${r.fn} | ${cells.join(' | ')} | ${per} per ${unit} | ${ratio.toFixed(2)}× | ${ratio <= 2 ? '✓' : '✗ missed'} |`;
    }),
  ];
}

/** `assess` on a 100k-item order (the budget: ≤ 200 ms), median of 5. */
export function assessLargeOrderMs(): number {
  return time(() => scaledAssessInput({ items: 100_000 }), (x) => assess(x), 5);
}

/**
 * `aftersales replay FILE` in-process on a file of `n` events (the CLI's read, parse, replay,
 * deadlines, violations and JSON output; not Node's start-up). Returns the file size and the median.
 */
export function cliReplayMs(n: number): { events: number; bytes: number; ms: number } {
  const dir = mkdtempSync(join(tmpdir(), 'aftersales-bench-'));
  try {
    const file = join(dir, 'events.json');
    const text = JSON.stringify({ ...scaledAssessInput(), events: scaledEvents(n) });
    writeFileSync(file, text);
    const io = { stdout: () => {}, stderr: () => {}, readText: (p: string) => readFileSync(p, 'utf8'), listJson: () => [], version: () => '0.0.0', examplesDir: 'examples' };
    const ms = time(() => undefined, () => runCli(['replay', file], io), 3);
    return { events: n, bytes: Buffer.byteLength(text), ms };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * One `applyEvent` on a case holding `n` events: a lone step copies the history (the case is an
 * immutable value), so its cost is bounded by the cap, MAX_CASE_EVENTS. Median of 21, in ms.
 */
export function loneStepMs(n: number): number {
  const base = parseAssessInput(scaledAssessInput());
  const events = parseCaseEvents(scaledEvents(n + 1));
  if (!base.ok || !events.ok) throw new Error('bench: the scaled input does not validate');
  const { order, request } = base.value;
  const before = replay(order, request, events.value.slice(0, n), policies.pinduoduo);
  if (!before.ok) throw new Error('bench: the scaled events do not replay');
  const last = events.value[n]!;
  return time(() => before.value, (c) => applyEvent(c, last, policies.pinduoduo), 21);
}
