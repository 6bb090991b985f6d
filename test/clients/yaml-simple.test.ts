// The plain YAML reader against eemeli/yaml: whatever the reader accepts, the library reads without an error
// and to the same keys, values, lines and columns. Whatever it does not know, it leaves to the library.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Yaml from 'yaml';
import { readSimpleYaml, type SimpleNode } from '../../src/clients/yaml-simple.js';
import '../support/fast-check-seed.js';

/** What the library reads, in the reader's shape; undefined when the library reports an error. */
function library(text: string): SimpleNode | undefined {
  const lines = new Yaml.LineCounter();
  const doc = Yaml.parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) return undefined;
  const convert = (n: unknown): SimpleNode => {
    const { line, col: column } = lines.linePos((n as { range?: number[] } | null)?.range?.[0] ?? 0);
    if (Yaml.isMap(n))
      return {
        kind: 'map',
        pairs: n.items.map((p) => {
          const key = p.key as Yaml.Scalar;
          const { line, col: column } = lines.linePos(key.range?.[0] ?? 0);
          return { key: String(key.value), line, column, value: convert(p.value) };
        }),
        line,
        column,
      };
    if (Yaml.isSeq(n)) return { kind: 'seq', items: n.items.map(convert), line, column };
    if (Yaml.isScalar(n)) {
      const isNull = n.value === null;
      return { kind: 'scalar', value: isNull ? '' : String(n.value), isNull, line, column };
    }
    return { kind: 'scalar', value: `(${String(n)})`, isNull: false, line: 0, column: 0 };
  };
  return convert(doc.contents);
}

function agrees(text: string): boolean {
  const simple = readSimpleYaml(text);
  if (simple === undefined) return true;
  expect(simple, JSON.stringify(text)).toEqual(library(text));
  return true;
}

const SCALARS = [
  'claude-sonnet-4-6',
  'anthropic/claude-sonnet-4-6',
  'https://api.anthropic.com/v1',
  'http://x:80/y',
  'os.environ/ANTHROPIC_API_KEY',
  // Continue's and LibreChat's references, written as they appear in the files.
  `\${{ secrets.ANTHROPIC_API_KEY }}`,
  `\${ANTHROPIC_KEY}`,
  'user_provided',
  'a b  c',
  'a:b',
  'a #b',
  'a#b',
  'a: b',
  'a:',
  "it's",
  'say "hi"',
  'true',
  'False',
  'TRUE',
  'yes',
  'null',
  '~',
  'Null',
  '',
  '1',
  '007',
  '+12',
  '-0',
  '-5',
  '1.0',
  '1.2.8',
  '1e3',
  '.5',
  '.inf',
  '.NaN',
  '0x1f',
  '0o17',
  '12345678901234567890',
  '- x',
  '-x',
  '[a]',
  '{a: 1}',
  '*a',
  '&a x',
  '!tag x',
  '|',
  '>-',
  '%x',
  '@x',
  '`x`',
  '? x',
  ':x',
  '#',
  'é',
  '日本語のモデル',
  'x\ty',
  'smile 😀',
  // Plain text that only looks like a number, a boolean or null.
  'xtrue',
  'falsey',
  'nullable',
  'v1.0',
  '1.0x',
  '1e3e',
  'x.inf',
  '.infinity',
  'x.nan',
  'x0o17',
  '0o17x',
  'x0x1f',
  '0x1fz',
  '42',
  'x\\y',
];

const KEYS = ['model', 'api_key', 'apiKey', 'GOOSE_MODEL', 'anthropic-api-key', 'a b', 'a:b', '1', 'true', '<<', 'x"y'];

type Tree = string | { map: [string, Tree][] } | { seq: Tree[] };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...SCALARS),
    fc.record({ map: fc.array(fc.tuple(fc.constantFrom(...KEYS), tie('node')), { minLength: 1, maxLength: 4 }) }),
    fc.record({ seq: fc.array(tie('node'), { minLength: 1, maxLength: 4 }) }),
  ),
})).node;

