/** What a command may touch of the outside world: passed in, so commands are testable without spawning. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a file, or standard input for `-`. Throws when it cannot. */
  readonly readText: (path: string) => string;
  /**
   * The lines of a file or standard input, read as they are pulled (constant memory); when absent,
   * `readText(path).split('\n')`. Throws, on the first pull, when it cannot read.
   */
  readonly readLines?: (path: string) => Iterable<string>;
  /** Lists the `.json` files of a directory, sorted. */
  readonly listJson: (dir: string) => readonly string[];
}

export interface CommandContext {
  readonly args: readonly string[];
  readonly lang: 'zh-CN' | 'en' | undefined;
  readonly io: CliIO;
}

/** A subcommand: returns the process exit code (0 any verdict, 2 invalid input, 1 usage). */
export interface Command {
  readonly usage: string;
  readonly summary: string;
  readonly run: (ctx: CommandContext) => number;
}

export const printJson = (io: CliIO, value: unknown): void => io.stdout(`${JSON.stringify(value, null, 2)}\n`);
