// The regular expression that dotenv's parse() runs, used the way src/sources/dotenv-parse.ts used it
// before it became a linear scanner: the reference the scanner is tested against, on small inputs
// (on large hostile ones this takes quadratic time, which is why it is no longer the parser).
import type { DotenvFile, DotenvReading } from '../../src/types.js';
import { dockerReading } from '../../src/sources/dotenv-parse.js';

// dotenv's grammar: optional `export`, a name of [\w.-], `=` (or `: `), then a quoted value that may
// span lines, or an unquoted value up to `#` or the end of the line.
const ASSIGNMENT =
  /^\s*(export\s+)?([\w.-]+)(\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?$/dgm;

type Entry = DotenvFile['entries'][number];

export function parseDotenvByRegex(path: string, text: string): DotenvFile {
  const normalized = text.replace(/\r\n?/g, '\n');
  // Lines as dotenv counts them (CRLF and a lone CR both end a line), and which ones ended in CRLF.
  const lines = normalized.split('\n');
  const endings = [...text.matchAll(/\r\n|\r|\n/g)].map((m) => m[0]);
  const lineStarts = [0];
  for (let i = 0; i < normalized.length; i++) if (normalized[i] === '\n') lineStarts.push(i + 1);
  const position = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };

  const entries: Entry[] = [];
  const lastLineOf = new Map<string, number>();
  for (const match of normalized.matchAll(ASSIGNMENT)) {
    const name = match[2]!;
    const rawValue = match[4] ?? '';
    const nameAt = position(match.indices![2]![0]);
    // Where the value starts; for an empty value, just after the separator.
    const valueOffset = match.indices![4] ? match.indices![4][0] + (rawValue.length - rawValue.trimStart().length) : match.indices![3]![1];
    const rawLine = lines[nameAt.line - 1] ?? '';
    const trimmed = rawValue.trim();
    const quote = /^['"`]/.test(trimmed) && trimmed.endsWith(trimmed[0]!) && trimmed.length >= 2 ? (trimmed[0] as DotenvReading['quote']) : undefined;
    const reading: DotenvReading = {
      rawLine,
      // A lone CR (old Mac files) ends a line for dotenv but not for docker; that rare case is read
      // by lines here, as dotenv sees them.
      docker: dockerReading(rawLine, nameAt.line === 1),
      exported: Boolean(match[1]),
      quote,
      crlf: endings[nameAt.line - 1] === '\r\n',
      shadows: lastLineOf.get(name),
    };
    lastLineOf.set(name, nameAt.line);
    entries.push({ name, value: dotenvValue(rawValue), line: nameAt.line, column: position(valueOffset).column, reading });
  }
  return { path, entries };
}

/** The value exactly as dotenv's parse() produces it. */
function dotenvValue(raw: string): string {
  let value = raw.trim();
  const quote = value[0];
  value = value.replace(/^(['"`])([\s\S]*)\1$/gm, '$2');
  if (quote === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
  return value;
}

