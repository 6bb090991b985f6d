// checks/dotenv-lines.ts on lines read by the real .env parser: where dotenv and `docker run --env-file`
// disagree, and the same name assigned twice.
import { describe, expect, it } from 'vitest';
import { checkDotenvLine, checkDuplicates } from '../../src/checks/dotenv-lines.js';
import { roleOf } from '../../src/data/variables.js';
import { parseDotenv } from '../../src/sources/dotenv-parse.js';
import { redact } from '../../src/secrets.js';
import type { Setting } from '../../src/types.js';
import { apiKey } from '../support/keys.js';

/** Every assignment of a .env text as the Setting the dotenv source would make of it. */
function settings(text: string, path = '.env'): Setting[] {
  return parseDotenv(path, text).entries.map((e) => ({
    role: roleOf(e.name) ?? 'api_key',
    name: e.name,
    value: e.value,
    source: 'dotenv' as const,
    dotenv: e.reading,
    location: { kind: 'file' as const, path, line: e.line, column: e.column, key: e.name },
  }));
}

const check = (line: string, showSecrets = false) => settings(line).flatMap((s) => checkDotenvLine(s, showSecrets));
const codes = (line: string) => check(line).map((f) => f.code);

describe('checkDotenvLine', () => {
  const key = apiKey(3);
  it.each([
    ['a plain key line', `ANTHROPIC_API_KEY=${key}`, []],
    ['export prefix', `export ANTHROPIC_API_KEY=${key}`, ['dotenv/export-prefix']],
    ['space before =, which docker refuses', `ANTHROPIC_API_KEY =${key}`, ['dotenv/space-around-equals']],
    ['space after =, which docker keeps', `ANTHROPIC_API_KEY= ${key}`, ['dotenv/space-around-equals']],
    ['tab after =', `ANTHROPIC_API_KEY=\t${key}`, ['dotenv/space-around-equals']],
    ['an inline comment', `ANTHROPIC_MODEL=claude-sonnet-4-6 # the default`, ['dotenv/inline-comment']],
    ['a # inside quotes is no comment', `ANTHROPIC_MODEL="a#b"`, []],
    ['quotes docker keeps on a key', `ANTHROPIC_API_KEY="${key}"`, ['key/quoted']],
    ['quotes on a model are no key problem', `ANTHROPIC_MODEL="claude-sonnet-4-6"`, []],
    ['a trailing space docker keeps', `ANTHROPIC_API_KEY=${key} `, ['key/whitespace']],
    ['a trailing tab docker keeps', `ANTHROPIC_API_KEY=${key}\t`, ['key/whitespace']],
    ['a trailing space on a model is not a key problem', 'ANTHROPIC_MODEL=claude-sonnet-4-6 ', []],
    ['CRLF on a key line', `ANTHROPIC_API_KEY=${key}\r\n`, ['key/whitespace']],
    ['CRLF on a model line', 'ANTHROPIC_MODEL=claude-sonnet-4-6\r\n', []],
  ])('%s', (_, line, expected) => {
    expect(codes(line)).toEqual(expected);
  });

  // Survivor: the docker reader's trailing-whitespace test once ignored tabs (`/ $/` for `/[ \t]$/`).
  it('names a trailing tab as a tab, at the position after the key, read by docker', () => {
    const [f] = check(`ANTHROPIC_API_KEY=${key}\t`);
    expect(f).toMatchObject({
      code: 'key/whitespace',
      severity: 'warning',
      args: {
        name: 'ANTHROPIC_API_KEY',
        reader: 'docker',
        problems: [{ at: 'trailing', char: 'tab', position: key.length + 1 }],
      },
    });
  });

  it('names a trailing space as a space', () => {
    const [f] = check(`ANTHROPIC_API_KEY=${key}  `);
    expect(f?.args).toMatchObject({ problems: [{ at: 'trailing', char: 'space', position: key.length + 1 }] });
  });

  it('says the shell reads the CR of a CRLF line, one character past the key', () => {
    const [f] = check(`LLM_API_KEY=${key}\r\nLLM_MODEL=x\r\n`);
    const problems = [{ char: 'cr', position: key.length + 1 }];
    expect(f).toMatchObject({ code: 'key/whitespace', args: { reader: 'shell', problems } });
  });

  it('redacts the credential it shows, unless secrets are shown', () => {
    const [hidden] = check(`ANTHROPIC_API_KEY="${key}"`);
    expect(hidden?.credential).toBeDefined();
    expect(hidden?.credential).not.toContain(key.slice(14, 40));
    const [shown] = check(`ANTHROPIC_API_KEY="${key}"`, true);
    expect(shown?.credential).toContain(key);
  });

  it('has nothing to say about a setting that did not come from a .env file', () => {
    const location = { kind: 'env' as const, name: 'ANTHROPIC_API_KEY' };
    const s: Setting = { role: 'api_key', name: 'ANTHROPIC_API_KEY', value: `${key} `, source: 'env', location };
    expect(checkDotenvLine(s, false)).toEqual([]);
  });
});

