import { InstantSchema } from '../../model/instant.js';
import { toInputIssues, type InputIssue } from '../../model/parse.js';
import { resolvePolicy } from '../../policies/resolve-policy.js';
import { ServiceLevelRecordSchema, type ServiceLevelRecord } from '../../service-levels/record.js';
import { serviceLevelReport } from '../../service-levels/service-level-report.js';
import { CALENDAR_HELP, CALENDAR_OPTIONS, calendarFromFlags, type CliInputError } from '../calendar-flag.js';
import { parseCommandArgs } from '../args.js';
import { cannotRead, EXIT, printJson, type Command, type CliIO } from '../io.js';
import { helpLines } from './screen.js';

const USAGE = 'usage: aftersales sla FILE|- [--policy pinduoduo|taobao] [--at ISO] [--calendar FILE]... [--provisional]\n';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

const invalid = (io: CliIO, issues: CliInputError['issues']): number => {
  const error: CliInputError = { code: 'invalid_input', issues };
  io.stderr(`${JSON.stringify(error, null, 2)}\n`);
  return EXIT.invalid;
};

/** What the file says: `{ policy?, at?, records }`, an array of records, or JSON Lines of records. */
interface SlaInput {
  readonly policy?: unknown;
  readonly at?: unknown;
  /** Each raw record with the index it is reported under; JSON Lines are read as this is pulled. */
  readonly records: Iterable<readonly [index: number, value: unknown]>;
}

const parsesAs = (line: string): unknown => {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
};

/**
 * JSON Lines read as pulled, from line `from` on (`first` is that line, already parsed): each record
 * with its 0-based line; a line that is not JSON goes to `bad` at its line, and blank lines are skipped.
 */
function* streamedRecords(first: unknown, from: number, lines: Iterator<string>, bad: InputIssue[]): Generator<readonly [number, unknown]> {
  yield [from, first];
  for (let i = from + 1, next = lines.next(); next.done !== true; i++, next = lines.next()) {
    const line = next.value;
    if (line.trim() === '') continue;
    try {
      yield [i, JSON.parse(line)];
    } catch (e) {
      bad.push({ code: 'invalid_format', path: ['records', i], message: `line ${i + 1} is not JSON: ${message(e)}` });
    }
  }
}

/**
 * The input, streamed when it is JSON Lines: its first non-blank line is a record by itself. Anything
 * else (a JSON document over several lines, `{ policy, at, records }`, a file that is no JSON) is read
 * whole, as before, by {@link readInput}.
 */
function openInput(lines: Iterator<string>, issues: InputIssue[], bad: InputIssue[]): SlaInput | undefined {
  const before: string[] = [];
  for (let next = lines.next(); next.done !== true; next = lines.next()) {
    const line = next.value;
    if (line.trim() === '') {
      before.push(line);
      continue;
    }
    const first = parsesAs(line);
    if (isRecord(first) && !Object.hasOwn(first, 'records')) return { records: streamedRecords(first, before.length, lines, bad) };
    before.push(line);
    break;
  }
  for (let next = lines.next(); next.done !== true; next = lines.next()) before.push(next.value);
  return readInput(before.join('\n'), issues);
}

/**
 * Reads the three input forms. JSON Lines records are indexed by their 0-based line, so that an issue
 * at `records.4` is on line 5; a line that is not JSON is an issue there too. When no line at all is
 * JSON, the input was meant as one JSON document, and its syntax error is the one issue.
 */
function readInput(text: string, issues: InputIssue[]): SlaInput | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (notJson) {
    const records: [number, unknown][] = [];
    const bad: InputIssue[] = [];
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        records.push([i, JSON.parse(line)]);
      } catch (e) {
        bad.push({ code: 'invalid_format', path: ['records', i], message: `line ${i + 1} is not JSON: ${message(e)}` });
      }
    });
    if (records.length === 0) {
      issues.push({ code: 'invalid_format', path: [], message: `not JSON or JSON Lines: ${message(notJson)}` });
      return undefined;
    }
    issues.push(...bad);
    return { records };
  }
  if (isRecord(json) && Object.hasOwn(json, 'records')) {
    const { policy, at, records } = json;
    if (!Array.isArray(records)) issues.push({ code: 'invalid_type', path: ['records'], message: 'expected an array of records' });
    return { policy, at, records: Array.isArray(records) ? records.map((r, i) => [i, r] as const) : [] };
  }
  // A JSON array of records, or a one-line JSON Lines file.
  return { records: (Array.isArray(json) ? json : [json]).map((r, i) => [i, r] as const) };
}

