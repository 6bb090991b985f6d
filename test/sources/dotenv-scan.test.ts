// sources/dotenv-scan.ts against the regular expression it replaced, character class by character
// class: every character JavaScript's \s knows (and its neighbours, which it does not), every character
// of [\w.-] (and its neighbours), in each place of the pattern where a class decides the match.
import dotenv from 'dotenv';
import { describe, expect, it } from 'vitest';
import { parseDotenv } from '../../src/sources/dotenv-parse.js';
import { scanDotenv, unquoteLines } from '../../src/sources/dotenv-scan.js';
import { matchDotenvByRegex } from '../support/dotenv-regex.js';

const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).padStart(4, '0')}`;

// \s in JavaScript: these, and nothing else (U+0085 and U+200B are not among them).
const SPACES = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2005',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
];
// The code points on either side of each run of spaces above.
const NOT_SPACES = [
  '\b',
  '\u000e',
  '\u001f',
  '!',
  '\u0085',
  '\u009f',
  '\u00a1',
  '\u167f',
  '\u1681',
  '\u1fff',
  '\u200b',
  '\u2027',
  '\u202a',
  '\u202e',
  '\u2030',
  '\u205e',
  '\u2060',
  '\u2fff',
  '\u3001',
  '\ufefe',
  '\uff00',
];

/** Texts where a character `c` stands in each place of the pattern that a character class decides. */
const placesFor = (c: string) => [
  `${c}A=b`,
  `A${c}=b`,
  `A=${c}b`,
  `A=b${c}`,
  `A=b${c}#x`,
  `A=b${c}\nC=d`,
  `A="b"${c}`,
  `A="b"${c}#x\nC=d`,
  `A="b"${c}c"\nC=d`,
  `A:${c}b`,
  `A:${c}`,
  `export${c}A=b`,
  `\n${c}\nA=b`,
  `A=${c}`,
  `A=${c}\nB=2`,
  `A=\n${c}\n"x"`,
  `A${c}B=1`,
  `A="x${c}y"`,
];

const same = (text: string) => expect(scanDotenv(text)).toEqual(matchDotenvByRegex(text));

describe('scanDotenv is the regular expression, for every kind of space', () => {
  it.each(SPACES.map((c) => [hex(c), c]))('%s (a space to \\s)', (_, c) => {
    for (const text of placesFor(c)) same(text);
  });

  it.each(NOT_SPACES.map((c) => [hex(c), c]))('%s (not a space to \\s)', (_, c) => {
    for (const text of placesFor(c)) same(text);
  });

  it('takes a lone CR as the end of a line, as the regular expression does', () => {
    for (const text of ['A=b\rC=d', 'A="b"\rC=d', 'A=\rC=d', 'A=b #x\rC=d', '\rA=b']) same(text);
  });
});

describe('scanDotenv is the regular expression, for every character of a name', () => {
  // [\w.-] and the characters just outside each of its ranges.
  const chars = '/0189:@AMZ[^_`amz{.-,+~';
  it.each([...chars].map((c) => [c]))('%s', (c) => {
    for (const text of [`A${c}B=1`, `${c}=1`, `${c}A: b`, `export ${c}=1`, `x=1\n${c}${c}=2`]) same(text);
  });
});

describe('scanDotenv is the regular expression, around quotes and comments', () => {
  it.each([
    ['a quote that closes at the end of the text', 'A="b"'],
    ['a quote closed only after an escaped one', 'A="a\\"b"'],
    ['escaped quotes only, then text', 'A="a\\"b\\" c'],
    ['an escaped quote that ends the text', 'A="a\\"'],
    ['a backslash before the opening quote', 'A=\\"a"'],
    ['an empty pair of each quote', `A=''\nB=""\nC=\`\``],
    ['a quote after spaces', 'A=   "x y"  # c'],
    ['a # as the value', 'A=#'],
    ['a # right after the name', 'A#=b'],
    ['a comment line between values', 'A=1\n# B=2\nC=3'],
    ['a comment ending the text, no line break', 'A=1 #'],
    ['nothing but spaces after =', 'A=   '],
    ['an unclosed quote at the end', 'A="'],
    ['an unclosed quote, text on later lines', "A='x\nB=1\nC=2"],
    ['export alone', 'export'],
    ['export and spaces', 'export   '],
    ['export= is a name', 'export=1'],
    ['exports is a name', 'exports=1'],
    ['export with a colon', 'export A: b'],
    ['a colon at the end of the text', 'A:'],
    ['a colon then a line break', 'A:\nb'],
    ['two equals', 'A==b'],
    ['space, equals, space, equals', 'A = = b'],
    ['a name at the very end', 'ABC'],
    ['text ending in spaces after a value line', 'A=1\n   '],
    ['empty text', ''],
    // Greedy: of the escaped quotes that could close the value, the last one is tried first.
    ['two escaped quotes that could each close it', 'A="a\\"\n\\"'],
    ['an unescaped quote that cannot close it, then two escaped ones that could', 'A="x\\"\ny\\"\nz"w'],
  ])('%s', (_, text) => {
    same(text);
  });
});

describe('unquoteLines is the regular expression dotenv runs on each value', () => {
  const reference = (value: string) => value.replace(/^(['"`])([\s\S]*)\1$/gm, '$2');
  it.each([
    ['one pair', '"abc"'],
    ['each kind of quote', '\'a\' `b` "c"'],
    ['a quote left open', '"abc'],
    ['a quote closed on a later line', '"a\nb"'],
    ['the last closing quote wins', '"a"\n"b"'],
    ['a quote on each line', '"a"\n\'b\'\n`c`'],
    ['mixed quotes do not pair', '"a\'\n\'b"'],
    ['a single quote character', '"'],
    ['two quote characters', '""'],
    ['a quote that does not end a line', '"a" b'],
    ['a quote before a line separator', "'a'\u2028x"],
    ['a quote before a paragraph separator', "'a'\u2029x"],
    ['a quote before a CR', "'a'\rx"],
    ['text before the quote on the first line', 'x"a"\n"b"'],
    ['a second opening after a closed pair', '"a"\n"b'],
    ['an empty line between', '"a\n\nb"'],
    ['quotes inside', '"a"b"c"'],
    // Only quotes pair: a letter that starts one line and ends another stays.
    ['a letter at a line start and a line end', 'b\nab'],
  ])('%s', (_, value) => {
    expect(unquoteLines(value)).toBe(reference(value));
  });
});

describe('parseDotenv agrees with dotenv.parse where the classes matter', () => {
  it.each([
    ...SPACES.filter((c) => c !== '\r').map((c) => [hex(c), `A=${c}x${c}\nB="y"${c}\nC=\`z\``] as const),
    ...NOT_SPACES.map((c) => [hex(c), `A=${c}x${c}\nB="y"${c}\nC=\`z\``] as const),
  ])('%s', (_, text) => {
    const last = new Map<string, string>();
    for (const e of parseDotenv('.env', text).entries) last.set(e.name, e.value);
    expect(Object.fromEntries(last)).toEqual({ ...dotenv.parse(text) });
  });
});
