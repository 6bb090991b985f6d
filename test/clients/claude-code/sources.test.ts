// readClaudeCode on throw-away homes and projects: every source it reads, what it keeps, where each
// value stands, and the Settings the shared checks run on.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { json, makeWorld, type World } from '../../support/claude-code-world.js';
import { apiKey, oauthToken, refreshToken } from '../../support/keys.js';

let world: World;
afterEach(() => world?.remove());
const fresh = () => {
  world = makeWorld();
  return world;
};

describe('settings layers', () => {
  it('reads every layer, strongest first, with each value placed and trusted by its layer', () => {
    const w = fresh();
    w.write(
      'managed/managed-settings.json',
      json({ forceLoginMethod: 'claudeai', env: { ANTHROPIC_MODEL: 'm-main' } }),
    );
    w.write('managed/managed-settings.d/20-b.json', json({ forceLoginOrgUUID: 'org-b' }));
    w.write('managed/managed-settings.d/10-a.json', json({ env: { ANTHROPIC_BASE_URL: 'https://gw.example' } }));
    w.write('managed/managed-settings.d/notes.txt', 'not read');
    w.write('home/proj/.claude/settings.local.json', json({ env: { ANTHROPIC_AUTH_TOKEN: oauthToken(1) } }));
    w.write('home/proj/.claude/settings.json', json({ apiKeyHelper: '/usr/bin/get-key', model: 'claude-opus-4-1' }));
    w.write('home/.claude/settings.json', json({ env: { ANTHROPIC_API_KEY: apiKey(1), DISABLE_TELEMETRY: 1 } }));

    const { facts, settings, problems, sources } = w.read();
    expect(problems).toEqual([]);
    const managed = (name: string) => join(w.managed, name);
    expect(facts.settings.map((f) => [f.layer, f.path, f.order])).toEqual([
      ['managed', managed('managed-settings.json'), 0],
      ['managed', managed('managed-settings.d/10-a.json'), 1],
      ['managed', managed('managed-settings.d/20-b.json'), 2],
      ['local', '.claude/settings.local.json', 0],
      ['project', '.claude/settings.json', 0],
      ['user', '~/.claude/settings.json', 0],
    ]);
    expect(sources).toEqual(facts.settings.map((f) => f.path));
    expect(facts.present).toBe(true);
    expect(facts.configDir).toBe('~/.claude');
    expect(facts.configDirFromEnv).toBe(false);

    const [main, , dropB, local, project, user] = facts.settings;
    expect(main!.forceLoginMethod).toEqual({
      name: 'forceLoginMethod',
      value: 'claudeai',
      location: { kind: 'file', path: managed('managed-settings.json'), line: 2, column: 23, key: 'forceLoginMethod' },
    });
    expect(dropB!.forceLoginOrgUUID?.value).toBe('org-b');
    expect(project!.apiKeyHelper).toMatchObject({ value: '/usr/bin/get-key', location: { line: 2, column: 19 } });
    expect(user!.nonString).toEqual([
      {
        name: 'DISABLE_TELEMETRY',
        value: '1',
        location: { kind: 'file', path: '~/.claude/settings.json', line: 4, column: 26, key: 'env.DISABLE_TELEMETRY' },
      },
    ]);

    const byName = Object.fromEntries(settings.map((s) => [s.name, s]));
    expect(Object.keys(byName).sort()).toEqual([
      'ANTHROPIC_API_KEY',
      'ANTHROPIC_AUTH_TOKEN',
      'ANTHROPIC_BASE_URL',
      'ANTHROPIC_MODEL',
      'model',
    ]);
    expect(byName.ANTHROPIC_API_KEY).toEqual({
      role: 'api_key',
      name: 'ANTHROPIC_API_KEY',
      value: apiKey(1),
      source: 'claude-code-settings',
      trust: 'user',
      location: { kind: 'file', path: '~/.claude/settings.json', line: 3, column: 26, key: 'env.ANTHROPIC_API_KEY' },
    });
    expect(byName.ANTHROPIC_AUTH_TOKEN).toMatchObject({ role: 'auth_token', trust: 'project' });
    expect(byName.ANTHROPIC_BASE_URL).toMatchObject({ role: 'base_url', trust: 'user', value: 'https://gw.example' });
    expect(byName.ANTHROPIC_MODEL).toMatchObject({ role: 'model', trust: 'user' });
    expect(byName.model).toMatchObject({ role: 'model', trust: 'project', location: { key: 'model', line: 3 } });
    expect(local!.env[0]).toBe(byName.ANTHROPIC_AUTH_TOKEN);
  });

  it('reads the user settings under CLAUDE_CONFIG_DIR, and only when the environment is read', () => {
    const w = fresh();
    w.write('home/.claude/settings.json', json({ model: 'usual' }));
    w.write('conf/settings.json', json({ model: 'moved' }));
    const env = { CLAUDE_CONFIG_DIR: join(w.root, 'conf') };
    const moved = w.read({ env });
    expect(moved.facts.configDir).toBe(join(w.root, 'conf'));
    expect(moved.facts.configDirFromEnv).toBe(true);
    expect(moved.facts.settings.map((f) => f.model?.value)).toEqual(['moved']);
    const noEnv = w.read({ env, useEnv: false });
    expect(noEnv.facts.settings.map((f) => f.model?.value)).toEqual(['usual']);
    expect(noEnv.facts.shell).toEqual([]);
  });

  it('takes the project from projectDir when given', () => {
    const w = fresh();
    mkdirSync(join(w.root, 'other'));
    w.write('other/.claude/settings.json', json({ model: 'elsewhere' }));
    const { facts } = w.read({ projectDir: join(w.root, 'other') });
    expect(facts.settings.map((f) => [f.layer, f.path])).toEqual([
      ['project', join(w.root, 'other/.claude/settings.json')],
    ]);
  });

  it('names the managed folder of each platform', async () => {
    const { managedFolder } = await import('../../../src/data/claude-code.js');
    expect(managedFolder('linux')).toBe('/etc/claude-code');
    expect(managedFolder('darwin')).toBe('/Library/Application Support/ClaudeCode');
    expect(managedFolder('win32')).toBe('C:\\Program Files\\ClaudeCode');
  });

  it('reads no managed folder of another platform (C:\\Program Files seen from Linux)', () => {
    const w = fresh();
    w.write('home/.claude/settings.json', json({ model: 'm' }));
    const { facts, problems } = w.read({ platform: 'win32', managedDir: undefined });
    expect(problems).toEqual([]);
    expect(facts.settings.map((f) => f.layer)).toEqual(['user']);
  });

  it('an empty string in a settings env cancels an export: kept in the facts, no setting to check', () => {
    const w = fresh();
    w.write('home/.claude/settings.json', json({ env: { ANTHROPIC_API_KEY: '' } }));
    const { facts, settings } = w.read();
    expect(facts.settings[0]!.env.map((e) => [e.name, e.value])).toEqual([['ANTHROPIC_API_KEY', '']]);
    expect(settings).toEqual([]);
  });

  it('finds nothing, and says Claude Code is not here, in an empty home', () => {
    const w = fresh();
    const { facts, settings, problems, sources } = w.read({ env: { ANTHROPIC_API_KEY: apiKey(1) } });
    expect({ settings, problems, sources }).toEqual({ settings: [], problems: [], sources: [] });
    expect(facts.present).toBe(false);
    expect(facts.shell.map((e) => e.name)).toEqual(['ANTHROPIC_API_KEY']);
  });
});

