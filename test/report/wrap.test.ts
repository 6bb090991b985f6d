// Wrapping to a terminal's width: data in, lines out. Then the promises, for any text: every line fits
// unless it holds one unbreakable word, nothing is lost or added but line breaks and indents, and no
// colour code is cut.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, stripColor } from '../../src/report/width.js';
import { fitText, HANG, KEEP, words, wrapLine } from '../../src/report/wrap.js';

const red = (s: string) => `\u001b[31m${s}\u001b[39m`;
const bold = (s: string) => `\u001b[1m${s}\u001b[22m`;

describe('wrapLine', () => {
  it('leaves a line that fits alone', () => {
    expect(wrapLine('  fits  exactly', 15)).toEqual(['  fits  exactly']);
  });

  it('breaks at spaces, continuation lines under the first line’s text', () => {
    expect(wrapLine('    The key is truncated or corrupted and cannot work', 24)).toEqual([
      '    The key is truncated',
      '    or corrupted and',
      '    cannot work',
    ]);
  });

  it('hangs a numbered step under its text, not under its number', () => {
    expect(wrapLine('      1. Copy the key again in one piece; a terminal cuts it.', 30)).toEqual([
      '      1. Copy the key again in',
      '         one piece; a terminal',
      '         cuts it.',
    ]);
    expect(wrapLine('  12. one two three four', 14)).toEqual(['  12. one two', '      three', '      four']);
  });

  it('hangs a marked line under the text after its mark', () => {
    expect(wrapLine('✖ p1 · Anthropic SDK — 2 errors: not probed (offline)', 30)).toEqual([
      '✖ p1 · Anthropic SDK — 2',
      '  errors: not probed (offline)',
    ]);
    expect(wrapLine('  > "message": "invalid x-api-key" in the log', 24)).toEqual([
      '  > "message": "invalid',
      '    x-api-key" in the',
      '    log',
    ]);
  });

  it('hangs a table row at its marked value column', () => {
    expect(wrapLine(`  APIキー   ${HANG}sk-ant-… from .env:1:19 (ANTHROPIC_API_KEY)`, 32)).toEqual([
      '  APIキー   sk-ant-… from',
      '            .env:1:19',
      '            (ANTHROPIC_API_KEY)',
    ]);
  });

  it('never breaks inside a URL, a path or a backticked command', () => {
    expect(
      wrapLine('    Docs: https://github.com/claude-doctor/claude-doctor/blob/main/docs/codes/key-empty.md', 40),
    ).toEqual(['    Docs:', '    https://github.com/claude-doctor/claude-doctor/blob/main/docs/codes/key-empty.md']);
    expect(wrapLine('  1. Run `chmod 600 /home/user/project/.env` now', 24)).toEqual([
      '  1. Run',
      '     `chmod 600 /home/user/project/.env`',
      '     now',
    ]);
  });

  it('keeps a word longer than the line whole, on a line of its own', () => {
    const url = `https://example.com/${'a'.repeat(40)}`;
    expect(wrapLine(`see ${url} then`, 20)).toEqual(['see', url, 'then']);
    expect(wrapLine(url, 20)).toEqual([url]);
  });

  it('breaks Japanese between characters, under the first line’s text', () => {
    expect(wrapLine('    ANTHROPIC_API_KEY は長さが 108 文字ではなく 16 文字です。', 30)).toEqual([
      '    ANTHROPIC_API_KEY は長さが',
      '    108 文字ではなく 16 文字で',
      '    す。',
    ]);
  });

  it('never breaks between a Latin word and the Japanese it touches (APIキー, a code and its particle)', () => {
    expect(wrapLine('新しいAPIキーを作ります', 10)).toEqual(['新し', 'いAPIキー', 'を作ります']);
    expect(wrapLine('設定はANTHROPIC_BASE_URLにあります', 12)).toEqual(['設定', 'はANTHROPIC_BASE_URLに', 'あります']);
  });

  it('follows kinsoku: no line starts with closing punctuation, none ends with an opening bracket', () => {
    // Without the rules the breaks would fall before 。 and after 「.
    expect(wrapLine('あいうえお。かきくけこ', 10)).toEqual(['あいうえ', 'お。かきく', 'けこ']);
    expect(wrapLine('あいうえ「かきくけ」こ', 10)).toEqual(['あいうえ', '「かきく', 'け」こ']);
    for (const line of wrapLine('ああああ「いいいい」、うう（ええ）。おおおおおお', 10)) {
      expect(line).not.toMatch(/^[、。）」]/);
      expect(line).not.toMatch(/[（「]$/);
    }
  });

  it('breaks after Japanese punctuation before a Latin word, and before an opening bracket', () => {
    expect(wrapLine('構文エラーがあります：unexpected token', 24)).toEqual([
      '構文エラーがあります：',
      'unexpected token',
    ]);
    expect(wrapLine('Anthropic Console（https://console.anthropic.com）で作成', 24)).toEqual([
      'Anthropic Console',
      '（https://console.anthropic.com）',
      'で作成',
    ]);
  });

  it('wraps coloured text exactly as plain text, colour codes whole and uncounted', () => {
    const plain = '  ✖ key/invalid  The key is not a valid Anthropic API key';
    const coloured = `  ${red('✖ key/invalid')}  ${bold('The key is not a valid Anthropic API key')}`;
    for (const width of [20, 30, 40, 80]) {
      expect(wrapLine(coloured, width).map(stripColor)).toEqual(wrapLine(plain, width));
    }
    expect(wrapLine(coloured, 30)).toEqual([
      `  ${red('✖ key/invalid')}  \u001b[1mThe key is`,
      '    not a valid Anthropic API',
      `    key\u001b[22m`,
    ]);
  });

  it('breaks coloured Japanese where it breaks plain Japanese, even where the colour changes', () => {
    expect(wrapLine(`あいう${red('えおか')}`, 6).map(stripColor)).toEqual(['あいう', 'えおか']);
    // The colour code goes with the line before: the terminal keeps the colour across the line break.
    expect(wrapLine(`あいう${red('えおか')}`, 6)).toEqual(['あいう\u001b[31m', 'えおか\u001b[39m']);
  });

  it('never breaks Japanese inside backticks', () => {
    expect(wrapLine('`あいうえお` かき', 4)).toEqual(['`あいうえお`', 'かき']);
  });

  it('never breaks between narrow symbols (arrows, dashes), only between wide characters', () => {
    expect(wrapLine('→→→→——', 2)).toEqual(['→→→→——']);
  });

  it('hangs at a column marked at the very start: the margin', () => {
    expect(wrapLine(`${HANG}1. aaa bbb`, 8)).toEqual(['1. aaa', 'bbb']);
    expect(wrapLine('1. aaa bbb', 8)).toEqual(['1. aaa', '   bbb']);
  });

  it('does not wrap a block’s line (a code frame, a snippet)', () => {
    expect(wrapLine(`    ${KEEP}104:  api_key = sk-ant-… and a long long line`, 20)).toEqual([
      '    104:  api_key = sk-ant-… and a long long line',
    ]);
  });

  it('keeps a continuation indent that leaves room for the text', () => {
    expect(wrapLine(`${'x'.repeat(30)}${HANG}aaa bbb ccc`, 20)).toEqual([
      `${'x'.repeat(30)}aaa`,
      `${' '.repeat(10)}bbb ccc`,
    ]);
  });

  it('starts the text below a column past half the line (the codes list on a narrow terminal)', () => {
    expect(wrapLine(`${'key/truncated'.padEnd(24)}エラー   ${HANG}キーが途中で切れています`, 30)).toEqual([
      'key/truncated           エラー',
      '               キーが途中で切',
      '               れています',
    ]);
  });

  it('drops trailing spaces that would pass the width', () => {
    expect(wrapLine('abc      ', 5)).toEqual(['abc']);
    expect(wrapLine('abc  ', 5)).toEqual(['abc  ']);
  });
});

