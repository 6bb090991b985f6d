// The mechanical rules of docs/ja-style.md, over every Japanese string a user can see: each catalogue
// entry's title, why, message and fix rendered with its example arguments, and the report's own words.
import { describe, expect, it } from 'vitest';
import { CODES, entry } from '../src/catalog/index.js';
import { UI } from '../src/catalog/ui.js';
import { CLIENT_NAMES, CREDENTIAL_NAMES, WHITESPACE_NAMES } from '../src/catalog/words.js';
import { jaStyleProblems, type Kind } from './support/ja-style.js';

interface Text {
  where: string;
  text: string;
  kind: Kind;
}

function catalogueTexts(): Text[] {
  return CODES.flatMap((code) => {
    const spec = entry(code);
    const steps = spec.fix.ja(spec.example, spec.exampleLocation);
    return [
      { where: `${code} title`, text: spec.title.ja, kind: 'title' as const },
      { where: `${code} why`, text: spec.why.ja, kind: 'sentence' as const },
      { where: `${code} message`, text: spec.message.ja(spec.example), kind: 'sentence' as const },
      ...steps.map((text, i) => ({ where: `${code} fix ${i + 1}`, text, kind: 'sentence' as const })),
    ];
  });
}

/** Every string of a words table, functions called with stand-in arguments; fragments, not sentences. */
function wordTexts(prefix: string, value: unknown): Text[] {
  if (typeof value === 'string') return [{ where: prefix, text: value, kind: 'fragment' }];
  if (typeof value === 'function') {
    // A neutral stand-in: an argument may be a name, a number or a Japanese phrase.
    const args = Array.from({ length: value.length }, () => '〇');
    return wordTexts(prefix, (value as (...a: string[]) => unknown)(...args));
  }
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => wordTexts(`${prefix}.${k}`, v));
  return [];
}

const texts = [
  ...catalogueTexts(),
  ...wordTexts('ui', UI.ja),
  ...wordTexts('client', Object.fromEntries(Object.entries(CLIENT_NAMES).map(([k, v]) => [k, v.ja]))),
  ...wordTexts('credential', Object.fromEntries(Object.entries(CREDENTIAL_NAMES).map(([k, v]) => [k, v.ja]))),
  ...wordTexts('whitespace', Object.fromEntries(Object.entries(WHITESPACE_NAMES).map(([k, v]) => [k, v.ja]))),
];

describe('Japanese style (docs/ja-style.md)', () => {
  it('renders several hundred strings', () => {
    expect(texts.length).toBeGreaterThan(600);
  });

  it('every Japanese string follows the mechanical rules', () => {
    const problems = texts.flatMap((t) => jaStyleProblems(t.text, t.kind).map((p) => `${t.where}: ${p}\n  ${t.text}`));
    expect(problems).toEqual([]);
  });
});

describe('the checker itself', () => {
  const cases: [string, Kind, string][] = [
    ['キーを確認します, 次に再試行します。', 'sentence', 'separator'],
    ['キーを確認します.', 'sentence', 'period'],
    ['キー (ANTHROPIC_API_KEY) を確認します。', 'sentence', 'paren'],
    ['キーを確認します(必須)。', 'sentence', 'paren'],
    ['キーを確認します', 'sentence', 'end'],
    ['"キー" を確認します。', 'sentence', 'quote'],
    ['API キーを確認します。', 'sentence', 'term'],
    ['ベース URL を確認します。', 'sentence', 'term'],
    ['Web UI の「API Key」に貼り付けます。', 'sentence', 'term'],
    ['.envのキーを確認します。', 'sentence', 'spacing'],
    ['キーは 108文字です。', 'sentence', 'spacing'],
    ['キーを確認します（ .env ）。', 'sentence', 'spacing'],
    ['キーを確認します: 必須です。', 'sentence', 'colon'],
  ];
  it.each(cases)('%s is a %s problem (%s)', (text, kind, rule) => {
    expect(jaStyleProblems(text, kind).join(' ')).toContain(rule);
  });

  const fine: [string, Kind][] = [
    ['`docker run -e A=1, B=2` を実行し、https://console.anthropic.com/settings/keys を開きます。', 'sentence'],
    ['401「invalid x-api-key, see docs.」は、APIキーが無効であることを意味します。', 'sentence'],
    ['config.toml の 3 行目（api_key）を編集します。', 'sentence'],
    ['~/.bashrc:12:8（ANTHROPIC_API_KEY）の ANTHROPIC_API_KEY は使われません。', 'sentence'],
    ['OpenHands 0.27 以降は無視します。f(x) は関数です。', 'sentence'],
    ['ANTHROPIC_API_KEY のことでしょうか？', 'sentence'],
    ['次のように移します。\n[llm]\napi_key = "sk-ant-…", # x.', 'sentence'],
    ['キーは sk-ant-api03-…Q2AA (108 chars, #a71e0b55) です。', 'sentence'],
    ['APIキーが見つかりません', 'title'],
  ];
  it.each(fine)('%s is fine', (text, kind) => {
    expect(jaStyleProblems(text, kind)).toEqual([]);
  });
});