interface Style {
  step: number;
  quote: 'plain' | 'single' | 'double';
  compact: boolean;
  sameIndentSeq: boolean;
  comment: boolean;
  trailing: string;
}

const style = fc.record({
  step: fc.integer({ min: 1, max: 4 }),
  quote: fc.constantFrom('plain' as const, 'single' as const, 'double' as const),
  compact: fc.boolean(),
  sameIndentSeq: fc.boolean(),
  comment: fc.boolean(),
  trailing: fc.constantFrom('', ' ', '  '),
});

function scalarText(value: string, s: Style): string {
  if (s.quote === 'single') return `'${value.replaceAll("'", "''")}'`;
  if (s.quote === 'double') return `"${value}"`;
  return value;
}

/** Block YAML for a tree, in one of the styles people write. */
function render(t: Tree, s: Style, indent = 0): string[] {
  const pad = ' '.repeat(indent);
  const tail = (text: string) => `${text}${s.trailing}${s.comment ? ' # note' : ''}`;
  if (typeof t === 'string') return [`${pad}${tail(scalarText(t, s))}`];
  if ('map' in t)
    return t.map.flatMap(([key, value]) => {
      if (typeof value === 'string') return [`${pad}${key}: ${tail(scalarText(value, s))}`];
      const inner = 'seq' in value && s.sameIndentSeq ? indent : indent + s.step;
      return [`${pad}${key}:${s.trailing}`, ...render(value, s, inner)];
    });
  return t.seq.flatMap((item) => {
    if (typeof item === 'string') return [`${pad}- ${tail(scalarText(item, s))}`];
    if ('map' in item && s.compact) {
      const lines = render(item, s, indent + 2);
      return [`${pad}- ${lines[0]!.slice(indent + 2)}`, ...lines.slice(1)];
    }
    return [`${pad}-`, ...render(item, s, indent + s.step)];
  });
}

const document = fc
  .tuple(tree, style, fc.boolean())
  .map(([t, s, header]) => `${header ? '---\n' : ''}${render(t, s).join('\n')}\n`);

