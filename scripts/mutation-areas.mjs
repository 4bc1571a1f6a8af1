// Mutation testing area by area: `npm run mutation:areas [-- P X …]`.
//
// One Stryker run over the whole of src/ takes about three hours on two cores, and Stryker writes
// nothing until the end. This runs the same configuration one area at a time, each with its own
// incremental file (reports/mutation/areas/<area>.json), so a later run re-tests only the mutants
// whose code or tests changed, and an interrupted session keeps what it finished. It then prints
// every area's score and the score over all of them, and fails under the configuration's break
// threshold (90 %), as `npm run mutation` does.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';

/** Areas by letter: Stryker `--mutate` globs, and the file names they cover (to read the reports). */
const AREAS = {
  T: ['src/time/**/*.ts'],
  P: ['src/penalties/**/*.ts'],
  M: ['src/model/**/*.ts', 'src/assess/assess-input.ts', 'src/service-levels/record.ts'],
  X: ['src/testing/**/*.ts', '!src/testing/index.ts'],
  R: ['src/refund/**/*.ts', 'src/eligibility/**/*.ts'],
  F: ['src/assess/**/*.ts', '!src/assess/assess-input.ts', 'src/freight/**/*.ts', 'src/policies/**/*.ts'],
  B: ['src/case/**/*.ts', 'src/explain/**/*.ts', 'src/rules/**/*.ts', 'src/service-levels/**/*.ts', '!src/service-levels/record.ts'],
};

// Globs here (and in stryker.config.json's `mutate`) are a folder's `…/**` or `…/**/*.ts`, or one file's
// path, optionally negated with `!`: a file is in when a positive glob holds it and no negated one does.
const folder = (glob) => /^(.*\/)\*\*(\/\*\.ts)?$/.exec(glob)?.[1];
const holds = (glob, file) => (folder(glob) === undefined ? file === glob : file.startsWith(folder(glob)) && file.endsWith('.ts'));
const inArea = (file, globs) => globs.some((g) => !g.startsWith('!') && holds(g, file)) && !globs.some((g) => g.startsWith('!') && holds(g.slice(1), file));
const UNKNOWN_GLOB = /[*?{[]/;
const config = JSON.parse(readFileSync('stryker.config.json', 'utf8'));
for (const g of [...Object.values(AREAS).flat(), ...config.mutate]) {
  const path = g.replace(/^!/, '');
  if (UNKNOWN_GLOB.test(folder(path) ?? path)) throw new Error(`glob ${g}: use a folder's …/**/*.ts or a file's path`);
}

const dir = 'reports/mutation/areas';
// Letters pick areas; anything starting with `--` goes to Stryker (`--force` re-tests everything; write values as `--flag=value`).
const args = process.argv.slice(2);
const requested = args.filter((a) => !a.startsWith('--'));
const strykerFlags = args.filter((a) => a.startsWith('--'));
for (const a of requested) if (!(a in AREAS)) throw new Error(`unknown area ${a}: use ${Object.keys(AREAS).join(' ')}`);

// Every file the configuration mutates must be in exactly one area, or the total would not be over all of src/.
const listTs = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listTs(`${d}/${e.name}`) : e.name.endsWith('.ts') ? [`${d}/${e.name}`] : []));
for (const file of listTs('src').filter((f) => inArea(f, config.mutate))) {
  const owners = Object.keys(AREAS).filter((a) => inArea(file, AREAS[a]));
  if (owners.length !== 1) throw new Error(`${file} is in ${owners.length === 0 ? 'no area' : `areas ${owners.join(', ')}`}: fix AREAS`);
}
mkdirSync(dir, { recursive: true });
const ran = requested.length > 0 ? requested : Object.keys(AREAS);

for (const area of ran) {
  const file = `${dir}/${area}.json`;
  const before = existsSync(file) ? statSync(file).mtimeMs : 0;
  console.log(`\n=== area ${area}: ${AREAS[area].join(' ')}`);
  // Each area's own score may be under the threshold; only the total is judged, below.
  spawnSync(
    'npx',
    ['stryker', 'run', '--mutate', AREAS[area].join(','), '--incremental', '--incrementalFile', file, '--reporters', 'clear-text,progress', '--tempDirName', `.stryker-tmp-${area}`, ...strykerFlags],
    { stdio: 'inherit' },
  );
  if (!existsSync(file) || statSync(file).mtimeMs === before) throw new Error(`area ${area}: Stryker wrote no results`);
}

let killed = 0;
let total = 0;
const missing = [];
const DETECTED = ['Killed', 'Timeout'];
const UNDETECTED = ['Survived', 'NoCoverage'];
const UNCOUNTED = ['Ignored', 'CompileError', 'RuntimeError'];
for (const [area, globs] of Object.entries(AREAS)) {
  const file = `${dir}/${area}.json`;
  if (!existsSync(file)) {
    missing.push(area);
    continue;
  }
  let k = 0;
  let n = 0;
  for (const [name, { mutants }] of Object.entries(JSON.parse(readFileSync(file, 'utf8')).files)) {
    if (!inArea(name, globs)) continue;
    for (const { status } of mutants) {
      if (DETECTED.includes(status)) k++;
      if (DETECTED.includes(status) || UNDETECTED.includes(status)) n++;
      else if (!UNCOUNTED.includes(status)) throw new Error(`${file}: mutant status ${status} is neither detected, undetected nor uncounted`);
    }
  }
  if (n === 0) throw new Error(`${file} has no results for area ${area}`);
  const when = ran.includes(area) ? '' : `, from an earlier run: ${new Date(statSync(file).mtimeMs).toISOString()}`;
  console.log(`${area}  ${((100 * k) / n).toFixed(2)} %  (${k} of ${n} detected${when})`);
  killed += k;
  total += n;
}
const score = (100 * killed) / total;
console.log(`all  ${score.toFixed(2)} %  (${killed} of ${total} detected)`);
if (missing.length > 0) console.log(`not run yet: ${missing.join(' ')}, so this is not a score over all of src/`);
if (missing.length > 0 || score < config.thresholds.break) process.exit(1);
