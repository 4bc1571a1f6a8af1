// Writes docs/platforms.md from the adapters' own mapping tables (src/platforms/pdd.ts, taobao.ts)
// and the events each row replays (src/platforms/steps.ts), so the published mapping, its sources
// and the list of codes not mapped can never disagree with what fromPdd / fromTaobao do.
//   npm run docs:platforms                    regenerate docs/platforms.md
//   tsx scripts/docs-platforms.ts --check     exit 1 when docs/platforms.md is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CaseMachine, RequestType } from '../src/platforms/library.js';
import { PDD_SOURCES, PDD_STATUSES, PDD_TYPES } from '../src/platforms/pdd.js';
import { REFUND_MACHINES, stepsTo, type Step, type Target } from '../src/platforms/steps.js';
import { TAOBAO_CS_STATUSES, TAOBAO_SOURCES, TAOBAO_STATUS_TABLE, TAOBAO_STATUSES } from '../src/platforms/taobao.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the page is written. */
export const PLATFORMS_DOC = join(ROOT, 'docs', 'platforms.md');

const code = (s: string | number): string => `\`${s}\``;

function stepLabel(s: Step): string {
  if ('timeout' in s) return `timed_out ${s.timeout}`;
  if (s.type === 'platform_ruled') return `platform_ruled (for ${s.for})`;
  if (s.type === 'merchant_received' && !s.intact) return 'merchant_received (not intact)';
  return s.type;
}

/** The machines a row can run on, grouped by the events that reach its target on each. */
function reached(target: Target, machines: readonly CaseMachine[]): string {
  const byPath = new Map<string, CaseMachine[]>();
  // Placeholder facts: the events' shape, not their content, is what the page shows.
  const facts = { returnAddress: '-', carrier: '-', trackingNumber: '-' };
  for (const m of machines) {
    const steps = stepsTo(target, m, facts);
    if (steps === undefined) continue;
    const path = steps.length === 0 ? '(the application itself)' : steps.map(stepLabel).join(' → ');
    byPath.set(path, [...(byPath.get(path) ?? []), m]);
  }
  return [...byPath].map(([path, ms]) => `${ms.map(code).join(', ')}: ${path}`).join('<br>');
}

const machinesOf = (types: readonly RequestType[] | undefined, returnsOnly = false): CaseMachine[] =>
  REFUND_MACHINES.filter((m) => {
    if (returnsOnly) return m === 'return_refund';
    if (types === undefined) return true;
    return types.includes(m === 'return_refund' ? 'return_refund' : 'refund_only');
  });

const sources = (tags: string, table: Readonly<Record<string, string>>): string =>
  tags
    .split(', ')
    .map((t) => {
      if (table[t] === undefined) throw new Error(`source tag ${t} has no entry in the sources table`);
      return `[${t}]`;
    })
    .join(', ');

const sourceList = (table: Readonly<Record<string, string>>): string[] => Object.entries(table).map(([tag, where]) => `- [${tag}] ${where}`);

function pdd(): string[] {
  const lines = ['## Pinduoduo (`fromPdd`, `toPddStatus`)', '', 'Refund objects of `pdd.refund.information.get` and `pdd.refund.list.increment.get`. Sources:', '', ...sourceList(PDD_SOURCES), ''];
  lines.push('### `after_sales_status`', '', '| code | meaning | library status | how reached (`target`: case table: events) | source |', '|---|---|---|---|---|');
  for (const r of PDD_STATUSES.filter((r) => r.target !== undefined)) {
    lines.push(`| ${r.code} | ${r.meaning} | ${code(r.status!)} | ${code(r.target!)}<br>${reached(r.target!, machinesOf(r.types))} | ${sources(r.source, PDD_SOURCES)} |`);
  }
  lines.push('', '### `after_sales_type`', '', 'The two APIs number the types differently: pass the `api` option (or `api` in the payload) when a code reads two ways.', '');
  for (const [api, rows] of Object.entries(PDD_TYPES)) {
    lines.push(`${code(api)}:`, '', '| code | meaning | request type |', '|---|---|---|');
    for (const t of rows) lines.push(`| ${t.code} | ${t.meaning} | ${t.type === undefined ? t.notModelled! : code(t.type)} |`);
    lines.push('');
  }
  lines.push('### Codes not mapped', '', 'Each is a `not_modelled` issue at `refund.after_sales_status`, never a guess.', '', '| code | meaning | why | source |', '|---|---|---|---|');
  for (const r of PDD_STATUSES.filter((r) => r.target === undefined)) lines.push(`| ${r.code} | ${r.meaning} | ${r.notModelled!} | ${sources(r.source, PDD_SOURCES)} |`);
  return lines;
}

