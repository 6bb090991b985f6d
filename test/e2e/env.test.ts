// End to end: the built CLI on .env files and environments, with the exit code, the JSON report,
// the text report and the promise that no raw key reaches any output.
import { chmodSync, mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiKey, oauthToken, openaiKey } from '../support/keys.js';
import { CLI, MARKERS, leaked, prepareCase, runCli, runJson, type JsonReport, codes } from '../support/fixture-case.js';
import { cannotRun, notRoot } from '../support/requires.js';

const find = (r: JsonReport, code: string) => r.findings.find((f) => f.code === code);
// biome-ignore lint/suspicious/noControlCharactersInRegex: an ANSI escape sequence is what this looks for
const ANSI = /\x1b\[/;

describe('check on .env files', () => {
  it('a clean project: exit 0, no findings, the key comes from .env line 7', async () => {
    const dir = prepareCase('env/clean');
    const { code, json, stdout, stderr } = await runJson(['check'], dir);
    expect(codes(json)).toEqual([]);
    expect(code).toBe(0);
    expect(json).toMatchObject({ ok: true, summary: { errors: 0, warnings: 0 } });
    expect(json.profiles[0]).toMatchObject({
      client: 'anthropic-sdk',
      model: 'claude-sonnet-4-6',
      sources: { apiKey: { kind: 'file', path: '.env', line: 7 } },
    });
    expect(leaked(stdout + stderr)).toEqual([]);
  });

  it('reports where dotenv and docker --env-file read a line differently', async () => {
    const dir = prepareCase('env/docker-differences');
    const { json, stdout } = await runJson(['check'], dir);
    const at = (code: string) =>
      json.findings
        .filter((f) => f.code === code)
        .map((f) => f.location?.line)
        .sort();
    expect(at('dotenv/export-prefix')).toEqual([3]);
    expect(at('key/quoted')).toEqual([4, 8]);
    expect(at('dotenv/inline-comment')).toEqual([5]);
    expect(at('dotenv/space-around-equals')).toEqual([6]);
    expect(at('key/whitespace')).toEqual([7]);
    expect(at('dotenv/duplicate-key')).toEqual([8]);
    expect(find(json, 'key/quoted')!.message).toContain('docker run --env-file');
    // Each is a warning: dotenv reads the file fine, docker would not.
    expect(json.summary.errors).toBe(0);
    expect(leaked(stdout)).toEqual([]);
  });

  it('reports the CR of Windows line endings, which a shell that sources the file keeps', async () => {
    const { json } = await runJson(['check'], prepareCase('env/crlf'));
    const ws = find(json, 'key/whitespace')!;
    expect(ws).toMatchObject({ severity: 'warning', location: { path: '.env', line: 1, column: 19 } });
    expect(ws.message).toMatch(/carriage return.*at character 109.*set -a/);
  });

  it('reports template text, masks and a misnamed variable', async () => {
    const { json, code } = await runJson(['check'], prepareCase('env/templates'));
    expect(codes(json)).toEqual(['env/misnamed-variable', 'key/masked', 'key/placeholder']);
    expect(find(json, 'key/placeholder')).toMatchObject({
      location: { line: 2 },
      message: expect.stringContaining('your-api-key'),
    });
    expect(find(json, 'env/misnamed-variable')!.message).toContain('ANTHROPIC_AUTH_TOKEN');
    expect(code).toBe(1);
  });

  it('reports retired, misspelt models and broken base URLs with their fixes', async () => {
    const { json } = await runJson(['check'], prepareCase('env/models-and-urls'));
    expect(codes(json)).toEqual(['model/retired', 'model/unknown', 'url/insecure', 'url/v1-suffix']);
    expect(find(json, 'model/retired')!.remediation.join(' ')).toContain('anthropic/claude-sonnet-4-6');
    expect(find(json, 'model/unknown')!.message).toContain('Did you mean claude-sonnet-4-6?');
    expect(find(json, 'url/v1-suffix')).toMatchObject({
      location: { line: 5 },
      message: expect.stringContaining('/v1/v1/messages'),
    });
  });
});

describe('check on the environment', () => {
  const key = apiKey(11);
  it.each([
    [
      'a zero-width space',
      { ANTHROPIC_API_KEY: `${key.slice(0, 50)}\u200b${key.slice(50)}` },
      'key/invisible-character',
    ],
    ['a trailing newline', { LLM_API_KEY: `${key}\n` }, 'key/whitespace'],
    ['an OAuth token as API key', { ANTHROPIC_API_KEY: oauthToken(2) }, 'key/oauth-token'],
    ['an OpenAI key', { LLM_API_KEY: openaiKey(2), LLM_MODEL: 'anthropic/claude-sonnet-4-6' }, 'key/other-provider'],
    ['a truncated key', { ANTHROPIC_API_KEY: key.slice(0, 80) }, 'key/truncated'],
    ['both credentials', { ANTHROPIC_API_KEY: key, ANTHROPIC_AUTH_TOKEN: oauthToken(3) }, 'key/api-key-and-auth-token'],
    ['nothing at all', {}, 'key/missing'],
  ])('%s', async (_name, env, expected) => {
    const { json, stdout, stderr } = await runJson(['check'], prepareCase(), env);
    expect(codes(json)).toContain(expected);
    for (const [name, value] of Object.entries(env))
      if (/KEY|TOKEN/.test(name)) expect(stdout + stderr).not.toContain(value.trim());
  });

  it('lets the environment win over .env, and lists the .env key as ignored', async () => {
    const dir = prepareCase('env/clean');
    const { json } = await runJson(['check'], dir, { ANTHROPIC_API_KEY: apiKey(12) });
    expect(json.profiles[0]!.sources.apiKey).toMatchObject({ kind: 'env', name: 'ANTHROPIC_API_KEY' });
    expect(json.profiles[0]!.ignored).toEqual([
      expect.objectContaining({ name: 'ANTHROPIC_API_KEY', reason: { kind: 'envOverDotenv' } }),
    ]);
    expect(codes(json)).toEqual(['key/conflict']);
  });
});

describe('options', () => {
  it('--no-env ignores the environment; the first --env-file wins', async () => {
    const dir = prepareCase('env/clean');
    writeFileSync(join(dir, 'second.env'), `ANTHROPIC_API_KEY=${apiKey(13)}\n`);
    const { json } = await runJson(['check', '--no-env', '--env-file', '.env', '--env-file', 'second.env'], dir, {
      ANTHROPIC_API_KEY: 'x',
    });
    expect(json.profiles[0]!.sources.apiKey).toMatchObject({ path: '.env' });
    expect(json.profiles[0]!.ignored[0]).toMatchObject({ reason: { kind: 'firstFile' } });
  });

  it('--ignore drops a code, --strict fails on warnings', async () => {
    const dir = prepareCase('env/docker-differences');
    expect((await runCli(['check'], dir)).code).toBe(0);
    expect((await runCli(['check', '--strict'], dir)).code).toBe(1);
    const { json } = await runJson(['check', '--ignore', 'key/quoted'], dir);
    expect(codes(json)).not.toContain('key/quoted');
  });

  it.each([
    ['an unknown code', ['check', '--ignore', 'key/quotd'], /unknown code "key\/quotd" \(did you mean key\/quoted\?\)/],
    ['an unknown flag', ['check', '--bogus'], /unknown option --bogus/],
    ['an unknown format', ['check', '--format', 'xml'], /Invalid values/],
    ['a key on the command line', ['check', apiKey(14)], /never takes a key on the command line/],
  ])('%s is a usage error: exit 2, one clear message, no stack trace, no key', async (_name, args, message) => {
    const { code, stdout, stderr } = await runCli(args, prepareCase());
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout + stderr).not.toContain(apiKey(14));
  });

  it('--show-secrets is the only way to see a key', async () => {
    const dir = prepareCase('env/clean');
    expect((await runCli(['check'], dir)).stdout).not.toContain(MARKERS['{{API_KEY_1}}']);
    expect((await runCli(['check', '--show-secrets'], dir)).stdout).toContain(MARKERS['{{API_KEY_1}}']);
  });
});

