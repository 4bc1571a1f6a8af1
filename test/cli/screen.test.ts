import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { policies } from '../../src/policies/index.js';
import { screenMessage } from '../../src/penalties/screen-message.js';
import { cli, ensureBuiltCli } from './built-cli.js';

beforeAll(() => {
  ensureBuiltCli();
}, 120_000);

const issuePaths = (stderr: string): string[] => JSON.parse(stderr).issues.map((i: { path: (string | number)[] }) => i.path.join('.'));

describe('aftersales screen (the built binary)', () => {
  it('PEN-01: screen TEXT prints screenMessage\'s result as JSON and exits 0', () => {
    const text = '加我薇信 abc123，或者打 138 0013 8000';
    const r = cli(['screen', text]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(screenMessage({ text, sender: 'merchant' }, policies.pinduoduo));
    expect(JSON.parse(r.stdout).flagged).toBe(true);
  });

  it('PEN-01: a clean message is an answer too: flagged false, exit 0', () => {
    const r = cli(['screen', '顺丰单号SF1234567890123，请注意查收']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ flagged: false, findings: [], rule: 'PEN-01' });
  });

  it('PEN-01: screen - reads standard input verbatim, so offsets point into exactly what was sent', () => {
    const text = '亲，\nｗｘ：ａｂｃ１２３４５ 谢谢\n';
    const r = cli(['screen', '-'], text);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toEqual(screenMessage({ text, sender: 'merchant' }, policies.pinduoduo));
    expect(out.findings[0].excerpt).toBe(text.slice(out.findings[0].start, out.findings[0].end));
  });

  it('PEN-01: --policy taobao reports the findings without flagging; --sender buyer is never screened', () => {
    const taobao = JSON.parse(cli(['screen', '加我微信 abc12345', '--policy', 'taobao']).stdout);
    expect(taobao.flagged).toBe(false);
    expect(taobao.findings.map((f: { kind: string }) => f.kind)).toEqual(['contact_handle']);
    expect(JSON.parse(cli(['screen', '我的电话 138 0013 8000', '--sender=buyer']).stdout)).toEqual({ flagged: false, findings: [], rule: 'PEN-01' });
  });

  it('PEN-01: --at is optional and, when given, checked but without effect on the result', () => {
    const plain = cli(['screen', '加V领券']);
    const at = cli(['screen', '加V领券', '--at', '2025-03-01T10:00:00+08:00']);
    expect(at.status).toBe(0);
    expect(at.stdout).toBe(plain.stdout);
  });

  it('an unknown policy or sender and a malformed --at exit 2 with every issue, by path, as JSON on stderr', () => {
    const r = cli(['screen', '加V', '--policy', 'jd', '--sender', 'platform', '--at', '2025-03-01 10:00']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.stderr).code).toBe('invalid_input');
    expect(issuePaths(r.stderr)).toEqual(['policy', 'sender', 'at']);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('no TEXT, two of them, or an unknown option is a usage error: exit 1', () => {
    expect(cli(['screen']).status).toBe(1);
    expect(cli(['screen', '加我', '微信']).status).toBe(1);
    expect(cli(['screen', '加我微信', '--verbose']).status).toBe(1);
  });
});

/** The same command in-process (so coverage sees it): standard input is `stdin`, or unreadable when absent. */
function inProcess(argv: readonly string[], stdin?: string): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = run(['screen', ...argv], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readText: (path) => {
      if (path === '-' && stdin !== undefined) return stdin;
      throw new Error('EAGAIN: resource temporarily unavailable');
    },
    listJson: () => [], version: () => '0.0.0', examplesDir: 'examples',
  });
  return { code, stdout, stderr };
}

describe('aftersales screen, in-process', () => {
  it('PEN-01: prints the same result as the library, with or without --at', () => {
    const text = '有事微信联系，电话 139-1234-5678';
    const expected = screenMessage({ text, sender: 'merchant' }, policies.pinduoduo);
    expect(JSON.parse(inProcess([text]).stdout)).toEqual(expected);
    expect(JSON.parse(inProcess([text, '--at=2025-03-01T10:00:00Z']).stdout)).toEqual(expected);
    expect(JSON.parse(inProcess(['-'], text).stdout)).toEqual(expected);
  });

  it('an unknown policy and sender exit 2 naming both', () => {
    const r = inProcess(['加V', '--policy', 'jd', '--sender', 'system']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr).issues.map((i: { path: string[] }) => i.path[0])).toEqual(['policy', 'sender']);
  });

  it('standard input that cannot be read exits 3 and says so', () => {
    const r = inProcess(['-']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^aftersales: cannot read standard input: EAGAIN/);
  });

  it('a real-looking but impossible --at is refused', () => {
    const r = inProcess(['加V', '--at', '2025-02-30T10:00:00+08:00']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr).issues).toEqual([{ code: 'custom', path: ['at'], message: 'not a real date-time' }]);
  });

  it('usage errors exit 1 with the usage on stderr', () => {
    for (const argv of [[], ['a', 'b'], ['--policy'], ['--colour', 'x']]) {
      const r = inProcess(argv);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('usage: aftersales screen TEXT|-');
    }
  });
});
