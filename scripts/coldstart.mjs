#!/usr/bin/env node
// Cold start budget (issue 6): `import('aftersales')` may add at most 60 ms over bare Node.
//
//   npm run coldstart [-- --runs 21 --budget 60 --entry aftersales/testing]
//
// Spawns `node -e "import('<entry>')"` and `node -e "0"` alternately, N times each after a warm-up
// (so both see the same file-system cache and machine load), prints the medians and their
// difference, and exits 1 when the difference is over the budget. Needs `npm run build` first: the
// entry is resolved through package.json `exports` from the package root, as a consumer would.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '21' },
    budget: { type: 'string', default: '60' },
    entry: { type: 'string', default: 'aftersales' },
  },
});
const runs = Number(values.runs);
const budget = Number(values.budget);

// Resolve as `import` would from inside the package (self-reference through `exports`).
const url = import.meta.resolve(values.entry, pathToFileURL(join(ROOT, 'package.json')).href);
const entry = fileURLToPath(url);

const time = (code) => {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', code], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) {
    process.stderr.write(`node -e ${JSON.stringify(code)} failed (${r.status}):\n${r.stderr}`);
    process.exit(2);
  }
  return ms;
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const bareCode = '0';
const importCode = `import(${JSON.stringify(url)})`;
time(bareCode);
time(importCode); // warm-up: the file-system cache, not a measurement
const bare = [];
const loaded = [];
for (let i = 0; i < runs; i++) {
  bare.push(time(bareCode));
  loaded.push(time(importCode));
}

const b = median(bare);
const l = median(loaded);
const added = l - b;
const fmt = (ms) => `${ms.toFixed(1)} ms`;
console.log(`cold start, ${runs} runs each, node ${process.version}`);
console.log(`  node -e "0"                      median ${fmt(b)}  (min ${fmt(Math.min(...bare))})`);
console.log(`  node -e "import('${values.entry}')"  median ${fmt(l)}  (min ${fmt(Math.min(...loaded))})  ${entry.slice(ROOT.length + 1)}`);
console.log(`  added by the import              ${fmt(added)}  (budget ${budget} ms)`);
if (added > budget) {
  console.error(`cold start over budget: ${fmt(added)} > ${budget} ms`);
  process.exit(1);
}
