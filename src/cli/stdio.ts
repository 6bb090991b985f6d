// The process's stdout and stderr as plain synchronous writers on their file descriptors. Touching
// process.stdout builds a Node stream (a pipe's is a net.Socket), which loads about twenty internal
// modules: a few milliseconds of every run, for output we write in one piece anyway.
import { fstatSync, writeSync } from 'node:fs';

export interface Output {
  write(text: string): void;
  isTTY: boolean;
  /** A terminal's width in columns, asked of the terminal when first read; undefined off a terminal. */
  readonly columns?: number | undefined;
}

const pause = new Int32Array(new SharedArrayBuffer(4));

export function output(fd: 1 | 2): Output {
  const isTTY = isTerminal(fd);
  let columns: number | undefined;
  return {
    write: (text) => writeAll(fd, text),
    isTTY,
    get columns() {
      if (isTTY) columns ??= terminalColumns(fd);
      return columns;
    },
  };
}

/** The terminal's width, as node:tty reads it (loaded only for a terminal); undefined when it says none. */
function terminalColumns(fd: number): number | undefined {
  try {
    const stream = new (process.getBuiltinModule('node:tty').WriteStream)(fd);
    const { columns } = stream;
    // Writes stay ours (writeAll): the stream only measured the terminal.
    stream.destroy();
    return columns || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The width to wrap text output to: only a terminal's, and not in CI (logs are read at any width). COLUMNS
 * when set (as `ls` does), else the terminal's own, else 80. Undefined means: do not wrap.
 */
export function wrapWidth(out: { isTTY?: boolean; columns?: number | undefined }, env: NodeJS.ProcessEnv) {
  if (!out.isTTY || inCi(env)) return undefined;
  const set = Number(env.COLUMNS);
  if (Number.isInteger(set) && set > 0) return set;
  return out.columns || 80;
}

/** Only a character device can be a terminal; node:tty (which loads node:net) is asked only then. */
function isTerminal(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice() && process.getBuiltinModule('node:tty').isatty(fd);
  } catch {
    return false;
  }
}

/** Writes every byte: retries a full non-blocking pipe, and stops quietly when the reader has gone (`| head`). */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let done = 0; done < bytes.length; ) {
    try {
      done += writeSync(fd, bytes, done);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return;
      if (code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

/** A CI runner (CI set, and not to "", "false" or "0"): its log is read later, at any width, and never redrawn. */
export function inCi(env: NodeJS.ProcessEnv): boolean {
  return env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
}
