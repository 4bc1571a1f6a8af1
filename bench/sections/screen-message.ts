import { readFileSync } from 'node:fs';
import { fmtTime, timeBatches, verdict } from '../harness.js';
import { prng } from '../data.js';
import { exported, notExported, skipped, type Section } from './section.js';

interface ChatMessage {
  readonly text: string;
  readonly sender: 'merchant';
  readonly at: string;
}
type ScreenMessage = (message: ChatMessage, policy: unknown) => { flagged: boolean };

const FN = '`screenMessage`';
const TARGET = '≥ 200k messages/s';
const LENGTH = 100;
const COUNT = 2000;
const FIXTURE = new URL('../../test/fixtures/merchant-messages.json', import.meta.url);

/** Merchant chat lines from the labelled corpus (many ordinary ones are near misses), split by label. */
function corpus(): { ordinary: string[]; violations: string[] } {
  try {
    const json = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { messages: { text: string; expected: string | null }[] };
    return {
      ordinary: json.messages.filter((m) => m.expected === null).map((m) => m.text),
      violations: json.messages.filter((m) => m.expected !== null).map((m) => m.text),
    };
  } catch {
    return { ordinary: ['亲，您的快递单号是SF1234567890123，请注意查收', '尺码偏小，建议拍大一码哦', '退款会原路退回微信'], violations: ['加我微信 wx123456789 发图'] };
  }
}

/**
 * `COUNT` messages of exactly `LENGTH` UTF-16 units joined from corpus lines: every other message is
 * ordinary lines only, the rest open with one violation (so about half should be flagged).
 */
export function messages100(): string[] {
  const { ordinary, violations } = corpus();
  const rnd = prng(100);
  const line = (xs: readonly string[]): string => xs[Math.floor(rnd() * xs.length)] ?? '';
  const out: string[] = [];
  for (let k = 0; k < COUNT; k++) {
    let text = k % 2 === 0 ? '' : line(violations);
    while (text.length < LENGTH) text += (text === '' ? '' : '，') + line(ordinary);
    text = text.slice(0, LENGTH);
    // Never end on half a surrogate pair.
    if (/[\uD800-\uDBFF]$/.test(text)) text = `${text.slice(0, LENGTH - 1)}。`;
    out.push(text);
  }
  return out;
}

/** PEN-01 screening throughput on 100-character merchant messages. */
export const benchScreenMessage: Section = async (ctx) => {
  const screen = exported<ScreenMessage>(ctx, 'screenMessage');
  const policies = ctx.lib['policies'] as { pinduoduo: unknown } | undefined;
  const input = `${COUNT} merchant messages of ${LENGTH} characters built from test/fixtures/merchant-messages.json`;
  if (screen === undefined || policies === undefined) return [skipped(FN, input, TARGET, notExported(ctx, 'screenMessage'))];
  const policy = policies.pinduoduo;
  const msgs = messages100().map((text): ChatMessage => ({ text, sender: 'merchant', at: '2025-03-01T10:00:00+08:00' }));
  const flagged = msgs.filter((m) => screen(m, policy).flagged).length;
  const s = timeBatches(
    (from, to) => {
      let sum = 0;
      for (let i = from; i < to; i++) sum += screen(msgs[i] as ChatMessage, policy).flagged ? 1 : 0;
      return sum;
    },
    msgs.length,
    200,
    (20 * msgs.length) / 200,
  );
  const perSecond = 1e9 / s.median;
  return [
    {
      fn: FN,
      input: `${input} (${flagged} flagged)`,
      measured: `${Math.round(perSecond / 1000)}k messages/s (${fmtTime(s.median)} / message)`,
      target: TARGET,
      status: verdict(perSecond >= 200_000),
    },
  ];
};
