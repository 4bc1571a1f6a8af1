import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assess.js';
import { run } from '../../src/cli/run.js';
import { BIN, cli, ensureBuiltCli, ROOT } from './built-cli.js';
import { runCli, VERSION } from './in-process.js';

beforeAll(() => {
  ensureBuiltCli();
}, 120_000);

const example = (name: string): unknown => JSON.parse(readFileSync(join(ROOT, 'examples', name), 'utf8'));
const WALLET = example('12-wallet-refund-national-day.json');
const DENIED = example('06-no-reason-day-8.json');
const lines = (stdout: string) => stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { line: number; ok: boolean; value?: unknown; error?: { code: string } });
const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v));
const assessed = (input: unknown): unknown => {
  const r = assess(input);
  if (!r.ok) throw new Error('example does not assess');
  return plain(r.value);
};

describe('aftersales assess --jsonl (the built binary)', () => {
  it('ELG-06: one result line per input line, in order, numbered by line; blank lines answer nothing; exit 0 when all decided', () => {
    const input = [JSON.stringify(WALLET), '', JSON.stringify(DENIED), ''].join('\n');
    const r = cli(['assess', '--jsonl', '-'], input);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toEqual([
      { line: 1, ok: true, value: assessed(WALLET) },
      { line: 3, ok: true, value: assessed(DENIED) },
    ]);
  });

  it('a bad line is an error line and the run goes on; exit 2 says some line failed, stderr stays empty', () => {
    const input = [JSON.stringify(WALLET), '{ "policy": ', JSON.stringify({ policy: 'jd' }), JSON.stringify(DENIED)].join('\n');
    const r = cli(['assess', '--jsonl'], input);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('');
    const out = lines(r.stdout);
    expect(out.map((l) => [l.line, l.ok])).toEqual([
      [1, true],
      [2, false],
      [3, false],
      [4, true],
    ]);
    expect(out[1]).toMatchObject({ error: { code: 'invalid_input', issues: [{ path: [], message: expect.stringMatching(/^not JSON/) }] } });
    expect(out[2]).toMatchObject({ error: { code: 'invalid_input', issues: expect.arrayContaining([expect.objectContaining({ path: ['policy'] })]) } });
    expect(out[3]?.value).toEqual(assessed(DENIED));
  });

  it('a generated file of 20,000 lines gives 20,000 answers, the bad one at its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aftersales-jsonl-'));
    const file = join(dir, 'cases.jsonl');
    const good = JSON.stringify(WALLET);
    const BAD = 12_345;
    writeFileSync(file, `${Array.from({ length: 20_000 }, (_, i) => (i + 1 === BAD ? '{"policy":"pinduoduo"}' : good)).join('\n')}\n`);
    // The answers (some 25 MB) go to a file, past spawnSync's output buffer.
    const answers = join(dir, 'answers.jsonl');
    const fd = openSync(answers, 'w');
    const r = spawnSync(process.execPath, [BIN, 'assess', '--jsonl', file], { cwd: ROOT, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', timeout: 60_000 });
    closeSync(fd);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(2);
    const out = lines(readFileSync(answers, 'utf8'));
    rmSync(dir, { recursive: true });
    expect(out).toHaveLength(20_000);
    expect(out.every((l, i) => l.line === i + 1)).toBe(true);
    expect(out.filter((l) => !l.ok).map((l) => l.line)).toEqual([BAD]);
    expect(out[19_999]?.value).toEqual(assessed(WALLET));
  });

  it('--jsonl --from pdd maps each line; --lang renders each line', () => {
    const payload = readFileSync(join(ROOT, 'test', 'fixtures', 'platforms', 'pdd', 'status-7.json'), 'utf8').replaceAll('\n', ' ');
    const r = cli(['assess', '--jsonl', '--from', 'pdd', '-', '--lang', 'en'], `${payload}\n${payload.replace('"after_sales_status": 7', '"after_sales_status": 99')}\n`);
    expect(r.status).toBe(2);
    const [first, second] = lines(r.stdout) as unknown as [{ ok: true; value: { platform: { case: { status: string } }; eligibility: { reasons: { message: string }[] } } }, { ok: false; error: { code: string; issues: { code: string; path: string[] }[] } }];
    expect(first.value.platform.case.status).toBe('awaiting_return');
    expect(first.value.eligibility.reasons.every((x) => typeof x.message === 'string')).toBe(true);
    expect(second.error).toMatchObject({ code: 'invalid_payload', issues: [{ code: 'unknown_code', path: ['refund', 'after_sales_status'] }] });
  });

  it('a file that cannot be read exits 3 naming it; two files are a usage error', () => {
    expect(cli(['assess', '--jsonl', 'no/such.jsonl'])).toMatchObject({ status: 3, stdout: '', stderr: expect.stringMatching(/^aftersales: cannot read no\/such\.jsonl: ENOENT/) });
    expect(cli(['assess', '--jsonl', 'a.jsonl', 'b.jsonl']).status).toBe(1);
  });
});

describe('assess --jsonl streams (in-process)', () => {
  it('pulls lines through readLines and never reads the input whole; each answer is written before the next line is pulled', () => {
    const written: string[] = [];
    let pulled = 0;
    function* readLines(): Generator<string> {
      for (let i = 0; i < 3; i++) {
        // Every earlier line has been answered before this one is pulled.
        expect(written).toHaveLength(i);
        pulled++;
        yield JSON.stringify(WALLET);
      }
    }
    const code = run(['assess', '--jsonl', 'big.jsonl'], {
      stdout: (t) => written.push(t),
      stderr: (t) => written.push(`stderr: ${t}`),
      readText: () => {
        throw new Error('the whole input was read into a string');
      },
      readLines,
      listJson: () => [],
      version: () => VERSION,
      examplesDir: 'examples',
    });
    expect(code).toBe(0);
    expect(pulled).toBe(3);
    expect(written).toHaveLength(3);
  });

  it('without readLines it falls back to the text, line by line', () => {
    const r = runCli(['assess', '--jsonl', 'in.jsonl'], { 'in.jsonl': `${JSON.stringify(WALLET)}\nnot json\n` });
    expect(r.code).toBe(2);
    expect(lines(r.stdout).map((l) => l.ok)).toEqual([true, false]);
  });
});
