// The one way the git readers open a file: regular files only (a FIFO would block, a device
// would never end), size-capped, and never through a symbolic link where git itself would not
// follow one. The answer tells "absent" (null) from "there but not readable" (undefined), since
// git treats a missing .gitignore as empty but an unreadable index as an error.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

const { O_RDONLY, O_NONBLOCK, O_NOFOLLOW } = constants;

export function readCapped(path: string, limit: number, { followLinks = true } = {}): Buffer | null | undefined {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer; fstat then refuses it.
    fd = openSync(path, O_RDONLY | O_NONBLOCK | (followLinks ? 0 : O_NOFOLLOW));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ELOOP: a symbolic link opened with O_NOFOLLOW, which git treats as no file.
    return code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP' ? null : undefined;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > limit) return undefined;
    // Read at most limit + 1 bytes: the file may have grown since fstat.
    const bytes = Buffer.allocUnsafe(Math.min(st.size, limit) + 1);
    let read = 0;
    while (read < bytes.length) {
      const got = readSync(fd, bytes, read, bytes.length - read, read);
      if (got === 0) break;
      read += got;
    }
    return read > limit ? undefined : bytes.subarray(0, read);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
