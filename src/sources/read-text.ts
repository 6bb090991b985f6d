// The one safe file reader. Reads a configuration file as UTF-8 text, or says in a finding-ready
// form why it cannot: missing, unreadable, a directory, FIFO or device, too large, binary, UTF-16
// or invalid UTF-8. Never blocks (a FIFO is refused before it is opened, and opened non-blocking
// in case it was swapped in meanwhile) and never reads more than the size limit.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { isUtf8 } from 'node:buffer';
import type { SourceProblem } from '../types.js';

export const CONFIG_FILE_LIMIT = 1024 * 1024;

export type TextFile = { ok: true; text: string } | { ok: false; problem: SourceProblem };

const fail = (code: SourceProblem['code'], path: string, args: SourceProblem['args']): TextFile =>
  ({ ok: false, problem: { code, args: { path, ...args }, location: { kind: 'file', path } } });

/** Why a file that is not a regular file cannot be read, in the words of source/unreadable. */
export function notRegular(st: Stats): { reason: 'directory' } | { reason: 'other'; detail: string } | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return { reason: 'directory' };
  const kind = st.isFIFO() ? 'a named pipe (FIFO)' : st.isCharacterDevice() ? 'a character device'
    : st.isBlockDevice() ? 'a block device' : st.isSocket() ? 'a socket' : 'not a regular file';
  return { reason: 'other', detail: kind };
}

// O_NONBLOCK: a FIFO swapped in after the stat opens at once instead of waiting for a writer.
// O_NOCTTY: a terminal swapped in never becomes the controlling terminal.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** Reads `absolute`; findings name the file as `path`, the way the user wrote it. */
export function readTextFile(absolute: string, path = absolute, limit = CONFIG_FILE_LIMIT): TextFile {
  const bytes = readBytes(absolute, path, limit);
  return Buffer.isBuffer(bytes) ? decodeText(path, bytes) : bytes;
}

/** At most limit bytes of a regular file, or the problem. */
function readBytes(absolute: string, path: string, limit: number): Buffer | TextFile {
  let fd: number | undefined;
  try {
    // stat before open, so that nothing but a regular file is ever opened (a device can have side
    // effects on open, and a FIFO would block); then fstat the descriptor, in case the path changed.
    const before = statSync(absolute);
    const refused = notRegular(before);
    if (refused) return fail('source/unreadable', path, refused);
    if (before.size > limit) return fail('source/too-large', path, { size: before.size, limit });
    fd = openSync(absolute, OPEN_FLAGS);
    const st = fstatSync(fd);
    const same = st.ino === before.ino && st.dev === before.dev;
    const changed = notRegular(st) ?? (same ? undefined : { reason: 'other' as const, detail: 'it changed while being read' });
    if (changed) return fail('source/unreadable', path, changed);
    // Read at most limit + 1 bytes: the file may have grown since stat.
    const bytes = Buffer.alloc(Math.min(st.size, limit) + 1);
    let size = 0;
    for (let n = -1; n !== 0 && size < bytes.length;) {
      n = readSync(fd, bytes, size, bytes.length - size, null);
      size += n;
    }
    if (size > limit) return fail('source/too-large', path, { size: Math.max(st.size, size), limit });
    return bytes.subarray(0, size);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' || code === 'ENOTDIR' ? 'missing'
      : code === 'EACCES' || code === 'EPERM' ? 'permission' : code === 'EISDIR' ? 'directory' : 'other';
    return fail('source/unreadable', path, reason === 'other' ? { reason, detail: code ?? 'unknown error' } : { reason });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Bytes read from anywhere (a file, a container) as UTF-8 text, or why they are not. */
export function decodeText(path: string, bytes: Buffer): TextFile {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('source/not-text', path, { reason: 'utf16' });
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return fail('source/not-text', path, { reason: 'binary', line: lineAt(bytes, nul) });
  if (!isUtf8(bytes)) return fail('source/not-text', path, { reason: 'invalid-utf8', line: lineAt(bytes, firstInvalidUtf8(bytes)) });
  // TextDecoder strips a UTF-8 BOM, which editors on Windows like to add.
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
}

function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let at = bytes.indexOf(0x0a); at !== -1 && at < offset; at = bytes.indexOf(0x0a, at + 1)) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, found line by line (a line never splits a character). */
function firstInvalidUtf8(bytes: Buffer): number {
  let start = 0;
  while (start < bytes.length) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    if (!isUtf8(bytes.subarray(start, stop))) return start;
    start = stop + 1;
  }
  return 0;
}

/** `~/x` -> the home directory's x; anything else relative to `cwd`. */
export function resolvePath(path: string, cwd: string, home = homedir()): string {
  return path === '~' || path.startsWith('~/') ? resolve(home, path.slice(2)) : resolve(cwd, path);
}

/** The files of one source: the ones the user named (`explicit`: they must exist) or the defaults. */
export interface FileSet {
  paths: string[];
  explicit: boolean;
  cwd: string;
  home?: string;
}

/** The text of each file that can be read; the others become problems, and absent defaults are skipped. */
export function readFileSet(set: FileSet, problems: SourceProblem[]): { path: string; text: string }[] {
  return set.paths.flatMap((path) => {
    const file = readTextFile(resolvePath(path, set.cwd, set.home), path);
    if (file.ok) return [{ path, text: file.text }];
    // A default place that holds nothing is not a problem (and asking first would be a race).
    if (!set.explicit && file.problem.code === 'source/unreadable' && file.problem.args.reason === 'missing') return [];
    problems.push(file.problem);
    return [];
  });
}
