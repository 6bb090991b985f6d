// The injection corpus and the promises every output must keep. Built from code points at run time, so
// this file holds no raw control character itself.
const ESC = '\u001b';
const BEL = '\u0007';

/** Strings that would act on a terminal or a GitHub Actions runner if printed raw. */
export const CORPUS = {
  title: `${ESC}]0;pwned-title${BEL}`,
  clear: `${ESC}[2J${ESC}[H`,
  bel: `ding${BEL}`,
  c1: '\u009b31mpwned-c1',
  bidi: 'txt.\u202eexe\u2066',
  cr: `ok\rFORGED-cr`,
  nul: 'a\u0000b',
  command: '::error::pwned-command',
  stop: '::stop-commands::pwned-stop',
  escaped: '%0A::error::pwned-escaped',
  mask: '::add-mask::pwned-mask',
  separator: 'a\u2028::error::pwned-ls',
  newline: 'x\n::error::pwned-newline',
  legacy: 'x\n##[error]pwned-legacy',
  forged: 'x\n✔ FORGED line',
  // For the Markdown job summary: raw HTML, a link and an image.
  html: '<img src=x onerror=alert(1)><script>pwned-html</script>',
  link: '[click](https://evil.example/pwned-link)',
  image: '![x](https://evil.example/pwned.png)',
} as const;

/** All of the corpus in one string: what a hostile file puts in a name or a value. */
export const ALL = Object.values(CORPUS).join(' ');
/** The same without NUL, for what cannot hold one: a command line, the environment, a text file. */
export const ALL_NO_NUL = Object.values(CORPUS)
  .filter((s) => !s.includes('\u0000'))
  .join(' ');

/** Everything that must never reach stdout or stderr raw (the line feed is checked by line, below). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what this looks for
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;
const SGR = new RegExp(`${ESC}\\[[0-9;]*m`, 'g');

/** The first raw control character (after our own colours, when `colour`), as `U+XXXX at n`, or undefined. */
export function rawControl(output: string, colour = false): string | undefined {
  const text = colour ? output.replace(SGR, '') : output;
  const m = RAW.exec(text);
  return m
    ? `U+${m[0].codePointAt(0)!.toString(16).padStart(4, '0')} at ${m.index}: ${JSON.stringify(text.slice(Math.max(0, m.index - 40), m.index + 40))}`
    : undefined;
}

/** Lines as the Actions runner splits them (it reads CR, LF and CRLF as line ends). */
const runnerLines = (text: string) => text.split(/\r\n|\r|\n/);

/** A line the runner would read as a command: after leading blanks, `::` or the older `##[`. */
const isCommand = (line: string) => /^\s*(::|##\[)/u.test(line);

/** Lines of a terminal report (text, explain, stderr) that a runner would take for a command, or a forged line. */
export function commandLines(output: string): string[] {
  return runnerLines(output).filter((l) => isCommand(l) || /FORGED/.test(l.trimStart().slice(0, 12)));
}

const OURS = [
  /^::add-mask::/,
  /^::(error|warning|notice)(?: (?:file|line|col|title)=[^,:]*(?:,(?:file|line|col|title)=[^,:]*)*)?::/,
  /^::group::claude-doctor (?:report|のレポート)$/,
  /^::endgroup::$/,
];

/**
 * Checks a `--format github` output the way the runner reads it: outside the stop-commands block,
 * every line is one of our commands (masks, annotations with known properties, the group); inside,
 * nothing counts until the line with the block's own token. Returns the problems found.
 */
export function githubProblems(output: string): string[] {
  const problems: string[] = [];
  let token: string | undefined;
  let blocks = 0;
  for (const line of runnerLines(output)) {
    if (token !== undefined) {
      if (line.trim() === `::${token}::`) token = undefined;
      continue;
    }
    if (line === '') continue;
    const start = /^::stop-commands::([0-9a-f]{32})$/.exec(line);
    if (start) {
      token = start[1];
      blocks++;
      continue;
    }
    if (!OURS.some((re) => re.test(line)))
      problems.push(`not one of our commands: ${JSON.stringify(line.slice(0, 120))}`);
  }
  if (token !== undefined) problems.push('the stop-commands block is never closed');
  if (blocks !== 1) problems.push(`${blocks} stop-commands blocks`);
  return problems;
}
