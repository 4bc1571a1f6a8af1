import type { Actor } from '../../model/vocabulary.js';
import { InstantSchema } from '../../model/instant.js';
import { toInputIssues, type InputError, type InputIssue } from '../../model/parse.js';
import { screenMessage } from '../../penalties/screen-message.js';
import { policies, type PolicyName } from '../../policies/index.js';
import { parseCommandArgs } from '../args.js';
import { cannotRead, EXIT, printJson, type Command, type CliIO } from '../io.js';

const USAGE = 'usage: aftersales screen TEXT|- [--policy pinduoduo|taobao] [--sender merchant|buyer] [--at ISO]\n';
const SENDERS = ['merchant', 'buyer'] as const satisfies readonly Actor[];
type Sender = (typeof SENDERS)[number];

const isPolicyName = (name: string): name is PolicyName => Object.hasOwn(policies, name);
const isSender = (name: string): name is Sender => SENDERS.some((s) => s === name);

// The help lists each command on one line (run.ts pads the usage to 34 columns after a 2-space indent);
// further lines of a summary are indented to line up under the first.
export const helpLines = (...lines: string[]): string => lines.join(`\n${' '.repeat(37)}`);

const invalid = (io: CliIO, issues: readonly InputIssue[]): number => {
  const error: InputError = { code: 'invalid_input', issues };
  io.stderr(`${JSON.stringify(error, null, 2)}\n`);
  return EXIT.invalid;
};

/**
 * `aftersales screen TEXT|-`: screens one chat message for PEN-01 (off-platform trade) with
 * `screenMessage` and prints its result as JSON. The text is the argument, or standard input taken
 * verbatim for `-` (a text that starts with `-` goes after `--`). `--policy` (default pinduoduo),
 * `--sender` (default merchant: only a merchant's message can be a violation), `--at`: when the
 * message was sent, optional because screening does not depend on it, and checked when given.
 * Exit 0 flagged or not; 2 for an unknown policy or sender or a malformed `--at` (issues as JSON on
 * stderr); 3 for standard input that cannot be read; 1 for a usage error, and for `--lang`, refused
 * because a finding is an excerpt of the message, not a text to render.
 *
 * @example
 * // aftersales screen '加我薇信 abc123'
 * // → { "flagged": true, "findings": [{ "kind": "contact_handle", "excerpt": "薇信 abc123", "start": 2, "end": 11 }], "rule": "PEN-01" }
 */
export const screen: Command = {
  usage: 'aftersales screen TEXT|-',
  summary: helpLines(
    'screen a chat message for PEN-01 (- = stdin, verbatim)',
    '  --policy pinduoduo|taobao   default pinduoduo',
    '  --sender merchant|buyer     default merchant',
    '  --at ISO                    when it was sent: optional, screening',
    '                              does not depend on it',
  ),
  lang: false,
  run: ({ args, io }) => {
    const parsed = parseCommandArgs('screen', args, { policy: { type: 'string' }, sender: { type: 'string' }, at: { type: 'string' } }, USAGE, io);
    if (parsed === undefined) return EXIT.usage;
    const { values, positionals } = parsed;
    const [source, ...extra] = positionals;
    if (source === undefined || extra.length > 0) {
      io.stderr(`${USAGE}  (one TEXT, quoted, or - for standard input)\n`);
      return EXIT.usage;
    }
    let text = source;
    if (source === '-') {
      try {
        text = io.readText('-');
      } catch (e) {
        return cannotRead(io, '-', e);
      }
    }

    const issues: InputIssue[] = [];
    const policyName = values.policy ?? 'pinduoduo';
    const policy = isPolicyName(policyName) ? policies[policyName] : undefined;
    if (policy === undefined) issues.push({ code: 'invalid_value', path: ['policy'], message: `unknown policy "${policyName}": use ${Object.keys(policies).join(' or ')}` });
    const senderName = values.sender ?? 'merchant';
    const sender = isSender(senderName) ? senderName : undefined;
    if (sender === undefined) issues.push({ code: 'invalid_value', path: ['sender'], message: `unknown sender "${senderName}": use ${SENDERS.join(' or ')}` });
    const at = values.at === undefined ? undefined : InstantSchema.safeParse(values.at);
    if (at !== undefined && !at.success) issues.push(...toInputIssues(at.error, ['at']));
    if (policy === undefined || sender === undefined || issues.length > 0) return invalid(io, issues);

    const message = at?.success === true ? { text, sender, at: at.data } : { text, sender };
    printJson(io, screenMessage(message, policy));
    return EXIT.answer;
  },
};
