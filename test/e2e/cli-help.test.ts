// End to end: the command-line conventions a newcomer tries first: every form of help, each command's
// own options only, the version as an option and as a command, and all of it in Japanese too.
import { describe, expect, it } from 'vitest';
import { prepareCase, ROOT, runCli } from '../support/fixture-case.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = prepareCase();
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

describe('help', () => {
  it.each([[['-h']], [['--help']], [['help']]])("%j prints the commands and check's options, exit 0", async (args) => {
    const { code, stdout, stderr } = await runCli(args, dir);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const command of [
      'check',
      'explain [text..]',
      'codes [code]',
      'help [command]',
      'version',
      'completion <shell>',
    ])
      expect(stdout).toContain(`claude-doctor ${command}`);
    expect(stdout).toMatch(/--offline\s+no live probe/);
    expect(stdout).toMatch(/--no-color|--color/);
  });

  it.each([[['explain', '--help']], [['help', 'explain']], [['explain', '-h']]])(
    "%j shows explain's own options, not check's",
    async (args) => {
      const { code, stdout } = await runCli(args, dir);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^claude-doctor explain \[text\.\.\]/);
      expect(stdout).toMatch(/--file\s+a log file to read/);
      expect(stdout).toContain('choices: "text", "json"');
      for (const other of ['--offline', '--env-file', '--show-secrets', '"sarif"']) expect(stdout).not.toContain(other);
    },
  );

  it.each([[['codes', '--help']], [['help', 'codes']]])(
    "%j shows codes' positional and no check option",
    async (args) => {
      const { stdout } = await runCli(args, dir);
      expect(stdout).toMatch(/^claude-doctor codes \[code\]/);
      expect(stdout).toContain('a code such as key/whitespace');
      expect(stdout).not.toContain('--offline');
    },
  );

  it("check --help and help check show check's options", async () => {
    for (const args of [
      ['check', '--help'],
      ['help', 'check'],
    ]) {
      const { code, stdout } = await runCli(args, dir);
      expect(code).toBe(0);
      expect(stdout).toMatch(/--auth-scheme/);
    }
  });

  it("is in Japanese with --lang ja or a Japanese locale, yargs' own words included", async () => {
    for (const [args, env] of [
      [['help', 'explain', '--lang', 'ja'], {}],
      [['explain', '--help'], { LANG: 'ja_JP.UTF-8' }],
    ] as const) {
      const { stdout } = await runCli([...args], dir, env);
      expect(stdout).toContain('貼り付けたエラーやログ全体を診断します');
      expect(stdout).toContain('オプション:');
      expect(stdout).toContain('[真偽値]');
      expect(stdout).toContain('ヘルプを表示します');
      expect(stdout).not.toMatch(/Options:|Show help|\[boolean\]/);
    }
  });
});

describe('version', () => {
  it.each([[['--version']], [['-v']], [['version']]])('%j prints the version and nothing else', async (args) => {
    const { code, stdout, stderr } = await runCli(args, dir);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});
