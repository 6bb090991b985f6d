// sources/dotenv.ts on real files in a temporary folder: which assignments become settings, which are
// other names, and where each one is.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDotenvFiles } from '../../src/sources/dotenv.js';
import { apiKey } from '../support/keys.js';

const dir = mkdtempSync(join(tmpdir(), 'dotenv-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const key = apiKey(5);
writeFileSync(join(dir, 'a.env'), `# keys\nLLM_API_KEY=${key}\nDEBUG=1\n  LLM_MODEL = "anthropic/claude-sonnet-4-6"\n`);
writeFileSync(join(dir, 'b.env'), 'ANTHROPIC_BASE_URL=https://gw.example\nCLAUDE_KEY=x\n');

describe('readDotenvFiles', () => {
  it('makes a setting of each variable a client reads, with its file, line, column and the reading', () => {
    const result = readDotenvFiles({ paths: ['a.env', 'b.env'], explicit: true, cwd: dir });
    expect(result.problems).toEqual([]);
    expect(result.settings.map(({ dotenv, ...s }) => s)).toEqual([
      {
        role: 'api_key',
        name: 'LLM_API_KEY',
        value: key,
        source: 'dotenv',
        location: { kind: 'file', path: 'a.env', line: 2, column: 13, key: 'LLM_API_KEY' },
      },
      {
        role: 'model',
        name: 'LLM_MODEL',
        value: 'anthropic/claude-sonnet-4-6',
        source: 'dotenv',
        location: { kind: 'file', path: 'a.env', line: 4, column: 15, key: 'LLM_MODEL' },
      },
      {
        role: 'base_url',
        name: 'ANTHROPIC_BASE_URL',
        value: 'https://gw.example',
        source: 'dotenv',
        location: { kind: 'file', path: 'b.env', line: 1, column: 20, key: 'ANTHROPIC_BASE_URL' },
      },
    ]);
    expect(result.settings[1]!.dotenv).toMatchObject({ quote: '"', docker: { rejected: 'whitespace-in-name' } });
  });

  it('lists the other names where they are, and every assignment of each file', () => {
    const result = readDotenvFiles({ paths: ['a.env', 'b.env'], explicit: true, cwd: dir });
    expect(result.otherNames).toEqual([
      { name: 'DEBUG', location: { kind: 'file', path: 'a.env', line: 3, column: 7, key: 'DEBUG' } },
      { name: 'CLAUDE_KEY', location: { kind: 'file', path: 'b.env', line: 2, column: 12, key: 'CLAUDE_KEY' } },
    ]);
    expect(result.dotenvFiles!.map((f) => [f.path, f.entries.map((e) => e.name)])).toEqual([
      ['a.env', ['LLM_API_KEY', 'DEBUG', 'LLM_MODEL']],
      ['b.env', ['ANTHROPIC_BASE_URL', 'CLAUDE_KEY']],
    ]);
  });

  it('reports a missing file that was asked for, and skips a missing default', () => {
    const asked = readDotenvFiles({ paths: ['none.env', 'b.env'], explicit: true, cwd: dir });
    expect(asked.problems.map((p) => p.code)).toEqual(['source/unreadable']);
    expect(asked.settings.map((s) => s.name)).toEqual(['ANTHROPIC_BASE_URL']);
    const byDefault = readDotenvFiles({ paths: ['none.env'], explicit: false, cwd: dir });
    expect(byDefault).toEqual({ settings: [], problems: [], dotenvFiles: [], otherNames: [] });
  });
});