describe('~/.claude.json and the login file', () => {
  it('keeps the approved and declined key tails and the Console key', () => {
    const w = fresh();
    const tail = apiKey(2).slice(-20);
    w.write(
      'home/.claude.json',
      json({
        customApiKeyResponses: { approved: [tail, 7], rejected: [apiKey(3).slice(-20)] },
        primaryApiKey: apiKey(4),
      }),
    );
    const { facts, settings, sources } = w.read();
    expect(facts.present).toBe(true);
    expect(facts.state).toMatchObject({ path: '~/.claude.json', approved: [tail], rejected: [apiKey(3).slice(-20)] });
    expect(settings).toEqual([
      {
        role: 'api_key',
        name: 'primaryApiKey',
        value: apiKey(4),
        source: 'claude-code-state',
        trust: 'user',
        location: { kind: 'file', path: '~/.claude.json', line: 11, column: 20, key: 'primaryApiKey' },
      },
    ]);
    expect(sources).toEqual(['~/.claude.json']);
  });

  it('reads ~/.claude.json from home even when CLAUDE_CONFIG_DIR points elsewhere', () => {
    const w = fresh();
    w.write('home/.claude.json', json({ customApiKeyResponses: { approved: ['x'] } }));
    const { facts } = w.read({ env: { CLAUDE_CONFIG_DIR: join(w.root, 'conf') } });
    expect(facts.state?.approved).toEqual(['x']);
  });

  it('learns the login shape, expiry and mode, and keeps no token', () => {
    const w = fresh();
    const access = oauthToken(5);
    const refresh = refreshToken(5);
    w.write(
      'home/.claude/.credentials.json',
      json({
        claudeAiOauth: {
          accessToken: access,
          refreshToken: refresh,
          expiresAt: 1_700_000_000_000,
          subscriptionType: 'max',
        },
      }),
      0o644,
    );
    const { facts, settings } = w.read();
    expect(facts.login).toEqual({
      path: '~/.claude/.credentials.json',
      location: { kind: 'file', path: '~/.claude/.credentials.json' },
      mode: 0o644,
      subscriptionType: 'max',
      expiresAt: 1_700_000_000_000,
      hasAccessToken: true,
      accessTokenShaped: true,
      hasRefreshToken: true,
    });
    expect(facts.present).toBe(true);
    expect(settings).toEqual([]);
    const text = JSON.stringify(facts);
    expect(text).not.toContain(access);
    expect(text).not.toContain(refresh);
  });

  it('says when the access token is not an OAuth token, or absent', () => {
    const w = fresh();
    w.write('home/.claude/.credentials.json', json({ claudeAiOauth: { accessToken: apiKey(1) } }));
    expect(w.read().facts.login).toMatchObject({
      hasAccessToken: true,
      accessTokenShaped: false,
      hasRefreshToken: false,
    });
    w.write('home/.claude/.credentials.json', json({}));
    expect(w.read().facts.login).toMatchObject({ hasAccessToken: false, accessTokenShaped: false });
  });

  it('points at ~/.claude/.credentials.json when CLAUDE_CONFIG_DIR has no login', () => {
    const w = fresh();
    w.write('home/.claude/.credentials.json', json({ claudeAiOauth: { accessToken: oauthToken(1) } }));
    mkdirSync(join(w.root, 'conf'));
    const moved = w.read({ env: { CLAUDE_CONFIG_DIR: join(w.root, 'conf') } }).facts;
    expect(moved.login).toBeUndefined();
    expect(moved.loginElsewhere).toBe('~/.claude/.credentials.json');
    expect(w.read().facts.loginElsewhere).toBeUndefined();
    w.write('conf/.credentials.json', json({}));
    expect(w.read({ env: { CLAUDE_CONFIG_DIR: join(w.root, 'conf') } }).facts.loginElsewhere).toBeUndefined();
  });

  it('an unparsable login file is a problem that quotes nothing of it', () => {
    const w = fresh();
    const token = oauthToken(9);
    w.write('home/.claude/.credentials.json', `{"claudeAiOauth":{"accessToken":"${token}"`);
    const { facts, problems } = w.read();
    expect(problems).toEqual([
      {
        code: 'claude-code/login-unreadable',
        args: { path: '~/.claude/.credentials.json', reason: 'invalid-json' },
        location: { kind: 'file', path: '~/.claude/.credentials.json' },
      },
    ]);
    expect(facts.login).toBeUndefined();
    expect(facts.present).toBe(true);
    expect(JSON.stringify({ facts, problems })).not.toContain(token);
    w.write('home/.claude/.credentials.json', '[1]');
    expect(w.read().problems[0]!.args.reason).toBe('not-object');
  });
});

