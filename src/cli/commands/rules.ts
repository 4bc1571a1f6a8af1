import { RULES } from '../../rules/catalogue.js';
import { printJson, type Command } from '../io.js';

/** `aftersales rules`: the rule catalogue (ID, summary, source, policy parameters) as JSON. */
export const rules: Command = {
  usage: 'aftersales rules',
  summary: 'print the rule catalogue: ID, summary, source, policy parameters',
  run: ({ io }) => {
    printJson(io, RULES);
    return 0;
  },
};
