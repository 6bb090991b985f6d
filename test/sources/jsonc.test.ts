// The positioned JSON reader: the same values as JSON.parse for any JSON, the position of every
// property, comments and trailing commas noted, errors placed and never quoting the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineStarts, parseJsonc, positionOf } from '../../src/sources/jsonc.js';

describe('parseJsonc', () => {
  it('reads any JSON text as JSON.parse does, and strict JSON is never lenient', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t'), (value, space) => {
        const text = JSON.stringify(value, null, space);
        const parsed = parseJsonc(text);
        expect(parsed).toMatchObject({ ok: true, comments: false, trailingComma: false });
        if (parsed.ok) expect(parsed.value).toEqual(JSON.parse(text));
      }),
    );
  });

  it('rejects what JSON.parse rejects, unless it is only comments or trailing commas', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        let strict = true;
        try {
          JSON.parse(text);
        } catch {
          strict = false;
        }
        const parsed = parseJsonc(text);
        if (strict) expect(parsed.ok).toBe(true);
        else if (parsed.ok) expect(parsed.comments || parsed.trailingComma).toBe(true);
      }),
    );
  });

  it('places every property value, the last duplicate winning', () => {
    const text = '{\r\n  "a": 1,\r\n  "b": {"c": [true, null], "d": "x"},\n"a":   2\n}';
    const parsed = parseJsonc(text);
    if (!parsed.ok) throw new Error('expected ok');
    const top = parsed.value as Record<string, unknown>;
    expect(top).toEqual({ a: 2, b: { c: [true, null], d: 'x' } });
    expect(Object.fromEntries(parsed.positions.get(top)!)).toEqual({
      a: { line: 4, column: 8 },
      b: { line: 3, column: 8 },
    });
    expect(Object.fromEntries(parsed.positions.get(top.b as object)!)).toEqual({
      c: { line: 3, column: 14 },
      d: { line: 3, column: 33 },
    });
  });

  it('keeps __proto__ as a plain property, as JSON.parse does', () => {
    const parsed = parseJsonc('{"__proto__": {"x": 1}}');
    if (!parsed.ok) throw new Error('expected ok');
    expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
    expect(Object.keys(parsed.value as object)).toEqual(['__proto__']);
  });

  it.each([
    ['"\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"', 'é\n\t"\\/\b\f\r'],
    ['-0.5e+2', -50],
    ['[1, 2, 3]', [1, 2, 3]],
    ['{}', {}],
    ['[]', []],
    ['  false  ', false],
  ])('reads %s', (text, value) => {
    expect(parseJsonc(text)).toMatchObject({ ok: true, value });
  });

  it.each([
    ['"a\\x"', 1, 3, 'an invalid escape inside a string'],
    ['"a\u0001"', 1, 3, 'a control character inside a string'],
    ['[1 2]', 1, 4, "expected ',' or ']'"],
    ['{"a" 1}', 1, 6, "expected ':' after a property name"],
    ['{,}', 1, 2, 'expected a property name in double quotes'],
    ['[,]', 1, 2, 'unexpected character'],
    ['-', 1, 1, 'unexpected character'],
    ['01', 1, 2, 'unexpected text after the end of the JSON value'],
    ['[1,', 1, 4, 'the text ends too early'],
  ])('places the error in %j', (text, line, column, message) => {
    expect(parseJsonc(text)).toEqual({ ok: false, line, column, message });
  });

  it.each([
    ['{} // the end', true],
    ['/*/ x */ {}', true],
    ['"\\u00e9"', true],
  ])('comments and escapes at the edges: %j', (text, comments) => {
    const parsed = parseJsonc(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok && text.startsWith('"')) expect(parsed.value).toBe('é');
    else if (parsed.ok) expect([parsed.value, parsed.comments]).toEqual([{}, comments]);
  });

  it.each([
    ['{ /* x', 'a comment is not closed', 3],
    ['"abc', 'a string is not closed', 1],
    ['"\\q"', 'an invalid escape inside a string', 2],
    ['"\\u12"', 'an invalid escape inside a string', 2],
    ['"\\uZZZZ"', 'an invalid escape inside a string', 2],
  ])('says what is wrong in %j', (text, message, column) => {
    expect(parseJsonc(text)).toEqual({ ok: false, line: 1, column, message });
  });

  it('nests 256 deep, not 257', () => {
    const nest = (n: number) => `${'[{"a":'.repeat(n)}1${'}]'.repeat(n)}`;
    expect(parseJsonc(nest(128)).ok).toBe(true);
    expect(parseJsonc(nest(129))).toMatchObject({ ok: false, message: 'nested too deeply' });
  });

  it('positions: line starts after each LF; a CR is part of the line before', () => {
    const starts = lineStarts('ab\r\ncd\n\nx');
    expect(starts).toEqual([0, 4, 7, 8]);
    expect([0, 2, 3, 4, 5, 7, 8].map((o) => positionOf(starts, o))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 3 },
      { line: 1, column: 4 },
      { line: 2, column: 1 },
      { line: 2, column: 2 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
  });
});
