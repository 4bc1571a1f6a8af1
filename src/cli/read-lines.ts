import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

const CHUNK = 1 << 16;

/**
 * The lines of a file (`-`: standard input) as `text.split('\n')` would give them, read 64 KiB at a
 * time, so a JSON Lines file of any size is read in constant memory. Synchronous, like the rest of
 * the command line: `serviceLevelReport` takes a plain iterable and pulls records one by one. The
 * file is opened on the first pull; a failure to open or read is thrown from there.
 */
export function* readLines(path: string): Generator<string, void, undefined> {
  const fd = path === '-' ? 0 : openSync(path, 'r');
  const decoder = new StringDecoder('utf8');
  const buffer = Buffer.allocUnsafe(CHUNK);
  let rest = '';
  try {
    for (;;) {
      const n = readChunk(fd, buffer);
      if (n === 0) break;
      const lines = (rest + decoder.write(buffer.subarray(0, n))).split('\n');
      rest = lines.pop() ?? '';
      yield* lines;
    }
    yield rest + decoder.end();
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

/** One read; standard input that is a non-blocking pipe says EAGAIN until data comes, so it is asked again. */
function readChunk(fd: number, buffer: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, buffer, 0, buffer.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EOF') return 0;
      if (code !== 'EAGAIN') throw e;
    }
  }
}
