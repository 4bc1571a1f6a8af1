import type { Command } from '../io.js';
import { demo } from './demo.js';
import { rules } from './rules.js';

/** Every subcommand, by name. A new command is one file and one line here. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  rules,
  demo,
};
