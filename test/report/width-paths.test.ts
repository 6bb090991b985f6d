// Start-up cost: a report in English or Japanese is measured the short way, without building the
// Unicode-property pattern or loading string-width (tens of milliseconds on its first call). Its own
// file, so that nothing measured before has taken the slow way already.
import { expect, it } from 'vitest';
import { displayWidth, slowPaths } from '../../src/report/width.js';

it('measures report text the short way, and takes the slow way only for joining characters', () => {
  const report = [
    'API key',
    '✔ ▲ ℹ ✖ ! • — · → …',
    'APIキー',
    '認証トークン',
    'ベースURL',
    '（既定値: https://api.anthropic.com）「.env」、。',
    'Ａｎｔｈｒｏｐｉｃ ｶﾀｶﾅ',
    'café naïve Ærøskøbing',
    '\u001b[31m✖ key/empty\u001b[39m',
  ];
  expect(report.map(displayWidth)).toEqual([7, 19, 7, 12, 9, 49, 23, 21, 11]);
  expect(slowPaths()).toEqual({ pattern: false, library: false });
  // A combining accent may join the letter before it: string-width measures it.
  expect(displayWidth('cafe\u0301')).toBe(4);
  expect(slowPaths()).toEqual({ pattern: true, library: true });
});
