// The config reader against git's own reading of the same text (`git config --list --file`).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { envConfig, parseConfig, type ConfigEntry } from '../../src/sources/git-config.js';
import { sandbox } from '../support/git.js';

const TEXTS = [
  '[core]\n\texcludesFile = ~/.gitignore_global\n\tbare = false\n',
  '[core]\nexcludesfile="/a b/c"  # comment\nignorecase\n',
  '[Core] ExcludesFile = x ; comment\n',
  '[core]\n\tx = "quoted ; not a comment" and more  \n\ty = a\\"b\\\\c\\td\n',
  '[core]\n\tlong = first \\\n second\n',
  '[core]\r\n\texcludesFile = crlf\r\n',
  '[remote "Origin"]\n\turl = u\n[branch.Main]\n\tremote = o\n',
  '# only a comment\n; another\n\n[core]\n\tx=1\n\tx=2\n',
  '[include]\n\tpath = other.inc\n[includeIf "gitdir:~/w/"]\n\tpath = w.inc\n',
  '[core]\n\tempty =\n\tspaced =    \n',
  '[core]   x = inline after header\n',
];

function gitList(file: string): ConfigEntry[] {
  const box = sandbox();
  const out = execFileSync('git', ['config', '--list', '-z', '--file', file], { env: box.env, encoding: 'utf8' });
  return out
    .split('\0')
    .filter(Boolean)
    .map((item) => {
      const nl = item.indexOf('\n');
      return nl === -1 ? [item, true] : [item.slice(0, nl), item.slice(nl + 1)];
    });
}

describe('git config reader', () => {
  it('reads each text as git does', () => {
    const box = sandbox();
    for (const [i, text] of TEXTS.entries()) {
      const file = join(box.root, `c${i}`);
      writeFileSync(file, text);
      expect({ text, entries: parseConfig(text) }).toEqual({ text, entries: gitList(file) });
    }
  });

  it('never throws on a malformed text, and keeps what it can read', () => {
    expect(parseConfig('[core\nx = 1\n[core]\n=2\n9x=3\ny = "unterminated\n[core]\nz = ok\n')).toContainEqual([
      'core.z',
      'ok',
    ]);
    expect(parseConfig('\0\0\0')).toEqual([]);
  });

  it('reads settings given in the environment (GIT_CONFIG_COUNT)', () => {
    const env = { GIT_CONFIG_COUNT: '2', GIT_CONFIG_KEY_0: 'Core.ExcludesFile', GIT_CONFIG_VALUE_0: '/x' };
    expect(envConfig({ ...env, GIT_CONFIG_KEY_1: 'a.B.C', GIT_CONFIG_VALUE_1: 'v' })).toEqual([
      ['core.excludesfile', '/x'],
      ['a.B.c', 'v'],
    ]);
  });
});
