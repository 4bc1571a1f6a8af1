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
  /** Lists the `.json` files of a directory, sorted. Throws when it cannot. */
  readonly listJson: (dir: string) => readonly string[];
  /** The package's version, for `--version`: a function, so that only `--version` reads it. */
  readonly version: () => string;
  /** The directory `demo` runs with no DIR: the package's own `examples/`, wherever it is installed. */
  readonly examplesDir: string;
}

export interface CommandContext {
  readonly args: readonly string[];
  readonly lang: 'zh-CN' | 'en' | undefined;
  readonly io: CliIO;
}

/** The exit codes, the same for every command (docs/cli.md has the table). */
export const EXIT = {
  /** An answer was printed, whatever the verdict. */
  answer: 0,
  /** Unknown command or option, a missing or extra argument, an option the command does not take. */
  usage: 1,
  /** Input that was read but is not JSON or does not validate: the issues as JSON on stderr. */
  invalid: 2,
  /** A file (or standard input, or a directory) that cannot be read: one line on stderr naming it. */
  unreadable: 3,
} as const;

/** A subcommand: returns the process exit code (see {@link EXIT}). */
export interface Command {
  readonly usage: string;
  readonly summary: string;
  /** Whether `--lang` changes its output; a command that says no refuses the option. */
  readonly lang: boolean;
  readonly run: (ctx: CommandContext) => number;
}

const describe = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Says that `path` (`-`: standard input) cannot be read, on one line of stderr, and returns
 * {@link EXIT.unreadable}: a missing file is the caller's mistake about the disk, not invalid input.
 */
export const cannotRead = (io: CliIO, path: string, error: unknown): number => {
  io.stderr(`aftersales: cannot read ${path === '-' ? 'standard input' : path}: ${describe(error)}\n`);
  return EXIT.unreadable;
};

export const printJson = (io: CliIO, value: unknown): void => io.stdout(`${JSON.stringify(value, null, 2)}\n`);
