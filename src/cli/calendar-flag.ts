import type { InputIssue } from '../model/parse.js';
import type { Calendar } from '../time/calendar.js';
import type { CalendarOptions } from '../time/working-days.js';
import { cnCalendar } from '../time/cn-calendar.js';
import { cnProvisionalCalendar } from '../time/cn-provisional-calendar.js';
import { loadCalendar, type CalendarLoadIssue } from '../time/load-calendar.js';
import type { CliIO } from './io.js';

/** The `parseArgs` options of the calendar flags: `--calendar FILE` (repeatable) and `--provisional`. */
export const CALENDAR_OPTIONS = {
  calendar: { type: 'string', multiple: true },
  provisional: { type: 'boolean' },
} as const;

/** The help lines of the calendar flags. */
export const CALENDAR_HELP = [
  '  --calendar FILE             load a holiday-cn YYYY.json (or a list of days)',
  '                              over the calendar (CAL-04); repeatable, in order',
  '  --provisional               start from cnProvisionalCalendar (2027–2036, CAL-03)',
] as const;

/** A CAL-04 load issue as the CLI reports it: at `calendar.<file>.<path in the file>`, with the file. */
export type CalendarFlagIssue = Omit<InputIssue, 'code'> & Pick<CalendarLoadIssue, 'code' | 'rule'> & { readonly file: string };

/** The CLI's `invalid_input` error: input issues, and the load issues of any `--calendar` file. */
export interface CliInputError {
  readonly code: 'invalid_input';
  readonly issues: readonly (InputIssue | CalendarFlagIssue)[];
}

export type CalendarFlagResult =
  | { readonly ok: true; readonly options: CalendarOptions }
  | { readonly ok: false; readonly issues: readonly (InputIssue | CalendarFlagIssue)[] }
  /** A file that cannot be read at all: the command exits 3 (`EXIT.unreadable`), not 2. */
  | { readonly ok: false; readonly unreadable: { readonly file: string; readonly error: unknown } };

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The calendar the flags name, as the `{ calendar }` option every day-counting function takes: `{}` (the library's default) with neither flag; else the base
 * (`cnCalendar`, or `cnProvisionalCalendar` with `--provisional`) with each `--calendar` file loaded
 * over the previous result, in order. Files are read through `io`; the first that cannot be read is
 * `unreadable`; otherwise every problem of every file is reported (a file that is not JSON is one
 * issue at `calendar.<file>`).
 */
export function calendarFromFlags(
  values: { readonly calendar?: readonly string[] | undefined; readonly provisional?: boolean | undefined },
  io: CliIO,
): CalendarFlagResult {
  const files = values.calendar ?? [];
  if (files.length === 0 && values.provisional !== true) return { ok: true, options: {} };
  let calendar: Calendar = values.provisional === true ? cnProvisionalCalendar : cnCalendar;
  const issues: (InputIssue | CalendarFlagIssue)[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = io.readText(file);
    } catch (error) {
      return { ok: false, unreadable: { file, error } };
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      issues.push({ code: 'invalid_format', path: ['calendar', file], message: `not calendar JSON: ${file}: ${message(e)}` });
      continue;
    }
    const loaded = loadCalendar(json, { base: calendar });
    if (loaded.ok) calendar = loaded.value;
    else
      issues.push(
        ...loaded.error.issues.map((i): CalendarFlagIssue => ({
          path: ['calendar', file, ...i.path],
          message: `${file}: ${i.message}`,
          code: i.code,
          rule: i.rule,
          file,
        })),
      );
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, options: { calendar } };
}
