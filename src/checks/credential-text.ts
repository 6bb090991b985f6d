// Paste damage around and inside a credential: whitespace, wrapping quotes, header prefixes and
// characters that are not printable ASCII. Returns what it found and the value with the damage
// removed, so the shape checks can still tell what kind of key is underneath.
import type { WhitespaceProblem } from '../catalog/key.js';
import type { WhitespaceChar } from '../catalog/words.js';
import { characterName, codePointLabel } from '../data/unicode-names.js';

const ASCII_SPACE = /[ \t\n\r\v\f]/;
const QUOTE_PAIRS: Record<string, string> = {
  '"': '"',
  "'": "'",
  '`': '`',
  '\u201c': '\u201d',
  '\u2018': '\u2019',
  '\u201d': '\u201d',
};

export interface TextDamage {
  whitespace: WhitespaceProblem[];
  quote?: string;
  headerPrefix?: string;
  invisible: { codePoint: string; charName: string; position: number }[];
  /** The value without whitespace, quotes and header prefix (other characters kept). */
  unwrapped: string;
  /** The value with all of the above removed. */
  cleaned: string;
}

const WHITESPACE_NAMES: Record<string, WhitespaceChar> = { ' ': 'space', '\t': 'tab', '\r': 'cr', '\n': 'lf' };
const whitespaceChar = (ch: string): WhitespaceChar => WHITESPACE_NAMES[ch] ?? 'other';
// A curly opening (or a closing one used as both ends) is reported as the pair it belongs to.
const CURLY_PAIRS: Record<string, string> = {
  '\u201c': '\u201c\u201d',
  '\u201d': '\u201c\u201d',
  '\u2018': '\u2018\u2019',
};

function whitespaceProblems(chars: string[], skip: (i: number) => boolean): WhitespaceProblem[] {
  const first = chars.findIndex((c) => !ASCII_SPACE.test(c));
  const last = chars.length - 1 - [...chars].reverse().findIndex((c) => !ASCII_SPACE.test(c));
  const placeOf = (i: number): WhitespaceProblem['at'] => {
    if (i < first) return 'leading';
    return i > last ? 'trailing' : 'inner';
  };
  const seen = new Set<string>();
  const out: WhitespaceProblem[] = [];
  chars.forEach((ch, i) => {
    if (!ASCII_SPACE.test(ch) || skip(i)) return;
    const at = placeOf(i);
    const char = whitespaceChar(ch);
    // One report per kind and place: "3 trailing spaces" is one problem, found at its first position.
    if (seen.has(at + char)) return;
    seen.add(at + char);
    out.push({ at, char, position: i + 1 });
  });
  return out;
}

const isPrintableAscii = (ch: string) => {
  const cp = ch.codePointAt(0)!;
  return cp >= 0x21 && cp <= 0x7e;
};

export function inspectText(value: string): TextDamage {
  const chars = Array.from(value);
  // A header prefix ("Bearer ", "x-api-key: ") may sit behind leading whitespace or an opening quote.
  const prefixMatch =
    /^([\s"'`\u201c\u2018]*)((?:(?:authorization|x-api-key)\s*:\s*)?bearer\s+|(?:x-api-key|authorization)\s*:\s*)/i.exec(
      value,
    );
  const prefixStart = prefixMatch ? Array.from(prefixMatch[1]!).length : -1;
  const prefixEnd = prefixMatch ? prefixStart + Array.from(prefixMatch[2]!).length : -1;
  const inPrefix = (i: number) => i >= prefixStart && i < prefixEnd;
  const whitespace = whitespaceProblems(chars, inPrefix);
  let rest = chars.filter((c, i) => !ASCII_SPACE.test(c) && !inPrefix(i)).join('');
  let quote: string | undefined;
  // Quotes can wrap the whole value or sit inside a prefix (Bearer "sk-…"); peel them all.
  while (rest.length >= 2 && QUOTE_PAIRS[rest[0]!] === rest[rest.length - 1]) {
    const open = rest[0]!;
    quote ??= CURLY_PAIRS[open] ?? open;
    rest = rest.slice(1, -1);
  }
  const wrapping = new Set(quote && quote.length === 2 ? [...quote] : []);
  const invisible: TextDamage['invisible'] = [];
  chars.forEach((ch, i) => {
    if (isPrintableAscii(ch) || ASCII_SPACE.test(ch) || wrapping.has(ch)) return;
    const cp = ch.codePointAt(0)!;
    invisible.push({ codePoint: codePointLabel(cp), charName: characterName(cp), position: i + 1 });
  });
  const cleaned = Array.from(rest).filter(isPrintableAscii).join('');
  return { whitespace, quote, headerPrefix: prefixMatch?.[2], invisible, unwrapped: rest, cleaned };
}