describe('fitText', () => {
  const text = `  ${HANG}one two three four\n    ${KEEP}five six seven eight\n`;
  it('wraps every line to the width, and removes the markers', () => {
    expect(fitText(text, 12)).toBe('  one two\n  three four\n    five six seven eight\n');
  });

  it('off a terminal: the text as it is, without the markers', () => {
    expect(fitText(text)).toBe('  one two three four\n    five six seven eight\n');
  });
});

describe('words', () => {
  it('cuts at spaces outside backticks, and keeps the spaces as gaps', () => {
    expect(words('  run `a b`  now')).toEqual([
      { gap: '  ', text: 'run' },
      { gap: ' ', text: '`a b`' },
      { gap: '  ', text: 'now' },
    ]);
  });

  it('never parts a combining mark from its character, and starts no word with a break', () => {
    // Decomposed が (か + U+3099) breaks neither before nor after its mark: NFC text has none.
    expect(words('か\u3099か')).toEqual([{ gap: '', text: 'か\u3099か' }]);
    expect(words('かか')).toEqual([
      { gap: '', text: 'か' },
      { gap: '', text: 'か' },
    ]);
    expect(words('（あ')).toEqual([{ gap: '', text: '（あ' }]);
    expect(words('a （b')).toEqual([
      { gap: '', text: 'a' },
      { gap: ' ', text: '（b' },
    ]);
    expect(words('')).toEqual([{ gap: '', text: '' }]);
  });

  it('takes a backtick that nothing closes for a character (a stray one in a value)', () => {
    expect(words('a `b c')).toEqual([
      { gap: '', text: 'a' },
      { gap: ' ', text: '`b' },
      { gap: ' ', text: 'c' },
    ]);
    expect(words('`a b` `c d')).toEqual([
      { gap: '', text: '`a b`' },
      { gap: ' ', text: '`c' },
      { gap: ' ', text: 'd' },
    ]);
  });
});

