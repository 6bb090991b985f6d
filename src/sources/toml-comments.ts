// OpenHands' config.toml is mostly its template's comments, and smol-toml steps through them a character
// at a time in code that has not warmed up yet: about 2 ms of a run for a 6 KB file. A regular expression
// blanks whole comment lines first, keeping every line break, so line numbers stay those of the file.

// A line that is only a comment of characters TOML allows there (a control character, a lone CR
// included, is left in, for the parser to reject as Python's tomllib does). Lines are split at LF alone:
// the `m` flag would also split at CR and U+2028, which TOML does not.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters a comment may not hold
const COMMENT_LINE = /(?<![^\n])[ \t]*#[^\x00-\x08\x0a-\x1f\x7f]*(?=\r?\n|(?![\s\S]))/g;

/** The text with its comment lines emptied; unchanged when it has a multi-line string, where # is text. */
export function blankCommentLines(text: string): string {
  if (text.includes('"""') || text.includes("'''")) return text;
  return text.replace(COMMENT_LINE, '');
}
