// checks/credential-text.ts: paste damage around and inside a credential, found and peeled off.
import { describe, expect, it } from 'vitest';
import { inspectText } from '../../src/checks/credential-text.js';

const K = 'sk-ant-api03-abc';

describe('inspectText: whitespace', () => {
  it.each([
    ['a leading tab', `\t${K}`, [{ at: 'leading', char: 'tab', position: 1 }]],
    ['a trailing LF', `${K}\n`, [{ at: 'trailing', char: 'lf', position: 17 }]],
    ['a trailing CR', `${K}\r`, [{ at: 'trailing', char: 'cr', position: 17 }]],
    ['an inner space', 'ab cd', [{ at: 'inner', char: 'space', position: 3 }]],
    ['a vertical tab', 'ab\vcd', [{ at: 'inner', char: 'other', position: 3 }]],
    ['a form feed at the end', 'abcd\f', [{ at: 'trailing', char: 'other', position: 5 }]],
    // The first and last non-space characters bound the inner part.
    [
      'spaces on both sides of one character',
      ' a ',
      [
        { at: 'leading', char: 'space', position: 1 },
        { at: 'trailing', char: 'space', position: 3 },
      ],
    ],
    // One report per kind and place, at its first position.
    ['three trailing spaces', 'ab   ', [{ at: 'trailing', char: 'space', position: 3 }]],
    [
      'a space and a tab, leading',
      ' \tab',
      [
        { at: 'leading', char: 'space', position: 1 },
        { at: 'leading', char: 'tab', position: 2 },
      ],
    ],
    [
      'the same kind in two places',
      ' a b ',
      [
        { at: 'leading', char: 'space', position: 1 },
        { at: 'inner', char: 'space', position: 3 },
        { at: 'trailing', char: 'space', position: 5 },
      ],
    ],
    [
      'a tab and a space, both inner',
      'a\tb c',
      [
        { at: 'inner', char: 'tab', position: 2 },
        { at: 'inner', char: 'space', position: 4 },
      ],
    ],
  ])('%s', (_, value, whitespace) => {
    expect(inspectText(value).whitespace).toEqual(whitespace);
  });

  it('removes the whitespace from the cleaned value', () => {
    expect(inspectText(` a\tb \n`)).toMatchObject({ unwrapped: 'ab', cleaned: 'ab' });
  });
});

describe('inspectText: quotes', () => {
  it.each([
    ['double', `"${K}"`, '"'],
    ['single', `'${K}'`, "'"],
    ['backticks', `\`${K}\``, '`'],
    ['curly double', `\u201c${K}\u201d`, '\u201c\u201d'],
    ['curly single', `\u2018${K}\u2019`, '\u2018\u2019'],
    ['two closing curly doubles', `\u201d${K}\u201d`, '\u201c\u201d'],
    ['nested: the outer pair is named', `"'${K}'"`, '"'],
    ['a pair around nothing', '""', '"'],
  ])('%s', (_, value, quote) => {
    const text = inspectText(value);
    expect(text.quote).toBe(quote);
    expect(text.unwrapped).toBe(value.length > 2 ? K : '');
  });

  it.each([
    ['one quote alone', '"'],
    ['an opening quote only', `"${K}`],
    ['different quotes', `"${K}'`],
    ['a curly pair the wrong way round', `\u201d${K}\u201c`],
    ['a closing curly single first', `\u2019${K}\u2019`],
  ])('no quote for %s', (_, value) => {
    expect(inspectText(value).quote).toBeUndefined();
  });

  it('does not count the curly quotes of a wrapping pair as invisible characters, but counts stray ones', () => {
    expect(inspectText(`\u201c${K}\u201d`).invisible).toEqual([]);
    expect(inspectText(`\u2018${K}\u2019`).invisible).toEqual([]);
    expect(inspectText(`"${K}\u201d"`).invisible).toEqual([
      { codePoint: 'U+201D', charName: 'RIGHT DOUBLE QUOTATION MARK', position: 18 },
    ]);
  });
});

describe('inspectText: header prefixes', () => {
  it.each([
    ['Bearer ', `Bearer ${K}`],
    ['bearer\t', `bearer\t${K}`],
    ['x-api-key: ', `x-api-key: ${K}`],
    ['X-Api-Key :', `X-Api-Key :${K}`],
    ['Authorization: Bearer ', `Authorization: Bearer ${K}`],
    ['authorization:bearer ', `authorization:bearer ${K}`],
    ['x-api-key: Bearer ', `x-api-key: Bearer ${K}`],
    ['Authorization: ', `Authorization: ${K}`],
  ])('%s', (prefix, value) => {
    const text = inspectText(value);
    expect(text).toMatchObject({ headerPrefix: prefix, unwrapped: K, whitespace: [] });
  });

  it('finds the prefix behind leading spaces and an opening quote, and reports those spaces', () => {
    const text = inspectText(`  "Bearer ${K}"`);
    expect(text).toMatchObject({ headerPrefix: 'Bearer ', quote: '"', unwrapped: K });
    expect(text.whitespace).toEqual([{ at: 'leading', char: 'space', position: 1 }]);
  });

  it('finds the prefix inside quotes: Bearer "sk-…"', () => {
    expect(inspectText(`Bearer "${K}"`)).toMatchObject({ headerPrefix: 'Bearer ', quote: '"', unwrapped: K });
  });

  it.each([
    ['a word that only starts like one', `Bearerx ${K}`],
    ['no space after Bearer', `Bearer${K}`],
    ['a prefix in the middle', `abc Bearer ${K}`],
    ['no colon after the header name', `x-api-key ${K}`],
  ])('no prefix for %s', (_, value) => {
    expect(inspectText(value).headerPrefix).toBeUndefined();
  });

  it('reports whitespace after the prefix as damage', () => {
    expect(inspectText(`Bearer ${K} `).whitespace).toEqual([{ at: 'trailing', char: 'space', position: 24 }]);
  });
});

describe('inspectText: characters that are not printable ASCII', () => {
  it.each([
    ['a control character', `ab\u0001cd`, 'U+0001', 3],
    ['DEL', `ab\u007fcd`, 'U+007F', 3],
    ['a no-break space', `abcd\u00a0`, 'U+00A0', 5],
    ['an emoji counts as one character', `\u{1F511}ab\u200b`, 'U+200B', 4],
  ])('%s', (_, value, codePoint, position) => {
    const { invisible } = inspectText(value);
    expect(invisible.at(-1)).toMatchObject({ codePoint, position });
  });

  it('keeps every printable ASCII character, from ! to ~', () => {
    const printable = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => String.fromCharCode(0x21 + i)).join('');
    const text = inspectText(`a${printable}`);
    expect(text.invisible).toEqual([]);
    expect(text.cleaned).toBe(`a${printable}`);
  });

  it('drops them from the cleaned value but keeps them in the unwrapped one', () => {
    expect(inspectText(`ab\u200bcd`)).toMatchObject({ unwrapped: 'ab\u200bcd', cleaned: 'abcd' });
  });
});
