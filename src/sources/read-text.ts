// A configuration file as UTF-8 text, or in a finding-ready form why it cannot be read: missing,
// unreadable, a directory, FIFO or device, too large, binary, UTF-16 or invalid UTF-8. The reading
// itself is safe-read.ts's: it never blocks and never reads more than the size limit.
import { resolve } from 'node:path';
import { isUtf8 } from 'node:buffer';
import type { SourceProblem } from '../types.js';
import { readRegularFile } from './safe-read.js';

export const CONFIG_FILE_LIMIT = 1024 * 1024;

export type TextFile = { ok: true; text: string } | { ok: false; problem: SourceProblem };

const fail = (code: SourceProblem['code'], path: string, args: SourceProblem['args']): TextFile => ({
  ok: false,
  problem: { code, args: { path, ...args }, location: { kind: 'file', path } },
});

// What was read and parsed so far while `readingOnce` runs: a project's .env is asked for by a dozen readers
// (the shared source, aider, LibreChat, Open WebUI, compose files…), and reading it again tells nothing new.
// Only texts and parses are kept; a problem is found again, as it names the path the way each reader wrote it.
let texts: Map<string, string> | undefined;
let parses: Map<string, unknown> | undefined;

/** Runs `read` (synchronous: nothing else runs meanwhile) with each file read, and each text parsed, once. */
export function readingOnce<T>(read: () => T): T {
  const outer = { texts, parses };
  texts ??= new Map();
  parses ??= new Map();
  try {
    return read();
  } finally {
    ({ texts, parses } = outer);
  }
}

/** `parse()`'s result, made once per key while readingOnce runs; callers must not change it. */
export function parsedOnce<T>(key: string, parse: () => T): T {
  if (parses?.has(key)) return parses.get(key) as T;
  const value = parse();
  parses?.set(key, value);
  return value;
}

/** Reads `absolute`; findings name the file as `path`, the way the user wrote it. */
export function readTextFile(absolute: string, path = absolute, limit = CONFIG_FILE_LIMIT): TextFile {
  const key = `${limit}:${absolute}`;
  const known = texts?.get(key);
  if (known !== undefined) return { ok: true, text: known };
  const file = readUncached(absolute, path, limit);
  if (file.ok) texts?.set(key, file.text);
  return file;
}

function readUncached(absolute: string, path: string, limit: number): TextFile {
  const read = readRegularFile(absolute, limit);
  if (read.ok) return decodeText(path, read.bytes);
  switch (read.why) {
    case 'too-large':
      return fail('source/too-large', path, { size: read.size, limit });
    case 'not-regular':
      return fail('source/unreadable', path, { reason: 'other', detail: read.kind });
    case 'changed':
      return fail('source/unreadable', path, { reason: 'other', detail: 'changed' });
    case 'other':
      return fail('source/unreadable', path, { reason: 'other', detail: read.code });
    case 'link':
      return fail('source/unreadable', path, { reason: 'other', detail: 'link' });
    default:
      return fail('source/unreadable', path, { reason: read.why });
  }
}

/** Bytes read from anywhere (a file, a container) as UTF-8 text, or why they are not. */
export function decodeText(path: string, bytes: Buffer): TextFile {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('source/not-text', path, { reason: 'utf16' });
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return fail('source/not-text', path, { reason: 'binary', line: lineAt(bytes, nul) });
  if (!isUtf8(bytes))
    return fail('source/not-text', path, { reason: 'invalid-utf8', line: lineAt(bytes, firstInvalidUtf8(bytes)) });
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

/** `~` and `~/x` name the home folder (a folder named `~backup` does not). */
export function isHomePath(path: string): boolean {
  return path === '~' || path.startsWith('~/');
}

/** The user's home folder as the OS knows it; node:os is loaded only when this is asked (start-up time). */
export function osHomedir(): string {
  return process.getBuiltinModule('node:os').homedir();
}

/** `~/x` -> the home directory's x; anything else relative to `cwd`. */
export function resolvePath(path: string, cwd: string, home = osHomedir()): string {
  return isHomePath(path) ? resolve(home, path.slice(2)) : resolve(cwd, path);
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
