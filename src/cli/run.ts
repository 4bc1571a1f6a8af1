import { COMMANDS } from './commands/index.js';
import type { CliIO } from './io.js';

const help = (): string =>
  [
    'aftersales — after-sales rules of Chinese marketplaces (Pinduoduo, Taobao)',
    '',
    'Usage:',
    ...Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(34)} ${c.summary}`),
    '',
    'Options:',
    '  --lang zh-CN|en                    add rendered explanations to reasons',
    '  --help                             this text',
    '',
    'Exit codes: 0 any verdict, 1 usage error, 2 invalid input (issues as JSON on stderr).',
    '',
  ].join('\n');

/** The command line as a function of its arguments and its I/O: returns the exit code. */
export function run(argv: readonly string[], io: CliIO): number {
  const args: string[] = [];
  let lang: 'zh-CN' | 'en' | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--help' || a === '-h') {
      io.stdout(help());
      return 0;
    }
    if (a === '--lang' || a.startsWith('--lang=')) {
      const value = a === '--lang' ? argv[++i] : a.slice('--lang='.length);
      if (value !== 'zh-CN' && value !== 'en') {
        io.stderr(`--lang takes zh-CN or en, got ${String(value)}\n`);
        return 1;
      }
      lang = value;
    } else args.push(a);
  }
  const [name, ...rest] = args;
  const command = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    io.stderr(name === undefined ? help() : `unknown command: ${name}\n\n${help()}`);
    return 1;
  }
  return command.run({ args: rest, lang, io });
}
