import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { policies } from '../../src/policies/index.js';
import { serviceLevelReport } from '../../src/service-levels/service-level-report.js';
import { complaint, returnCase } from '../service-levels/factories.js';
import { cli, ensureBuiltCli } from './built-cli.js';
import { unwrap } from '../results.js';

beforeAll(() => {
  ensureBuiltCli();
}, 120_000);

const AT = '2025-03-10T00:00:00+08:00';
const records = [
  complaint({ firstReplyAt: '2025-03-03T12:00:00+08:00', resolvedAt: '2025-03-04T10:00:00+08:00' }),
  complaint({ id: 'c2', firstReplyAt: '2025-03-05T12:00:00+08:00' }),
  returnCase({ processedAt: '2025-03-05T10:00:00+08:00' }),
];
const jsonLines = (xs: readonly unknown[]): string => `${xs.map((x) => JSON.stringify(x)).join('\n')}\n`;
const issuePaths = (stderr: string): string[] => JSON.parse(stderr).issues.map((i: { path: (string | number)[] }) => i.path.join('.'));

const file = (name: string, content: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'aftersales-sla-')), name);
  writeFileSync(path, content);
  return path;
};

describe('aftersales sla (the built binary)', () => {
  it('SLA-03: sla FILE with { policy, at, records } prints serviceLevelReport\'s report and exits 0', () => {
    const r = cli(['sla', file('batch.json', JSON.stringify({ policy: 'pinduoduo', at: AT, records }))]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report).toEqual(unwrap(serviceLevelReport(records, policies.pinduoduo, { at: AT })));
    expect(report.firstReply).toMatchObject({ met: 1, total: 2, missed: ['c2'] });
  });

  it('SLA-03: sla - reads JSON Lines from standard input, with --policy and --at', () => {
    const r = cli(['sla', '-', '--policy', 'taobao', '--at', AT], jsonLines(records));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(unwrap(serviceLevelReport(records, policies.taobao, { at: AT })));
  });

  it('SLA-03: --at wins over the input\'s instant, and a policy object is accepted', () => {
    const later = '2025-04-01T00:00:00+08:00';
    const r = cli(['sla', '-', '--at', later], JSON.stringify({ policy: policies.pinduoduo, at: AT, records }));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(unwrap(serviceLevelReport(records, policies.pinduoduo, { at: later })));
  });

  it('every bad record exits 2 with its path, as JSON on stderr, and nothing is counted', () => {
    const bad = [records[0], { ...complaint(), id: '' }, '{oops', returnCase({ processedAt: '2025-03-01T10:00:00+08:00' })];
    const lines = bad.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join('\n');
    const r = cli(['sla', '-', '--policy', 'pinduoduo', '--at', AT], lines);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.stderr).code).toBe('invalid_input');
    expect(issuePaths(r.stderr)).toEqual(['records.2', 'records.1.id', 'records.3.processedAt']);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a missing policy and instant, an unknown policy or a bad instant exit 2 naming them', () => {
    expect(issuePaths(cli(['sla', '-'], jsonLines(records)).stderr)).toEqual(['policy', 'at']);
    const r = cli(['sla', '-'], JSON.stringify({ policy: 'jd', at: '2025-03-10', records }));
    expect(r.status).toBe(2);
    expect(issuePaths(r.stderr)).toEqual(['policy', 'at']);
  });

  it('input that is neither JSON nor JSON Lines exits 2 with one issue; a file that cannot be read exits 3', () => {
    const broken = cli(['sla', '-'], '{ "policy": "pinduoduo",\n  "records": [');
    expect(broken.status).toBe(2);
    expect(JSON.parse(broken.stderr).issues).toEqual([{ code: 'invalid_format', path: [], message: expect.stringMatching(/^not JSON or JSON Lines/) }]);
    const missing = cli(['sla', 'no/such/records.jsonl']);
    expect(missing.status).toBe(3);
    expect(missing.stderr).toMatch(/^aftersales: cannot read no\/such\/records.jsonl: ENOENT/);
  });

  it('sla without a file is a usage error: exit 1', () => {
    expect(cli(['sla']).status).toBe(1);
  });
});

/** The same command in-process (so coverage sees it): `files` by path, `-` is `stdin`; anything else cannot be read. */
function inProcess(argv: readonly string[], files: Readonly<Record<string, string>> = {}): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = run(['sla', ...argv], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readText: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    listJson: () => [], version: () => '0.0.0', examplesDir: 'examples',
  });
  return { code, stdout, stderr };
}