describe('shell start-up files', () => {
  it('finds exports in every start-up file, unquoted as the shell would, with line and column', () => {
    const w = fresh();
    w.write(
      'home/.bashrc',
      [
        '# ANTHROPIC_API_KEY=commented',
        `export ANTHROPIC_API_KEY="${apiKey(1)}"`,
        "  export ANTHROPIC_MODEL='claude-sonnet-4-5' ANTHROPIC_BASE_URL=https://gw.example # gateway",
        'PATH=$PATH:/x',
        'ANTHROPIC_SMALL_FAST_MODEL=claude-haiku-4-5 claude',
        'alias claude="ANTHROPIC_API_KEY=x claude"',
      ].join('\n'),
    );
    w.write('home/.zshrc', `CLAUDE_CODE_USE_BEDROCK=1\r\nexport AWS_REGION=us-east-1\r\n`);
    w.write('home/.profile', 'export CLAUDE_CODE_OAUTH_TOKEN\n');
    w.write('home/.bash_profile', 'export ANTHROPIC_DEFAULT_HAIKU_MODEL="$HOME/not-a-model"\n');
    w.write('home/.zshenv', 'export NODE_EXTRA_CA_CERTS=$(brew --prefix)/ca.pem\n');
    w.write(
      'home/.config/fish/config.fish',
      `set -gx ANTHROPIC_AUTH_TOKEN ${oauthToken(2)}\nset -l ANTHROPIC_MODEL local-only\nset --export ANTHROPIC_BETAS a b\n`,
    );
    const { facts, settings, sources } = w.read();
    const shown = facts.rcExports.map((e) => [
      e.file,
      e.name,
      e.value,
      e.location.kind === 'file' && e.location.line,
      col(e),
    ]);
    expect(shown).toEqual([
      ['~/.bashrc', 'ANTHROPIC_API_KEY', apiKey(1), 2, 26],
      ['~/.bashrc', 'ANTHROPIC_MODEL', 'claude-sonnet-4-5', 3, 26],
      ['~/.bashrc', 'ANTHROPIC_BASE_URL', 'https://gw.example', 3, 65],
      ['~/.zshrc', 'CLAUDE_CODE_USE_BEDROCK', '1', 1, 25],
      ['~/.zshrc', 'AWS_REGION', 'us-east-1', 2, 19],
      ['~/.bash_profile', 'ANTHROPIC_DEFAULT_HAIKU_MODEL', `${w.home}/not-a-model`, 1, 38],
      ['~/.zshenv', 'NODE_EXTRA_CA_CERTS', '$(brew --prefix)/ca.pem', 1, 28],
      ['~/.config/fish/config.fish', 'ANTHROPIC_AUTH_TOKEN', oauthToken(2), 1, 30],
      ['~/.config/fish/config.fish', 'ANTHROPIC_BETAS', 'a b', 3, 30],
    ]);
    expect(facts.rcExports.find((e) => e.name === 'NODE_EXTRA_CA_CERTS')).toMatchObject({ dynamic: true });
    expect(facts.paths).toEqual([]);
    expect(facts.present).toBe(true);
    expect(settings.map((s) => [s.name, s.role, s.source, s.trust])).toEqual([
      ['ANTHROPIC_API_KEY', 'api_key', 'shell-rc', 'user'],
      ['ANTHROPIC_MODEL', 'model', 'shell-rc', 'user'],
      ['ANTHROPIC_BASE_URL', 'base_url', 'shell-rc', 'user'],
      ['ANTHROPIC_DEFAULT_HAIKU_MODEL', 'model', 'shell-rc', 'user'],
      ['ANTHROPIC_AUTH_TOKEN', 'auth_token', 'shell-rc', 'user'],
    ]);
    expect(sources).toEqual(['~/.bashrc', '~/.zshrc', '~/.bash_profile', '~/.zshenv', '~/.config/fish/config.fish']);
  });

  it('an rc file that only sets ANTHROPIC_API_KEY does not make Claude Code present', () => {
    const w = fresh();
    w.write('home/.bashrc', `export ANTHROPIC_API_KEY=${apiKey(1)}\n`);
    expect(w.read().facts.present).toBe(false);
    w.write('home/.bashrc', 'export ANTHROPIC_PROFILE=work\n');
    expect(w.read().facts.present).toBe(true);
  });
});

