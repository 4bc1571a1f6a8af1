#!/usr/bin/env node
import { readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLines } from './read-lines.js';
import { run } from './run.js';

/**
 * A reader that closed the pipe (`| head`) wanted no more: stop quietly with the exit code the
 * command chose. Any other failure to write (a full disk, `> /dev/full`) is said once, plainly, on
 * stderr, and exits 1 instead of an unhandled-error stack trace.
 */
const writeFailed = (e: NodeJS.ErrnoException): void => {
  if (e.code !== 'EPIPE') {
    const why = e.code === 'ENOSPC' ? 'no space left on device' : e.message;
    try {
      writeSync(2, `aftersales: cannot write the output: ${why} (${e.code ?? 'error'})\n`);
    } catch {
      // stderr is gone too: the exit code is all that is left to say it.
    }
  }
  process.exit(e.code === 'EPIPE' ? (process.exitCode ?? 0) : 1);
};
process.stdout.on('error', writeFailed);
process.stderr.on('error', () => process.exit(process.exitCode ?? 1));

process.exitCode = run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readText: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
  readLines,
  listJson: (dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(dir, f)),
  // This module is src/cli/main.ts or, built, dist/cli/main.js: two levels below the package root
  // either way. package.json is read, not bundled, and only for --version.
  version: () => (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version,
  examplesDir: fileURLToPath(new URL('../../examples', import.meta.url)),
});
