import { checkEligibility } from '../../eligibility/check-eligibility.js';
import { explain } from '../../explain/explain.js';
import { parseOrder, parseRequest } from '../../model/parse.js';
import { policies, type PolicyName } from '../../policies/index.js';
import type { Command } from '../io.js';

interface Example {
  readonly title?: { readonly 'zh-CN'?: string; readonly en?: string };
  readonly policy?: string;
  readonly order?: unknown;
  readonly request?: unknown;
}

const yuan = (fen: number): string => `¥${(fen / 100).toFixed(2)}`;

/** One example as the lines of a readable block: the verdict and each reason in both languages. */
function describe(index: number, file: string, example: Example): string[] {
  const name = (example.policy ?? 'pinduoduo') as PolicyName;
  const policy = policies[name];
  const order = parseOrder(example.order);
  const request = parseRequest(example.request);
  const heading = `${index}. ${example.title?.['zh-CN'] ?? file} · ${example.title?.en ?? ''}`;
  if (policy === undefined || !order.ok || !request.ok) {
    const issues = [...(order.ok ? [] : order.error.issues), ...(request.ok ? [] : request.error.issues)];
    return [heading, `   invalid example: ${policy === undefined ? `unknown policy ${name}; ` : ''}${JSON.stringify(issues)}`];
  }
  const r = request.value;
  const e = checkEligibility(order.value, r, policy);
  const lines = [
    heading,
    `   ${policy.name['zh-CN']} ${policy.name.en} · ${r.type} / ${r.reason} · requested ${r.requestedAt}`,
    `   verdict: ${e.verdict.toUpperCase()} · refundable ${yuan(e.refundableFen)}${e.window ? ` · window (${e.window.rule}) closes ${e.window.closesAt}` : ''}`,
  ];
  for (const reason of e.reasons) {
    lines.push(`   ${reason.rule} ${reason.effect.padEnd(9)} ${reason.code}`);
    lines.push(`        ${explain(reason, 'zh-CN')}`);
    lines.push(`        ${explain(reason, 'en')}`);
  }
  return lines;
}

/** `aftersales demo [DIR]`: runs the seed cases in `examples/` and prints each decision, explained. */
export const demo: Command = {
  usage: 'aftersales demo [DIR]',
  summary: 'run the example cases (default ./examples) and print each decision',
  run: ({ args, io }) => {
    const files = io.listJson(args[0] ?? 'examples');
    const blocks = files.map((file, i) => describe(i + 1, file, JSON.parse(io.readText(file)) as Example).join('\n'));
    io.stdout(`${blocks.join('\n\n')}\n`);
    return 0;
  },
};
