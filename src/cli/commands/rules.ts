import { RULES } from '../../rules/catalogue.js';
import { parseCommandArgs } from '../args.js';
import { EXIT, printJson, type Command } from '../io.js';

/** `aftersales rules`: the rule catalogue (ID, summary, source, policy parameters) as JSON. */
export const rules: Command = {
  usage: 'aftersales rules',
  summary: 'print the rule catalogue: ID, summary, source, policy parameters',
  lang: false,
  run: ({ args, io }) => {
    const parsed = parseCommandArgs('rules', args, {}, 'usage: aftersales rules', io);
    if (parsed === undefined || parsed.positionals.length > 0) {
      if (parsed !== undefined) io.stderr('usage: aftersales rules   (no arguments)\n');
      return EXIT.usage;
    }
    printJson(io, RULES);
    return EXIT.answer;
  },
};
