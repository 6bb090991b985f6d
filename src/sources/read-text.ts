// Reads a configuration file as UTF-8 text, or says in a finding-ready form why it cannot:
// missing, unreadable, a directory or device, too large, binary, UTF-16 or invalid UTF-8.
import { closeSync, existsSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { isUtf8 } from 'node:buffer';
import type { SourceProblem } from '../types.js';

export const CONFIG_FILE_LIMIT = 1024 * 1024;

export type TextFile = { ok: true; text: string } | { ok: false; problem: SourceProblem };

const fail = (code: SourceProblem['code'], path: string, args: SourceProblem['args']): TextFile =>
  ({ ok: false, problem: { code, args: { path, ...args }, location: { kind: 'file', path } } });

/** Reads `absolute`; findings name the file as `path`, the way the user wrote it. */
export function readTextFile(absolute: string, path = absolute, limit = CONFIG_FILE_LIMIT): TextFile {
  let bytes: Buffer;
  try {
    // stat before open: opening a FIFO would block, and a directory opens fine on Linux.
    const st = statSync(absolute);
    if (st.isDirectory()) return fail('source/unreadable', path, { reason: 'directory' });
    if (!st.isFile()) return fail('source/unreadable', path, { reason: 'other', detail: 'not a regular file' });
    if (st.size > limit) return fail('source/too-large', path, { size: st.size, limit });
    const fd = openSync(absolute, 'r');
    try {
      // Read at most limit + 1 bytes: the file may have grown since stat.
      const size = Math.min(fstatSync(fd).size, limit + 1);
      bytes = Buffer.alloc(size);
      const read = readSync(fd, bytes, 0, size, 0);
      bytes = bytes.subarray(0, read);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'missing' : code === 'EACCES' || code === 'EPERM' ? 'permission' : code === 'EISDIR' ? 'directory' : 'other';
    return fail('source/unreadable', path, reason === 'other' ? { reason, detail: code ?? 'unknown error' } : { reason });
  }
  if (bytes.length > limit) return fail('source/too-large', path, { size: bytes.length, limit });
  return decode(path, bytes);
}

function decode(path: string, bytes: Buffer): TextFile {
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
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
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
    const absolute = resolvePath(path, set.cwd, set.home);
    if (!set.explicit && !existsSync(absolute)) return [];
    const file = readTextFile(absolute, path);
    if (file.ok) return [{ path, text: file.text }];
    problems.push(file.problem);
    return [];
  });
}
