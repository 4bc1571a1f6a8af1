// Node re-reads TZ when it is assigned, so one process can stand in for servers in three zones.
export const ZONES = ['UTC', 'Asia/Shanghai', 'America/New_York'] as const;

/** `f()` with the host's zone set to `zone`, restored afterwards. */
export function inZone<T>(zone: string, f: () => T): T {
  const before = process.env['TZ'];
  process.env['TZ'] = zone;
  try {
    return f();
  } finally {
    if (before === undefined) delete process.env['TZ'];
    else process.env['TZ'] = before;
  }
}

/** What a call gives — its value, or the error it throws — as text, so zones can be compared. */
export function outcome(f: () => unknown): string {
  try {
    return JSON.stringify(f()) ?? 'undefined';
  } catch (e) {
    return `throws ${e instanceof Error ? e.message : String(e)}`;
  }
}
