import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIO } from './io.js';

/** A `parseArgs` error as one plain line: the unknown option by name, whatever Node's wording. */
function usageProblem(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  const text = e instanceof Error ? e.message : String(e);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(text)?.[1];
    if (option !== undefined) return `unknown option ${option} (a text that starts with - goes after --)`;
  }
  return text;
}

/**
 * A command's arguments, parsed strictly (an option the command does not declare is a usage error
 * that names it); `undefined` after printing the problem and `usage` on stderr.
 */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  args: readonly string[],
  options: O,
  usage: string,
  io: CliIO,
): ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>> | undefined {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (e) {
    io.stderr(`aftersales ${command}: ${usageProblem(e)}\n${usage.trimEnd()}\n`);
    return undefined;
  }
}
