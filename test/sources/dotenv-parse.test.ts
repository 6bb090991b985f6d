import dotenv from 'dotenv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dockerReading, parseDotenv } from '../../src/sources/dotenv-parse.js';
import type { DotenvFile, DotenvReading } from '../../src/types.js';
import { scanDotenv } from '../../src/sources/dotenv-scan.js';
import { matchDotenvByRegex } from '../support/dotenv-regex.js';
import { apiKey } from '../support/keys.js';

/** docker's reading; its name, when not given, is the entry's name. */
type Docker = { name?: string; value: string } | { rejected: 'whitespace-in-name' };

type Expected = {
  name: string;
  value: string;
  line: number;
  column: number;
  docker: Docker;
  exported?: boolean;
  quote?: DotenvReading['quote'];
  crlf?: boolean;
  shadows?: number;
};

/** The fields a case pins down, with the defaults (not exported, unquoted, LF, shadows nothing) filled in. */
const summary = (file: DotenvFile) =>
  file.entries.map((e) => ({
    name: e.name,
    value: e.value,
    line: e.line,
    column: e.column,
    docker: e.reading.docker,
    exported: e.reading.exported,
    quote: e.reading.quote,
    crlf: e.reading.crlf,
    shadows: e.reading.shadows,
  }));
const full = (e: Expected) => ({
  exported: false,
  quote: undefined,
  crlf: false,
  shadows: undefined,
  ...e,
  docker: 'rejected' in e.docker ? e.docker : { name: e.name, ...e.docker },
});

const key = apiKey(7);

