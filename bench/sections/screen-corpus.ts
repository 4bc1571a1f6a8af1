import { readFileSync } from 'node:fs';
import { scoreCorpus, type CorpusRow, type Score } from '../../test/fixtures/screening-score.js';
import { fmtRatio, median, verdict, wall } from '../harness.js';

type Screen = (message: { text: string; sender: 'merchant' | 'buyer' }, policy: never) => {
  flagged: boolean;
  findings: readonly { kind: string; excerpt: string }[];
};

const FIXTURE = new URL('../../test/fixtures/screening-corpus.json', import.meta.url);
const pct = (x: number): string => x.toFixed(3);
const cell = (s: Score): string => `${pct(s.recall)} / ${pct(s.precision)} (${s.truePositives + s.falseNegatives})`;

/**
 * PEN-01 precision and recall on the labelled corpus (test/fixtures/screening-corpus.json), per kind
 * and overall, on the held-out part and on the whole; and how screening time grows from 1 MB to 10 MB
 * of hostile text. Returns markdown lines.
 */
export function benchScreenCorpus(screen: Screen, policy: never): { lines: string[]; met: boolean } {
  const rows = (JSON.parse(readFileSync(FIXTURE, 'utf8')) as { messages: CorpusRow[] }).messages;
  const run = (part: readonly CorpusRow[]) => scoreCorpus(part, (r) => screen({ text: r.text, sender: r.sender ?? 'merchant' }, policy));
  const held = run(rows.filter((r) => r.heldOut));
  const whole = run(rows);
  const heldMet = held.overall.recall >= 0.95 && held.overall.precision >= 0.97;

  const hostile = ['加V', '1 ', '二维码', '微信 ', '6222 ', '走微信', '淘宝'];
  const time = (unit: string, size: number): number => {
    const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    // The first call warms the JIT and the allocator for this input; the median of the next five counts.
    const call = (): number => screen({ text, sender: 'merchant' }, policy).findings.length;
    call();
    return median([0, 1, 2, 3, 4].map(() => wall(call)));
  };
  const growth = hostile.map((u) => ({ unit: u, mb1: time(u, 1 << 20), mb10: time(u, 10 << 20) }));
  const worst = Math.max(...growth.map((g) => g.mb10 / g.mb1));
  const kinds = Object.keys(held.byKind) as (keyof typeof held.byKind)[];
  return {
    met: heldMet && worst <= 12,
    lines: [
      '## PEN-01 screening: precision and recall (`screenMessage`, policy `pinduoduo`)',
      '',
      `Corpus: test/fixtures/screening-corpus.json, ${rows.length} messages (${rows.filter((r) => r.heldOut).length} held out, written before`,
      'the lexicon was extended and never tuned on). A violation is found when a finding of its labelled kind is',
      'reported; an ordinary message (a near miss) is a false alarm when it is flagged. Cells: recall / precision (labelled messages).',
      '',
      '| kind | held-out | whole corpus |',
      '|---|---|---|',
      ...kinds.map((k) => `| ${k} | ${cell(held.byKind[k])} | ${cell(whole.byKind[k])} |`),
      `| **overall** | **${cell(held.overall)}** | **${cell(whole.overall)}** |`,
      '',
      `Held-out targets recall ≥ 0.95, precision ≥ 0.97: ${verdict(heldMet)}. False alarms: held-out ${held.overall.falsePositives}, whole ${whole.overall.falsePositives}.`,
      '',
      '| hostile text (repeated) | 1 M characters | 10 M characters | ratio (target ≤ 12×) |',
      '|---|---|---|---|',
      ...growth.map((g) => `| \`${g.unit}\` | ${g.mb1.toFixed(1)} ms | ${g.mb10.toFixed(1)} ms | ${fmtRatio(g.mb10 / g.mb1)} ${verdict(g.mb10 / g.mb1 <= 12)} |`),
      '',
    ],
  };
}
