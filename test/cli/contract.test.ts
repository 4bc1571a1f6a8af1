import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { BIN, ensureBuiltCli } from './built-cli.js';
import { runCli, VERSION } from './in-process.js';

/** A valid first argument for each command, so that only the option under test is wrong. */
const ARGUMENT: Readonly<Record<string, readonly string[]>> = {
  assess: ['examples/06-no-reason-day-8.json'],
  replay: ['examples/06-no-reason-day-8.json'],
  screen: ['加我微信'],
  sla: ['records.json'],
  rules: [],
  demo: [],
};

describe('the command line, the same for every command', () => {
  it('--version and -v print the package version', () => {
    for (const flag of ['--version', '-v']) expect(runCli([flag])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('help is a command with the text of --help', () => {
    const help = runCli(['help']);
    expect(help).toEqual(runCli(['--help']));
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('aftersales help');
    expect(help.stdout).toContain('3 a file that cannot be read');
  });

  it('an unknown option exits 1 and is named, for every command', () => {
    expect(Object.keys(ARGUMENT).sort()).toEqual(Object.keys(COMMANDS).sort());
    for (const [name, argument] of Object.entries(ARGUMENT)) {
      const r = runCli([name, ...argument, '--colour', 'red']);
      expect(r.code, name).toBe(1);
      expect(r.stderr, name).toMatch(new RegExp(`^aftersales ${name}: unknown option --colour`));
      expect(r.stdout, name).toBe('');
    }
  });

  it('--lang is refused, naming the command, by every command but assess', () => {
    for (const [name, argument] of Object.entries(ARGUMENT)) {
      const r = runCli(['--lang', 'en', name, ...argument]);
      if (name === 'assess') expect(r.code).toBe(0);
      else expect(r, name).toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(new RegExp(`^aftersales ${name}: --lang is not supported`)) });
    }
  });

  it('a file that cannot be read exits 3 with one line naming it, for every command that reads files', () => {
    const missing = 'no/such/file.json';
    const runs = [
      ['assess', missing],
      ['replay', missing],
      ['sla', missing],
      ['demo', 'no/such'],
      ['assess', 'examples/06-no-reason-day-8.json', '--calendar', missing],
      ['replay', 'examples/06-no-reason-day-8.json', '--calendar', missing],
      ['sla', 'examples/06-no-reason-day-8.json', '--calendar', missing],
    ];
    for (const argv of runs) {
      const r = runCli(argv);
      expect(r, argv.join(' ')).toMatchObject({ code: 3, stdout: '', stderr: expect.stringMatching(/^aftersales: cannot read no\/such(\/file\.json)?: ENOENT[^\n]*\n$/) });
    }
  });

  it('the help says what the code does: --policy and --at win over the input', () => {
    const help = runCli(['help']).stdout;
    expect(help).toContain("--policy pinduoduo|taobao   the policy; wins over the input's");
    expect(help).not.toContain('unless the input has one');
  });
});

describe('the built binary, from anywhere', () => {
  beforeAll(ensureBuiltCli, 60_000);
  const elsewhere = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: mkdtempSync(join(tmpdir(), 'aftersales-cwd-')), encoding: 'utf8', timeout: 30_000 });

  it('demo with no directory runs the examples beside the module, not in the working directory', () => {
    const r = elsewhere(['demo']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('12 cases from examples/');
  });

  it('--version reads the package.json two levels above the module', () => {
    expect(elsewhere(['--version'])).toMatchObject({ status: 0, stdout: `${VERSION}\n` });
  });
});
