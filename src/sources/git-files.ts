// How the git readers open a file: through the one safe reader (safe-read.ts), and never through a
// symbolic link where git itself would not follow one. The answer tells "absent" (null) from "there
// but not readable" (undefined): git treats a missing .gitignore as empty, an unreadable index as an error.
import { type OpenedFile, type ReadFailure, readRegularFile, withRegularFile } from './safe-read.js';

export function readCapped(path: string, limit: number, { followLinks = true } = {}): Buffer | null | undefined {
  const read = readRegularFile(path, limit, { followLinks });
  return read.ok ? read.bytes : absentOrUnreadable(read);
}

/** What `use` makes of the open file at `path`, read a piece at a time (git's index: git-index.ts). */
export function scanCapped<T>(path: string, limit: number, use: (file: OpenedFile) => T): T | null | undefined {
  const read = withRegularFile(path, limit, {}, use);
  return read.ok ? read.value : absentOrUnreadable(read);
}

// A symbolic link where git follows none is, for git, no file at all.
const absentOrUnreadable = (read: ReadFailure) => (read.why === 'missing' || read.why === 'link' ? null : undefined);