/** The records that pass `ServiceLevelRecordSchema`, one at a time; each bad one to `issues` at its index. */
function* validRecords(raw: SlaInput['records'], issues: InputIssue[]): Generator<ServiceLevelRecord> {
  for (const [i, value] of raw) {
    const record = ServiceLevelRecordSchema.safeParse(value);
    if (record.success) yield record.data;
    else issues.push(...toInputIssues(record.error, ['records', i]));
  }
}

/**
 * `aftersales sla FILE|-`: the SLA-02/SLA-03 service-level report (`serviceLevelReport`) over
 * complaint and case records, as JSON. The input is `{ policy, at, records }` (policy by name or a
 * full object), a JSON array of records, or JSON Lines with one record per line; `--policy` and `--at`
 * supply policy and instant, and win over the file's. Every record is checked against
 * `ServiceLevelRecordSchema`, and every bad one is reported at its path (no report is printed then).
 * JSON Lines are streamed line by line, in constant memory whatever the file's size.
 * Exit 0 with the report; 2 for input that is not JSON (Lines), lacks the policy or the instant, or
 * holds a bad record (issues as JSON on stderr); 3 for a file that cannot be read; 1 for a usage
 * error, and for `--lang`, refused because the report holds counts, not messages. `--calendar FILE`
 * (repeatable) loads holiday-cn year files over the calendar in order (CAL-04, `loadCalendar`), on
 * `cnCalendar` or, with `--provisional`, on `cnProvisionalCalendar`; a bad file exits 2 with its
 * coded issues at `calendar.<file>.<path>`.
 *
 * @example
 * // aftersales sla complaints.jsonl --policy pinduoduo --at 2025-03-10T00:00:00+08:00
 * // → { "rule": "SLA-03", "firstReply": { "rule": "SLA-02", "target": 0.8, "met": 1, "total": 1, "share": 1, "missed": [] }, …,
 * //     "provisional": 0, "provisionalYears": [], "undecidable": 0 }
 */
export const sla: Command = {
  usage: 'aftersales sla FILE|-',
  summary: helpLines(
    'service-level report over complaint and case records (- = stdin):',
    '  { policy, at, records }, a JSON array of records, or JSON Lines',
    '  --policy pinduoduo|taobao   the policy; wins over the input\'s',
    '  --at ISO                    the instant the report is as of; wins over',
    '                              the input\'s',
    ...CALENDAR_HELP,
    '  a bad record is reported at records.<index> (JSON Lines: its 0-based line)',
  ),
  lang: false,
  run: ({ args, io }) => {
    const parsed = parseCommandArgs('sla', args, { policy: { type: 'string' }, at: { type: 'string' }, ...CALENDAR_OPTIONS }, USAGE, io);
    if (parsed === undefined) return EXIT.usage;
    const { values, positionals } = parsed;
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) {
      io.stderr(`${USAGE}  (one file, or - for standard input)\n`);
      return EXIT.usage;
    }
    const issues: InputIssue[] = [];
    const bad: InputIssue[] = [];
    let input: SlaInput | undefined;
    try {
      input = openInput((io.readLines?.(file) ?? io.readText(file).split('\n'))[Symbol.iterator](), issues, bad);
    } catch (e) {
      return cannotRead(io, file, e);
    }
    if (input === undefined) return invalid(io, issues);
    const resolved = resolvePolicy(values.policy ?? input.policy);
    if (!resolved.ok) issues.push(...resolved.error);
    const policy = resolved.ok ? resolved.value : undefined;
    const atValue = values.at ?? input.at;
    const at = InstantSchema.safeParse(atValue);
    if (atValue === undefined) issues.push({ code: 'invalid_type', path: ['at'], message: 'required: the instant the report is as of, in the input or with --at' });
    else if (!at.success) issues.push(...toInputIssues(at.error, ['at']));
    const calendar = calendarFromFlags(values, io);
    if (!calendar.ok && 'unreadable' in calendar) return cannotRead(io, calendar.unreadable.file, calendar.unreadable.error);
    // Records are checked as the report pulls them; a bad one spoils the report, which is then dropped.
    const recordIssues: InputIssue[] = [];
    const records = validRecords(input.records, recordIssues);
    let report: ReturnType<typeof serviceLevelReport> | undefined;
    try {
      if (policy === undefined || !at.success || !calendar.ok) for (const _ of records);
      else report = serviceLevelReport(records, policy, { at: at.data, ...calendar.options });
    } catch (e) {
      return cannotRead(io, file, e);
    }
    // The records it saw passed their schema: its own refusal would name what the schema let through.
    const all = [...bad, ...issues, ...recordIssues, ...(calendar.ok ? [] : calendar.issues), ...(report?.ok === false ? report.error.issues : [])];
    if (report === undefined || !report.ok || all.length > 0) return invalid(io, all);
    printJson(io, report.value);
    return EXIT.answer;
  },
};
