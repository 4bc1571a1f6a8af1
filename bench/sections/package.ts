import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/*
 * Size and load (issue 6), measured on the built package (`npm run build` first): the two
 * size-limit budgets of .size-limit.json, and `npm run coldstart` (what `import('aftersales')` adds
 * over bare Node). The numbers come from the same commands CI runs; this only puts them in the report.
 */

const ROOT = new URL('../../', import.meta.url);

interface SizeCheck {
  readonly name: string;
  readonly size: number;
  readonly sizeLimit: number;
  readonly passed: boolean;
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(2)} kB`;

export function benchPackage(): string[] {
  if (!existsSync(new URL('dist/index.js', ROOT))) {
    return ['## Size and load', '', 'Not measured: run `npm run build` before the bench.', ''];
  }
  const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8' });
  const size = run('npx', ['size-limit', '--json']);
  let checks: SizeCheck[] = [];
  try {
    checks = JSON.parse(size.stdout) as SizeCheck[];
  } catch {
    checks = [];
  }
  const cold = run(process.execPath, ['scripts/coldstart.mjs', '--runs', '21']);
  const median = (label: string): string => /median ([\d.]+ ms)/.exec(cold.stdout.split('\n').find((l) => l.includes(label)) ?? '')?.[1] ?? '—';
  const added = /added by the import\s+([\d.]+ ms)/.exec(cold.stdout)?.[1] ?? '—';
  return [
    '## Size and load',
    '',
    '| budget (`npm run size`, min+gzip, esbuild) | measured | limit | status |',
    '|---|---|---|---|',
    ...checks.map((c) => `| ${c.name} | ${kB(c.size)} | ${kB(c.sizeLimit)} | ${c.passed ? '✓' : '✗'} |`),
    '',
    '| cold start (`npm run coldstart`, medians of 21 alternating runs) | measured | budget | status |',
    '|---|---|---|---|',
    `| \`node -e "0"\` | ${median('node -e "0"')} | | |`,
    `| \`node -e "import('aftersales')"\` (dist/node/index.js) | ${median("import('aftersales')")} | | |`,
    `| added by the import | ${added} | 60 ms | ${cold.status === 0 ? '✓' : '✗'} |`,
    '',
  ];
}
