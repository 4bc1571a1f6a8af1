import { assess } from '../../assess/assess.js';
import { policies } from '../../policies/index.js';
import { caseBlock, summaryRow, type CaseFacts } from '../demo/describe.js';
import { table } from '../demo/table.js';
import type { InputError, InputIssue } from '../../model/parse.js';
import { parseCommandArgs } from '../args.js';
import { cannotRead, EXIT, type Command } from '../io.js';

interface Example {
  readonly title?: { readonly 'zh-CN'?: string; readonly en?: string };
  readonly policy?: unknown;
  readonly order?: { readonly payments?: readonly { readonly method?: string }[] };
  readonly request?: CaseFacts['request'];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The platform's names and zone, whether the example names a built-in policy or carries one. */
function platformOf(policy: unknown): CaseFacts['platform'] {
  const p = typeof policy === 'string' && Object.hasOwn(policies, policy) ? policies[policy as keyof typeof policies] : policy;
  if (!isRecord(p) || !isRecord(p['name'])) return { zh: String(policy), en: '', zone: 'Asia/Shanghai' };
  return { zh: String(p['name']['zh-CN']), en: String(p['name']['en']), zone: String(p['timeZone']) };
}

/** One example file: its summary row and its block, or the reason it could not be assessed. */
function runExample(index: number, file: string, example: Example): { row: string[]; block: string[] } {
  const title = { zh: example.title?.['zh-CN'] ?? file, en: example.title?.en ?? '' };
  const result = assess(example);
  if (!result.ok) {
    return { row: [String(index), title.zh, '', 'invalid example'], block: [`${index}. ${title.zh} · ${title.en}`, `   invalid example: ${JSON.stringify(result.error.issues)}`] };
  }
  const facts: CaseFacts = { index, title, platform: platformOf(example.policy), request: example.request as CaseFacts['request'] };
  const firstMethod = example.order?.payments?.[0]?.method ?? 'wechat_pay';
  return { row: summaryRow(facts, result.value), block: caseBlock(facts, result.value, firstMethod) };
}

/**
 * `aftersales demo [DIR]`: runs every example in DIR (default: the package's own `examples/`, so it
 * works from an installed package whatever the working directory) through `assess` and prints a
 * summary table, then each case: the verdict, every reason in Chinese and English, who pays postage
 * per leg, and when the money arrives. An example that is not JSON or does not validate is shown as
 * such; a file that holds no object exits 2 with the issues as JSON; a directory or file that cannot
 * be read exits 3. Always in both languages, so `--lang` is refused.
 */
export const demo: Command = {
  usage: 'aftersales demo [DIR]',
  summary: 'run the example cases (default: the bundled ones) through assess and print each decision',
  lang: false,
  run: ({ args, io }) => {
    const usage = 'usage: aftersales demo [DIR]';
    const parsed = parseCommandArgs('demo', args, {}, usage, io);
    if (parsed === undefined) return EXIT.usage;
    if (parsed.positionals.length > 1) {
      io.stderr(`${usage}   (one directory at most)\n`);
      return EXIT.usage;
    }
    const given = parsed.positionals[0];
    const dir = given ?? io.examplesDir;
    let files: readonly string[];
    try {
      files = io.listJson(dir);
    } catch (e) {
      return cannotRead(io, dir, e);
    }
    // A file that cannot be read (a directory named x.json) stops the demo, as for every command; one
    // that holds no example object (`null`) is not a case to show: exit 2 with every such file as an
    // issue, before anything is printed.
    const texts: string[] = [];
    for (const file of files) {
      try {
        texts.push(io.readText(file));
      } catch (e) {
        return cannotRead(io, file, e);
      }
    }
    const issues: InputIssue[] = [];
    const examples = files.map((file, i): Example | 'not JSON' | undefined => {
      const text = texts[i] ?? '';
      try {
        const json: unknown = JSON.parse(text);
        if (isRecord(json)) return json as Example;
        issues.push({ code: 'invalid_type', path: [file], message: `expected an example object { policy, order, request }, received ${json === null ? 'null' : Array.isArray(json) ? 'an array' : `a ${typeof json}`}` });
      } catch {
        return 'not JSON';
      }
      return undefined;
    });
    if (issues.length > 0) {
      const error: InputError = { code: 'invalid_input', issues };
      io.stderr(`${JSON.stringify(error, null, 2)}\n`);
      return EXIT.invalid;
    }
    const cases = examples.map((example, i) =>
      example === undefined || example === 'not JSON'
        ? { row: [String(i + 1), files[i]!, '', 'invalid example: not JSON'], block: [`${i + 1}. ${files[i]!}: not JSON`] }
        : runExample(i + 1, files[i]!, example),
    );
    const header = ['#', '案例 Case', '平台 Platform', '结论 Verdict', '退回运费 Return', '寄出运费 Forward', '退款 Money'];
    const lines = [
      `售后演示 · After-sales demo: ${cases.length} cases from ${given ?? 'examples'}/ (times local to each platform)`,
      '',
      ...table(header, cases.map((c) => c.row)),
      '',
      ...cases.flatMap((c) => [...c.block, '']),
    ];
    io.stdout(`${lines.join('\n')}`);
    return EXIT.answer;
  },
};
