import type { InputError } from '../../model/parse.js';
import type { PlatformFailure } from '../../platforms/import-case.js';
import { parseCommandArgs } from '../args.js';
import { CALENDAR_HELP, CALENDAR_OPTIONS, calendarFromFlags, type CliInputError } from '../calendar-flag.js';
import { cannotRead, EXIT, printJson, type Command, type CliIO } from '../io.js';
import { assessJsonl } from './assess-jsonl.js';
import { assessOne, PLATFORMS, type Platform } from './assess-one.js';
import { helpLines } from './screen.js';

const invalid = (io: CliIO, error: CliInputError | PlatformFailure): number => {
  io.stderr(`${JSON.stringify(error, null, 2)}\n`);
  return EXIT.invalid;
};

const USAGE = 'usage: aftersales assess FILE|- [--from pdd|taobao] [--calendar FILE]... [--provisional]\n       aftersales assess --jsonl [FILE|-] [--from pdd|taobao] [--calendar FILE]... [--provisional]';

const problem = (message: string): InputError => ({ code: 'invalid_input', issues: [{ code: 'custom', path: [], message }] });

const isPlatform = (v: string): v is Platform => Object.hasOwn(PLATFORMS, v);

/**
 * `aftersales assess FILE|-`: reads `{ policy, order, request, at? }` JSON and prints `assess`'s
 * assessment on stdout; `--lang` adds each reason's rendered `message`. `--from pdd|taobao` reads the
 * platform's refund payload instead (`{ refund, order }`, as `fromPdd` / `fromTaobao` take it), maps it
 * and assesses the result under the platform's built-in policy, adding what it mapped to as `platform`.
 * `--jsonl` reads one input per line (FILE, or standard input when absent) and prints one result per
 * line, streaming (see `assessJsonl`). Exit 0 for any verdict; 2 for input that is not JSON or does
 * not validate (a payload the adapter refuses included), with the issues as JSON on stderr, or, under
 * `--jsonl`, when any line failed; 3 for a file that cannot be read; 1 for a usage error (an unknown
 * `--from` named). `--calendar FILE` (repeatable) and `--provisional` pick the calendar as for `sla` (CAL-04).
 */
export const assess: Command = {
  usage: 'aftersales assess FILE|-',
  summary: helpLines(
    'assess { policy, order, request, at? } JSON (- = stdin)',
    '  --from pdd|taobao           the input is the platform\'s refund payload',
    '                              { refund, order }: mapped, then assessed',
    '  --jsonl [FILE|-]            one input per line in, one result per line',
    '                              out ({ line, ok, value|error }); exit 2 if',
    '                              any line failed',
    '  --lang zh-CN|en             add the rendered message to every reason',
    ...CALENDAR_HELP,
  ),
  lang: true,
  run: ({ args, lang, io }) => {
    const parsed = parseCommandArgs('assess', args, { ...CALENDAR_OPTIONS, from: { type: 'string' }, jsonl: { type: 'boolean' } }, USAGE, io);
    if (parsed === undefined) return EXIT.usage;
    const { values, positionals } = parsed;
    const jsonl = values.jsonl === true;
    const [file = jsonl ? '-' : undefined, ...extra] = positionals;
    if (file === undefined || extra.length > 0) {
      io.stderr(`${USAGE}   (one file, or - for standard input)\n`);
      return EXIT.usage;
    }
    const from = values.from;
    if (from !== undefined && !isPlatform(from)) {
      io.stderr(`aftersales assess: --from takes ${Object.keys(PLATFORMS).join(' or ')}, got ${JSON.stringify(from)}\n${USAGE}\n`);
      return EXIT.usage;
    }
    const calendar = calendarFromFlags(values, io);
    if (!calendar.ok) return 'unreadable' in calendar ? cannotRead(io, calendar.unreadable.file, calendar.unreadable.error) : invalid(io, { code: 'invalid_input', issues: calendar.issues });
    const run = { from, options: calendar.options, lang };
    if (jsonl) return assessJsonl(file, run, io);
    let text: string;
    try {
      text = io.readText(file);
    } catch (e) {
      return cannotRead(io, file, e);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return invalid(io, problem(`not JSON: ${e instanceof Error ? e.message : String(e)}`));
    }
    const result = assessOne(json, run);
    if (!result.ok) return invalid(io, result.error);
    printJson(io, result.value);
    return EXIT.answer;
  },
};
