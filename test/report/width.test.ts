// Display width: what a terminal shows, column by column. The short way (one code point at a time from
// the East Asian Width table) must agree with string-width, which it stands in for: checked here for every
// code point of the Basic Multilingual Plane and of the emoji and CJK planes that the short way takes.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, padEnd, stripColor } from '../../src/report/width.js';
import { underStryker } from '../support/stryker.js';

// Five seconds: under Stryker only when the run names this file (a mutant of width.ts), not for each static
// mutant of another file that a suite of whole folders (mutate:ci's test/report) runs it for.
const exhaustive = !underStryker || (process.env.STRYKER_TESTS ?? '').includes('width.test.ts');

// First in the file: the pattern of the slow way is built once, by the first test that needs it, and
// Stryker's per-test coverage counts only that test as reaching it.
describe('the short way', () => {
  it.runIf(exhaustive)(
    'gives string-width’s answer for every character it measures on its own',
    () => {
      // CJK Extension B is one block of wide ideographs: a sample of it is enough.
      const ranges = [
        [0x20, 0xffff, 1],
        [0x1f000, 0x1faff, 1],
        [0x20000, 0x2a6df, 101],
      ];
      const differ: string[] = [];
      for (const [from, to, step] of ranges) {
        for (let cp = from!; cp <= to!; cp += step!) {
          if (cp >= 0xd800 && cp <= 0xdfff) continue;
          const ch = String.fromCodePoint(cp);
          // After a wide and a narrow character, and twice: a character that joins its neighbour would differ.
          for (const text of [`キ${ch}`, `a${ch}${ch}`]) {
            if (displayWidth(text) !== stringWidth(text))
              differ.push(`U+${cp.toString(16)} in ${JSON.stringify(text)}`);
          }
        }
      }
      expect(differ.slice(0, 20)).toEqual([]);
    },
    120_000,
  );
});

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['sk-ant-api03-abc', 16],
    ['APIキー', 7],
    ['ベースURL', 9],
    ['認証トークン', 12],
    ['（既定値: https://api.anthropic.com）', 37],
    ['ＡＢＣ', 6],
    ['ｶﾞｷﾞ', 4],
    ['✔ ▲ ℹ ✖ — · →', 13],
    ['café', 4],
    ['cafe\u0301', 4],
    ['か\u3099', 2],
    ['a\u200bb', 2],
    ['한국어', 6],
    ['\u1100\u1161', 2],
    ['👍', 2],
    ['👍🏻', 2],
    ['👨‍👩‍👧', 2],
    ['🇯🇵', 2],
    ['tab\there', 7],
  ])('%j is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('does not count colour codes', () => {
    expect(displayWidth('\u001b[31m✖ key/empty\u001b[39m')).toBe(11);
    expect(displayWidth('\u001b[1mAPIキー\u001b[22m')).toBe(7);
    expect(displayWidth('\u001b[2m\u001b[22m')).toBe(0);
    expect(stripColor('\u001b[1;31mx\u001b[0m y')).toBe('x y');
    expect(stripColor('no colour')).toBe('no colour');
  });
});

describe('padEnd', () => {
  it('pads to display columns, so Japanese labels line up with English ones', () => {
    expect(padEnd('APIキー', 10)).toBe('APIキー   ');
    expect(padEnd('API key', 10)).toBe('API key   ');
    expect(padEnd('認証トークン', 14)).toBe('認証トークン  ');
    expect(padEnd('\u001b[1mモデル\u001b[22m', 8)).toBe('\u001b[1mモデル\u001b[22m  ');
  });

  it('never cuts a text longer than the column', () => {
    expect(padEnd('認証トークン', 4)).toBe('認証トークン');
    expect(padEnd('abc', 3)).toBe('abc');
  });
});