describe('the process environment', () => {
  it('keeps Claude Code variables only, credentials as env Settings, and emits no setting for them', () => {
    const w = fresh();
    const env = {
      ANTHROPIC_API_KEY: apiKey(1),
      ANTHROPIC_BASE_URL: 'https://gw.example',
      CLAUDE_CODE_USE_VERTEX: '1',
      VERTEX_REGION_CLAUDE_3_5_HAIKU: 'us-east5',
      ANTHROPIC_CUSTOM_HEADERS: 'X-A: b',
      HTTPS_PROXY: 'http://proxy:3128',
      CLAUDE_CODE_FUTURE_THING: 'x',
      HOME: w.home,
      LLM_API_KEY: 'not ours',
    };
    const { facts, settings } = w.read({ env });
    expect(facts.shell.map((e) => e.name).sort()).toEqual(
      [
        'ANTHROPIC_API_KEY',
        'ANTHROPIC_BASE_URL',
        'ANTHROPIC_CUSTOM_HEADERS',
        'CLAUDE_CODE_FUTURE_THING',
        'CLAUDE_CODE_USE_VERTEX',
        'HTTPS_PROXY',
        'VERTEX_REGION_CLAUDE_3_5_HAIKU',
      ].sort(),
    );
    expect(facts.shell.find((e) => e.name === 'ANTHROPIC_API_KEY')).toEqual({
      role: 'api_key',
      name: 'ANTHROPIC_API_KEY',
      value: apiKey(1),
      source: 'env',
      trust: 'user',
      location: { kind: 'env', name: 'ANTHROPIC_API_KEY' },
    });
    expect(facts.shell.find((e) => e.name === 'HTTPS_PROXY')).toEqual({
      name: 'HTTPS_PROXY',
      value: 'http://proxy:3128',
      location: { kind: 'env', name: 'HTTPS_PROXY' },
    });
    expect(settings).toEqual([]);
    expect(facts.present).toBe(true);
    expect(w.read({ env, useEnv: false }).facts).toMatchObject({ shell: [], present: false });
  });

  it('lists every variable of the reference', async () => {
    const { CLAUDE_CODE_VARIABLES } = await import('../../../src/data/claude-code.js');
    for (const name of [
      'ANTHROPIC_API_KEY',
      'ANTHROPIC_AUTH_TOKEN',
      'CLAUDE_CODE_OAUTH_TOKEN',
      'CLAUDE_CODE_USE_BEDROCK',
      'CLAUDE_CODE_USE_VERTEX',
      'CLAUDE_CODE_USE_FOUNDRY',
      'AWS_REGION',
      'CLOUD_ML_REGION',
      'ANTHROPIC_VERTEX_PROJECT_ID',
      'ANTHROPIC_MODEL',
      'ANTHROPIC_SMALL_FAST_MODEL',
      'ANTHROPIC_BASE_URL',
      'ANTHROPIC_CUSTOM_HEADERS',
      'ANTHROPIC_BETAS',
      'NODE_EXTRA_CA_CERTS',
      'CLAUDE_CODE_CLIENT_CERT',
      'CLAUDE_CODE_CLIENT_KEY',
      'CLAUDE_CONFIG_DIR',
      'ANTHROPIC_PROFILE',
      'https_proxy',
      'NO_PROXY',
    ])
      expect(CLAUDE_CODE_VARIABLES).toContain(name);
  });
});

