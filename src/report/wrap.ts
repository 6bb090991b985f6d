// Wrapping a report to the terminal's width, by display width (src/report/width.ts), with hanging
// indents: a continuation line starts under the first line's text (after the indent and a list marker
// or a report mark, or at a table's value column). Lines break at spaces, and in Japanese between two
// wide characters, following the basic kinsoku rules; never inside a backticked span, nor inside a
// word (a code, a path, a URL, a command has no space in it), so a word longer than the line stays whole
// on a line of its own. Colour codes take no room and are never split. Off a terminal nothing is wrapped.
import { displayWidth, isWide, stripColor } from './width.js';

/** Marks the column a line's continuation lines start at (a table's value column); removed on output. */
export const HANG = '\u0001';
/** Anywhere in a line: the line is a block's (a code frame, a TOML snippet) and is never wrapped; removed. */
export const KEEP = '\u0002';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the markers above are control characters on purpose
const MARKERS = /[\u0001\u0002]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts a colour code
const SGR_AT = /\u001b\[[0-9;]*m/y;
/** Where a line's text starts: after the indent, and a list marker (`1. `, `> `) or a mark (✖ ▲ ℹ ✔ ! •). */
// No `^`: the match is always at the start, since it may be empty.
const LEAD = / *(?:\d+\. |> |[\u2716\u25b2\u2139\u2714!\u2022] )?/;

/** No line starts with these (kinsoku): closing brackets and quotes, Japanese punctuation, small kana, ー. */
const NO_START = new Set(
  '、。，．・：；？！゛゜ヽヾゝゞ々〻ー）］｝〕〉》」』】〙〗〟’”｠»…‥ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ',
);
/** No line ends with these: opening brackets and quotes. */
const NO_END = new Set('（［｛〔〈《「『【〘〖〝‘“｟«');
/** A line may end after these (then a Latin word may follow without a space), and before an opening bracket. */
const AFTER_OK = new Set('、。，．：；？！）」』】');

export interface Word {
  /** The spaces before the word: dropped where the line breaks. */
  gap: string;
  /** The word, with any colour codes in it. */
  text: string;
}

/** Whether a line may break between two visible characters that no space separates. */
function breakBetween(before: string, after: string): boolean {
  // Between two ASCII characters, never (a word, a code, a path): the common case, decided at once.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent, a fast path (no ASCII in the sets below)
  if (before < '\u0080' && after < '\u0080') return false;
  if (NO_END.has(before) || NO_START.has(after)) return false;
  return (isWide(before) && isWide(after)) || AFTER_OK.has(before) || NO_END.has(after);
}

/** A line cut into words: at spaces outside backticks, and between characters where Japanese may break. */
export function words(line: string): Word[] {
  const out: Word[] = [];
  let gap = '';
  let text = '';
  let last = '';
  let code = false;
  const flush = () => {
    out.push({ gap, text });
    gap = '';
    text = '';
    last = '';
  };
  for (let i = 0; i < line.length; ) {
    SGR_AT.lastIndex = i;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a fast path (the pattern starts with ESC)
    const sgr = line.charCodeAt(i) === 0x1b && SGR_AT.exec(line);
    if (sgr) {
      // A colour code belongs to the word it touches: it is never cut off, nor counted.
      text += sgr[0];
      i += sgr[0].length;
      continue;
    }
    // By code unit: no break falls inside a surrogate pair, since every break character is in the BMP.
    const ch = line[i]!;
    i += 1;
    if (ch === ' ' && !code) {
      if (text) flush();
      gap += ch;
      continue;
    }
    if (last && !code && breakBetween(last, ch)) flush();
    // A backtick opens a span only when another closes it on the line (a stray one in a value does not).
    if (ch === '`') code = !code && line.includes('`', i);
    text += ch;
    last = ch;
  }
  out.push({ gap, text });
  return out;
}

/** One line of output (no line break in it) wrapped to `width` columns. */
export function wrapLine(line: string, width: number): string[] {
  if (line.includes(KEEP)) return [line.replace(MARKERS, '')];
  const marked = line.indexOf(HANG);
  const plain = line.replace(MARKERS, '');
  const hang = marked >= 0 ? displayWidth(line.slice(0, marked)) : displayWidth(LEAD.exec(stripColor(plain))![0]);
  // A column past half the line would leave too little room for the text: the text then starts below it.
  const indent = ' '.repeat(Math.min(hang, Math.floor(width / 2)));
  const out: string[] = [];
  let current = '';
  let used = 0;
  for (const word of words(plain)) {
    const size = displayWidth(word.text);
    // Nothing breaks before the text has started (an indent, a list marker, a label and its padding).
    if (word.text && used > indent.length && used + word.gap.length + size > width) {
      out.push(current);
      current = indent + word.text;
      used = indent.length + size;
    } else if (word.text || used + word.gap.length <= width) {
      current += word.gap + word.text;
      used += word.gap.length + size;
    }
  }
  out.push(current);
  return out;
}

/** The report as printed: wrapped to `width` columns when given (a terminal), the markers removed always. */
export function fitText(text: string, width?: number): string {
  // Stryker disable next-line ConditionalExpression: equivalent, a fast path (no width: no line breaks, see wrapLine)
  if (width === undefined) return text.replace(MARKERS, '');
  return text
    .split('\n')
    .map((line) => wrapLine(line, width).join('\n'))
    .join('\n');
}