describe('text output', () => {
  const dir = prepareCase('env/models-and-urls');
  it('groups by profile, numbers the fix steps and ends with the summary', async () => {
    const { stdout } = await runCli(['check'], dir);
    expect(stdout).not.toMatch(ANSI);
    expect(stdout).toMatch(/Profile p1 · Anthropic SDK/);
    expect(stdout).toMatch(/\n {6}1\. Edit \.env line 5 \(ANTHROPIC_BASE_URL\)\./);
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^✖ problems found — 3 errors, 1 warning, 0 info/);
  });

  it('colours only when forced, and never with NO_COLOR', async () => {
    expect((await runCli(['check'], dir, { FORCE_COLOR: '1' })).stdout).toMatch(ANSI);
    expect((await runCli(['check'], dir, { NO_COLOR: '1' })).stdout).not.toMatch(ANSI);
    expect((await runCli(['check'], dir, { FORCE_COLOR: '0' })).stdout).not.toMatch(ANSI);
  });

  it('speaks Japanese with --lang ja or a Japanese locale, and --lang en wins over the locale', async () => {
    const ja = /問題あり — エラー 3 件/;
    expect((await runCli(['check', '--lang', 'ja'], dir)).stdout).toMatch(ja);
    expect((await runCli(['check'], dir, { LANG: 'ja_JP.UTF-8' })).stdout).toMatch(ja);
    expect((await runCli(['check'], dir, { LANG: 'C', LC_ALL: 'ja_JP.UTF-8' })).stdout).toMatch(ja);
    expect((await runCli(['check', '--lang', 'en'], dir, { LANG: 'ja_JP.UTF-8' })).stdout).toMatch(/problems found/);
  });
});

