import { readdirSync, readFileSync } from 'node:fs';
import { fromPdd, fromTaobao } from '../../src/platforms/index.js';
import { fmtRatio, fmtTime, interleave, verdict, type Batch } from '../harness.js';
import { exported, notExported, skipped, type Section, type SectionRow } from './section.js';

/*
 * Issue 17's budget: mapping one platform payload (`fromPdd`, `fromTaobao`: parse, convert, replay the
 * equivalent events, settle the deadline) costs at most 3× `assess` on the order and request it maps
 * to. The payloads are the fixtures, one per status the case machines model; both contenders run
 * interleaved over the same fixtures, cycled.
 */

type Assess = (input: unknown) => { ok: boolean };
type Adapter = (payload: unknown) => { ok: boolean; value?: { order: unknown; request: unknown } };

const BATCH = 1000;
const ROUNDS = 200;
const TARGET = '≤ 3× `assess` (median)';

const fixtures = (platform: 'pdd' | 'taobao'): unknown[] => {
  const dir = new URL(`../../test/fixtures/platforms/${platform}/`, import.meta.url);
  return readdirSync(dir)
    .sort()
    .map((name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as unknown);
};

function ratioRow(name: string, platform: 'pdd' | 'taobao', policy: string, adapter: Adapter, assess: Assess): SectionRow {
  const payloads = fixtures(platform);
  const inputs = payloads.map((p) => {
    const mapped = adapter(p);
    if (!mapped.ok || mapped.value === undefined) throw new Error(`a ${platform} fixture does not map`);
    if (!assess({ policy, ...mapped.value }).ok) throw new Error(`a mapped ${platform} fixture does not assess`);
    return { policy, order: mapped.value.order, request: mapped.value.request };
  });
  // BATCH calls cycling the fixtures, the same ones for both contenders.
  const batch =
    (call: (i: number) => boolean): Batch =>
    (from, to) => {
      let sum = 0;
      for (let i = from; i < to; i++) sum += call(i % payloads.length) ? 1 : 0;
      return sum;
    };
  const s = interleave({ map: batch((i) => adapter(payloads[i]).ok), assess: batch((i) => assess(inputs[i]).ok) }, BATCH, BATCH, ROUNDS);
  const ratio = s['map']!.median / s['assess']!.median;
  return {
    fn: `\`${name}\` / \`assess\``,
    input: `the ${payloads.length} test/fixtures/platforms/${platform} payloads (one per modelled status), cycled; \`assess\` on the order and request each maps to, policy \`${policy}\``,
    measured: `${fmtTime(s['map']!.median)} vs ${fmtTime(s['assess']!.median)}: ${fmtRatio(ratio)}`,
    target: TARGET,
    status: verdict(ratio <= 3),
  };
}

/** `fromPdd` and `fromTaobao` against `assess` on the same orders. */
export const benchPlatforms: Section = async (ctx) => {
  const assess = exported<Assess>(ctx, 'assess');
  const rows: [string, 'pdd' | 'taobao', string, Adapter][] = [
    ['fromPdd', 'pdd', 'pinduoduo', fromPdd],
    ['fromTaobao', 'taobao', 'taobao', fromTaobao],
  ];
  if (assess === undefined) return rows.map(([name]) => skipped(`\`${name}\` / \`assess\``, '', TARGET, notExported(ctx, 'assess')));
  return rows.map(([name, platform, policy, adapter]) => ratioRow(name, platform, policy, adapter, assess));
};
