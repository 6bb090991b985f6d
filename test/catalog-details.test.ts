// The words for what parsers and the system report (details.ts), the Japanese character names
// (characters.ts) and a key display's length and fingerprint in the reader's language (secrets.ts).
import { describe, expect, it } from 'vitest';
import { characterNameJa, NAMED_JA } from '../src/catalog/characters.js';
import { detailJa } from '../src/catalog/details.js';
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
    ['"x" must be something new', '「x」には something new を指定します'],
    ['"ignore" names an unknown code: "key/nope"', '「ignore」に不明なコード "key/nope" があります'],
    [
      '"ignore" cannot silence url/untrusted-base-url (only --ignore on the command line can)',
      '「ignore」では url/untrusted-base-url を抑制できません（コマンドラインの --ignore だけが抑制できます）',
    ],
  ])('%s', (detail, ja) => {
    expect(detailJa(detail)).toBe(ja);
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
  });

  it.each([
    [0x200b, 'ゼロ幅スペース'],
    [0x3000, '全角スペース'],
    [0xff21, '全角の「A」'],
    [0x09, '制御文字'],
    [0x7f, '制御文字'],
    [0xfe0f, '異体字セレクター'],
    [0xe9, 'ASCII 以外の文字'],
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
