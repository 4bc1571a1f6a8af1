import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLines } from '../../src/cli/read-lines.js';
import { MAX_CASE_EVENTS } from '../../src/model/case.js';
import { scaledAssessInput, scaledEvents } from '../fixtures/scaled.js';
import { BIN, ensureBuiltCli, ROOT } from './built-cli.js';
import { runCli } from './in-process.js';

beforeAll(() => {
  ensureBuiltCli();
}, 120_000);

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'aftersales-pipes-'));

/** The built binary under bash, with real pipes and redirections; `status` is the binary's own exit code. */
function shell(script: string, stdin = ''): { status: number; stderr: string } {
  const r = spawnSync('bash', ['-c', `${script}; echo "status=\${PIPESTATUS[0]}" >&2`], { cwd: ROOT, input: stdin, encoding: 'utf8', env: { ...process.env, BIN } });
  const status = Number(/status=(\d+)\s*$/.exec(r.stderr)?.[1]);
  return { status, stderr: r.stderr.replace(/status=\d+\s*$/, '') };
}

describe('the command line under real pipes and files', () => {
  it('a reader that closes the pipe early (| head -c1) ends the output quietly: no EPIPE trace, the exit code kept', () => {
    // A 1.3 MB answer (a case at its cap of events), far past a pipe's buffer, so the write after `head` has gone does fail.
    const input = JSON.stringify({ ...scaledAssessInput(), events: scaledEvents(MAX_CASE_EVENTS) });
    const r = shell('node "$BIN" replay - | head -c1 > /dev/null', input);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.skipIf(!existsSync('/dev/full'))('a full disk (> /dev/full) is one clean line on stderr and exit 1, no stack trace', () => {
    const r = shell('node "$BIN" rules > /dev/full');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('aftersales: cannot write the output: no space left on device (ENOSPC)\n');
  });

  it('demo over a directory named x.json exits 3 naming it; files holding null exit 2 with the issues as JSON', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'x.json'));
    writeFileSync(join(dir, 'y.json'), 'null');
    writeFileSync(join(dir, 'z.json'), '[]');
    expect(runCli(['demo', dir])).toMatchObject({ code: 3, stdout: '', stderr: expect.stringMatching(/^aftersales: cannot read .*x\.json: EISDIR/) });
    rmdirSync(join(dir, 'x.json'));
    const r = runCli(['demo', dir]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    const error = JSON.parse(r.stderr);
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([
      { code: 'invalid_type', path: [join(dir, 'y.json')], message: 'expected an example object { policy, order, request }, received null' },
      { code: 'invalid_type', path: [join(dir, 'z.json')], message: 'expected an example object { policy, order, request }, received an array' },
    ]);
  });

  it('demo on a directory itself named x.json lists it as any other directory', () => {
    const dir = join(tempDir(), 'x.json');
    mkdirSync(dir);
    expect(runCli(['demo', dir])).toMatchObject({ code: 0, stderr: '' });
  });

  it('SLA-03: sla streams JSON Lines from standard input through a pipe, line by line', () => {
    const line = JSON.stringify({ kind: 'case', id: 'k1', type: 'exchange', openedAt: '2025-03-03T10:00:00+08:00', processedAt: '2025-03-04T10:00:00+08:00' });
    const r = spawnSync('bash', ['-c', `for i in $(seq 1 2000); do echo '${line}'; done | node "$BIN" sla - --policy pinduoduo --at 2025-03-10T00:00:00+08:00`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, BIN },
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).returnProcessing).toMatchObject({ met: 2000, total: 2000 });
  });
});

describe('readLines: a file read 64 KiB at a time', () => {
  it('gives the lines `split("\\n")` gives, across chunk boundaries and multi-byte characters', () => {
    const dir = tempDir();
    // Lines of 1 to 3-byte characters and of varied lengths, so the chunk edges fall inside characters and lines.
    const lines = Array.from({ length: 5000 }, (_, i) => `${i}:${'扫码加a'.repeat(i % 37)}${i % 11 === 0 ? '' : 'é'}`);
    for (const [name, text] of [['a.txt', lines.join('\n')], ['b.txt', `${lines.join('\n')}\n`], ['c.txt', '']] as const) {
      const path = join(dir, name);
      writeFileSync(path, text);
      expect([...readLines(path)]).toEqual(text.split('\n'));
    }
  });

  it('throws, when pulled, for a file that cannot be opened', () => {
    expect(() => [...readLines(join(tempDir(), 'missing.jsonl'))]).toThrow(/ENOENT/);
  });
});
