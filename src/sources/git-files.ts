// How the git readers open a file: through the one safe reader (safe-read.ts), and never through a
// symbolic link where git itself would not follow one. The answer tells "absent" (null) from "there
// but not readable" (undefined): git treats a missing .gitignore as empty, an unreadable index as an error.
import { readRegularFile } from './safe-read.js';

export function readCapped(path: string, limit: number, { followLinks = true } = {}): Buffer | null | undefined {
  const read = readRegularFile(path, limit, { followLinks });
  if (read.ok) return read.bytes;
  // A symbolic link where git follows none is, for git, no file at all.
  return read.why === 'missing' || read.why === 'link' ? null : undefined;
}
