// End to end: the built CLI on fixture homes and projects of Claude Code users (fixtures/claude-code/),
// one case per row of the reference's §4 table, with the codes, locations, exit codes, the profile, and
// the promise that no raw key reaches any output (checked in every run by checkCase).
import { chmodSync, copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCase, checkCaseText, claudeProfile, codesOf, findingOf, placeOf } from '../support/claude-code-case.js';
import { apiKey, oauthToken, refreshToken } from '../support/keys.js';

const KEY = apiKey(1);
const executable = (path: string) => (dir: string) => chmodSync(join(dir, path), 0o755);

describe('§4 row 1: a stray ANTHROPIC_API_KEY beats the subscription login', () => {
  it('names the ~/.bashrc line that exports it; the profile uses that key', async () => {
    const { json, code } = await checkCase('stray-key');
    expect(codesOf(json)).toEqual(['claude-code/api-key-overrides-subscription']);
    const found = findingOf(json, 'claude-code/api-key-overrides-subscription')!;
    expect(found).toMatchObject({ severity: 'warning', location: { path: '~/.bashrc', line: 4, column: 26 } });
    expect(found.message).toContain('~/.claude/.credentials.json');
    expect(found.message).toContain('billed');
    expect(found.remediation.join(' ')).toContain('~/.bashrc:4');
    expect(claudeProfile(json)).toMatchObject({
      client: 'claude-code',
      apiKey: expect.stringMatching(/^sk-ant-api03-….{4} \(108 chars, #[0-9a-f]{8}\)$/),
      sources: { apiKey: { kind: 'file', path: '~/.bashrc', line: 4 } },
    });
    expect(code).toBe(0);
  });

  it('the shell’s export wins over the rc line, and the finding names both', async () => {
    const { json } = await checkCase('stray-key', { env: { ANTHROPIC_API_KEY: KEY } });
    const found = findingOf(json, 'claude-code/api-key-overrides-subscription')!;
    expect(found.location).toEqual({ kind: 'env', name: 'ANTHROPIC_API_KEY' });
    expect(found.message).toContain('~/.bashrc:4');
    const profile = claudeProfile(json);
    expect(profile.sources.apiKey).toEqual({ kind: 'env', name: 'ANTHROPIC_API_KEY' });
    expect(profile.ignored).toEqual([
      expect.objectContaining({ name: 'ANTHROPIC_API_KEY', reason: { kind: 'shellOverRc' } }),
    ]);
  });

  it('approved in ~/.claude.json: the key wins, and the message says it was approved', async () => {
    const { json } = await checkCase('stray-key-approved');
    const found = findingOf(json, 'claude-code/api-key-overrides-subscription')!;
    expect(placeOf(found)).toEqual({ path: '~/.zshrc', line: 1 });
    expect(found.message).toContain('approved');
    expect(claudeProfile(json).sources.apiKey).toMatchObject({ path: '~/.zshrc', line: 1 });
  });

  it('declined in ~/.claude.json: claude-code/key-declined, and the login wins', async () => {
    const { json, code } = await checkCase('stray-key-declined');
    expect(codesOf(json)).toEqual(['claude-code/key-declined', 'claude-code/oauth-not-probed']);
    expect(placeOf(findingOf(json, 'claude-code/key-declined'))).toEqual({ path: '~/.zshrc', line: 1 });
    const profile = claudeProfile(json);
    expect(profile.apiKey).toBeUndefined();
    expect(profile.ignored).toEqual([expect.objectContaining({ reason: { kind: 'declined' } })]);
    expect(code).toBe(0);
  });

  it('prints the same finding in text, with the place and the fix', async () => {
    const { stdout, code } = await checkCaseText('stray-key');
    expect(stdout).toContain('claude-code/api-key-overrides-subscription');
    expect(stdout).toContain('~/.bashrc:4');
    expect(stdout).toMatch(/sk-ant-api03-….{4} \(108 chars/);
    expect(code).toBe(0);
  });
});

describe('§4 row 2: more than one credential', () => {
  it('a token in settings env, a key in ~/.profile and a helper: auth-conflict names the winner', async () => {
    const { json } = await checkCase('auth-conflict', { setup: executable('home/bin/get-key.sh') });
    const found = findingOf(json, 'claude-code/auth-conflict')!;
    expect(placeOf(found)).toEqual({ path: '~/.claude/settings.json', line: 4 });
    expect(found.message).toContain('ANTHROPIC_AUTH_TOKEN');
    expect(found.message).toContain('~/.profile:2');
    expect(found.message).toContain('apiKeyHelper');
    const profile = claudeProfile(json);
    expect(profile.sources).toEqual({
      authToken: expect.objectContaining({ path: '~/.claude/settings.json', line: 4 }),
    });
    expect(profile.ignored).toContainEqual(
      expect.objectContaining({ name: 'ANTHROPIC_API_KEY', reason: { kind: 'outranked', credential: 'auth-token' } }),
    );
  });
});

describe('§4 row 3: apiKeyHelper', () => {
  it('an absolute program that does not exist: helper-missing, exit 1', async () => {
    const { json, code } = await checkCase('helper-missing');
    expect(codesOf(json)).toEqual(['claude-code/helper-missing', 'claude-code/helper-not-run']);
    expect(placeOf(findingOf(json, 'claude-code/helper-missing'))).toEqual({
      path: '~/.claude/settings.json',
      line: 2,
    });
    expect(findingOf(json, 'claude-code/helper-missing')!.message).toContain('/opt/vault/bin/get-anthropic-key');
    expect(code).toBe(1);
  });

  it('a relative path: helper-relative-path', async () => {
    const { json } = await checkCase('helper-relative');
    expect(codesOf(json)).toContain('claude-code/helper-relative-path');
    expect(findingOf(json, 'claude-code/helper-relative-path')!.message).toContain('scripts/get-key.sh');
  });

  it('a helper in the project’s shared settings: helper-in-project, and its literal is redacted', async () => {
    const { json } = await checkCase('helper-project');
    expect(codesOf(json)).toEqual(['claude-code/helper-in-project', 'claude-code/helper-literal']);
    expect(placeOf(findingOf(json, 'claude-code/helper-in-project'))).toEqual({
      path: '.claude/settings.json',
      line: 3,
    });
    // `/bin/echo <key>` is a literal like the builtin's: the profile uses it, redacted.
    expect(claudeProfile(json)).toMatchObject({
      apiKey: expect.stringMatching(/^sk-ant-api03-….{4} \(108 chars/),
      sources: { apiKey: { path: '.claude/settings.json', line: 3, key: 'apiKeyHelper' } },
    });
  });

  it('a literal `echo` helper is checked like a key: a trailing space is key/whitespace at the helper', async () => {
    const { json, code } = await checkCase('helper-literal');
    expect(codesOf(json)).toEqual(['claude-code/helper-literal', 'key/whitespace']);
    expect(findingOf(json, 'key/whitespace')).toMatchObject({
      location: { path: '~/.claude/settings.json', line: 3, key: 'apiKeyHelper' },
      message: expect.stringContaining('trailing space'),
    });
    expect(claudeProfile(json)).toMatchObject({
      apiKey: expect.stringContaining('(109 chars'),
      model: 'claude-sonnet-4-6',
      sources: { apiKey: { path: '~/.claude/settings.json', line: 3 }, model: { line: 2 } },
    });
    expect(code).toBe(0);
  });

  it('--run-helpers: a helper that prints a good key gives no finding, and the profile uses its output', async () => {
    const { json, code } = await checkCase('helper-run', {
      args: ['--run-helpers'],
      setup: executable('home/bin/get-key.sh'),
    });
    expect(codesOf(json)).toEqual([]);
    expect(claudeProfile(json)).toMatchObject({
      apiKey: expect.stringContaining('(108 chars'),
      sources: { apiKey: { path: '~/.claude/settings.json', line: 2, key: 'apiKeyHelper' } },
    });
    expect(code).toBe(0);
  });

  it('--run-helpers: a failing helper shows its status and its stderr, redacted', async () => {
    const { json, code } = await checkCase('helper-fails', {
      args: ['--run-helpers'],
      setup: executable('home/bin/get-key.sh'),
    });
    const found = findingOf(json, 'claude-code/helper-failed')!;
    expect(found.message).toContain('status 3');
    expect(found.message).toMatch(/vault: token sk-ant-api03-….{4} \(108 chars, #[0-9a-f]{8}\) is expired/);
    expect(code).toBe(1);
  });

  it('--run-helpers: a helper that prints two words: helper-output-invalid', async () => {
    const { json, code } = await checkCase('helper-two-words', {
      args: ['--run-helpers'],
      setup: executable('home/bin/get-key.sh'),
    });
    expect(codesOf(json)).toContain('claude-code/helper-output-invalid');
    expect(findingOf(json, 'claude-code/helper-output-invalid')!.message).toContain('more than one word');
    expect(code).toBe(1);
  });

  it('a project helper (its `touch` leaves a file) runs only with --run-helpers and --trust-project', async () => {
    const quiet = await checkCase('helper-touch');
    expect(codesOf(quiet.json)).toEqual(['claude-code/helper-in-project', 'claude-code/helper-not-run']);
    expect(existsSync(join(quiet.dir, 'proj', 'helper-ran'))).toBe(false);
    // The repository chose this command: --run-helpers alone does not run it (as in CI on a pull request).
    const asked = await checkCase('helper-touch', { args: ['--run-helpers'] });
    expect(existsSync(join(asked.dir, 'proj', 'helper-ran'))).toBe(false);
    expect(codesOf(asked.json)).toContain('claude-code/helper-not-run');
    const trusted = await checkCase('helper-touch', { args: ['--run-helpers', '--trust-project'] });
    expect(existsSync(join(trusted.dir, 'proj', 'helper-ran'))).toBe(true);
    expect(codesOf(trusted.json)).not.toContain('claude-code/helper-not-run');
  });
});

describe('§4 row 4: OAuth tokens', () => {
  it('an expired login without a refresh token: login-expired, exit 1', async () => {
    const { json, code } = await checkCase('login-expired');
    expect(findingOf(json, 'claude-code/login-expired')).toMatchObject({
      severity: 'error',
      location: { path: '~/.claude/.credentials.json' },
      message: expect.stringContaining('2023-11-14'),
    });
    expect(code).toBe(1);
  });

  it('CLAUDE_CODE_OAUTH_TOKEN with a trailing newline: key/whitespace names it, once', async () => {
    const { json } = await checkCase('subscription', { env: { CLAUDE_CODE_OAUTH_TOKEN: `${oauthToken(2)}\n` } });
    expect(findingOf(json, 'key/whitespace')).toMatchObject({
      location: { kind: 'env', name: 'CLAUDE_CODE_OAUTH_TOKEN' },
    });
    expect(codesOf(json)).not.toContain('claude-code/oauth-token-malformed');
  });

  it.each([
    ['a refresh token', refreshToken(2)],
    ['an API key', apiKey(2)],
  ])('CLAUDE_CODE_OAUTH_TOKEN holding %s: oauth-token-malformed', async (_name, value) => {
    const { json } = await checkCase('subscription', { env: { CLAUDE_CODE_OAUTH_TOKEN: value } });
    expect(findingOf(json, 'claude-code/oauth-token-malformed')).toMatchObject({
      location: { kind: 'env', name: 'CLAUDE_CODE_OAUTH_TOKEN' },
    });
  });

  it('CLAUDE_CODE_OAUTH_TOKEN cut short: oauth-token-malformed says how many characters follow the prefix', async () => {
    const cut = oauthToken(2).slice(0, 30);
    const { json, stdout, code } = await checkCase('subscription', { env: { CLAUDE_CODE_OAUTH_TOKEN: cut } });
    expect(findingOf(json, 'claude-code/oauth-token-malformed')).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('only 17 characters follow sk-ant-oat01-'),
    });
    expect(stdout).not.toContain(cut);
    expect(code).toBe(1);
  });

  it('an OAuth token in ANTHROPIC_API_KEY: key/oauth-token, exit 1', async () => {
    const { json, code } = await checkCase('subscription', { env: { ANTHROPIC_API_KEY: oauthToken(2) } });
    expect(findingOf(json, 'key/oauth-token')).toMatchObject({
      location: { kind: 'env', name: 'ANTHROPIC_API_KEY' },
    });
    expect(claudeProfile(json).sources.apiKey).toEqual({ kind: 'env', name: 'ANTHROPIC_API_KEY' });
    expect(code).toBe(1);
  });
});

describe('§4 row 5: no credential, or a login Claude Code cannot use', () => {
  it('a ~/.claude with settings.json only: no-credential, exit 1', async () => {
    const { json, code } = await checkCase('no-credential');
    expect(codesOf(json)).toEqual(['claude-code/no-credential']);
    expect(claudeProfile(json)).toMatchObject({ model: 'claude-sonnet-4-6', sources: { model: { line: 2 } } });
    expect(code).toBe(1);
  });

  it('.credentials.json with mode 0644: login-permissions', async () => {
    const { json } = await checkCase('subscription', {
      setup: (dir) => chmodSync(join(dir, 'home/.claude/.credentials.json'), 0o644),
    });
    expect(findingOf(json, 'claude-code/login-permissions')).toMatchObject({
      location: { path: '~/.claude/.credentials.json' },
      message: expect.stringContaining('0644'),
      remediation: [expect.stringContaining('chmod 600 ~/.claude/.credentials.json')],
    });
  });

  it('an unparsable .credentials.json: login-unreadable, and no credential at all', async () => {
    const { json, code } = await checkCase('login-unreadable');
    expect(codesOf(json)).toEqual(['claude-code/login-unreadable', 'claude-code/no-credential']);
    expect(findingOf(json, 'claude-code/login-unreadable')!.message).toContain('it is not valid JSON');
    expect(placeOf(findingOf(json, 'claude-code/login-unreadable'))).toEqual({
      path: '~/.claude/.credentials.json',
      line: undefined,
    });
    expect(code).toBe(1);
  });

  it('CLAUDE_CONFIG_DIR pointing at a folder without the login: config-dir-without-login', async () => {
    const { json } = await checkCase('config-dir', {
      setup: (dir) => mkdirSync(join(dir, 'home', 'work-claude'), { recursive: true }),
      env: { CLAUDE_CONFIG_DIR: '../home/work-claude' },
    });
    expect(findingOf(json, 'claude-code/config-dir-without-login')).toMatchObject({
      location: { kind: 'env', name: 'CLAUDE_CONFIG_DIR' },
      message: expect.stringContaining('~/.claude/.credentials.json'),
    });
    // The settings under CLAUDE_CONFIG_DIR are the ones read.
    expect(claudeProfile(json).sources.model).toMatchObject({ path: '~/work-claude/settings.json', line: 2 });
  });
});

describe('§4 row 6: a settings-file env beats the shell', () => {
  it.each([
    ['user', 'home/.claude/settings.json', '~/.claude/settings.json'],
    ['project', 'proj/.claude/settings.json', '.claude/settings.json'],
    ['local', 'proj/.claude/settings.local.json', '.claude/settings.local.json'],
  ])('%s settings: settings-env-overrides-shell, and the base URL comes from that file', async (layer, to, shown) => {
    const { json } = await checkCase('settings-env', {
      env: { ANTHROPIC_BASE_URL: 'https://api.anthropic.com' },
      setup: (dir) => {
        mkdirSync(join(dir, to, '..'), { recursive: true });
        copyFileSync(join(dir, 'home/alt', `${layer}.json`), join(dir, to));
      },
    });
    const found = findingOf(json, 'claude-code/settings-env-overrides-shell')!;
    expect(found).toMatchObject({ severity: 'info', location: { path: shown, line: 3 } });
    expect(found.message).toContain('ANTHROPIC_BASE_URL');
    expect(claudeProfile(json)).toMatchObject({
      baseUrl: `https://${layer}.example.com`,
      sources: { baseUrl: { kind: 'file', path: shown, line: 3 } },
    });
  });
});

describe('a settings-file env of "" cancels the shell', () => {
  it('lists the cancelled key as ignored, with the place that cancels it, in JSON and in text', async () => {
    const key = apiKey(31);
    const setup = (dir: string) => {
      mkdirSync(join(dir, 'home/.claude'), { recursive: true });
      writeFileSync(join(dir, 'home/.claude/settings.json'), '{\n  "env": { "ANTHROPIC_API_KEY": "" }\n}\n');
    };
    const { json } = await checkCase(undefined, { env: { ANTHROPIC_API_KEY: key }, setup });
    const at = { kind: 'file', path: '~/.claude/settings.json', line: 2, key: 'env.ANTHROPIC_API_KEY' };
    expect(claudeProfile(json).ignored).toEqual([
      expect.objectContaining({
        name: 'ANTHROPIC_API_KEY',
        location: { kind: 'env', name: 'ANTHROPIC_API_KEY' },
        by: expect.objectContaining(at),
        reason: { kind: 'cancelled', at: expect.objectContaining(at) },
      }),
    ]);
    const text = await checkCaseText(undefined, {
      env: { ANTHROPIC_API_KEY: key },
      setup,
      args: ['--lang', 'ja', '--verbose'],
    });
    expect(text.stdout).toMatch(/無視\s+ANTHROPIC_API_KEY .*~\/\.claude\/settings\.json:2:\d+.*空の値/);
  });
});

describe('§4 rows 7 and 8', () => {
  it('a gateway base URL with no Haiku mapping: gateway-no-haiku-mapping', async () => {
    const { json } = await checkCase('subscription', {
      env: { ANTHROPIC_BASE_URL: 'https://llm-gateway.example.com', ANTHROPIC_AUTH_TOKEN: apiKey(2) },
    });
    expect(findingOf(json, 'claude-code/gateway-no-haiku-mapping')).toMatchObject({
      location: { kind: 'env', name: 'ANTHROPIC_BASE_URL' },
    });
    const mapped = await checkCase('subscription', {
      env: {
        ANTHROPIC_BASE_URL: 'https://llm-gateway.example.com',
        ANTHROPIC_AUTH_TOKEN: apiKey(2),
        ANTHROPIC_DEFAULT_HAIKU_MODEL: 'claude-haiku-4-5',
      },
    });
    expect(codesOf(mapped.json)).not.toContain('claude-code/gateway-no-haiku-mapping');
  });

  it('a subscription token in another client’s key slot (LLM_API_KEY): key/oauth-token', async () => {
    const { json, code } = await checkCase('subscription', { env: { LLM_API_KEY: oauthToken(2) } });
    expect(findingOf(json, 'key/oauth-token')).toMatchObject({ location: { kind: 'env', name: 'LLM_API_KEY' } });
    expect(code).toBe(1);
  });
});