// Words of every kind the report holds: Latin, Japanese, codes and paths, backticked commands, coloured.
const latin = fc.stringMatching(/^[a-z0-9_./:-]{1,14}$/);
const japanese = fc
  .array(fc.constantFrom(...'あいうキーを設定、。「」（）ＡＢ文字'.split('')), { minLength: 1, maxLength: 12 })
  .map((cs) => cs.join(''));
const code = fc.array(latin, { minLength: 1, maxLength: 3 }).map((ws) => `\`${ws.join(' ')}\``);
const word = fc.oneof(latin, japanese, code, latin.map(red), japanese.map(bold));
const line = fc.record({
  indent: fc.nat(8),
  words: fc.array(fc.tuple(word, fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 20 }),
});
const build = (l: { indent: number; words: [string, number][] }) =>
  ' '.repeat(l.indent) + l.words.map(([w, gap], i) => (i ? ' '.repeat(gap) : '') + w).join('');

describe('any line', () => {
  it('fits the width unless it holds one unbreakable word; the words come back; no code span or colour code is cut', () => {
    fc.assert(
      fc.property(line, fc.integer({ min: 10, max: 100 }), (l, width) => {
        const text = build(l);
        const out = wrapLine(text, width);
        for (const piece of out) {
          if (displayWidth(piece) > width) expect(words(piece.trimStart()).length).toBe(1);
          // A backticked span stays on one line.
          expect(stripColor(piece).split('`').length % 2).toBe(1);
          // Every escape starts a whole colour code.
          expect(
            piece
              .split('\u001b')
              .slice(1)
              .every((rest) => /^\[[0-9;]*m/.test(rest)),
          ).toBe(true);
        }
        expect(out.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        expect(out.map(stripColor)).toEqual(wrapLine(stripColor(text), width));
      }),
    );
  });
});
