import { fmtTime, timeBatches, verdict } from '../harness.js';
import { exported, notExported, skipped, type Section } from './section.js';

type Assess = (input: unknown) => { ok: boolean };

const FN = '`assess` (validation included)';
const INPUT = 'generated `{ policy: "pinduoduo", order, request }` (the dataset)';
const TARGET = '≤ 5 µs median';
const BATCH = 1000;

/** `assess` on untrusted-shaped input: zod validation, eligibility, freight, refund outlook, deadlines. */
export const benchAssess: Section = async (ctx) => {
  const assess = exported<Assess>(ctx, 'assess');
  if (assess === undefined) return [skipped(FN, INPUT, TARGET, notExported(ctx, 'assess'))];
  const inputs = ctx.pairs.map(({ order, request }) => ({ policy: 'pinduoduo', order, request }));
  const n = inputs.length - (inputs.length % BATCH);
  let invalid = 0;
  for (let i = 0; i < n; i++) if (!assess(inputs[i]).ok) invalid++;
  const s = timeBatches(
    (from, to) => {
      let sum = 0;
      for (let i = from; i < to; i++) sum += assess(inputs[i]).ok ? 1 : 0;
      return sum;
    },
    n,
    BATCH,
    n / BATCH,
  );
  const note = invalid === 0 ? '' : ` (${invalid} of ${n} inputs came back invalid_input: check the arbitraries against the schemas)`;
  return [{ fn: FN, input: `${n.toLocaleString('en-US')} ${INPUT}${note}`, measured: `${fmtTime(s.median)} / call`, target: TARGET, status: verdict(s.median <= 5_000) }];
};
