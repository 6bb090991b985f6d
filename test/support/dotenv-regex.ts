// The regular expression that dotenv's parse() runs: the reference that src/sources/dotenv-scan.ts is
// tested against, on small inputs (on large hostile ones the regex takes quadratic time, which is why
// the scanner replaced it). Both give the same matches in the same shape.
import type { DotenvMatch } from '../../src/sources/dotenv-scan.js';

// dotenv's grammar: optional `export`, a name of [\w.-], `=` (or `: `), then a quoted value that may
// span lines, or an unquoted value up to `#` or the end of the line.
const ASSIGNMENT =
  /^\s*(export\s+)?([\w.-]+)(\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?$/dgm;

/** Every match of dotenv's pattern in `text` (line endings already normalized to \n). */
export function matchDotenvByRegex(text: string): DotenvMatch[] {
  return [...text.matchAll(ASSIGNMENT)].map((m) => ({
    exported: Boolean(m[1]),
    nameStart: m.indices![2]![0],
    nameEnd: m.indices![2]![1],
    valueStart: m.indices![3]![1],
    ...(m[4] !== undefined ? { raw: m[4] } : {}),
    end: m.index! + m[0].length,
  }));
}