describe('checkDotenvLine: the whole finding', () => {
  const key = apiKey(4);
  const at = (name: string, column: number, line = 1) => ({ kind: 'file', path: '.env', line, column, key: name });

  it.each([
    ['dotenv/export-prefix', 'export LLM_MODEL=m', 'LLM_MODEL', 18],
    ['dotenv/space-around-equals', 'LLM_MODEL = m', 'LLM_MODEL', 13],
    ['dotenv/space-around-equals', 'LLM_MODEL= m', 'LLM_MODEL', 12],
    ['dotenv/inline-comment', 'LLM_MODEL=m # note', 'LLM_MODEL', 11],
  ])('%s for %s', (code, line, name, column) => {
    expect(check(line)).toEqual([{ code, severity: 'warning', args: { name }, location: at(name, column) }]);
  });

  it('key/quoted: the quote docker keeps, and the value as docker reads it', () => {
    expect(check(`ANTHROPIC_AUTH_TOKEN='${key}'`)).toEqual([
      {
        code: 'key/quoted',
        severity: 'warning',
        args: { name: 'ANTHROPIC_AUTH_TOKEN', quote: "'", reader: 'docker' },
        location: at('ANTHROPIC_AUTH_TOKEN', 22),
        credential: redact(`'${key}'`),
      },
    ]);
  });

  it('key/whitespace for a CRLF line: the credential the shell reads ends in CR', () => {
    expect(check(`LLM_API_KEY=${key}\r\n`)).toEqual([
      {
        code: 'key/whitespace',
        severity: 'warning',
        args: { name: 'LLM_API_KEY', problems: [{ at: 'trailing', char: 'cr', position: 109 }], reader: 'shell' },
        location: at('LLM_API_KEY', 13),
        credential: redact(`${key}\r`),
      },
    ]);
  });

  it('key/whitespace for trailing spaces: the credential docker reads', () => {
    expect(check(`LLM_API_KEY=${key}  `)).toEqual([
      {
        code: 'key/whitespace',
        severity: 'warning',
        args: { name: 'LLM_API_KEY', problems: [{ at: 'trailing', char: 'space', position: 109 }], reader: 'docker' },
        location: at('LLM_API_KEY', 13),
        credential: redact(`${key}  `),
      },
    ]);
  });

  it.each([
    // dotenv keeps an inner space too: both readers agree, and the key check reports it.
    ['an inner space', 'LLM_API_KEY=ab cd', []],
    ['an inner space and a trailing one', 'LLM_API_KEY=ab cd ', [{ at: 'trailing', char: 'space', position: 6 }]],
  ])('%s', (_, line, problems) => {
    const found = check(line).filter((f) => f.code === 'key/whitespace');
    expect(found.map((f) => (f.args as { problems: unknown }).problems)).toEqual(problems.length ? [problems] : []);
  });

  it('a CR that dotenv put inside a double-quoted value is not the CR of the line ending', () => {
    const found = check('LLM_API_KEY="ab\\rcd"\r\n').filter((f) => (f.args as { reader?: string }).reader === 'shell');
    expect(found.map((f) => f.code)).toEqual(['key/whitespace']);
  });
});

describe('checkDuplicates', () => {
  const file = (text: string) => parseDotenv('.env', text);

  it('names every line of a variable assigned more than once, pointing at the last', () => {
    const [f, ...rest] = checkDuplicates([file('LLM_API_KEY=a\nLLM_MODEL=m\nLLM_API_KEY=b\n\nLLM_API_KEY=c\n')]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      code: 'dotenv/duplicate-key',
      args: { name: 'LLM_API_KEY', lines: [1, 3, 5] },
      location: { kind: 'file', path: '.env', line: 5, column: 1, key: 'LLM_API_KEY' },
    });
  });

  it('ignores names no client reads, single assignments, and the same name in two files', () => {
    const files = [file('FOO=1\nFOO=2\n'), file('LLM_MODEL=a\n'), parseDotenv('b.env', 'LLM_MODEL=b\n')];
    expect(checkDuplicates(files)).toEqual([]);
  });
});
