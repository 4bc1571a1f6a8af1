// Issue 13's zone law: for every function of every entry and every string it takes — each instant
// argument among them — a string without an offset ('2025-03-09 09:00', 'December 1, 2026 10:00' …)
// never yields an answer that depends on the host's zone. Each call of test/fuzz/exports.ts is made
// with every string leaf replaced by each such form, under TZ=UTC, Asia/Shanghai and America/New_York
// in one process (Node re-reads TZ when it is assigned), and the three answers must be identical.
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { CALLS, SUBPATH_CALLS, type Call } from './exports.js';
import { inZone, outcome, ZONES } from '../in-zone.js';
import { describeValue, nodes, setAt } from './mutate.js';

/** What people, spreadsheets and `Date.parse` write for an instant when they leave the offset out. */
const OFFSET_LESS = ['2025-03-09 09:00', '2025-03-09T09:00:00', '2025-03-09T09:00', '2025-03-09', '2025/03/09 09:00', 'December 1, 2026 10:00', 'Sun Mar 09 2025 09:00:00'];

/** Every call with one string leaf of its arguments written without an offset. */
function* offsetLess(call: Call): Generator<{ where: string; args: unknown[] }> {
  yield { where: 'the call as given', args: [...call.args] };
  for (const index of [...call.mutate, ...(call.raw ?? [])]) {
    for (const { path, value } of nodes(call.args[index])) {
      if (typeof value !== 'string') continue;
      for (const x of OFFSET_LESS) yield { where: `argument ${index} at ${path.join('.') || '(root)'} = ${describeValue(x)}`, args: call.args.map((a, j) => (j === index ? setAt(a, path, x) : a)) };
    }
  }
}

/** The calls whose answer differed between zones, and how many were made. */
function differing(f: (...a: unknown[]) => unknown, calls: readonly Call[]): { differ: string[]; tried: number } {
  const differ: string[] = [];
  let tried = 0;
  for (const call of calls) {
    for (const { where, args } of offsetLess(call)) {
      tried++;
      const answers = ZONES.map((zone) => inZone(zone, () => outcome(() => f(...args))));
      if (new Set(answers).size > 1) differ.push(`${where}: ${ZONES.map((z, i) => `${z} → ${answers[i]!.slice(0, 80)}`).join(' | ')}`);
    }
  }
  return { differ, tried };
}

const exported = lib as unknown as Record<string, unknown>;
const entries: [string, Readonly<Record<string, unknown>>, Readonly<Record<string, readonly Call[]>>][] = [
  ['aftersales', exported, CALLS],
  ...Object.entries(SUBPATH_CALLS).map(([name, { module, calls }]): [string, Readonly<Record<string, unknown>>, Readonly<Record<string, readonly Call[]>>] => [name, module, calls]),
];

describe.each(entries)('%s: no answer depends on the host zone (issue 13)', (_, module, calls) => {
  it.each(Object.keys(calls).sort())('%s: an offset-less string in any argument answers the same in every zone', (name) => {
    const { differ, tried } = differing(module[name] as (...a: unknown[]) => unknown, calls[name]!);
    expect(differ).toEqual([]);
    expect(tried).toBeGreaterThan(0);
  });
});
