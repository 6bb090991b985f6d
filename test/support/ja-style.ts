// The mechanical half of docs/ja-style.md as a checker: what a test can see without reading for sense.
// Code, paths, URLs, versions, backticked spans, quoted 「…」 text and verbatim blocks are left alone.

/** title: a short heading; sentence: why, message, fix (ends in 。); fragment: a report word or label. */
export type Kind = 'title' | 'sentence' | 'fragment';

/** Kana, kanji and the prolonged sound mark; not ・ or the full-width punctuation. */
const JA = '\\u3041-\\u3096\\u30a1-\\u30fa\\u30fc\\u4e00-\\u9fff\\u3005';
const JA_PUNCT = '、。「」（）：？！';

/** Terms written one way (docs/ja-style.md, "用語"): the wrong forms, and what to write instead. */
const BANNED: [RegExp, string][] = [
  [/API\s+キー/, 'APIキー'],
  [/ベース\s+URL/, 'ベースURL'],
  [/モデルID|モデル名/, 'モデル ID'],
  [/\[llm\] テーブル/, '[llm] セクション'],
  [/コンテナー/, 'コンテナ'],
  [/既定/, 'デフォルト'],
  [/利用ティア|API ティア/, '使用量ティア'],
  [/「API Key」|「Base URL」|「Custom Model」|「Advanced」|「LLM Provider」|「Save Changes」/, 'the Japanese UI label'],
  [/Settings → LLM/, '設定 → LLM'],
];

/** A key as the report shows it (`sk-ant-api03-…Q2AA (108 chars, #a71e0b55)`): a value, like code. */
const KEY_DISPLAY = /\S+…\S*\s?[(（][^()（）]*#[0-9a-f]{6,}[)）]/g;

/** Code, URLs and keys replaced by Latin stand-ins, so the spacing around them still counts. */
function withoutCode(text: string): string {
  return text
    .replace(KEY_DISPLAY, 'KEY')
    .replace(/`[^`]*`/g, 'CODE')
    .replace(/https?:\/\/[^\s、。）」]+/g, 'URL');
}

/** …and quoted text (an API's message, a UI label) too: it is someone else's words, kept as they are. */
const masked = (text: string) => withoutCode(text).replace(/「[^」]*」/g, '「Q」');

function punctuation(m: string): string[] {
  const problems: string[] = [];
  const has = (re: string) => new RegExp(re).test(m);
  if (/, /.test(m) || has(`[${JA}],|,[${JA}]`)) problems.push('separator: ", " in Japanese text (write 、)');
  if (has(`[${JA}${JA_PUNCT}]\\.(?![\\w/~.])`)) problems.push('period: ASCII "." ends a Japanese sentence (write 。)');
  if (has(`[${JA}、。]\\(|\\s\\(|\\)[${JA}]|\\([^()]*[${JA}][^()]*\\)`))
    problems.push('paren: ASCII ( ) around an aside (write （ ）)');
  if (has(`[${JA}）」]:`)) problems.push('colon: ASCII ":" after Japanese (write ：)');
  for (const [, inner = ''] of m.replace(/「Q」/g, '').matchAll(/"([^"]*)"/g))
    if (new RegExp(`[${JA}]`).test(inner)) problems.push(`quote: "${inner}" (quote Japanese with 「」)`);
  return problems;
}

function spacing(m: string): string[] {
  // A term is one word; its first and last characters decide the spacing around it.
  const t = m.replace(/APIキー/g, 'A・キ').replace(/ベースURL/g, 'ベ・A');
  const problems: string[] = [];
  if (new RegExp(`[${JA}][A-Za-z0-9]|[A-Za-z0-9][${JA}]`).test(t))
    problems.push('spacing: one half-width space between Japanese and Latin letters or numbers');
  if (new RegExp(` [${JA_PUNCT}]|[${JA_PUNCT}] `).test(t))
    problems.push('spacing: no space next to 、。「」（）：？！');
  return problems;
}

export function jaStyleProblems(text: string, kind: Kind): string[] {
  // Lines after the first are a verbatim block (a code frame, a TOML snippet, a command's output).
  const first = text.split('\n')[0] ?? '';
  const m = masked(first);
  const problems = [...punctuation(m), ...spacing(m)];
  for (const [re, instead] of BANNED) {
    const hit = withoutCode(text).match(re);
    if (hit) problems.push(`term: "${hit[0]}" (write ${instead})`);
  }
  if (kind === 'sentence' && !/[。？]$/.test(first.trim())) problems.push('end: a sentence ends in 。');
  return problems;
}
