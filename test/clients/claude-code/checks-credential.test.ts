// Which credential Claude Code uses, and what it ignores or refuses: both sides of each rule.
import { describe, expect, it } from 'vitest';
import {
  check,
  codes,
  facts,
  helperOf,
  login,
  only,
  rcExport,
  settingsFile,
  shellVar,
} from '../../support/claude-code.js';
import { apiKey, oauthToken, refreshToken } from '../../support/keys.js';
import { renderFinding } from '../../../src/report/render.js';

const KEY = apiKey(7);

describe('claude-code/api-key-overrides-subscription', () => {
  it('names every place ANTHROPIC_API_KEY is set when it beats a login', () => {
    const user = settingsFile('user', { ANTHROPIC_API_KEY: KEY });
    const f = facts({
      login: login(),
      settings: [user],
      shell: [shellVar('ANTHROPIC_API_KEY', KEY)],
      rcExports: [rcExport('ANTHROPIC_API_KEY', KEY, '~/.zshrc', 40)],
    });
    const [found, ...rest] = only(check(f), 'claude-code/api-key-overrides-subscription');
    expect(rest).toEqual([]);
    expect(found?.args).toEqual({
      kind: 'api-key',
      name: 'ANTHROPIC_API_KEY',
      places: [
        user.env[0]!.location,
        { kind: 'env', name: 'ANTHROPIC_API_KEY' },
        { kind: 'file', path: '~/.zshrc', line: 40, column: 8, key: 'ANTHROPIC_API_KEY' },
      ],
      approved: false,
      login: '~/.claude/.credentials.json',
    });
    expect(found?.location).toEqual(user.env[0]!.location);
    expect(found?.profile).toBe('p0');
    expect(found?.severity).toBe('warning');
    // The key itself never goes into the finding, only its redacted form.
    expect(JSON.stringify(found)).not.toContain(KEY);
    expect(found?.credential).toMatch(/^sk-ant-api03-….{4} \(108 chars, #[0-9a-f]{8}\)$/);
  });

  it('says the key was approved when its last 20 characters are in ~/.claude.json', () => {
    const state = (approved: string[]) => ({ path: '~/.claude.json', approved, rejected: [] });
    const run = (approved: string[]) =>
      only(
        check(facts({ login: login(), shell: [shellVar('ANTHROPIC_API_KEY', KEY)], state: state(approved) })),
        'claude-code/api-key-overrides-subscription',
      )[0]?.args;
    expect(run([KEY.slice(-20)])).toMatchObject({ approved: true });
    expect(run([KEY.slice(-19)])).toMatchObject({ approved: false });
  });

  it('behind a gateway base URL: the gateway bills, and it is info, since a gateway is a choice', () => {
    const shell = [
      shellVar('ANTHROPIC_AUTH_TOKEN', 'gateway-token-1234'),
      shellVar('ANTHROPIC_BASE_URL', ' https://user:pw@llm.example.com/anthropic '),
    ];
    const [found] = only(check(facts({ login: login(), shell })), 'claude-code/api-key-overrides-subscription');
    expect(found).toMatchObject({ severity: 'info', args: { gateway: 'https://***@llm.example.com/anthropic' } });
    expect(renderFinding(found!, 'en').message).toContain('requests go to the gateway at https://***@llm.example.com');
    expect(renderFinding(found!, 'en').message).not.toContain("key's organization");
    const anthropic = [
      shellVar('ANTHROPIC_API_KEY', KEY),
      shellVar('ANTHROPIC_BASE_URL', 'https://api.anthropic.com/'),
    ];
    const [direct] = only(
      check(facts({ login: login(), shell: anthropic })),
      'claude-code/api-key-overrides-subscription',
    );
    expect(direct).toMatchObject({ severity: 'warning' });
    expect(direct!.args).not.toHaveProperty('gateway');
  });

  it('covers an auth token and a helper too, and nothing without a login', () => {
    const token = facts({ login: login(), shell: [shellVar('ANTHROPIC_AUTH_TOKEN', 'gateway-token-1234')] });
    expect(only(check(token), 'claude-code/api-key-overrides-subscription')[0]?.args).toMatchObject({
      kind: 'auth-token',
      name: 'ANTHROPIC_AUTH_TOKEN',
    });
    const user = settingsFile('user', {}, { apiKeyHelper: '/usr/local/bin/get-key' });
    const helper = facts({ login: login(), settings: [user], helpers: [helperOf(user)] });
    expect(only(check(helper), 'claude-code/api-key-overrides-subscription')[0]?.args).toMatchObject({
      kind: 'api-key-helper',
      places: [user.apiKeyHelper!.location],
    });
    expect(codes(check(facts({ shell: [shellVar('ANTHROPIC_API_KEY', KEY)] })))).not.toContain(
      'claude-code/api-key-overrides-subscription',
    );
    // A login file without an access token is no subscription.
    const empty = facts({ login: login({ hasAccessToken: false }), shell: [shellVar('ANTHROPIC_API_KEY', KEY)] });
    expect(codes(check(empty))).not.toContain('claude-code/api-key-overrides-subscription');
  });

  it('is the only finding for a key over a login (no auth-conflict as well)', () => {
    const found = check(facts({ login: login(), shell: [shellVar('ANTHROPIC_API_KEY', KEY)] }));
    expect(codes(found)).toEqual(['claude-code/api-key-overrides-subscription']);
  });
});

describe('claude-code/auth-conflict', () => {
  it('names the winner and every loser with its place', () => {
    const f = facts({
      shell: [shellVar('ANTHROPIC_AUTH_TOKEN', 'gateway-token-1234'), shellVar('ANTHROPIC_API_KEY', KEY)],
    });
    const [found] = only(check(f), 'claude-code/auth-conflict');
    expect(found?.args.winner).toMatchObject({ kind: 'auth-token', at: { kind: 'env', name: 'ANTHROPIC_AUTH_TOKEN' } });
    expect(found?.args.losers).toMatchObject([{ kind: 'api-key', at: { kind: 'env', name: 'ANTHROPIC_API_KEY' } }]);
    expect(JSON.stringify(found)).not.toContain(KEY);
    expect(found?.location).toEqual({ kind: 'env', name: 'ANTHROPIC_AUTH_TOKEN' });
  });

  it('leaves the login out of the losers when api-key-overrides-subscription already names it', () => {
    const f = facts({
      login: login(),
      shell: [shellVar('ANTHROPIC_AUTH_TOKEN', 'gateway-token-1234'), shellVar('ANTHROPIC_API_KEY', KEY)],
    });
    const [found] = only(check(f), 'claude-code/auth-conflict');
    expect(found?.args.losers.map((l: { kind: string }) => l.kind)).toEqual(['api-key']);
  });

  it('reports an OAuth token next to a login, and nothing for a single credential', () => {
    const f = facts({ login: login(), shell: [shellVar('CLAUDE_CODE_OAUTH_TOKEN', oauthToken(3))] });
    const [found] = only(check(f), 'claude-code/auth-conflict');
    expect(found?.args.losers).toEqual([
      { kind: 'subscription', at: { kind: 'file', path: '~/.claude/.credentials.json' } },
    ]);
    expect(codes(check(facts({ login: login() })))).not.toContain('claude-code/auth-conflict');
  });

  it('says nothing of a login under a cloud provider, but names a key there', () => {
    const bedrock = [
      shellVar('CLAUDE_CODE_USE_BEDROCK', '1'),
      shellVar('AWS_REGION', 'us-east-1'),
      shellVar('AWS_PROFILE', 'x'),
    ];
    expect(codes(check(facts({ login: login(), shell: bedrock })))).toEqual([]);
    const withKey = check(facts({ shell: [...bedrock, shellVar('ANTHROPIC_API_KEY', KEY)] }));
    expect(only(withKey, 'claude-code/auth-conflict')[0]?.args).toMatchObject({
      winner: { kind: 'cloud-provider', at: { kind: 'env', name: 'CLAUDE_CODE_USE_BEDROCK' } },
      losers: [{ kind: 'api-key' }],
    });
  });
});

describe('claude-code/key-declined and claude-code/login-forced', () => {
  it('reports a declined key, and not an approved one', () => {
    const state = (rejected: string[]) => ({ path: '~/.claude.json', approved: [], rejected });
    const run = (rejected: string[]) =>
      check(facts({ state: state(rejected), shell: [shellVar('ANTHROPIC_API_KEY', KEY)] }));
    const [found] = only(run([KEY.slice(-20)]), 'claude-code/key-declined');
    expect(found?.args).toEqual({ name: 'ANTHROPIC_API_KEY', path: '~/.claude.json' });
    expect(found?.location).toEqual({ kind: 'env', name: 'ANTHROPIC_API_KEY' });
    expect(codes(run([KEY.slice(-20)]))).toContain('claude-code/no-credential');
    expect(codes(run(['x'.repeat(20)]))).not.toContain('claude-code/key-declined');
  });

  it('reports a key and a helper refused by forceLoginMethod, naming where it is forced', () => {
    const managed = settingsFile('managed', {}, { forceLoginMethod: 'claudeai' });
    const user = settingsFile('user', {}, { apiKeyHelper: '/usr/local/bin/get-key' });
    const f = facts({
      login: login(),
      settings: [managed, user],
      helpers: [helperOf(user)],
      shell: [shellVar('ANTHROPIC_API_KEY', KEY)],
    });
    const found = only(check(f), 'claude-code/login-forced');
    expect(found.map((x) => [x.args.name, x.args.method, x.args.at, x.location, x.severity])).toEqual([
      [
        'ANTHROPIC_API_KEY',
        'claudeai',
        managed.forceLoginMethod!.location,
        { kind: 'env', name: 'ANTHROPIC_API_KEY' },
        'error',
      ],
      ['apiKeyHelper', 'claudeai', managed.forceLoginMethod!.location, user.apiKeyHelper!.location, 'error'],
    ]);
    const free = facts({ login: login(), settings: [user], helpers: [helperOf(user)] });
    expect(codes(check(free))).not.toContain('claude-code/login-forced');
  });

  it('reports a key and a helper refused by forceLoginOrgUUID, naming that key', () => {
    const managed = settingsFile('managed', {}, { forceLoginOrgUUID: 'org-1' });
    const user = settingsFile('user', {}, { apiKeyHelper: '/usr/local/bin/get-key' });
    const f = facts({
      settings: [managed, user],
      helpers: [helperOf(user)],
      shell: [shellVar('ANTHROPIC_API_KEY', KEY)],
    });
    const found = only(check(f), 'claude-code/login-forced');
    const at = managed.forceLoginOrgUUID!.location;
    expect(found.map((x) => x.args)).toEqual([
      { name: 'ANTHROPIC_API_KEY', key: 'forceLoginOrgUUID', method: 'org-1', at },
      { name: 'apiKeyHelper', key: 'forceLoginOrgUUID', method: 'org-1', at },
    ]);
  });
});

describe('claude-code/no-credential', () => {
  it('fires when nothing is there, not when Claude Code is absent or a login exists', () => {
    expect(only(check(facts()), 'claude-code/no-credential')[0]).toMatchObject({
      args: { configDir: '~/.claude' },
      severity: 'error',
      profile: 'p0',
    });
    expect(codes(check(facts({ present: false })))).toEqual([]);
    expect(codes(check(facts({ login: login() })))).not.toContain('claude-code/no-credential');
    // An empty variable is no credential.
    expect(codes(check(facts({ shell: [shellVar('ANTHROPIC_API_KEY', '  ')] })))).toContain(
      'claude-code/no-credential',
    );
  });
});

describe('claude-code/oauth-token-malformed', () => {
  const run = (value: string) =>
    only(check(facts({ shell: [shellVar('CLAUDE_CODE_OAUTH_TOKEN', value)] })), 'claude-code/oauth-token-malformed');

  it('accepts a bare sk-ant-oat01- token', () => {
    expect(run(oauthToken(2))).toEqual([]);
  });

  it('leaves whitespace to key/whitespace, and reports another kind of credential', () => {
    expect(run(`${oauthToken(2)}\n`)).toEqual([]);
    expect(run(` ${oauthToken(2)}`)).toEqual([]);
    expect(run(KEY)[0]?.args).toEqual({ name: 'CLAUDE_CODE_OAUTH_TOKEN', problems: ['prefix'], looksLike: 'api-key' });
    expect(run(refreshToken(2))[0]?.args).toMatchObject({ problems: ['prefix'], looksLike: 'refresh-token' });
    expect(run(`  ${KEY}`)[0]?.args.problems).toEqual(['prefix']);
    expect(run('gibberish-value')[0]?.args).toEqual({ name: 'CLAUDE_CODE_OAUTH_TOKEN', problems: ['prefix'] });
    expect(JSON.stringify(run(`${KEY} `))).not.toContain(KEY);
  });

  it('reports a token cut short: fewer than 40 characters after sk-ant-oat01-', () => {
    const token = oauthToken(2);
    const cut = token.slice(0, 'sk-ant-oat01-'.length + 39);
    expect(run(cut)[0]?.args).toEqual({
      name: 'CLAUDE_CODE_OAUTH_TOKEN',
      problems: ['short'],
      bodyLength: 39,
      minimum: 40,
    });
    expect(run(token.slice(0, 'sk-ant-oat01-'.length + 40))).toEqual([]);
    expect(run('sk-ant-oat01-')[0]?.args).toMatchObject({ problems: ['short'], bodyLength: 0 });
    expect(JSON.stringify(run(cut))).not.toContain(cut);
  });

  it('checks every place the token is set, not only the winner', () => {
    const user = settingsFile('user', { CLAUDE_CODE_OAUTH_TOKEN: oauthToken(4) });
    const found = only(
      check(facts({ settings: [user], shell: [shellVar('CLAUDE_CODE_OAUTH_TOKEN', apiKey(5))] })),
      'claude-code/oauth-token-malformed',
    );
    expect(found.map((x) => x.location)).toEqual([{ kind: 'env', name: 'CLAUDE_CODE_OAUTH_TOKEN' }]);
  });
});

describe('claude-code/oauth-not-probed', () => {
  it('fires for the login and an OAuth token, unless --probe-oauth puts the token in the profile', () => {
    expect(only(check(facts({ login: login() })), 'claude-code/oauth-not-probed')[0]).toMatchObject({
      args: { kind: 'subscription' },
      location: { kind: 'file', path: '~/.claude/.credentials.json' },
      severity: 'info',
    });
    const token = facts({ shell: [shellVar('CLAUDE_CODE_OAUTH_TOKEN', oauthToken(2))] });
    expect(only(check(token), 'claude-code/oauth-not-probed')[0]?.args).toEqual({ kind: 'oauth-token' });
    expect(codes(check(token, { probeOauth: true }))).not.toContain('claude-code/oauth-not-probed');
    expect(codes(check(facts({ shell: [shellVar('ANTHROPIC_API_KEY', KEY)] })))).not.toContain(
      'claude-code/oauth-not-probed',
    );
  });
});

describe('a clean setup', () => {
  it('gives nothing for one API key, and only oauth-not-probed for a fresh login', () => {
    expect(check(facts({ shell: [shellVar('ANTHROPIC_API_KEY', KEY)] }))).toEqual([]);
    expect(codes(check(facts({ login: login() })))).toEqual(['claude-code/oauth-not-probed']);
  });
});
