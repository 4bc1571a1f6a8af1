/*
 * npx tsx bench/screen.ts — the PEN-01 rows of `npm run bench` alone (throughput, precision/recall,
 * growth), for a shared machine where the whole bench is too long to run for one section.
 */
import { policies } from '../src/policies/index.js';
import { screenMessage } from '../src/penalties/screen-message.js';
import { benchScreenCorpus } from './sections/screen-corpus.js';
import { benchScreenMessage } from './sections/screen-message.js';

const lib = { ...((await import('../src/index.js')) as Record<string, unknown>), ...((await import('../src/screening/index.js')) as Record<string, unknown>) };
const [row] = await benchScreenMessage({ lib, pairs: [] });
const corpus = benchScreenCorpus(screenMessage, policies.pinduoduo as never);
process.stdout.write(`${[`| ${row?.fn} | ${row?.input} | ${row?.measured} | ${row?.target} | ${row?.status} |`, '', ...corpus.lines].join('\n')}\n`);
if (!corpus.met) process.exitCode = 1;
