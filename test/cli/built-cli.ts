import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'dist', 'cli', 'main.js');

const newestSource = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestSource(path) : entry.name.endsWith('.ts') ? statSync(path).mtimeMs : 0);
  }, 0);

const mtime = (path: string): number => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
};

/**
 * Builds `dist/cli/main.js` when it is missing or older than any source, and only that entry, as
 * tsup.config.ts's CLI build does (one ESM file for Node): the library's type bundles are not needed
 * to spawn the binary, and skipping them keeps this a second or two.
 */
export function ensureBuiltCli(): void {
  if (mtime(BIN) >= newestSource(join(ROOT, 'src'))) return;
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'tsup', 'dist', 'cli-default.js'), '--no-config', '--entry.cli/main', 'src/cli/main.ts', '--format', 'esm', '--platform', 'node', '--target', 'node20', '--silent'],
    { cwd: ROOT, stdio: 'pipe' },
  );
}

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Spawns the built binary, as a harness in another language would. */
export function cli(args: readonly string[], stdin?: string): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input: stdin ?? '', encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