function taobao(): string[] {
  const lines = ['## Taobao / Tmall (`fromTaobao`, `toTaobaoStatus`)', '', 'TOP `Refund` objects of `taobao.refunds.receive.get` and `taobao.refund.get`. Sources:', '', ...sourceList(TAOBAO_SOURCES), ''];
  lines.push('### `status` × `cs_status` at a glance', '', `| status | ${TAOBAO_CS_STATUSES.join(' | ')} |`, `|---|${TAOBAO_CS_STATUSES.map(() => '---|').join('')}`);
  for (const s of TAOBAO_STATUSES) {
    const cells = TAOBAO_CS_STATUSES.map((cs) => TAOBAO_STATUS_TABLE.find((r) => r.status === s && r.csStatus === cs)?.libraryStatus);
    lines.push(`| ${code(s)} | ${cells.map((c) => (c === undefined ? '—' : code(c))).join(' | ')} |`);
  }
  lines.push('', '— : not mapped (see below).', '', '### Mapped pairs', '');
  lines.push('| status | cs_status | meaning | library status | how reached (`target`: case table: events) | source |', '|---|---|---|---|---|---|');
  for (const r of TAOBAO_STATUS_TABLE.filter((r) => r.target !== undefined)) {
    const only = r.returnsOnly === true ? ' (only with `has_good_return`)' : '';
    lines.push(`| ${code(r.status)} | ${r.csStatus} | ${r.meaning} | ${code(r.libraryStatus!)}${only} | ${code(r.target!)}<br>${reached(r.target!, machinesOf(undefined, r.returnsOnly))} | ${sources(r.source, TAOBAO_SOURCES)} |`);
  }
  lines.push('', '### Pairs not mapped', '', 'Each is a `not_modelled` issue at `refund.status`, never a guess.', '', '| status | cs_status | meaning | why | source |', '|---|---|---|---|---|');
  for (const r of TAOBAO_STATUS_TABLE.filter((r) => r.target === undefined)) {
    lines.push(`| ${code(r.status)} | ${r.csStatus} | ${r.meaning} | ${r.notModelled!} | ${sources(r.source, TAOBAO_SOURCES)} |`);
  }
  return lines;
}

/** The whole page: how a row becomes a case, then one section per platform. */
export function renderPlatformsDoc(): string {
  const lines = [
    '<!-- Generated by scripts/docs-platforms.ts from src/platforms. Do not edit: run `npm run docs:platforms`. -->',
    '# Platform status mapping',
    '',
    'How `aftersales/platforms` reads a platform\'s after-sales status. Each mapped row names the library',
    'status it stands for and the `target` the adapter replays: the library\'s own events, in order, on',
    'the case table the payload\'s facts select (refund-only before shipment, in transit or after delivery,',
    'or return-and-refund). Every event but the last is dated at the application, the last at the',
    'platform\'s last change, a `timed_out` at the deadline the library computes. A status the rules',
    'refuse to reach from the payload\'s facts is an `unreachable` issue with the refusing rule.',
    '`toPddStatus` and `toTaobaoStatus` go back: importing the status they give yields the same library status.',
    '',
    ...pdd(),
    '',
    ...taobao(),
    '',
  ];
  return lines.join('\n');
}

function main(argv: readonly string[]): number {
  const doc = renderPlatformsDoc();
  const where = relative(process.cwd(), PLATFORMS_DOC);
  if (argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(PLATFORMS_DOC, 'utf8');
    } catch {
      // A missing file is as stale as an outdated one.
    }
    if (current === doc) return 0;
    process.stderr.write(`${where} is out of date: run \`npm run docs:platforms\`\n`);
    return 1;
  }
  writeFileSync(PLATFORMS_DOC, doc);
  process.stdout.write(`wrote ${where}\n`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
