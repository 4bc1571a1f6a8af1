import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assess.js';
import { fromPdd, fromTaobao } from '../../src/platforms/index.js';
import { cli, ensureBuiltCli, ROOT } from './built-cli.js';
import { runCli } from './in-process.js';

beforeAll(() => {
  ensureBuiltCli();
}, 120_000);

const FIXTURES = join('test', 'fixtures', 'platforms');
const fixture = (platform: 'pdd' | 'taobao', name: string): string => join(FIXTURES, platform, name);
const payload = (file: string): { refund: Record<string, unknown>; order: Record<string, unknown> } => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const withRefund = (file: string, refund: Record<string, unknown>): string => {
  const p = payload(file);
  return JSON.stringify({ ...p, refund: { ...p.refund, ...refund } });
};
/** What the library makes of a fixture, as JSON: the adapter's mapping, and `assess` on the order and request it maps to. */
function library(platform: 'pdd' | 'taobao', file: string): { mapped: Record<string, unknown>; assessment: Record<string, unknown> } {
  const mapped = (platform === 'pdd' ? fromPdd : fromTaobao)(payload(file));
  if (!mapped.ok) throw new Error(`${file} does not map`);
  const assessed = assess({ policy: platform === 'pdd' ? 'pinduoduo' : 'taobao', order: mapped.value.order, request: mapped.value.request });
  if (!assessed.ok) throw new Error(`${file} maps to an order that does not assess`);
  return JSON.parse(JSON.stringify({ mapped: mapped.value, assessment: assessed.value }));
}
const paths = (stderr: string): { code: string; path: string }[] =>
  (JSON.parse(stderr) as { issues: { code: string; path: (string | number)[] }[] }).issues.map((i) => ({ code: i.code, path: i.path.join('.') }));

describe('aftersales assess --from pdd|taobao (the built binary)', () => {
  it('ELG-16: --from pdd maps the refund object and assesses it under pinduoduo, with what it mapped to as platform', () => {
    const file = fixture('pdd', 'status-7.json');
    const r = cli(['assess', '--from', 'pdd', file]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const { platform, ...assessment } = JSON.parse(r.stdout);
    const expected = library('pdd', file);
    expect(assessment).toEqual(expected.assessment);
    expect(platform).toEqual({ from: 'pdd', ...expected.mapped });
    expect(platform.case.status).toBe('awaiting_return');
  });

  it("CSE-01: --from taobao reads a TOP Refund under taobao; the platform's own deadline is the case's", () => {
    const file = fixture('taobao', 'WAIT_SELLER_AGREE-1.json');
    const r = cli(['assess', '--from', 'taobao', file]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.eligibility).toEqual(library('taobao', file).assessment.eligibility);
    expect(out.platform.from).toBe('taobao');
    expect(out.platform.case.status).toBe('awaiting_merchant');
    expect(out.platform.deadline).toMatchObject({ source: 'platform', dueAt: '2026-03-07T10:00:00+08:00', library: { rule: 'CSE-01' } });
  });

  it('--from reads standard input with -, and --lang renders every reason', () => {
    const file = fixture('pdd', 'status-6.json');
    const r = cli(['assess', '--from=pdd', '-', '--lang', 'zh-CN'], readFileSync(join(ROOT, file), 'utf8'));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.platform.case.status).toBe('rejected');
    expect(out.eligibility.reasons.length).toBeGreaterThan(0);
    for (const reason of out.eligibility.reasons) expect(reason.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a bad payload exits 2 with every coded issue at its path on stderr: a missing field, a wrong type, a 3-decimal yuan amount, a time that is no date', () => {
    const { after_sales_status: _, ...refund } = payload(fixture('pdd', 'status-7.json')).refund;
    const input = JSON.stringify({ ...payload(fixture('pdd', 'status-7.json')), refund: { ...refund, goods_number: '2' } });
    const r = cli(['assess', '--from', 'pdd', '-'], input);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.stderr).code).toBe('invalid_payload');
    expect(paths(r.stderr)).toEqual([
      { code: 'missing_field', path: 'refund.after_sales_status' },
      { code: 'invalid_type', path: 'refund.goods_number' },
    ]);
    const values = cli(['assess', '--from', 'pdd', '-'], withRefund(fixture('pdd', 'status-7.json'), { refund_amount: '19.901', created_time: '2026-02-30 10:00:00', order_amount: '-39.80' }));
    expect(values.status).toBe(2);
    expect(paths(values.stderr)).toEqual([
      { code: 'too_many_decimals', path: 'refund.refund_amount' },
      { code: 'negative_amount', path: 'refund.order_amount' },
      { code: 'invalid_time', path: 'refund.created_time' },
    ]);
    expect(values.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unknown status is unknown_code (exit 2), a status the machines do not model is not_modelled (exit 2)', () => {
    const unknown = cli(['assess', '--from', 'pdd', '-'], withRefund(fixture('pdd', 'status-7.json'), { after_sales_status: 99 }));
    expect(unknown.status).toBe(2);
    expect(paths(unknown.stderr)).toEqual([{ code: 'unknown_code', path: 'refund.after_sales_status' }]);
    const exchange = cli(['assess', '--from', 'pdd', '-'], withRefund(fixture('pdd', 'status-7.json'), { after_sales_status: 14 }));
    expect(exchange.status).toBe(2);
    expect(JSON.parse(exchange.stderr).code).toBe('not_modelled');
    const taobao = cli(['assess', '--from', 'taobao', '-'], withRefund(fixture('taobao', 'WAIT_SELLER_AGREE-1.json'), { status: 'WAIT_SOMEONE' }));
    expect(taobao.status).toBe(2);
    expect(paths(taobao.stderr)).toContainEqual({ code: expect.any(String), path: 'refund.status' });
  });

  it('input that is not JSON is invalid_input, exit 2; a missing file exits 3', () => {
    const r = cli(['assess', '--from', 'taobao', '-'], '{ "refund": ');
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stderr)).toMatchObject({ code: 'invalid_input', issues: [{ path: [] }] });
    expect(cli(['assess', '--from', 'taobao', 'no/such.json'])).toMatchObject({ status: 3, stderr: expect.stringMatching(/^aftersales: cannot read no\/such\.json: ENOENT/) });
  });

  it('--from with an unknown platform is a usage error that names it; --from with no value too', () => {
    const r = cli(['assess', '--from', 'jd', fixture('pdd', 'status-7.json')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^aftersales assess: --from takes pdd or taobao, got "jd"\n/);
    const bare = cli(['assess', fixture('pdd', 'status-7.json'), '--from']);
    expect(bare.status).toBe(1);
    expect(bare.stderr).toMatch(/--from/);
  });

  it('--help documents --from and --jsonl', () => {
    const help = cli(['--help']).stdout;
    expect(help).toContain('--from pdd|taobao');
    expect(help).toContain('--jsonl [FILE|-]');
  });
});

describe('every platform fixture maps and is assessed (in-process)', () => {
  const files = (platform: 'pdd' | 'taobao') => readdirSync(join(ROOT, FIXTURES, platform)).map((f) => [platform, f] as const);
  it.each([...files('pdd'), ...files('taobao')])('--from %s %s exits 0 with the mapped case', (platform, name) => {
    const file = fixture(platform, name);
    const r = runCli(['assess', '--from', platform, file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const mapped = (platform === 'pdd' ? fromPdd : fromTaobao)(payload(file));
    if (!mapped.ok) throw new Error(`${name} does not map`);
    expect(JSON.parse(r.stdout).platform.case.status).toBe(mapped.value.case.status);
  });
});
