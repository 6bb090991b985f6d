// Blanking comment lines must never change what the parser makes of a file: the same table, or an
// error at the same line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { blankCommentLines } from '../../src/sources/toml-comments.js';

function outcome(text: string): unknown {
  try {
    return { table: parse(text) };
  } catch (error) {
    return { line: (error as { line?: number }).line };
  }
}

const LINES = [
  '# a comment',
  '  # indented comment with "quotes" and = signs',
  '#\tcomment\x01with a control character',
  '# comment ending in CR\r',
  '# comment with a lone\rCR',
  '# comment with a\u2028line separator',
  'e = "text with a\u2028# line separator"',
  '[llm]',
  'api_key = "sk-x" # trailing comment',
  'model = "claude-sonnet-4-6"',
  'a = """',
  '# inside a multi-line string',
  '"""',
  "b = '''",
  "'''",
  'c = [',
  '  # inside an array',
  '  1,',
  ']',
  'd = "# not a comment"',
  '= broken',
  '',
];

describe('blankCommentLines', () => {
  it('empties comment lines and keeps every line break', () => {
    const text = '# one\n[llm]\n  # two\nmodel = "m" # three\n';
    expect(blankCommentLines(text)).toBe('\n[llm]\n\nmodel = "m" # three\n');
  });

  it('leaves a text with a multi-line string alone, and a comment with a control character to the parser', () => {
    const multi = 'a = """\n# text\n"""\n# c\n';
    expect(blankCommentLines(multi)).toBe(multi);
    expect(blankCommentLines('#\x01\n#\r\n# a\rb\n')).toBe('#\x01\n\r\n# a\rb\n');
    expect(blankCommentLines('e = "a\u2028# b"\n# c\u2028d')).toBe('e = "a\u2028# b"\n');
  });

  it('changes nothing the parser says, on every fixture and on mixed lines', () => {
    const fixtures = join(import.meta.dirname, '../../fixtures/openhands');
    for (const dir of readdirSync(fixtures)) {
      let text: string;
      try {
        text = readFileSync(join(fixtures, dir, 'config.toml'), 'utf8');
      } catch {
        continue;
      }
      expect(outcome(blankCommentLines(text))).toEqual(outcome(text));
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 12 }), fc.boolean(), (lines, crlf) => {
        const text = lines.join(crlf ? '\r\n' : '\n');
        expect(outcome(blankCommentLines(text))).toEqual(outcome(text));
      }),
    );
  });
});
