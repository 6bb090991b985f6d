// End to end: `completion bash|zsh|fish` prints a script that each shell accepts, built from the same
// tables as the parser (commands, options, the values of --format/--lang/--auth-scheme, the codes), and
// that completes what a user types. A shell that is not installed is skipped, with the reason.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareCase, runCli } from '../support/fixture-case.js';

const dir = prepareCase();

function installed(shell: string): boolean {
  return spawnSync(shell, ['-c', 'exit 0']).status === 0;
}

async function script(shell: string, lang = 'en'): Promise<string> {
  const run = await runCli(['completion', shell, '--lang', lang], dir);
  expect(run.code).toBe(0);
  expect(run.stderr).toBe('');
  const file = join(dir, `completion-${lang}.${shell}`);
  writeFileSync(file, run.stdout);
  return file;
}

describe('completion scripts', () => {
  it.each(['bash', 'zsh', 'fish'])('%s: names every command, the option values and the codes', async (shell) => {
    const { stdout } = await runCli(['completion', shell], dir);
    // fish names an option without its dashes: `-l offline`.
    const option = (name: string) => (shell === 'fish' ? `-l ${name} ` : `--${name} `);
    for (const word of ['check', 'explain', 'codes', 'completion']) expect(stdout).toContain(word);
    for (const name of ['offline', 'no-color', 'auth-scheme']) expect(stdout).toContain(option(name));
    for (const value of [
      'x-api-key bearer',
      'text json github sarif',
      'en ja',
      'key/whitespace',
      'config/unknown-option',
    ])
      expect(stdout).toContain(value);
  });

  it.each(['bash', 'zsh', 'fish'])('%s: the shell reads the script without a syntax error', async (shell) => {
    if (shell !== 'bash' && !installed(shell)) {
      console.warn(`skipped: ${shell} is not installed, so its script's syntax cannot be checked here`);
      return;
    }
    for (const lang of ['en', 'ja']) {
      const check = spawnSync(shell, ['-n', await script(shell, lang)], { encoding: 'utf8' });
      expect(check.stderr).toBe('');
      expect(check.status).toBe(0);
    }
  });

  it('bash completes commands, options, their values and codes', async () => {
    const file = await script('bash');
    const complete = (...words: string[]) =>
      execFileSync(
        'bash',
        [
          '-c',
          `source "$0"; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _claude_doctor; echo "\${COMPREPLY[*]}"`,
          file,
          'claude-doctor',
          ...words,
        ],
        { encoding: 'utf8' },
      ).trim();
    expect(complete('ex')).toBe('explain');
    expect(complete('--offl')).toBe('--offline');
    expect(complete('--no-col')).toBe('--no-color');
    expect(complete('--format', '')).toBe('text json github sarif');
    expect(complete('explain', '--format', '')).toBe('text json');
    expect(complete('--auth-scheme', 'b')).toBe('bearer');
    expect(complete('codes', 'key/whi')).toBe('key/whitespace');
    expect(complete('--ignore', 'config/u')).toBe('config/unknown-option');
    expect(complete('completion', 'f')).toBe('fish');
    // explain's options only, once the command is there.
    expect(complete('explain', '--of')).toBe('');
  });

  it('fish completes with the descriptions in the chosen language', async () => {
    if (!installed('fish')) {
      console.warn('skipped: fish is not installed');
      return;
    }
    const file = await script('fish', 'ja');
    const out = execFileSync('fish', ['-c', `source ${file}; complete -C "claude-doctor explain --format "`], {
      encoding: 'utf8',
    });
    expect(out.split('\n').filter(Boolean)).toEqual(['json\t出力形式', 'text\t出力形式']);
  });

  it('an unknown shell is a usage error', async () => {
    const run = await runCli(['completion', 'tcsh'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Given: "tcsh", Choices: "bash", "zsh", "fish"/);
  });
});