describe('readSimpleYaml', () => {
  it('reads what the library reads, or leaves the file to it (generated block YAML)', () => {
    fc.assert(fc.property(document, agrees), { numRuns: 3000 });
  });

  it('reads most generated documents itself, so the comparison above is not empty', () => {
    const texts = fc.sample(document, { numRuns: 1000, seed: 1 });
    const read = texts.filter((text) => readSimpleYaml(text) !== undefined).length;
    expect(read).toBeGreaterThan(250);
  });

  it('never accepts a damaged file the library reads otherwise or refuses', () => {
    const damage = fc.tuple(
      document,
      fc.array(
        fc.tuple(
          fc.nat(),
          fc.nat({ max: 3 }),
          fc.constantFrom(' ', '-', ':', '#', '\n', '"', "'", '[', 'a', '1', '\t', '\r', '  ', '- ', ': '),
        ),
        { minLength: 1, maxLength: 4 },
      ),
    );
    fc.assert(
      fc.property(damage, ([text, edits]) => {
        let out = text;
        for (const [at, cut, insert] of edits) {
          const i = at % (out.length + 1);
          out = out.slice(0, i) + insert + out.slice(i + cut);
        }
        return agrees(out);
      }),
      { numRuns: 3000 },
    );
  });

  it('never accepts arbitrary text the library reads otherwise', () => {
    const alphabet = fc.constantFrom(
      ' ',
      ' ',
      '-',
      ':',
      '#',
      '\n',
      '\n',
      '"',
      "'",
      'a',
      'b',
      '1',
      '.',
      '~',
      '{',
      '&',
      '*',
      '|',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join('')),
        agrees,
      ),
      { numRuns: 5000 },
    );
  });

  it('reads the files the clients really have (the fixtures), and agrees with the library on each', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.ya?ml$/.test(name)) files.push(path);
      }
    };
    walk(join(__dirname, '../../fixtures'));
    expect(files.length).toBeGreaterThan(10);
    const read = files.filter((path) => {
      const text = readFileSync(path, 'utf8');
      agrees(text);
      return readSimpleYaml(text) !== undefined;
    });
    // Most configurations are plain: the library is loaded for the few that are not.
    expect(read.length / files.length).toBeGreaterThan(0.7);
  });

  it.each([
    ['a map of scalars', 'model: anthropic/claude-sonnet-4-6\nanthropic-api-key: x\n'],
    [
      'nested maps and a compact sequence',
      `models:\n  - name: Claude\n    provider: anthropic\n    apiKey: \${{ secrets.K }}\n`,
    ],
    ["a sequence at its key's indentation, then a key", 'env:\n- A=1\n- B=2\nname: x\n'],
    ['quoted values and comments', "a: 'it''s' # c\nb: \"x y\"\n# end\n"],
    ['a leading ---', '---\na: 1\n'],
  ])('reads %s', (_, text) => {
    expect(readSimpleYaml(text)).toBeDefined();
    agrees(text);
  });

  it('reads plain text that only looks like a number, a boolean or null, as text', () => {
    const words = ['xtrue', 'falsey', 'nullable', 'v1.0', '1.0x', '1e3e', 'x.inf', '.infinity', 'x.nan'];
    const more = ['x0o17', '0o17x', 'x0x1f', '0x1fz', 'e5', '12a'];
    const text = `${[...words, ...more].map((w, i) => `k${i}: ${w}\n`).join('')}q: 'a\\b'\nn: 42\n`;
    const read = readSimpleYaml(text);
    expect(read).toBeDefined();
    agrees(text);
  });

  it('reads nesting up to 64 levels deep, and leaves deeper nesting to the library', () => {
    const chain = (n: number) => `${Array.from({ length: n + 1 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} x\n`;
    expect(readSimpleYaml(chain(64))).toBeDefined();
    expect(readSimpleYaml(chain(65))).toBeUndefined();
    // The same through `- k:` items and sequences at their key's indentation.
    const items = (n: number) =>
      `k:\n${Array.from({ length: n }, (_, i) => `${' '.repeat(2 * i)}- k:`).join('\n')} x\n`;
    expect(readSimpleYaml(items(20))).toBeDefined();
    expect(readSimpleYaml(items(40))).toBeUndefined();
  });

  it.each([
    ['indented comment lines', 'a:\n  # note\n  b: 1\n'],
    ['a --- with a space after it', '--- \na: 1\n'],
    ['a key with spaces before its colon', 'a  : 1\n'],
  ])('reads %s', (_, text) => {
    expect(readSimpleYaml(text)).toBeDefined();
    agrees(text);
  });

  it.each([
    ['flow collections', 'a: [1, 2]\n'],
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['block scalars', 'a: |\n  text\n'],
    ['escapes', 'a: "x\\ny"\n'],
    ['multi-line plain scalars', 'a: one\n  two\n'],
    ['tabs', 'a:\tb\n'],
    ['CRLF', 'a: b\r\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['an error', 'a: b: c\n'],
    ['a float', 'a: 1.0\n'],
    ['a key longer than 1024 characters', `${'k'.repeat(1025)}: x\n`],
    ['a key the library reads as another number', '007: x\n'],
    ['an empty file', '# nothing\n'],
    ['nesting deeper than the limit', Array.from({ length: 70 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')],
  ])('leaves %s to the library', (_, text) => {
    expect(readSimpleYaml(text)).toBeUndefined();
  });

  it('gives the value, line and column of a null the way the library does', () => {
    for (const text of ['a:\nb: 1\n', 'a: \nb: x\n', 'a:   # c\nb: x\n', '- \n- x\n', 'a:\n  - x\n  -\n']) agrees(text);
    expect(readSimpleYaml('a:   # c\nb: ""\n')).toEqual({
      kind: 'map',
      pairs: [
        { key: 'a', line: 1, column: 1, value: { kind: 'scalar', value: '', isNull: true, line: 1, column: 6 } },
        { key: 'b', line: 2, column: 1, value: { kind: 'scalar', value: '', isNull: false, line: 2, column: 4 } },
      ],
      line: 1,
      column: 1,
    });
  });
});
