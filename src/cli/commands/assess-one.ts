import { assess as assessInput, type AssessOptions } from '../../assess/assess.js';
import { explain } from '../../explain/explain.js';
import type { InputError } from '../../model/parse.js';
import { err, ok, type Result } from '../../model/result.js';
import type { PlatformFailure } from '../../platforms/import-case.js';
import { fromPdd } from '../../platforms/pdd.js';
import { fromTaobao } from '../../platforms/taobao.js';

/** The platforms `--from` reads, each with its adapter and the built-in policy its cases run under. */
export const PLATFORMS = {
  pdd: { adapter: fromPdd, policy: 'pinduoduo' },
  taobao: { adapter: fromTaobao, policy: 'taobao' },
} as const;
/** A value `--from` takes. */
export type Platform = keyof typeof PLATFORMS;

/** How every input of one run is decided: the platform it comes from (absent: the library's own JSON), the calendar, the language. */
export interface AssessRun {
  readonly from: Platform | undefined;
  readonly options: AssessOptions;
  readonly lang: 'zh-CN' | 'en' | undefined;
}

/**
 * One parsed JSON input, decided: `assess`'s assessment (each reason with its `message` under
 * `--lang`), or the validation failure. With `from`, the input is the platform's payload: the adapter
 * maps it, the mapped order and request are assessed under the platform's built-in policy, and what
 * the payload mapped to (order, request, events, case, deadline, warnings) is added as `platform`.
 *
 * @example
 * assessOne(JSON.parse(readFileSync('test/fixtures/platforms/pdd/status-7.json', 'utf8')), { from: 'pdd', options: {}, lang: undefined })
 * // → { ok: true, value: { eligibility, freight, refund, deadlines, platform: { from: 'pdd', order, request, events, case, deadline, warnings } } }
 */
export function assessOne(json: unknown, run: AssessRun): Result<unknown, InputError | PlatformFailure> {
  let input = json;
  let platform: object | undefined;
  if (run.from !== undefined) {
    const { adapter, policy } = PLATFORMS[run.from];
    const mapped = adapter(json, run.options);
    if (!mapped.ok) return mapped;
    platform = { from: run.from, ...mapped.value };
    input = { policy, order: mapped.value.order, request: mapped.value.request };
  }
  const result = assessInput(input, run.options);
  if (!result.ok) return err(result.error);
  const value = result.value;
  const lang = run.lang;
  const rendered =
    lang === undefined ? value : { ...value, eligibility: { ...value.eligibility, reasons: value.eligibility.reasons.map((r) => ({ ...r, message: explain(r, lang) })) } };
  return ok(platform === undefined ? rendered : { ...rendered, platform });
}
