// The detector of test/e2e/language-purity.test.ts, on lines the CLI really printed before their fix
// (each must be caught) and on lines it prints now (each must pass).
import { describe, expect, it } from 'vitest';
import { englishIn, japaneseIn, readableLines, wrongLanguage } from './support/language-purity.js';

describe('englishIn: an English sentence or word in a Japanese line', () => {
  it.each([
    ['APIキー      sk-ant-api03-…E2AA (108 chars, #5370724a)  設定元 .env:1:13 (LLM_API_KEY)', 'chars'],
    ['ANTHROPIC_API_KEY の 17 文字目に U+200B ZERO WIDTH SPACEが含まれています。', 'U+200B ZERO WIDTH SPACE'],
    ['loop.env を読み取れません（a symbolic link）。', 'a symbolic link'],
    ['config.toml の 3 行 11 列に TOML の構文エラーがあります：invalid value', 'invalid'],
    [
      '~/.openhands/settings.json は正しい JSON ではありません（1 行目）：Expected double-quoted property name。',
      'property',
    ],
    ['::group::claude-doctor report', 'report'],
    ['claude-doctor: cannot read x.log: no such file', 'no such file'],
    ['Run claude-doctor --help for usage.', 'Run'],
    ['See https://github.com/claude-doctor/claude-doctor/blob/main/docs/codes/key-truncated.md', 'See'],
    ['http://127.0.0.1:9 への接続に失敗しました（bad port）。', 'bad'],
    ['request id のない 403 は Cloudflare からの応答です。', 'request'],
  ])('%s', (line, hit) => {
    expect(englishIn(line)).toBe(hit);
  });

  it.each([
    'ANTHROPIC_API_KEY の 17 文字目に U+200B（ゼロ幅スペース）が含まれています。',
    'APIキー      sk-ant-api03-…E2AA（108 文字、#5370724a）  設定元 .env:1:13 (LLM_API_KEY)',
    'リクエストは 404「model: claude-3-5-sonnet-20241022」で失敗します。',
    'GITHUB_ACTIONS が "true" ではありません',
    'AWS がモデルの呼び出しを拒否しました。API の応答："litellm.APIConnectionError: BedrockException - {"message":"。',
    "2. `grep -nP '[^\\x21-\\x7e]' <ファイル>` で確認できます。",
    '--format         出力形式（既定値 text。GITHUB_ACTIONS=true で標準出力が端末でないときは github）',
    '  > [ERROR] this quoted log line is the input, in any language',
    '  62 | # API key to use (For Headless / CLI only)',
    'プロファイル p2 · OpenHands ヘッドレス / LiteLLM（LLM_* 変数、config.toml）',
  ])('passes %s', (line) => {
    expect(englishIn(line)).toBeUndefined();
  });
});

describe('japaneseIn: a Japanese character in an English line', () => {
  it('is caught outside quotes, and allowed in a quoted line or message', () => {
    expect(japaneseIn('claude-doctor: 不明なオプションです: --ofline')).toBe('不');
    expect(japaneseIn('  > [ERROR] 接口测试失败 ... Error code: 404')).toBeUndefined();
    expect(japaneseIn('The API answered 401 "無効なトークン".')).toBeUndefined();
  });
});

describe('readableLines and wrongLanguage', () => {
  it('reads JSON as its sentences: values without a space and the redacted form of a key are not words', () => {
    const json = JSON.stringify({ level: 'warning', apiKey: 'sk-ant-api03-…E2AA (108 chars, #5370724a)', m: 'a\nb c' });
    expect(readableLines(json)).toEqual(['a', 'b c']);
  });

  it('decodes workflow commands and Markdown escapes, and names the offending line', () => {
    const out = '::error title=x%3A y::メッセージ%0Acannot read the file\n\\#\\# 見出し';
    expect(wrongLanguage(out, 'ja')).toEqual(['"cannot read the file" in: cannot read the file']);
    expect(wrongLanguage('All good here.\n', 'en')).toEqual([]);
  });
});
