import { COMMANDS } from './commands/index.js';
import { EXIT, type CliIO } from './io.js';

const help = (): string =>
  [
    'aftersales — after-sales rules of Chinese marketplaces (Pinduoduo, Taobao)',
    '',
    'Usage:',
    ...Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(34)} ${c.summary}`),
    `  ${'aftersales help'.padEnd(34)} this text`,
    '',
    'Options:',
    '  --lang zh-CN|en                    add rendered explanations to reasons (assess only;',
    '                                     the other commands refuse it)',
    '  --help, -h                         this text',
    '  --version, -v                      the package version',
    '',
    'Exit codes: 0 an answer, whatever the verdict; 1 usage error (unknown command or option);',
    '            2 invalid input (issues as JSON on stderr; assess --jsonl: any line failed);',
    '            3 a file that cannot be read.',
    '',
  ].join('\n');

/** The command line as a function of its arguments and its I/O: returns the exit code (see `EXIT`). */
export function run(argv: readonly string[], io: CliIO): number {
  const args: string[] = [];
  let lang: 'zh-CN' | 'en' | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    // After `--` every argument is the command's (a text that starts with `-`), so it is passed on as is.
    if (a === '--') {
      args.push(...argv.slice(i));
      break;
    }
    if (a === '--help' || a === '-h') {
      io.stdout(help());
      return EXIT.answer;
    }
    if (a === '--version' || a === '-v') {
      io.stdout(`${io.version()}\n`);
      return EXIT.answer;
    }
    if (a === '--lang' || a.startsWith('--lang=')) {
      const value = a === '--lang' ? argv[++i] : a.slice('--lang='.length);
      if (value !== 'zh-CN' && value !== 'en') {
        io.stderr(`--lang takes zh-CN or en, got ${String(value)}\n`);
        return EXIT.usage;
      }
      lang = value;
    } else args.push(a);
  }
  const [name, ...rest] = args;
  if (name === 'help') {
    io.stdout(help());
    return EXIT.answer;
  }
  const command = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    io.stderr(name === undefined ? help() : `unknown command: ${name}\n\n${help()}`);
    return EXIT.usage;
  }
  if (lang !== undefined && !command.lang) {
    io.stderr(`aftersales ${name}: --lang is not supported: its output has no reason messages to render (only assess takes --lang)\n`);
    return EXIT.usage;
  }
  return command.run({ args: rest, lang, io });
}
