import { assess as assessInput } from '../../assess/assess.js';
import { explain } from '../../explain/explain.js';
import type { InputError } from '../../model/parse.js';
import { parseCommandArgs } from '../args.js';
import { CALENDAR_HELP, CALENDAR_OPTIONS, calendarFromFlags } from '../calendar-flag.js';
import { cannotRead, EXIT, printJson, type Command, type CliIO } from '../io.js';
import { helpLines } from './screen.js';

const invalid = (io: CliIO, error: InputError): number => {
  io.stderr(`${JSON.stringify(error, null, 2)}\n`);
  return EXIT.invalid;
};

const USAGE = 'usage: aftersales assess FILE|- [--calendar FILE]... [--provisional]';

const problem = (message: string): InputError => ({ code: 'invalid_input', issues: [{ path: [], message }] });

/**
 * `aftersales assess FILE|-`: reads `{ policy, order, request, at? }` JSON and prints `assess`'s
 * assessment on stdout; `--lang` adds each reason's rendered `message`. Exit 0 for any verdict; 2 for
 * input that is not JSON or does not validate, with the issues as JSON on stderr; 3 for a file that
 * cannot be read; 1 for a usage error. `--calendar FILE`
 * (repeatable) and `--provisional` pick the calendar as for `sla` (CAL-04).
 */
export const assess: Command = {
  usage: 'aftersales assess FILE|-',
  summary: helpLines('assess { policy, order, request, at? } JSON (- = stdin)', '  --lang zh-CN|en             add the rendered message to every reason', ...CALENDAR_HELP),
  lang: true,
  run: ({ args, lang, io }) => {
    const parsed = parseCommandArgs('assess', args, CALENDAR_OPTIONS, USAGE, io);
    if (parsed === undefined) return EXIT.usage;
    const [file, ...extra] = parsed.positionals;
    if (file === undefined || extra.length > 0) {
      io.stderr(`${USAGE}   (one file, or - for standard input)\n`);
      return EXIT.usage;
    }
    const calendar = calendarFromFlags(parsed.values, io);
    if (!calendar.ok) return 'unreadable' in calendar ? cannotRead(io, calendar.unreadable.file, calendar.unreadable.error) : invalid(io, { code: 'invalid_input', issues: calendar.issues });
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
    const result = assessInput(json, calendar.options);
    if (!result.ok) return invalid(io, result.error);
    const value = result.value;
    if (lang === undefined) {
      printJson(io, value);
    } else {
      const reasons = value.eligibility.reasons.map((r) => ({ ...r, message: explain(r, lang) }));
      printJson(io, { ...value, eligibility: { ...value.eligibility, reasons } });
    }
    return EXIT.answer;
  },
};
