import { cannotRead, EXIT, type CliIO } from '../io.js';
import { assessOne, type AssessRun } from './assess-one.js';

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * `assess --jsonl`: one input per line in, one line out per input, in order, written as soon as it is
 * decided: `{ line, ok: true, value }` or `{ line, ok: false, error }` (`line` 1-based; blank lines
 * are skipped and answer nothing). Lines are pulled one at a time from `io.readLines`, so memory stays
 * constant whatever the input's length; a bad line does not stop the run. Exit 0 when every line
 * was decided, 2 ({@link EXIT.invalid}) when any line failed, 3 when the input cannot be read.
 *
 * @example
 * // aftersales assess --jsonl cases.jsonl
 * // → {"line":1,"ok":true,"value":{"eligibility":…}}
 * //   {"line":2,"ok":false,"error":{"code":"invalid_input","issues":[…]}}   (exit 2)
 */
export function assessJsonl(file: string, run: AssessRun, io: CliIO): number {
  let failed = false;
  let n = 0;
  try {
    for (const text of io.readLines?.(file) ?? io.readText(file).split('\n')) {
      n++;
      if (text.trim() === '') continue;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        failed = true;
        io.stdout(`${JSON.stringify({ line: n, ok: false, error: { code: 'invalid_input', issues: [{ path: [], message: `not JSON: ${message(e)}` }] } })}\n`);
        continue;
      }
      const result = assessOne(json, run);
      if (!result.ok) failed = true;
      io.stdout(`${JSON.stringify(result.ok ? { line: n, ok: true, value: result.value } : { line: n, ok: false, error: result.error })}\n`);
    }
  } catch (e) {
    return cannotRead(io, file, e);
  }
  return failed ? EXIT.invalid : EXIT.answer;
}
