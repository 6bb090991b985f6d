// checks/hygiene.ts on file facts given here: committed keys, files git would add, readable files.
import { describe, expect, it } from 'vitest';
import { checkHygiene } from '../../src/checks/hygiene.js';
import type { FileFacts, Setting } from '../../src/types.js';
import { apiKey } from '../support/keys.js';
import { envSetting, fileSetting } from '../support/settings.js';

const at = (path: string, line: number, file: FileFacts): Setting => ({
  ...fileSetting('LLM_API_KEY', apiKey(line), path, { line }),
  file,
});
const codes = (settings: Setting[]) => checkHygiene(settings).map((f) => f.code);

describe('checkHygiene', () => {
  it.each<[string, FileFacts, string[]]>([
    ['tracked by git, private', { git: 'tracked', mode: 0o600 }, ['hygiene/key-committed']],
    ['untracked and not ignored', { git: 'untracked', mode: 0o600 }, ['hygiene/env-file-not-ignored']],
    ['ignored, private', { git: 'ignored', mode: 0o600 }, []],
    ['outside any repository, private', { git: 'no-repo', mode: 0o600 }, []],
    ['of unknown git state', { git: 'unknown', mode: 0o600 }, []],
    ['readable by the group', { git: 'ignored', mode: 0o640 }, ['hygiene/world-readable']],
    ['readable by everyone', { git: 'ignored', mode: 0o604 }, ['hygiene/world-readable']],
    ['writable by the group but not readable', { git: 'ignored', mode: 0o620 }, []],
    ['executable by everyone but not readable', { git: 'ignored', mode: 0o711 }, []],
    ['committed and readable', { git: 'tracked', mode: 0o644 }, ['hygiene/key-committed', 'hygiene/world-readable']],
  ])('a key file %s', (_, facts, expected) => {
    expect(codes([at('.env', 1, facts)])).toEqual(expected);
  });

  it('says the mode in octal and points at the file', () => {
    expect(checkHygiene([at('a/.env', 3, { git: 'ignored', mode: 0o644 })])).toEqual([
      {
        code: 'hygiene/world-readable',
        severity: expect.any(String),
        args: { path: 'a/.env', mode: '644' },
        location: { kind: 'file', path: 'a/.env' },
      },
    ]);
  });

  it('names every committed key line (each needs rotating), and the rest once per file', () => {
    const facts: FileFacts = { git: 'tracked', mode: 0o644 };
    const untracked: FileFacts = { git: 'untracked', mode: 0o600 };
    const found = checkHygiene([at('.env', 1, facts), at('.env', 4, facts), at('b.env', 2, untracked)]);
    expect(found.map((f) => [f.code, f.args])).toEqual([
      ['hygiene/key-committed', { path: '.env', line: 1 }],
      ['hygiene/world-readable', { path: '.env', mode: '644' }],
      ['hygiene/key-committed', { path: '.env', line: 4 }],
      ['hygiene/env-file-not-ignored', { path: 'b.env' }],
    ]);
  });

  it('ignores settings without file facts, and those not in a file', () => {
    const env: Setting = { ...envSetting('LLM_API_KEY', apiKey(1)), file: { git: 'tracked', mode: 0o644 } };
    expect(codes([fileSetting('LLM_API_KEY', apiKey(1)), env])).toEqual([]);
  });

  it('points at the file, not a line, for a file git would add', () => {
    expect(checkHygiene([at('a/.env', 3, { git: 'untracked', mode: 0o600 })])).toEqual([
      {
        code: 'hygiene/env-file-not-ignored',
        severity: expect.any(String),
        args: { path: 'a/.env' },
        location: { kind: 'file', path: 'a/.env' },
      },
    ]);
  });
});
