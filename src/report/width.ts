// How many terminal columns a string takes: East Asian Wide and Fullwidth characters two, combining
// marks and other invisible characters none, our own colour codes none. Plain ASCII is its length.
// Text made of characters that each stand alone (Japanese, Latin, the report's marks) is summed
// character by character from the East Asian Width table (get-east-asian-width, string-width's own);
// anything that can join into a cluster (combining marks, emoji sequences, Hangul jamo, joiners) goes
// to string-width, loaded only then: its first call costs tens of milliseconds (ICU's segmenter and an
// emoji regex), which a Japanese report need not pay. test/report/width.test.ts checks, code point by
// code point, that the short way gives string-width's answer.
import { eastAsianWidth } from 'get-east-asian-width';
import { lazyRequire } from '../lazy.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts the colour codes it finds
const SGR = /\u001b\[[0-9;]*m/g;
// Stryker disable next-line Regex: equivalent, a fast path (COMMON and the table give ASCII the same widths)
const PRINTABLE_ASCII = /^[\u0020-\u007e]*$/;
/**
 * Text in the blocks a report is written in (Latin, punctuation, arrows, the marks ✔ ✖ ▲ ℹ, kana, CJK
 * ideographs, fullwidth forms), without any character that joins another: the short way, without
 * building the pattern below. The test checks these blocks too.
 */
const COMMON =
  /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u2100-\u21ff\u2500-\u27bf\u3000-\u3029\u3030-\u3098\u309b-\u30ff\u4e00-\u9fff\uff01-\uff9d]*$/;
/**
 * Characters that may join their neighbours into one cluster, or whose width depends on them: marks,
 * controls and format characters (joiners), surrogates, default-ignorables, emoji modifiers, regional
 * indicators (flags), Hangul (jamo compose), and the few letters that prepend to or extend another.
 */
let CLUSTERING: RegExp | undefined;
const clustering = () =>
  // Built when first needed: a pattern of Unicode properties costs about a millisecond to build.
  (CLUSTERING ??= new RegExp(
    [
      '[\\p{M}\\p{Cc}\\p{Cf}\\p{Cs}\\p{Default_Ignorable_Code_Point}\\p{Regional_Indicator}\\p{Emoji_Modifier}\\p{Script=Hangul}',
      // Letters that join a neighbour (Grapheme_Cluster_Break Prepend, SpacingMark, Extend) without being marks.
      '\\u0d4e\\u0e33\\u0eb3\\uff9e\\uff9f\\u{111c2}\\u{111c3}\\u{1193f}\\u{11941}\\u{11a3a}\\u{11a84}-\\u{11a89}\\u{11d46}',
      '\\u{11f02}\\u{113d1}\\u{16d63}\\u{16d67}-\\u{16d6a}]',
    ].join(''),
    'u',
  ));
let stringWidth: ((text: string) => number) | undefined;

/** Our own colour codes (SGR sequences) removed: what the terminal shows. */
export function stripColor(text: string): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, a fast path (no ESC, nothing to replace)
  return text.includes('\u001b') ? text.replace(SGR, '') : text;
}

export function displayWidth(text: string): number {
  const plain = stripColor(text);
  // Stryker disable next-line ConditionalExpression: equivalent, a fast path (the table gives ASCII one column)
  if (PRINTABLE_ASCII.test(plain)) return plain.length;
  if (!COMMON.test(plain) && clustering().test(plain)) {
    stringWidth ??= lazyRequire<{ default: (text: string) => number }>('string-width').default;
    return stringWidth(plain);
  }
  let width = 0;
  for (const ch of plain) width += eastAsianWidth(ch.codePointAt(0)!);
  return width;
}

/**
 * Whether a character is wide (two columns) and stands alone, for where Japanese text may break: a
 * character of the common blocks only (a mark that joins the character before it is never a break).
 */
export function isWide(ch: string): boolean {
  return COMMON.test(ch) && eastAsianWidth(ch.codePointAt(0)!) === 2;
}

/** `text` followed by spaces up to `columns` display columns (as padEnd, by width). */
/** Which slow ways have been taken (for tests: a Japanese or English report takes neither). */
export function slowPaths(): { pattern: boolean; library: boolean } {
  return { pattern: CLUSTERING !== undefined, library: stringWidth !== undefined };
}

export function padEnd(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - displayWidth(text)));
}