describe('bad .env files', () => {
  const cases: [string, (dir: string) => string, string, Record<string, unknown>][] = [
    [
      'binary',
      (d) => {
        writeFileSync(join(d, 'x.env'), Buffer.from([0x41, 0x3d, 0, 0xff]));
        return 'x.env';
      },
      'source/not-text',
      {},
    ],
    [
      'not UTF-8',
      (d) => {
        writeFileSync(join(d, 'x.env'), Buffer.from('A=caf\xe9', 'latin1'));
        return 'x.env';
      },
      'source/not-text',
      {},
    ],
    [
      'a directory',
      (d) => {
        mkdirSync(join(d, 'x.env'));
        return 'x.env';
      },
      'source/unreadable',
      {},
    ],
    ['missing', () => 'x.env', 'source/unreadable', {}],
    [
      '100 MB',
      (d) => {
        writeFileSync(join(d, 'x.env'), '');
        truncateSync(join(d, 'x.env'), 100 * 1024 * 1024);
        return 'x.env';
      },
      'source/too-large',
      {},
    ],
  ];
  it.each(cases)('%s: a finding with the path, and the environment is still checked', async (_name, make) => {
    const dir = prepareCase();
    const path = make(dir);
    const { code, json, stderr } = await runJson(['check', '--env-file', path], dir, { LLM_API_KEY: ` ${apiKey(15)}` });
    const problem = json.findings.find((f) => f.code.startsWith('source/'))!;
    expect(problem).toMatchObject({ severity: 'error', location: { kind: 'file', path } });
    expect(codes(json)).toContain('key/whitespace');
    expect(code).toBe(1);
    expect(stderr).toBe('');
  });

  it.skipIf(cannotRun('The unreadable-file test', notRoot()))(
    'unreadable (as an unprivileged user; runs where tests run as root, as in CI)',
    async () => {
      const dir = prepareCase('env/clean');
      chmodSync(join(dir, '.env'), 0o600);
      const { execFile } = await import('node:child_process');
      const run = await new Promise<{ stdout: string; code: number }>((resolve) =>
        execFile(
          'setpriv',
          [
            '--reuid=nobody',
            '--regid=nogroup',
            '--clear-groups',
            process.execPath,
            '--',
            CLI,
            'check',
            '--format',
            'json',
          ],
          { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir } },
          (error, stdout) => resolve({ stdout, code: error ? Number(error.code) : 0 }),
        ),
      );
      const json = JSON.parse(run.stdout) as JsonReport;
      expect(find(json, 'source/unreadable')).toMatchObject({
        message: expect.stringContaining('permission denied'),
        location: { path: '.env' },
      });
      expect(run.code).toBe(1);
    },
  );
});

describe('codes, --version, --help', () => {
  it('lists every code and prints one page', async () => {
    const list = await runCli(['codes'], prepareCase());
    expect(list.stdout).toMatch(/key\/whitespace\s+error\s+The key contains whitespace/);
    const page = await runCli(['codes', 'key/whitespace'], prepareCase());
    // A page for the terminal, in the chosen language only (test/e2e/cli-output.test.ts has the details).
    expect(page.stdout).toMatch(/^key\/whitespace {2}The key contains whitespace\n/);
    expect(page.stdout).not.toContain('キーに空白文字が含まれています');
  });

  it('--version prints the package version; --help exits 0', async () => {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
    expect((await runCli(['--version'], prepareCase())).stdout.trim()).toBe(version);
    const help = await runCli(['--help'], prepareCase());
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--env-file');
  });
});