describe('parseDotenv', () => {
  const cases: { title: string; text: string; entries: Expected[] }[] = [
    {
      title: 'plain A=b',
      text: 'A=b',
      entries: [{ name: 'A', value: 'b', line: 1, column: 3, docker: { value: 'b' } }],
    },
    {
      title: 'export A=b (dotenv accepts, docker sees a name with a space)',
      text: 'export A=b',
      entries: [
        { name: 'A', value: 'b', line: 1, column: 10, exported: true, docker: { rejected: 'whitespace-in-name' } },
      ],
    },
    {
      title: 'A = b (docker rejects: whitespace in name)',
      text: 'A = b',
      entries: [{ name: 'A', value: 'b', line: 1, column: 5, docker: { rejected: 'whitespace-in-name' } }],
    },
    {
      title: 'A= b (dotenv trims, docker keeps the leading space)',
      text: 'A= b',
      entries: [{ name: 'A', value: 'b', line: 1, column: 4, docker: { value: ' b' } }],
    },
    {
      title: 'double quotes (column is the opening quote)',
      text: 'A="b c"',
      entries: [{ name: 'A', value: 'b c', line: 1, column: 3, quote: '"', docker: { value: '"b c"' } }],
    },
    {
      title: 'single quotes',
      text: "A='b c'",
      entries: [{ name: 'A', value: 'b c', line: 1, column: 3, quote: "'", docker: { value: "'b c'" } }],
    },
    {
      title: 'backticks',
      text: 'A=`b c`',
      entries: [{ name: 'A', value: 'b c', line: 1, column: 3, quote: '`', docker: { value: '`b c`' } }],
    },
    {
      title: '\\n is expanded in double quotes',
      text: 'A="x\\ny"',
      entries: [{ name: 'A', value: 'x\ny', line: 1, column: 3, quote: '"', docker: { value: '"x\\ny"' } }],
    },
    {
      title: '\\n stays as it is in single quotes',
      text: "A='x\\ny'",
      entries: [{ name: 'A', value: 'x\\ny', line: 1, column: 3, quote: "'", docker: { value: "'x\\ny'" } }],
    },
    {
      title: '\\n stays as it is in backticks',
      text: 'A=`x\\ny`',
      entries: [{ name: 'A', value: 'x\\ny', line: 1, column: 3, quote: '`', docker: { value: '`x\\ny`' } }],
    },
    {
      title: '\\n stays as it is unquoted',
      text: 'A=x\\ny',
      entries: [{ name: 'A', value: 'x\\ny', line: 1, column: 3, docker: { value: 'x\\ny' } }],
    },
    {
      title: 'multi-line double-quoted value (docker reads only the first line)',
      text: 'A="x\ny"\nB=c',
      entries: [
        { name: 'A', value: 'x\ny', line: 1, column: 3, quote: '"', docker: { value: '"x' } },
        { name: 'B', value: 'c', line: 3, column: 3, docker: { value: 'c' } },
      ],
    },
    {
      title: 'trailing spaces (dotenv trims, docker keeps)',
      text: `LLM_API_KEY=${key}   `,
      entries: [{ name: 'LLM_API_KEY', value: key, line: 1, column: 13, docker: { value: `${key}   ` } }],
    },
    {
      title: 'a # comment after an unquoted value (dotenv drops it, docker keeps it)',
      text: 'A=b # comment',
      entries: [{ name: 'A', value: 'b', line: 1, column: 3, docker: { value: 'b # comment' } }],
    },
    {
      title: 'a # comment after a quoted value',
      text: 'A="b" # c',
      entries: [{ name: 'A', value: 'b', line: 1, column: 3, quote: '"', docker: { value: '"b" # c' } }],
    },
    {
      title: '# inside quotes is part of the value',
      text: 'A="b # c"',
      entries: [{ name: 'A', value: 'b # c', line: 1, column: 3, quote: '"', docker: { value: '"b # c"' } }],
    },
    {
      title: 'CRLF file: crlf is set and no value keeps the CR',
      text: 'A=b\r\nB="c"\r\n',
      entries: [
        { name: 'A', value: 'b', line: 1, column: 3, crlf: true, docker: { value: 'b' } },
        { name: 'B', value: 'c', line: 2, column: 3, crlf: true, quote: '"', docker: { value: '"c"' } },
      ],
    },
    {
      title: 'a # comment line is not an entry',
      text: '# A=x\nB=c\n#C=d',
      entries: [{ name: 'B', value: 'c', line: 2, column: 3, docker: { value: 'c' } }],
    },
    {
      title: 'blank lines (and whitespace-only lines) are skipped but counted',
      text: '\n\n  \n\tA=b\n\n',
      entries: [{ name: 'A', value: 'b', line: 4, column: 4, docker: { value: 'b' } }],
    },
    {
      title: 'duplicate names: each later one shadows the one before',
      text: 'A=1\nB=x\nA=2\n\nA=3',
      entries: [
        { name: 'A', value: '1', line: 1, column: 3, docker: { value: '1' } },
        { name: 'B', value: 'x', line: 2, column: 3, docker: { value: 'x' } },
        { name: 'A', value: '2', line: 3, column: 3, shadows: 1, docker: { value: '2' } },
        { name: 'A', value: '3', line: 5, column: 3, shadows: 3, docker: { value: '3' } },
      ],
    },
    {
      title: "A: b (dotenv's colon form; docker sees no = and a space)",
      text: 'A: b',
      entries: [{ name: 'A', value: 'b', line: 1, column: 4, docker: { rejected: 'whitespace-in-name' } }],
    },
    { title: 'A:b is not an assignment', text: 'A:b', entries: [] },
    {
      title: 'empty value A=',
      text: 'A=',
      entries: [{ name: 'A', value: '', line: 1, column: 3, docker: { value: '' } }],
    },
    {
      title: 'empty value followed by another line',
      text: 'A=\nB=c',
      entries: [
        { name: 'A', value: '', line: 1, column: 3, docker: { value: '' } },
        { name: 'B', value: 'c', line: 2, column: 3, docker: { value: 'c' } },
      ],
    },
    {
      title: 'empty quoted value',
      text: 'A=""',
      entries: [{ name: 'A', value: '', line: 1, column: 3, quote: '"', docker: { value: '""' } }],
    },
    {
      title: 'a value containing =',
      text: 'A=a=b==',
      entries: [{ name: 'A', value: 'a=b==', line: 1, column: 3, docker: { value: 'a=b==' } }],
    },
    {
      title: 'an unbalanced quote is kept',
      text: 'A="b',
      entries: [{ name: 'A', value: '"b', line: 1, column: 3, docker: { value: '"b' } }],
    },
    {
      title: 'text after a closing quote: the whole value is kept, quotes included',
      text: 'A="b"c',
      entries: [{ name: 'A', value: '"b"c', line: 1, column: 3, docker: { value: '"b"c' } }],
    },
    {
      title: 'names may contain . and -',
      text: 'a.b-c=1',
      entries: [{ name: 'a.b-c', value: '1', line: 1, column: 7, docker: { value: '1' } }],
    },
  ];

  it.each(cases)('$title', ({ text, entries }) => {
    const parsed = parseDotenv('.env', text);
    expect(parsed.path).toBe('.env');
    expect(summary(parsed)).toEqual(entries.map(full));
  });

  it('keeps the raw line without its line ending', () => {
    const parsed = parseDotenv('.env', 'A=b # c  \r\nexport B="x\ny"\n');
    expect(parsed.entries.map((e) => e.reading.rawLine)).toEqual(['A=b # c  ', 'export B="x']);
  });

  it('agrees with dotenv on every table case', () => {
    for (const { text } of cases) {
      const expected = dotenv.parse(text);
      const got = Object.fromEntries(parseDotenv('.env', text).entries.map((e) => [e.name, e.value]));
      expect(got, JSON.stringify(text)).toEqual(expected);
    }
  });

  // The regex's trailing `\s*` swallows the newline, so the column must not come from the match's end.
  it('gives an empty value followed by a blank line the column just after =', () => {
    const [a] = parseDotenv('.env', 'A=\n\nB=c').entries;
    expect(a).toMatchObject({ name: 'A', value: '', line: 1, column: 3 });
  });

  // A lone CR (old Mac line ending) ends a line for dotenv: raw lines must stay in step with it.
  it('keeps raw lines in step with line numbers after a lone CR', () => {
    const c = parseDotenv('.env', 'A=b\rB=c\nC=d').entries.find((e) => e.name === 'C')!;
    expect(c.value).toBe('d');
    expect(c.reading.rawLine).toBe('C=d');
    expect(c.reading.docker).toEqual({ name: 'C', value: 'd' });
  });
});