describe('files named by a variable', () => {
  it('says whether each CA bundle, client certificate and key is there and holds PEM', () => {
    const w = fresh();
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    w.write('home/ca.pem', pem);
    w.write('home/proj/certs/client.pem', `${'#'.repeat(70_000)}\n${pem}`);
    w.write('home/key.der', Buffer.from([0x30, 0x82, 0x01, 0x0a]));
    mkdirSync(join(w.home, 'adir'));
    w.write('home/.claude/settings.json', json({ env: { NODE_EXTRA_CA_CERTS: '~/ca.pem' } }));
    w.write('home/proj/.claude/settings.json', json({ env: { CLAUDE_CODE_CLIENT_CERT: 'certs/client.pem' } }));
    w.write('home/.bashrc', `export CLAUDE_CODE_CLIENT_KEY=${w.home}/key.der\n`);
    const env = { NODE_EXTRA_CA_CERTS: join(w.home, 'adir'), CLAUDE_CODE_CLIENT_CERT: join(w.home, 'none.pem') };
    const { facts } = w.read({ env });
    expect(facts.paths.map((p) => [p.entry.name, p.entry.location, p.state])).toEqual([
      [
        'CLAUDE_CODE_CLIENT_CERT',
        { kind: 'file', path: '.claude/settings.json', line: 3, column: 32, key: 'env.CLAUDE_CODE_CLIENT_CERT' },
        'not-pem',
      ],
      [
        'NODE_EXTRA_CA_CERTS',
        { kind: 'file', path: '~/.claude/settings.json', line: 3, column: 28, key: 'env.NODE_EXTRA_CA_CERTS' },
        'ok',
      ],
      [
        'CLAUDE_CODE_CLIENT_KEY',
        { kind: 'file', path: '~/.bashrc', line: 1, column: 31, key: 'CLAUDE_CODE_CLIENT_KEY' },
        'not-pem',
      ],
      ['NODE_EXTRA_CA_CERTS', { kind: 'env', name: 'NODE_EXTRA_CA_CERTS' }, 'not-a-file'],
      ['CLAUDE_CODE_CLIENT_CERT', { kind: 'env', name: 'CLAUDE_CODE_CLIENT_CERT' }, 'missing'],
    ]);
    w.write('home/proj/certs/client.pem', pem);
    expect(w.read({ env }).facts.paths[0]!.state).toBe('ok');
  });
});

function col(e: { location: { kind: string } & { column?: number } }): number | undefined {
  return e.location.column;
}
