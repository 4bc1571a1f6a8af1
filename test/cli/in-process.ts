import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { run } from '../../src/cli/run.js';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The command line in-process, so coverage sees it: `files` (by path; `-` is standard input) come
 * first, then the repository's files; `demo DIR` lists the in-memory files under DIR, else the real DIR.
 */
export function runCli(argv: readonly string[], files: Readonly<Record<string, string>> = {}): CliRun {
  let stdout = '';
  let stderr = '';
  const onDisk = (path: string): string => (isAbsolute(path) ? path : join(ROOT, path));
  const code = run(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readText: (path) => files[path] ?? readFileSync(onDisk(path), 'utf8'),
    listJson: (dir) => {
      const mine = Object.keys(files).filter((f) => f.startsWith(`${dir}/`));
      if (mine.length > 0) return mine.sort();
      return readdirSync(onDisk(dir)).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
    },
    version: () => VERSION,
    examplesDir: 'examples',
  });
  return { code, stdout, stderr };
}