describe('parseDotenv against the real dotenv package', () => {
  const names = ['A', 'B', 'LLM_API_KEY', 'a.b-c'];
  const valueChar = fc.constantFrom('a', 'Z', '0', '9', ' ', '\t', '#', "'", '"', '`', '\\', 'n', 'r', '=', ':');
  const raw = fc.string({ unit: valueChar, maxLength: 12 });
  const quoted = fc
    .tuple(fc.constantFrom("'", '"', '`'), raw, fc.constantFrom('', ' ', '  # c', '#x', 'z'))
    .map(([q, v, tail]) => `${q}${v}${q}${tail}`);
  const assignment = fc
    .tuple(
      fc.constantFrom('', ' ', '\t'),
      fc.constantFrom('', 'export ', 'export\t'),
      fc.constantFrom(...names),
      fc.constantFrom('=', ' = ', ': ', '=\t', ':\t'),
      fc.oneof(raw, quoted),
    )
    .map((parts) => parts.join(''));
  const line = fc.oneof(
    { weight: 6, arbitrary: assignment },
    { weight: 1, arbitrary: raw.map((v) => `#${v}`) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t') },
    { weight: 1, arbitrary: raw },
  );
  const text = fc
    .array(fc.tuple(line, fc.constantFrom('\n', '\r\n')), { maxLength: 8 })
    .chain((lines) =>
      fc
        .boolean()
        .map((finalEol) => lines.map(([l, eol], i) => (i < lines.length - 1 || finalEol ? l + eol : l)).join('')),
    );

  it('reads the same names and last values as dotenv.parse', () => {
    fc.assert(
      fc.property(text, (t) => {
        const expected = dotenv.parse(t);
        const last = new Map<string, string>();
        for (const e of parseDotenv('.env', t).entries) last.set(e.name, e.value);
        expect([...last.keys()].sort()).toEqual(Object.keys(expected).sort());
        for (const [name, value] of last) expect(value).toBe(expected[name]);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps each entry in step with its physical line (LF and CRLF files)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const physical = t.split('\n');
        const previous = new Map<string, number>();
        for (const e of parseDotenv('.env', t).entries) {
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.line).toBeLessThanOrEqual(physical.length);
          expect(e.column).toBeGreaterThanOrEqual(1);
          const own = physical[e.line - 1]!;
          expect(e.reading.rawLine).toBe(own.replace(/\r$/, ''));
          expect(e.reading.crlf).toBe(own.endsWith('\r'));
          expect(e.reading.rawLine).toContain(e.name);
          expect(e.reading.docker).toEqual(dockerReading(own, e.line === 1));
          expect(e.reading.shadows).toBe(previous.get(e.name));
          previous.set(e.name, e.line);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseDotenv is the regular expression it replaced, in linear time', () => {
  // Pieces that steer every branch of the pattern: export forms, both separators, spaces and line
  // breaks of every kind (U+2028 is one for the pattern), all three quotes, escapes and comments.
  const piece = fc.constantFrom(
    'A',
    'b',
    'LLM_API_KEY',
    'a.b-c',
    'export',
    'export ',
    'export\t',
    'exportA',
    '=',
    ' = ',
    ':',
    ': ',
    ':\t',
    ' ',
    '\t',
    '\n',
    '\r\n',
    '\r',
    '\n\n',
    '\u2028',
    '\u2029',
    '\u00a0',
    '\ufeff',
    '\v',
    '#',
    ' # c',
    "'",
    '"',
    '`',
    '\\',
    '\\"',
    "\\'",
    '\\n',
    'x y',
    '==',
    '\\" # c',
    "\\' ",
  );
  const text = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));

  it("finds the same matches as dotenv's regular expression, at the same offsets", () => {
    fc.assert(
      fc.property(text, (t) => {
        const normalized = t.replace(/\r\n?/g, '\n');
        expect(scanDotenv(normalized)).toEqual(matchDotenvByRegex(normalized));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with dotenv.parse on the same input', () => {
    fc.assert(
      fc.property(text, (t) => {
        const last = new Map<string, string>();
        for (const e of parseDotenv('.env', t).entries) last.set(e.name, e.value);
        expect(Object.fromEntries(last)).toEqual({ ...dotenv.parse(t) });
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['a value on the line after =', 'A=\n"x"\nB=c'],
    ['a colon form whose value is on the next line', 'A:\nB'],
    ['export with its name on a later line', 'export\n\nA=1'],
    ['a quoted value closed at an escaped quote', 'A="a\nb\\" # c\nB="y'],
    ['quotes stripped after a line separator', "A=x\u2028'y'"],
    ['two assignments on one line, after U+2028', 'A="x"\u2028B=2'],
    ['a comment line swallowed after a value', 'A=b\n\n# c\nC=d'],
  ])('%s', (_title, t) => {
    const normalized = t.replace(/\r\n?/g, '\n');
    expect(scanDotenv(normalized)).toEqual(matchDotenvByRegex(normalized));
    expect(Object.fromEntries(parseDotenv('.env', t).entries.map((e) => [e.name, e.value]))).toEqual({
      ...dotenv.parse(t),
    });
  });
});

describe('dockerReading', () => {
  it.each([
    { title: 'plain', line: 'A=b', first: false, expected: { name: 'A', value: 'b' } },
    { title: 'BOM on the first line is dropped', line: '\uFEFFA=b', first: true, expected: { name: 'A', value: 'b' } },
    {
      title: 'BOM on the first line before leading spaces',
      line: '\uFEFF  A=b',
      first: true,
      expected: { name: 'A', value: 'b' },
    },
    {
      title: 'BOM on a later line stays in the name (Go does not count it as space)',
      line: '\uFEFFA=b',
      first: false,
      expected: { name: '\uFEFFA', value: 'b' },
    },
    {
      title: 'BOM then a space on a later line: the space is in the name',
      line: '\uFEFF A=b',
      first: false,
      expected: { rejected: 'whitespace-in-name' },
    },
    {
      title: 'leading spaces and tabs are trimmed',
      line: ' \t A=b',
      first: false,
      expected: { name: 'A', value: 'b' },
    },
    {
      title: 'leading NEL and NBSP are trimmed (Go unicode.IsSpace)',
      line: '\u0085\u00a0A=b',
      first: false,
      expected: { name: 'A', value: 'b' },
    },
    { title: 'trailing CR is dropped', line: 'A=b\r', first: false, expected: { name: 'A', value: 'b' } },
    {
      title: 'quotes and trailing spaces are kept',
      line: 'A="b"  ',
      first: false,
      expected: { name: 'A', value: '"b"  ' },
    },
    {
      title: 'a # comment is part of the value',
      line: 'A=b # c',
      first: false,
      expected: { name: 'A', value: 'b # c' },
    },
    { title: 'the line is cut at the first =', line: 'A=b=c', first: false, expected: { name: 'A', value: 'b=c' } },
    {
      title: 'spaces after = are part of the value',
      line: 'A=  b',
      first: false,
      expected: { name: 'A', value: '  b' },
    },
    {
      title: 'a space before = is in the name',
      line: 'A =b',
      first: false,
      expected: { rejected: 'whitespace-in-name' },
    },
    { title: 'a tab in the name', line: 'A\tB=c', first: false, expected: { rejected: 'whitespace-in-name' } },
    { title: 'export prefix', line: 'export A=b', first: false, expected: { rejected: 'whitespace-in-name' } },
    {
      title: "dotenv's colon form (no =, a space)",
      line: 'A: b',
      first: false,
      expected: { rejected: 'whitespace-in-name' },
    },
    { title: 'a line without = gives an empty value', line: 'A', first: false, expected: { name: 'A', value: '' } },
    {
      title: 'a line without = and with a tab',
      line: 'A\tb',
      first: false,
      expected: { rejected: 'whitespace-in-name' },
    },
  ] as const)('$title', ({ line, first, expected }) => {
    expect(dockerReading(line, first)).toEqual(expected);
  });

  it('is what parseDotenv records for each line, BOM on the first line included', () => {
    const parsed = parseDotenv('.env', '\uFEFFA= b\n  B=c \nexport C=d');
    expect(parsed.entries.map((e) => e.reading.docker)).toEqual([
      { name: 'A', value: ' b' },
      { name: 'B', value: 'c ' },
      { rejected: 'whitespace-in-name' },
    ]);
  });

  it('#-lines are not entries: parseDotenv makes none, whatever follows the #', () => {
    expect(parseDotenv('.env', '#A=b\n  # B=c\n#\tC=d\n#export D=e').entries).toEqual([]);
  });
});
