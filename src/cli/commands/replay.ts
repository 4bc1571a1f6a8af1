import { parseAssessInput } from '../../assess/assess-input.js';
import { advanceTo } from '../../case/advance-to.js';
import { deadlines } from '../../case/deadlines.js';
import { replay as replayCase } from '../../case/replay.js';
import { parseCaseEvents, type AfterSalesCase } from '../../model/case.js';
import { InstantSchema } from '../../model/instant.js';
import { toInputIssues, type InputIssue } from '../../model/parse.js';
import { findViolations } from '../../penalties/find-violations.js';
import { ok } from '../../model/result.js';
import { parseCommandArgs } from '../args.js';
import { CALENDAR_HELP, CALENDAR_OPTIONS, calendarFromFlags, type CliInputError } from '../calendar-flag.js';
import { cannotRead, EXIT, printJson, type Command, type CliIO } from '../io.js';
import { helpLines } from './screen.js';

const invalid = (io: CliIO, issues: CliInputError['issues']): number => {
  const error: CliInputError = { code: 'invalid_input', issues };
  io.stderr(`${JSON.stringify(error, null, 2)}\n`);
  return EXIT.invalid;
};

const USAGE = 'usage: aftersales replay FILE|- [--calendar FILE]... [--provisional]';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What the command prints for a case: the case, its pending deadlines and the penalties its record shows (PEN-02…05). */
const report = (c: AfterSalesCase): Record<string, unknown> => ({
  case: c,
  deadlines: deadlines(c),
  violations: findViolations(c),
});

/**
 * `aftersales replay FILE|-`: reads `{ policy, order, request, events, at? }` JSON, replays the events
 * on the case the request opens and, with `at`, fires every timeout due by then; prints
 * `{ case, deadlines, violations }`. A refused event is an answer, not an error: exit 0 with `refused` (its index
 * and code) and the case as it stood before it. Exit 2 for input that is not JSON or does not
 * validate (issues as JSON on stderr); 3 for a file that cannot be read; 1 for a usage error, and for
 * `--lang`, refused because nothing in the output is a rendered message. `--calendar FILE` (repeatable)
 * and `--provisional` pick the calendar the case opens with and records, as for `sla` (CAL-04).
 */
export const replay: Command = {
  usage: 'aftersales replay FILE|-',
  summary: helpLines('replay { policy, order, request, events, at? } JSON into a case, its deadlines and violations', ...CALENDAR_HELP),
  lang: false,
  run: ({ args, io }) => {
    const parsed = parseCommandArgs('replay', args, CALENDAR_OPTIONS, USAGE, io);
    if (parsed === undefined) return EXIT.usage;
    const [file, ...extra] = parsed.positionals;
    if (file === undefined || extra.length > 0) {
      io.stderr(`${USAGE}   (one file, or - for standard input)\n`);
      return EXIT.usage;
    }
    const calendar = calendarFromFlags(parsed.values, io);
    if (!calendar.ok) return 'unreadable' in calendar ? cannotRead(io, calendar.unreadable.file, calendar.unreadable.error) : invalid(io, calendar.issues);
    const { options } = calendar;
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
      return invalid(io, [{ code: 'invalid_format', path: [], message: `not JSON: ${e instanceof Error ? e.message : String(e)}` }]);
    }
    if (!isRecord(json)) return invalid(io, [{ code: 'invalid_type', path: [], message: 'expected an object { policy, order, request, events, at? }' }]);

    const issues: InputIssue[] = [];
    const base = parseAssessInput({ policy: json['policy'], order: json['order'], request: json['request'] });
    if (!base.ok) issues.push(...base.error.issues);
    const events = json['events'] === undefined ? undefined : parseCaseEvents(json['events']);
    if (events === undefined) issues.push({ code: 'invalid_type', path: ['events'], message: 'required: an array of case events' });
    else if (!events.ok) issues.push(...events.error.issues.map((i) => ({ ...i, path: ['events', ...i.path] })));
    const at = json['at'] === undefined ? undefined : InstantSchema.safeParse(json['at']);
    if (at !== undefined && !at.success) issues.push(...toInputIssues(at.error, ['at']));
    if (!base.ok || events === undefined || !events.ok || issues.length > 0) return invalid(io, issues);

    const { policy, order, request } = base.value;
    const replayed = replayCase(order, request, events.value, policy, options);
    if (!replayed.ok) {
      const index = replayed.error.code === 'transition_refused' ? replayed.error.issues[0]?.index : undefined;
      const before = index === undefined ? undefined : replayCase(order, request, events.value.slice(0, index), policy, options);
      printJson(io, before?.ok === true ? { ...report(before.value), refused: replayed.error } : { refused: replayed.error });
      return EXIT.answer;
    }
    const c = at?.success === true ? advanceTo(replayed.value, at.data, policy) : ok(replayed.value);
    // `at` passed InstantSchema, which accepts exactly what advanceTo does: this names it all the same.
    if (!c.ok) return invalid(io, c.error.issues);
    printJson(io, report(c.value));
    return EXIT.answer;
  },
};
