import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/index.js';
import { ROOT, runCli } from './in-process.js';

/** `stdin`, when given, is what `-` reads. */
const call = (argv: string[], files: Record<string, string> = {}, stdin?: string) =>
  runCli(argv, stdin === undefined ? files : { ...files, '-': stdin });

const example = (name: string): string => readFileSync(join(ROOT, 'examples', name), 'utf8');

describe('the command line, in-process', () => {
  it('--help lists every command and the exit codes', () => {
    const r = call(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['assess', 'rules', 'demo', 'replay']) expect(r.stdout).toContain(`aftersales ${c}`);
    expect(r.stdout).toContain('2 invalid input');
  });

  it('no command, an unknown command, or a name an object prototype knows is a usage error', () => {
    expect(call([]).code).toBe(1);
    for (const name of ['nope', 'toString', '__proto__', 'constructor']) {
      const r = call([name]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`unknown command: ${name}`);
    }
  });

  it('--lang takes zh-CN or en, in both spellings', () => {
    expect(call(['--lang', 'fr', 'rules']).code).toBe(1);
    expect(call(['--lang']).code).toBe(1);
    expect(call(['--lang=en', 'assess', 'examples/06-no-reason-day-8.json']).code).toBe(0);
  });

  it('rules prints the registry as JSON', () => {
    const r = call(['rules']);
    expect(JSON.parse(r.stdout).map((x: { id: string }) => x.id)).toContain('ELG-06');
  });
});

describe('aftersales assess, in-process', () => {
  it('usage errors: no file, or more than one', () => {
    expect(call(['assess']).code).toBe(1);
    expect(call(['assess', 'a.json', 'b.json']).code).toBe(1);
  });

  it('an unreadable file exits 3; text that is not JSON and an invalid shape exit 2 with issues on stderr', () => {
    const missing = call(['assess', 'no/such/file.json']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/^aftersales: cannot read no\/such\/file\.json: ENOENT/);
    expect(JSON.parse(call(['assess', '-'], {}, '{').stderr).issues[0].message).toMatch(/^not JSON/);
    const bad = call(['assess', '-'], {}, JSON.stringify({ policy: 'pinduoduo', order: { id: 'x' }, request: {} }));
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(JSON.parse(bad.stderr).issues.length).toBeGreaterThan(3);
  });

  it('ELG-06: --lang zh-CN adds the rendered message to every reason', () => {
    const r = call(['--lang', 'zh-CN', 'assess', '-'], {}, example('06-no-reason-day-8.json'));
    expect(r.code).toBe(0);
    const reasons = JSON.parse(r.stdout).eligibility.reasons;
    expect(reasons[0]).toMatchObject({ rule: 'ELG-06', message: '七天无理由退换货期限已于 2025-03-09T00:00:00+08:00 结束。' });
  });
});

describe('aftersales demo, in-process', () => {
  it('prints the summary table and one block per example, in both languages', () => {
    const r = call(['demo', 'examples']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('12 cases from examples/');
    expect(r.stdout).toContain('第8天申请七天无理由退货');
    expect(r.stdout).toContain('The 7-day no-reason return window closed at 2025-03-09T00:00:00+08:00.');
    expect(r.stdout).toContain('2025-10-09 20:00');
  });

  it('RFT-07: a mixed payment is shown leg by leg; a policy object is named from its data', () => {
    const wallet = JSON.parse(example('12-wallet-refund-national-day.json'));
    wallet.order.payments = [
      { method: 'platform_balance', amountFen: 1990 },
      { method: 'credit_card', amountFen: 2000 },
    ];
    wallet.policy = { ...policies.pinduoduo, name: { 'zh-CN': '某店', en: 'Some shop' } };
    const r = call(['demo', 'mine'], { 'mine/a.json': JSON.stringify(wallet) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('某店');
    expect(r.stdout).toMatch(/split by payment \(RFT-07\)/);
    expect(r.stdout).toContain('credit card');
  });

  it('an example that is not JSON or does not validate is reported in the table, not thrown', () => {
    const r = call(['demo', 'bad'], { 'bad/1.json': '{', 'bad/2.json': JSON.stringify({ policy: 'jd', order: {}, request: {} }) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('bad/1.json: not JSON');
    expect(r.stdout).toContain('invalid example');
  });

  it('RFT-01: a failed group buy that does not say when it failed is refunded by the system, time unknown', () => {
    const failed = JSON.parse(example('02-group-buy-failed.json'));
    delete failed.order.groupBuy.failedAt;
    const r = call(['demo', 'gb'], { 'gb/a.json': JSON.stringify(failed) });
    expect(r.stdout).toContain('failure time unknown');
  });

  it('CAL-02: a refund whose window leaves the calendar says so instead of guessing', () => {
    const late = JSON.parse(example('03-pre-shipment-debit-card.json'));
    late.order.paidAt = '2026-12-31T10:00:00+08:00';
    late.request.requestedAt = '2026-12-31T12:00:00+08:00';
    late.order.payments = [{ method: 'wechat_pay', amountFen: 8900 }];
    const r = call(['demo', 'late'], { 'late/a.json': JSON.stringify(late) });
    expect(r.stdout).toContain('2027-01-01 is outside the calendar (CAL-02)');
  });

  it('FRT-04 / FRT-07: the PDD subsidy and the outbound-postage deduction are shown', () => {
    const partial = {
      title: { 'zh-CN': '部分退货', en: 'Partial return' },
      policy: 'pinduoduo',
      order: {
        id: 'PDD-1',
        paidAt: '2025-03-01T10:00:00+08:00',
        payments: [{ method: 'alipay', amountFen: 6000 }],
        shippedAt: '2025-03-01T18:00:00+08:00',
        signedAt: '2025-03-03T10:00:00+08:00',
        items: [
          { sku: 'a', priceFen: 3000, quantity: 1 },
          { sku: 'b', priceFen: 3000, quantity: 1 },
        ],
        freeShipping: { thresholdFen: 5000, postageFen: 800 },
        returnFreightSubsidy: true,
      },
      request: { type: 'return_refund', reason: 'no_reason', skus: ['a'], amountFen: 3000, requestedAt: '2025-03-05T10:00:00+08:00' },
    };
    const r = call(['demo', 'p'], { 'p/a.json': JSON.stringify(partial) });
    expect(r.stdout).toContain('(FRT-04');
    expect(r.stdout).toContain('(FRT-07)');
  });

  it('with no directory it reads ./examples', () => {
    expect(call(['demo']).stdout).toContain('12 cases from examples/');
  });

  it('a directory that cannot be listed exits 3', () => {
    const r = call(['demo', 'no-such-dir']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^aftersales: cannot read no-such-dir: ENOENT/);
  });
});
