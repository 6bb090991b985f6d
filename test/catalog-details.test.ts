// The words for what parsers and the system report (details.ts), the Japanese character names
// (characters.ts) and a key display's length and fingerprint in the reader's language (secrets.ts).
import { describe, expect, it } from 'vitest';
import { characterNameJa, NAMED_JA } from '../src/catalog/characters.js';
import { detailJa, EXACT_DETAILS } from '../src/catalog/details.js';
import { englishIn } from './support/language-purity.js';
import { UI } from '../src/catalog/ui.js';
import { characterName, codePointLabel, NAMES } from '../src/data/unicode-names.js';
import { localizeKeyMeta, redact } from '../src/secrets.js';

describe('detailJa', () => {
  it.each([
    ['invalid value', '値が不正です'],
    ['Expected double-quoted property name', 'ダブルクォートで囲んだプロパティ名が必要です'],
    ["expected ',' or '}'", '「,」か「}」が必要です'],
    ["expected ',' or ']'", '「,」か「]」が必要です'],
    ["Unexpected token 'x'", '予期しない文字「x」があります'],
    ['the top level is not a JSON object', '最上位が JSON オブジェクトではありません'],
    ['ELOOP', 'シンボリックリンクが多すぎるか循環しています'],
    ['bad port', 'ポート番号が不正です'],
    ['"strict" must be true or false', '「strict」には true か false を指定します'],
    ['"lang" must be "en" or "ja"', '「lang」には "en" か "ja" を指定します'],
    ['"ignore" must be a list of codes', '「ignore」には コードのリスト を指定します'],
    ['"x" must be something new', '「x」には something new を指定します'],
    ['"ignore" names an unknown code: "key/nope"', '「ignore」に不明なコード "key/nope" があります'],
    [
      '"ignore" cannot silence url/untrusted-base-url (only --ignore on the command line can)',
      '「ignore」では url/untrusted-base-url を抑制できません（コマンドラインの --ignore だけが抑制できます）',
    ],
  ])('%s', (detail, ja) => {
    expect(detailJa(detail)).toBe(ja);
  });

  it('words every text of its table in Japanese, not quoted and without an English sentence', () => {
    for (const text of EXACT_DETAILS) {
      const ja = detailJa(text.toUpperCase());
      expect(ja, text).not.toBe(`「${text.toUpperCase()}」`);
      expect(englishIn(ja), text).toBeUndefined();
    }
  });

  it.each([
    "x expected ',' or '}'",
    "expected ',' or '}' x",
    "x Unexpected token 'a'",
    "Unexpected token 'a' x",
    'x "strict" must be true or false',
    'x "ignore" names an unknown code: k',
    'x "ignore" cannot silence a/b (only --ignore on the command line can)',
    '"ignore" cannot silence a/b (only --ignore on the command line can) x',
    'x /tmp/ca.pem: too large',
    // A second line is no part of the shape: the whole text is quoted, none of it dropped.
    '/tmp/ca.pem: too large\nmore',
    '"strict" must be true or false\nmore',
    '"ignore" names an unknown code: k\nmore',
  ])('quotes a known shape with more around it: %s', (text) => {
    expect(detailJa(text)).toBe(`「${text}」`);
  });

  it('keeps a token of several characters', () => {
    expect(detailJa("Unexpected token 'ab'")).toBe('予期しない文字「ab」があります');
  });

  it('quotes a text it does not know, as the library wrote it', () => {
    expect(detailJa('connect ECONNREFUSED 127.0.0.1:9')).toBe('「connect ECONNREFUSED 127.0.0.1:9」');
    expect(detailJa('invalid value here')).toBe('「invalid value here」');
  });
});

describe('characterNameJa', () => {
  it('names in Japanese every character the English table names', () => {
    expect(NAMED_JA.sort()).toEqual(
      Object.keys(NAMES)
        .map((cp) => codePointLabel(Number(cp)))
        .sort(),
    );
    for (const label of NAMED_JA) {
      expect(characterNameJa(label), label).toMatch(/^[\u3000-\u30ff\u4e00-\u9fff]/);
      expect(characterNameJa(label), label).not.toBe('ASCII 以外の文字');
    }
  });

  it.each([
    [0x200b, 'ゼロ幅スペース'],
    [0x3000, '全角スペース'],
    [0xff21, '全角の「A」'],
    [0x09, '制御文字'],
    [0x7f, '制御文字'],
    [0xfe0f, '異体字セレクター'],
    [0xe9, 'ASCII 以外の文字'],
    [0xff01, '全角の「!」'],
    [0xff5e, '全角の「~」'],
    [0xff00, 'ASCII 以外の文字'],
    [0xff5f, 'ASCII 以外の文字'],
    [0x1f, '制御文字'],
    [0x20, 'ASCII 以外の文字'],
    [0xfe00, '異体字セレクター'],
    [0xfdff, 'ASCII 以外の文字'],
    [0xfe10, 'ASCII 以外の文字'],
  ])('U+%s', (cp, name) => {
    expect(characterNameJa(codePointLabel(cp))).toBe(name);
    expect(characterName(cp)).not.toBe(name);
  });
});

describe('localizeKeyMeta', () => {
  const key = `sk-ant-api03-${'x'.repeat(20)}`;
  it('rewrites the length and fingerprint of every redacted form, and nothing else', () => {
    const shown = redact(key);
    const text = `A ${shown} and ${redact('short')}; (3 chars, #zz) stays.`;
    const ja = localizeKeyMeta(text, UI.ja.keyMeta);
    expect(ja).toMatch(
      /^A sk-ant-api03-…xxxx（33 文字、#[0-9a-f]{8}） and …（5 文字、#[0-9a-f]{8}）; \(3 chars, #zz\) stays\.$/,
    );
    expect(localizeKeyMeta(text, UI.en.keyMeta)).toBe(text);
  });
});

describe('detailJa on a path and what is wrong with it', () => {
  it('words the part after the path', () => {
    expect(detailJa('/tmp/certs/ca.pem: a named pipe (FIFO)')).toBe('/tmp/certs/ca.pem：名前付きパイプ（FIFO）です');
    expect(detailJa('/tmp/certs/key.pem: ENOSPC')).toBe('/tmp/certs/key.pem：ディスクに空きがありません');
    expect(detailJa('Error: boom')).toBe('「Error: boom」');
  });
});
