// Finds text in the wrong language in what the CLI prints: an English sentence in Japanese output, or a
// Japanese character in English output. Quoted spans, URLs, paths, codes, option and variable names,
// model ids, key displays and commands are not sentences: they stay as they are in every language.

/** Kana, CJK ideographs, and the full-width forms and punctuation Japanese text uses. */
const JAPANESE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uffef]/u;

/** Spans that are data, not words: quoted (「」, "", ``), URLs, and `%s`-free machine tokens. */
const DATA_SPANS: RegExp[] = [
  // A line quoted from the user's input or a program's output ("> "), a file excerpt's "  62 | ".
  /^\s*(?:>|\d+ \|)(?: .*)?$/,
  /「[^」\n]*」/g,
  /`[^`\n]*`/g,
  // A quoted text that holds quotes itself (an API message quoting JSON) ends where the Japanese resumes.
  /"[^\n]*?"(?=\s*(?:[\u3001-\u30ff\u4e00-\u9fff\uff01-\uffef]|$))/g,
  /"(?:[^"\\\n]|\\.)*"/g,
  /\b[a-z][a-z0-9+.-]*:\/\/[^\s）」、。]+/gi,
];

/** A word of a sentence: ASCII letters only, perhaps with an apostrophe and sentence punctuation after. */
const WORD = /^\(?(?:[A-Z]?[a-z]+(?:'[a-z]+)?|[A-Z]+)[,.;:!?)]*$/;
const LOWER = /^\(?[a-z]{2,}/;

/**
 * Lowercase words the Japanese output keeps in Latin letters on purpose: what the user types or reads
 * in a file (commands, setting and argument names, values, model aliases), never a word of a sentence.
 */
const LATIN_TERMS = new Set(
  [
    'bash zsh fish shell echo curl git push docker run root localhost ps chmod export env dotenv',
    'claude check explain status codes help version completion text json github sarif format code command',
    'model sonnet opus haiku anthropic bearer managed local project user true false ms ml compose volumes',
    // Client ids (--client's choices) and the tools named so; the Kubernetes tools --kube reads the output of.
    'litellm aider kubectl helm',
    // GitHub step outputs; a key name the openhands/unknown-key fixture misspells.
    'ok errors warnings apikey',
    // .claude-doctor.json's options, listed by config/unknown-option.
    'ignore strict offline lang',
  ]
    .join(' ')
    .split(' '),
);

/** English words that start a sentence or a label (a lone capitalised word is otherwise a name). */
const ENGLISH_CAPITALISED = new Set(
  'See The This Run No Not Did Show Unknown Missing Invalid Usage Options Commands Examples At And Or Found Cannot'.split(
    ' ',
  ),
);

/** `line` with its data spans blanked out (a NUL stands for each, so no run of words crosses one). */
function outsideSpans(line: string): string {
  let text = line;
  for (const span of DATA_SPANS) text = text.replace(span, ' \u0000 ');
  return text;
}

/** The words of `line` outside data spans, split at spaces and at every Japanese character. */
function words(line: string): string[] {
  // A Japanese character ends a run of English words as a data span does.
  return outsideSpans(line).replace(new RegExp(JAPANESE.source, 'gu'), ' \u0000 ').split(/\s+/).filter(Boolean);
}

/**
 * An English sentence in a Japanese line: three or more words in a row (at least one lowercase word of
 * two letters or more), or a lowercase English word that is no Latin term (such as "chars" in a key display).
 */
export function englishIn(line: string): string | undefined {
  let run: string[] = [];
  const tokens = [...words(line), '\u0000'];
  for (const token of tokens) {
    if (WORD.test(token)) {
      run.push(token);
      continue;
    }
    if (run.length >= 3 && run.some((w) => LOWER.test(w))) return run.join(' ');
    run = [];
  }
  for (const token of tokens) {
    const bare = token.replace(/^\(|[,.;:!?)]+$/g, '');
    if (WORD.test(token) && LOWER.test(bare) && !LATIN_TERMS.has(bare)) return bare;
    if (ENGLISH_CAPITALISED.has(bare)) return bare;
  }
  // A character's Unicode name after its code point: U+200B ZERO WIDTH SPACE.
  return /U\+[0-9A-F]{4,6} [A-Z]{2,}(?: [A-Z]+)*/.exec(line)?.[0];
}

/** A Japanese character in an English line, outside what the line quotes (an API's message, a log line). */
export const japaneseIn = (line: string): string | undefined => JAPANESE.exec(outsideSpans(line))?.[0];

const REDACTED_FORM = /^\S* \(\d+ chars, #[0-9a-f]{8}\)$/;

/** The lines of an output a user reads: JSON is read as its string values, workflow commands decoded. */
export function readableLines(output: string): string[] {
  const trimmed = output.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      // A string without a space is a value (a severity, a kind, a rule id), not words to read; so is a
      // key's redacted form in a field of its own (the JSON contract keeps one form in every language).
      return stringsOf(JSON.parse(trimmed))
        .filter((s) => /\s/.test(s.trim()) && !REDACTED_FORM.test(s))
        .flatMap((s) => s.split('\n'));
    } catch {
      // Not JSON after all: read it as text.
    }
  }
  return (
    output
      .split('\n')
      // Workflow commands' escapes, and the job summary's Markdown escapes.
      .map((l) => l.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/<br>/g, ''))
      .map((l) =>
        l.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%'),
      )
      .flatMap((l) => l.split('\n'))
  );
}

/** Every string of a JSON value but an excerpt (the input, quoted as it was). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) => (key === 'excerpt' ? [] : stringsOf(v)));
  return [];
}

/** Every line of `output` in the wrong language for `lang`, with what gave it away. */
export function wrongLanguage(output: string, lang: 'en' | 'ja'): string[] {
  const find = lang === 'ja' ? englishIn : japaneseIn;
  return readableLines(output).flatMap((line) => {
    const hit = find(line);
    return hit === undefined ? [] : [`${JSON.stringify(hit)} in: ${line.trim()}`];
  });
}
