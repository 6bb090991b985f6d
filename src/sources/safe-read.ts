// The one way claude-doctor opens a file: regular files only, never more than a size limit, and never
// blocking. Nothing but a regular file is ever opened (a device can act on open, a FIFO would wait for
// a writer); the descriptor is checked again after opening, in case the path changed in between.
// Callers turn the outcome into their own words: a finding (read-text.ts) or git's "no such file".
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

export type ReadOutcome =
  | { ok: true; bytes: Buffer }
  | { ok: false; why: 'missing' | 'permission' | 'directory' | 'link' }
  | { ok: false; why: 'not-regular'; kind: Exclude<NonRegular, 'directory'> }
  | { ok: false; why: 'too-large'; size: number }
  | { ok: false; why: 'changed' }
  | { ok: false; why: 'other'; code: string };

/** What a path is when it is not a regular file (the catalogue words it: source.ts). */
export type NonRegular = 'directory' | 'fifo' | 'char-device' | 'block-device' | 'socket' | 'not-regular';

/** What a path is when it is not a regular file; undefined for a regular file. */
export function nonRegularKind(st: Stats): NonRegular | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice()) return 'char-device';
  if (st.isBlockDevice()) return 'block-device';
  return st.isSocket() ? 'socket' : 'not-regular';
}

// O_NONBLOCK: a FIFO swapped in after the stat opens at once instead of waiting for a writer.
// O_NOCTTY: a terminal swapped in never becomes the controlling terminal.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** An open regular file, for a reader that takes it a piece at a time: its size when opened, and reads at a position. */
export interface OpenedFile {
  size: number;
  read(into: Buffer, offset: number, length: number, position: number): number;
}

export type ReadFailure = Extract<ReadOutcome, { ok: false }>;

/** At most `limit` bytes of the regular file at `path`; `followLinks: false` refuses a symbolic link. */
export function readRegularFile(path: string, limit: number, { followLinks = true } = {}): ReadOutcome {
  const read = withRegularFile(path, limit, { followLinks }, (file): ReadOutcome => {
    // One byte more than the size when opened (at most limit): the file may have grown since.
    // Unfilled: only the bytes read are returned (subarray below).
    const bytes = Buffer.allocUnsafe(file.size + 1);
    let size = 0;
    for (let n = -1; n !== 0 && size < bytes.length; size += n) n = file.read(bytes, size, bytes.length - size, size);
    if (size > limit) return { ok: false, why: 'too-large', size };
    return { ok: true, bytes: bytes.subarray(0, size) };
  });
  return read.ok ? read.value : read;
}

/**
 * Opens the regular file at `path` (at most `limit` bytes when opened) for `use`, and closes it after.
 * An error while `use` reads is a failure as one while opening is.
 */
export function withRegularFile<T>(
  path: string,
  limit: number,
  { followLinks = true } = {},
  use: (file: OpenedFile) => T,
): { ok: true; value: T } | ReadFailure {
  let fd: number | undefined;
  try {
    // throwIfNoEntry: most paths asked about do not exist, and building an Error for each cost ~2 ms a run.
    const before = (followLinks ? statSync : lstatSync)(path, { throwIfNoEntry: false });
    if (!before) return { ok: false, why: 'missing' };
    if (before.isSymbolicLink()) return { ok: false, why: 'link' };
    const kind = nonRegularKind(before);
    if (kind) return kind === 'directory' ? { ok: false, why: 'directory' } : { ok: false, why: 'not-regular', kind };
    if (before.size > limit) return { ok: false, why: 'too-large', size: before.size };
    const opened = openSync(path, OPEN_FLAGS | (followLinks ? 0 : constants.O_NOFOLLOW));
    fd = opened;
    const st = fstatSync(opened);
    if (nonRegularKind(st) || st.ino !== before.ino || st.dev !== before.dev) return { ok: false, why: 'changed' };
    if (st.size > limit) return { ok: false, why: 'too-large', size: st.size };
    const read = (into: Buffer, offset: number, length: number, position: number) =>
      readSync(opened, into, offset, length, position);
    return { ok: true, value: use({ size: st.size, read }) };
  } catch (error) {
    // An errno code (EIO, ENAMETOOLONG…) is shown as it is: it is a name, in every language.
    const code = (error as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, why: 'missing' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, why: 'permission' };
    if (code === 'EISDIR') return { ok: false, why: 'directory' };
    // ELOOP: a symbolic link opened with O_NOFOLLOW; when following links, a loop of them.
    if (code === 'ELOOP' && !followLinks) return { ok: false, why: 'link' };
    return { ok: false, why: 'other', code };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
