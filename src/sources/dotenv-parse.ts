// Reads a .env file the way the `dotenv` package does (its parse(); checked against the real package
// in test/sources/dotenv-parse.test.ts), and each line the way `docker run --env-file` does, so that
// a check can say where the two disagree. Every assignment keeps its line, column and raw text.
import type { DotenvFile, DotenvReading } from '../types.js';
import { scanDotenv, unquoteLines } from './dotenv-scan.js';
import { parsedOnce } from './read-text.js';

// dotenv's grammar: optional `export`, a name of [\w.-], `=` (or `: `), then a quoted value that may
// span lines, or an unquoted value up to `#` or the end of the line. scanDotenv finds the same
// assignments as dotenv's regular expression, in linear time.

type Entry = DotenvFile['entries'][number];

export function parseDotenv(path: string, text: string): DotenvFile {
  // Several readers parse the project's .env: once is enough (read-text.ts, readingOnce).
  return parsedOnce(`dotenv\0${path}\0${text}`, () => parseText(path, text));
}

function parseText(path: string, text: string): DotenvFile {
  const normalized = text.replace(/\r\n?/g, '\n');
  // Lines as dotenv counts them (CRLF and a lone CR both end a line), and which ones ended in CRLF.
  const lines = normalized.split('\n');
  const endings = [...text.matchAll(/\r\n|\r|\n/g)].map((m) => m[0]);
  const lineStarts = [0];
  for (let i = normalized.indexOf('\n'); i !== -1; i = normalized.indexOf('\n', i + 1)) lineStarts.push(i + 1);
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
  // Several assignments can share a line (after a U+2028 line separator): read each line once.
  const dockerOf = new Map<number, DotenvReading['docker']>();

  const entries: Entry[] = [];
  const lastLineOf = new Map<string, number>();
  for (const match of scanDotenv(normalized)) {
    const name = normalized.slice(match.nameStart, match.nameEnd);
    const rawValue = match.raw ?? '';
    const nameAt = position(match.nameStart);
    // Where the value starts; for an empty value, just after the separator.
    const valueOffset =
      match.raw === undefined ? match.valueStart : match.valueStart + (rawValue.length - rawValue.trimStart().length);
    const rawLine = lines[nameAt.line - 1] ?? '';
    const trimmed = rawValue.trim();
    const quote =
      /^['"`]/.test(trimmed) && trimmed.endsWith(trimmed[0]!) && trimmed.length >= 2
        ? (trimmed[0] as DotenvReading['quote'])
        : undefined;
    if (!dockerOf.has(nameAt.line)) dockerOf.set(nameAt.line, dockerReading(rawLine, nameAt.line === 1));
    const reading: DotenvReading = {
      rawLine,
      // A lone CR (old Mac files) ends a line for dotenv but not for docker; that rare case is read
      // by lines here, as dotenv sees them.
      docker: dockerOf.get(nameAt.line)!,
      exported: match.exported,
      quote,
      crlf: endings[nameAt.line - 1] === '\r\n',
      shadows: lastLineOf.get(name),
    };
    lastLineOf.set(name, nameAt.line);
    entries.push({
      name,
      value: dotenvValue(rawValue),
      line: nameAt.line,
      column: position(valueOffset).column,
      reading,
    });
  }
  return { path, entries };
}

/** The value exactly as dotenv's parse() produces it. */
function dotenvValue(raw: string): string {
  let value = raw.trim();
  const quote = value[0];
  value = unquoteLines(value);
  if (quote === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
  return value;
}

/**
 * How `docker run --env-file` reads one line: a UTF-8 BOM is dropped on the first line, leading
 * whitespace is trimmed, the line is cut at the first `=`, and the value is kept verbatim (quotes,
 * trailing spaces and `# comments` included). A name with a space or tab in it is refused.
 */
export function dockerReading(line: string, first: boolean): DotenvReading['docker'] {
  let text = line.replace(/\r$/, '');
  if (first) text = text.replace(/^\uFEFF/, '');
  // Go's unicode.IsSpace, which (unlike JavaScript's trim) does not count a BOM as space.
  text = text.replace(/^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/, '');
  const eq = text.indexOf('=');
  const name = eq === -1 ? text : text.slice(0, eq);
  if (/[ \t]/.test(name)) return { rejected: 'whitespace-in-name' };
  return { name, value: eq === -1 ? '' : text.slice(eq + 1) };
}
