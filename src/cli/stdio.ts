// The process's stdout and stderr as plain synchronous writers on their file descriptors. Touching
// process.stdout builds a Node stream (a pipe's is a net.Socket), which loads about twenty internal
// modules: a few milliseconds of every run, for output we write in one piece anyway.
import { fstatSync, writeSync } from 'node:fs';

export interface Output {
  write(text: string): void;
  isTTY: boolean;
}

const pause = new Int32Array(new SharedArrayBuffer(4));

export function output(fd: 1 | 2): Output {
  return { write: (text) => writeAll(fd, text), isTTY: isTerminal(fd) };
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
