import type { Command } from '../io.js';
import { assess } from './assess.js';
import { demo } from './demo.js';
import { replay } from './replay.js';
import { rules } from './rules.js';
import { screen } from './screen.js';
import { sla } from './sla.js';

/** Every subcommand, by name. A new command is one file and one line here. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  assess,
  rules,
  demo,
  replay,
  screen,
  sla,
};
