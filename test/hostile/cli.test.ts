// Hostile command lines: a mistyped command or option, or a bad value, may carry terminal escapes, a
// line break and a workflow command, or a key. The promise: exit 2, no raw control character on any
// output, no line that a CI runner would read as a workflow command, no key; and `completion` prints the
// same script whatever the folder and the environment hold (it reads nothing of the user's, runs nothing).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiKey } from '../support/keys.js';
import { runMain } from '../support/run-main.js';

const dir = mkdtempSync(join(tmpdir(), 'cd-hostile-cli-'));
const ESC = String.fromCharCode(27);
const BEL = String.fromCharCode(7);
const payload = `x${ESC}]0;pwned${BEL}${ESC}[2J\n::error::pwned\r\u202e`;

// biome-ignore lint/suspicious/noControlCharactersInRegex: a raw control character is what must not be printed
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('hostile command lines', () => {
  it.each([
    [[payload]],
    [['help', payload]],
    [[`--${payload}`]],
    [[`--no-${payload}`]],
    [[`--offline=${payload}`]],
    [['--timeout', payload]],
    [['codes', payload]],
    [['completion', payload]],
    [['explain', `--${payload}`]],
    [['check', payload]],
    [[`--ofline${apiKey(3)}`]],
    [['chek', apiKey(3)]],
  ])('%j: exit 2, one safe message, no key', async (argv) => {
    for (const env of [{}, { LANG: 'ja_JP.UTF-8' }] as Record<string, string>[]) {
      const { code, stdout, stderr } = await runMain(argv, env, dir);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).not.toMatch(RAW_CONTROL);
      expect(stderr.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
      expect(stderr).not.toContain(apiKey(3));
      expect(stderr.split('\n').length).toBeLessThanOrEqual(4);
    }
  });

  it('completion prints the same script whatever the folder and the environment hold', async () => {
    const other = mkdtempSync(join(tmpdir(), 'cd-hostile-cli-'));
    writeFileSync(join(other, '.claude-doctor.json'), JSON.stringify({ lang: 'ja', ignore: [payload] }));
    writeFileSync(join(other, '.env'), `ANTHROPIC_API_KEY=${apiKey(4)}\n`);
    for (const shell of ['bash', 'zsh', 'fish']) {
      const clean = await runMain(['completion', shell], {}, dir);
      const busy = await runMain(['completion', shell], { ANTHROPIC_API_KEY: apiKey(5), PATH: payload }, other);
      expect(busy).toEqual(clean);
      expect(clean.code).toBe(0);
      expect(clean.stdout).not.toMatch(RAW_CONTROL);
    }
  });
});