describe('aftersales sla, in-process', () => {
  const expected = unwrap(serviceLevelReport(records, policies.pinduoduo, { at: AT }));

  it('SLA-03: reads { policy, at, records }, a JSON array, one JSON line, or JSON Lines with blank lines', () => {
    expect(JSON.parse(inProcess(['-'], { '-': JSON.stringify({ policy: 'pinduoduo', at: AT, records }) }).stdout)).toEqual(expected);
    expect(JSON.parse(inProcess(['a.json', '--policy', 'pinduoduo', '--at', AT], { 'a.json': JSON.stringify(records) }).stdout)).toEqual(expected);
    const one = inProcess(['-', '--policy=pinduoduo', `--at=${AT}`], { '-': JSON.stringify(records[0]) });
    expect(JSON.parse(one.stdout)).toEqual(unwrap(serviceLevelReport([records[0] as (typeof records)[number]], policies.pinduoduo, { at: AT })));
    const spaced = `\n${jsonLines(records).replace(/\n/g, '\r\n\n')}`;
    expect(JSON.parse(inProcess(['-', '--policy', 'pinduoduo', '--at', AT], { '-': spaced }).stdout)).toEqual(expected);
  });

  it('--policy wins over the input\'s policy', () => {
    const r = inProcess(['-', '--policy', 'taobao'], { '-': JSON.stringify({ policy: 'nope', at: AT, records }) });
    expect(JSON.parse(r.stdout)).toEqual(unwrap(serviceLevelReport(records, policies.taobao, { at: AT })));
  });

  it('a policy object is checked for its shape and, as in assess, for the legal floors', () => {
    const malformed = inProcess(['-'], { '-': JSON.stringify({ policy: { ...policies.pinduoduo, timeZone: 7 }, at: AT, records }) });
    expect(malformed.code).toBe(2);
    expect(issuePaths(malformed.stderr)).toEqual(['policy.timeZone']);
    const eligibility = { ...policies.pinduoduo.eligibility, noReasonWindowDays: 5 };
    const below = inProcess(['-'], { '-': JSON.stringify({ policy: { ...policies.pinduoduo, eligibility }, at: AT, records }) });
    expect(below.code).toBe(2);
    expect(JSON.parse(below.stderr).issues).toEqual([{ code: 'custom', rule: 'ELG-06', path: ['policy', 'eligibility', 'noReasonWindowDays'], message: expect.stringContaining('(ELG-06)') }]);
  });

  it('records that are not an array, and a malformed instant, exit 2 naming them', () => {
    const r = inProcess(['-'], { '-': JSON.stringify({ policy: 'pinduoduo', at: '2025-03-10T00:00', records: {} }) });
    expect(r.code).toBe(2);
    expect(issuePaths(r.stderr)).toEqual(['records', 'at']);
  });

  it('a policy object within the legal floors is used as given', () => {
    const r = inProcess(['b.json'], { 'b.json': JSON.stringify({ policy: policies.taobao, at: AT, records }) });
    expect(JSON.parse(r.stdout)).toEqual(unwrap(serviceLevelReport(records, policies.taobao, { at: AT })));
  });

  it('every bad record, a missing policy and instant, and text that is no JSON at all exit 2 naming them', () => {
    const bad = inProcess(['-'], { '-': jsonLines([records[0], { kind: 'case', id: 'k', type: 'exchange' }, '?']) });
    expect(issuePaths(bad.stderr)).toEqual(['policy', 'at', 'records.1.openedAt', 'records.2']);
    expect(issuePaths(inProcess(['-', '--policy', 'jd', '--at', AT], { '-': jsonLines(records) }).stderr)).toEqual(['policy']);
    const text = inProcess(['-', '--policy', 'pinduoduo', '--at', AT], { '-': 'kind: complaint' });
    expect(JSON.parse(text.stderr).issues).toEqual([{ code: 'invalid_format', path: [], message: expect.stringMatching(/^not JSON or JSON Lines/) }]);
  });

  it('a file that cannot be read exits 3; usage errors exit 1', () => {
    expect(inProcess(['-'])).toMatchObject({ code: 3, stderr: expect.stringMatching(/^aftersales: cannot read standard input/) });
    expect(inProcess(['c.jsonl'])).toMatchObject({ code: 3, stderr: expect.stringMatching(/^aftersales: cannot read c.jsonl: ENOENT/) });
    for (const argv of [[], ['a.json', 'b.json'], ['--at'], ['--verbose', 'a.json']]) {
      const r = inProcess(argv);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('usage: aftersales sla FILE|-');
    }
  });
});
