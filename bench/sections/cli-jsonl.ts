import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLines } from '../../src/cli/read-lines.js';
import { run } from '../../src/cli/run.js';
import type { Pair } from '../data.js';
import { verdict } from '../harness.js';
import type { Section, SectionRow } from './section.js';

/*
 * `aftersales assess --jsonl` in constant memory (issue 16): the command runs in a fresh Node process
 * on a generated file of 20,000 lines, its answers written to /dev/null as a redirected stdout would
 * take them, and the process's RSS is sampled before the run and every 1,000 answers. The process is
 * warmed first on the file's first 1,000 lines, so the baseline holds the compiled code; flat means
 * every sample is within the budget of the baseline, while the input and the output are many times
 * that (a command that read the file whole would hold it all before its first answer).
 */

const LINES = 20_000;
const EVERY = 1_000;
/** RSS growth allowed over the warmed baseline: a fraction of the input's size. */
const BUDGET_MB = 8;
const MB = 1024 * 1024;

interface Samples {
  /** Before the run (warmed), then every {@link EVERY} answers. */
  readonly rss: readonly number[];
  readonly outBytes: number;
  readonly code: number;
}

/** The child: warms on `warm`, then runs the command in-process on `file`, sampling RSS; prints the samples as JSON. */
function child(warm: string, file: string): void {
  const sink = openSync('/dev/null', 'w');
  const rss: number[] = [];
  let answers = 0;
  let outBytes = 0;
  let sampling = false;
  const io = {
    stdout: (text: string) => {
      if (!sampling) return;
      outBytes += writeSync(sink, text);
      if (++answers % EVERY === 0) rss.push(process.memoryUsage.rss());
    },
    stderr: (text: string) => process.stderr.write(text),
    readText: () => {
      throw new Error('assess --jsonl read the input whole');
    },
    readLines,
    listJson: () => [],
    version: () => '0.0.0',
    examplesDir: 'examples',
  };
  run(['assess', '--jsonl', warm], io);
  sampling = true;
  rss.push(process.memoryUsage.rss());
  const code = run(['assess', '--jsonl', file], io);
  closeSync(sink);
  process.stdout.write(JSON.stringify({ rss, outBytes, code } satisfies Samples));
}

/** The memory row: `assess --jsonl` on {@link LINES} lines of the dataset's pairs. */
export const benchJsonlMemory: Section = async (ctx) => [jsonlMemory(ctx.pairs)];

function jsonlMemory(pairs: readonly Pair[]): SectionRow {
  const fn = '`aftersales assess --jsonl`';
  const dir = mkdtempSync(join(tmpdir(), 'aftersales-bench-jsonl-'));
  try {
    const file = join(dir, 'cases.jsonl');
    const lines = Array.from({ length: LINES }, (_, i) => {
      const { order, request } = pairs[i % pairs.length]!;
      return JSON.stringify({ policy: 'pinduoduo', order, request });
    });
    const text = `${lines.join('\n')}\n`;
    writeFileSync(file, text);
    const warm = join(dir, 'warm.jsonl');
    writeFileSync(warm, lines.slice(0, EVERY).join('\n'));
    // V8 sometimes grows old space by ~15 MB before its first major collection (one fresh process in
    // four here), which is GC timing, not memory held: the row shows the run with the median growth of three.
    const runs = [0, 1, 2].map(() => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), warm, file], { encoding: 'utf8', maxBuffer: 16 * MB });
      return JSON.parse(r.stdout) as Samples;
    });
    const growthOf = (x: Samples): number => Math.max(...x.rss) - x.rss[0]!;
    const s = [...runs].sort((a, b) => growthOf(a) - growthOf(b))[1]!;
    const worst = Math.max(...runs.map(growthOf)) / MB;
    const baseline = s.rss[0]!;
    const first = s.rss[1]!;
    const last = s.rss[s.rss.length - 1]!;
    const peak = Math.max(...s.rss);
    const growth = (peak - baseline) / MB;
    const mb = (b: number): string => `${(b / MB).toFixed(1)} MB`;
    return {
      fn,
      input: `${LINES.toLocaleString('en-US')} lines of the dataset's \`{ policy, order, request }\` (${mb(Buffer.byteLength(text))} in, ${mb(s.outBytes)} out to /dev/null), three fresh processes; exit ${s.code}`,
      measured: `RSS ${mb(baseline)} before the run, ${mb(first)} at answer ${EVERY.toLocaleString('en-US')}, ${mb(last)} at ${LINES.toLocaleString('en-US')} (peak ${mb(peak)}): +${growth.toFixed(1)} MB, the median of 3 fresh processes (the worst +${worst.toFixed(1)} MB)`,
      target: `flat: peak ≤ +${BUDGET_MB} MB over the warmed process`,
      // A run that stopped early (an exit other than 0, a sample short) proves nothing.
      status: runs.every((x) => x.code === 0 && x.rss.length === LINES / EVERY + 1) ? verdict(growth <= BUDGET_MB) : `failed: exits ${runs.map((x) => x.code).join(', ')}, samples ${runs.map((x) => x.rss.length - 1).join(', ')}`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[3] !== undefined) child(process.argv[2]!, process.argv[3]);
