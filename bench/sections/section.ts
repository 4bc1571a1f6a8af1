import type { Pair } from '../data.js';

/** One line of the "other functions" table. */
export interface SectionRow {
  readonly fn: string;
  readonly input: string;
  /** Formatted measurement, or `—` when skipped. */
  readonly measured: string;
  readonly target: string;
  /** `✓`, `✗ missed`, or `skipped: why`. */
  readonly status: string;
}

export interface SectionContext {
  /** The library's public entry point (`src/index.ts`), loaded dynamically: what it exports today. */
  readonly lib: Readonly<Record<string, unknown>>;
  /** Why `src/index.ts` failed to load, when it did. */
  readonly libError?: string;
  readonly pairs: readonly Pair[];
}

export type Section = (ctx: SectionContext) => Promise<SectionRow[]>;

/** The export `name` when `src/index.ts` has it as a function; else undefined. */
export function exported<F>(ctx: SectionContext, name: string): F | undefined {
  const f = ctx.lib[name];
  return typeof f === 'function' ? (f as F) : undefined;
}

export const skipped = (fn: string, input: string, target: string, why: string): SectionRow => ({
  fn,
  input,
  measured: '—',
  target,
  status: `skipped: ${why}`,
});

/** The note for an export that is not there (yet). */
export const notExported = (ctx: SectionContext, name: string): string =>
  ctx.libError === undefined ? `\`${name}\` is not exported from src/index.ts yet` : `src/index.ts did not load (${ctx.libError})`;
