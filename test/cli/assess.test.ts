import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuiltCli } from './built-cli.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './built-cli.js';

const wallet = join('examples', '12-wallet-refund-national-day.json');

beforeAll(() => {
  ensureBuiltCli();
}, 120_000);

describe('aftersales assess (the built binary)', () => {
  it('RFT-02: assess FILE prints the assessment as JSON on stdout and exits 0', () => {
    const r = cli(['assess', wallet]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.eligibility.verdict).toBe('allowed');
    expect(out.refund.arrival.value).toEqual({ earliest: '2025-09-30T20:00:00+08:00', latest: '2025-10-09T20:00:00+08:00', rule: 'RFT-02' });
  });

  it('assess - reads standard input', () => {
    const r = cli(['assess', '-'], readFileSync(join(ROOT, wallet), 'utf8'));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(cli(['assess', wallet]).stdout));
  });

  it('ELG-06: a denied verdict is still a decision: exit 0', () => {
    const r = cli(['assess', join('examples', '06-no-reason-day-8.json')]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).eligibility.verdict).toBe('denied');
  });

  it('invalid JSON text exits 2 with the problem as JSON on stderr and no stack trace', () => {
    const r = cli(['assess', '-'], '{ "policy": "pinduoduo", ');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const error = JSON.parse(r.stderr);
    expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: [] }] });
    expect(error.issues[0].message).toMatch(/^not JSON/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an invalid shape exits 2 with every issue, by path, as JSON on stderr', () => {
    const r = cli(['assess', '-'], JSON.stringify({ policy: 'jd', order: { id: 'x', payments: [], items: [] }, request: { type: 'refund_only' } }));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.stderr).issues.map((i: { path: (string | number)[] }) => i.path.join('.'))).toEqual([
      'policy',
      'order.items',
      'request.reason',
      'request.requestedAt',
    ]);
  });

  it('a file that cannot be read exits 3 and names it on one line', () => {
    const r = cli(['assess', 'no/such/file.json']);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/^aftersales: cannot read no\/such\/file.json: ENOENT[^\n]*\n$/);
  });

  it('assess without a file is a usage error: exit 1', () => {
    expect(cli(['assess']).status).toBe(1);
  });

  it('--lang zh-CN and --lang en add the rendered message to each reason', () => {
    const zh = JSON.parse(cli(['assess', wallet, '--lang', 'zh-CN']).stdout);
    expect(zh.eligibility.reasons[0]).toEqual({ code: 'not_shipped_refund_only', rule: 'ELG-04', effect: 'info', message: '商品未发货，只能申请仅退款，可立即申请。' });
    const en = JSON.parse(cli(['--lang=en', 'assess', wallet]).stdout);
    expect(en.eligibility.reasons[0].message).toMatch(/^The goods have not shipped/);
  });

  it('--help lists assess', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('aftersales assess FILE|-');
  });
});
