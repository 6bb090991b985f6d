// Claude Code's precedence on plain facts (reference: Claude Code §1–§2): which settings file, shell value
// or rc export wins for a variable, which credential wins, and why every other one is ignored.
import { describe, expect, it } from 'vitest';
import type { ClaudeCodeFacts } from '../../../src/clients/claude-code/facts.js';
import {
  CLOUD_SWITCHES,
  candidatesOf,
  effective,
  forcedLogin,
  type ResolveOptions,
  resolveClaudeCode,
  strongestFirst,
} from '../../../src/clients/claude-code/precedence.js';
import type { Location, Profile, Setting } from '../../../src/types.js';
import {
  facts,
  helperOf,
  helperOutput,
  login,
  rcExport,
  settingsFile,
  settingsOf,
  shellVar,
} from '../../support/claude-code.js';
import { apiKey, oauthToken } from '../../support/keys.js';

function resolve(f: ClaudeCodeFacts, opts: ResolveOptions = {}) {
  const settings = settingsOf(f);
  const profile = resolveClaudeCode(f, settings, opts);
  /** The setting read for `name` at `path` (a settings file, an rc file) or from the shell. */
  const at = (name: string, path?: string): Setting => {
    const s = settings.find(
      (x) => x.name === name && (path ? x.location.kind === 'file' && x.location.path === path : x.source === 'env'),
    );
    if (!s) throw new Error(`no setting ${name} at ${path ?? 'the shell'}`);
    return s;
  };
  return { profile, settings, at };
}

const overridden = (setting: Setting, by: Setting) => ({ setting, reason: { kind: 'overridden', by } });
const outranked = (setting: Setting, by: string) => ({ setting, reason: { kind: 'outranked', by } });
const kinds = (p: Profile) => [p.credential!.kind, ...p.credential!.losers.map((l) => l.kind)];

const URL = 'ANTHROPIC_BASE_URL';
const MANAGED = '/etc/claude-code/managed-settings.json';
const LOCAL = '.claude/settings.local.json';
const PROJECT = '.claude/settings.json';
const USER = '~/.claude/settings.json';

describe('a variable’s value: settings layers, the shell, rc files', () => {
  const layers = () => [
    settingsFile('user', { [URL]: 'https://user.example' }),
    settingsFile('project', { [URL]: 'https://project.example' }),
    settingsFile('local', { [URL]: 'https://local.example' }),
    settingsFile('managed', { [URL]: 'https://managed.example' }),
  ];

  it('takes managed over local over project over user, and lists each weaker one as overridden', () => {
    const all = layers();
    for (const [n, path] of [MANAGED, LOCAL, PROJECT, USER].entries()) {
      const { profile, at } = resolve(facts({ settings: all.slice(0, 4 - n) }));
      expect(profile.baseUrl).toBe(at(URL, path));
      const weaker = [LOCAL, PROJECT, USER].slice(n).map((p) => overridden(at(URL, p), at(URL, path)));
      expect(profile.ignored).toEqual(weaker);
    }
  });

  it('sorts the files whatever order they come in', () => {
    expect(strongestFirst(layers()).map((f) => f.layer)).toEqual(['managed', 'local', 'project', 'user']);
    expect(strongestFirst([...layers()].reverse()).map((f) => f.layer)).toEqual([
      'managed',
      'local',
      'project',
      'user',
    ]);
  });

  it('lets a later managed-settings.d file beat an earlier one and the main file', () => {
    const d = (name: string, order: number) =>
      settingsFile(
        'managed',
        { [URL]: `https://${name}.example` },
        { path: `/etc/claude-code/managed-settings.d/${name}.json`, order },
      );
    const main = settingsFile('managed', { [URL]: 'https://main.example' });
    const files = [main, d('10-a', 1), d('20-b', 2)];
    for (const order of [files, [...files].reverse()]) {
      const { profile } = resolve(facts({ settings: order }));
      expect(profile.baseUrl?.value).toBe('https://20-b.example');
      expect(profile.ignored.map((i) => i.setting.value)).toEqual(['https://10-a.example', 'https://main.example']);
    }
    // A managed .d file still beats a local file.
    const local = settingsFile('local', { [URL]: 'https://local.example' });
    expect(resolve(facts({ settings: [local, d('10-a', 1)] })).profile.baseUrl?.value).toBe('https://10-a.example');
  });

  it('lets a settings env beat the shell, and the shell beat an rc export', () => {
    const file = settingsFile('user', { [URL]: 'https://file.example' });
    const shell = [shellVar(URL, 'https://shell.example')];
    const rc = [rcExport(URL, 'https://rc.example')];
    const full = resolve(facts({ settings: [file], shell, rcExports: rc }));
    expect(full.profile.baseUrl).toBe(full.at(URL, USER));
    expect(full.profile.ignored).toEqual([
      overridden(full.at(URL), full.at(URL, USER)),
      overridden(full.at(URL, '~/.bashrc'), full.at(URL, USER)),
    ]);
    const noFile = resolve(facts({ shell, rcExports: rc }));
    expect(noFile.profile.baseUrl).toBe(noFile.at(URL));
    expect(noFile.profile.ignored).toEqual([overridden(noFile.at(URL, '~/.bashrc'), noFile.at(URL))]);
    const rcOnly = resolve(facts({ rcExports: rc }));
    expect(rcOnly.profile.baseUrl).toBe(rcOnly.at(URL, '~/.bashrc'));
    expect(candidatesOf(facts({ shell, rcExports: rc, settings: [file] }), URL).map((c) => c.entry.value)).toEqual([
      'https://file.example',
      'https://shell.example',
      'https://rc.example',
    ]);
  });

  it('keeps the strongest place even when it is empty: a settings env "" cancels the shell’s export', () => {
    const f = facts({
      settings: [settingsFile('user', { ANTHROPIC_API_KEY: '', [URL]: '' })],
      shell: [shellVar('ANTHROPIC_API_KEY', apiKey(1)), shellVar(URL, 'https://shell.example')],
    });
    expect(effective(f, URL)?.entry.value).toBe('');
    const { profile } = resolve(f);
    expect(profile.credential).toEqual({ kind: 'none', losers: [] });
    expect('apiKey' in profile).toBe(false);
    expect('baseUrl' in profile).toBe(false);
    // The cancelling "" is no setting (the sources emit none for it); the shell's values are listed as
    // cancelled by that place, and the run does not fail on them.
    const at = f.settings[0]!.env.find((e) => e.name === 'ANTHROPIC_API_KEY')!.location;
    expect(profile.ignored.map((i) => [i.setting.name, i.setting.value, i.reason])).toEqual([
      ['ANTHROPIC_API_KEY', apiKey(1), { kind: 'cancelled', at }],
      [
        URL,
        'https://shell.example',
        { kind: 'cancelled', at: f.settings[0]!.env.find((e) => e.name === URL)!.location },
      ],
    ]);
  });

  it('only a settings file cancels: an empty shell variable overrides an rc export as any shell value does', () => {
    const f = facts({ shell: [shellVar(URL, '')], rcExports: [rcExport(URL, 'https://rc.example')] });
    expect(resolve(f).profile.ignored.map((i) => i.reason.kind)).toEqual(['overridden']);
  });

  it('does not list a blank weaker value as overridden', () => {
    const { profile } = resolve(
      facts({ settings: [settingsFile('user', { [URL]: 'https://file.example' })], shell: [shellVar(URL, '  ')] }),
    );
    expect(profile.ignored).toEqual([]);
  });

  it('does not apply a lenient file (comments, trailing commas): not its env, helper, model or forced login', () => {
    const lenient = settingsFile(
      'managed',
      { [URL]: 'https://lenient.example', ANTHROPIC_API_KEY: apiKey(1) },
      { lenient: 'comments', apiKeyHelper: 'echo x', model: 'claude-opus-4-7', forceLoginMethod: 'claudeai' },
    );
    const user = settingsFile('user', { [URL]: 'https://user.example' }, { lenient: undefined });
    const { profile, at } = resolve(
      facts({ settings: [lenient, user], shell: [shellVar('ANTHROPIC_AUTH_TOKEN', 't')] }),
    );
    expect(profile.baseUrl).toBe(at(URL, USER));
    expect(profile.credential?.kind).toBe('auth-token');
    expect(profile.credential?.losers).toEqual([]);
    expect('model' in profile).toBe(false);
    expect(strongestFirst([lenient, { ...user, lenient: 'trailing-comma' }])).toEqual([]);
  });
});

describe('the credential', () => {
  const helperFile = () => settingsFile('user', {}, { apiKeyHelper: "echo 'k'" });
  function everything(): ClaudeCodeFacts {
    const file = helperFile();
    const literal = helperOutput(apiKey(3), file.apiKeyHelper!);
    return facts({
      settings: [file],
      helpers: [helperOf(file, { literal })],
      shell: [
        shellVar('ANTHROPIC_AUTH_TOKEN', 'gateway-token'),
        shellVar('ANTHROPIC_API_KEY', apiKey(1)),
        shellVar('CLAUDE_CODE_OAUTH_TOKEN', oauthToken(1)),
        shellVar('ANTHROPIC_PROFILE', 'work'),
      ],
      login: login(),
    });
  }
  const without = (f: ClaudeCodeFacts, name: string) => ({ ...f, shell: f.shell.filter((e) => e.name !== name) });

  it('ranks auth token > API key > apiKeyHelper > OAuth token > ANTHROPIC_PROFILE > subscription', () => {
    let f = everything();
    const order = ['auth-token', 'api-key', 'api-key-helper', 'oauth-token', 'anthropic-profile', 'subscription'];
    for (let i = 0; i < order.length; i++) {
      expect(kinds(resolve(f).profile)).toEqual(order.slice(i));
      if (order[i] === 'api-key-helper') f = { ...f, settings: [], helpers: [] };
      else if (order[i] === 'subscription') f = { ...f, login: undefined };
      else
        f = without(
          f,
          ['ANTHROPIC_AUTH_TOKEN', 'ANTHROPIC_API_KEY', '', 'CLAUDE_CODE_OAUTH_TOKEN', 'ANTHROPIC_PROFILE'][i]!,
        );
    }
    expect(resolve(f).profile.credential).toEqual({ kind: 'none', losers: [] });
  });

  it('puts the winner in its slot and lists every loser that has a setting as outranked', () => {
    const { profile, at, settings } = resolve(everything());
    const literal = settings.find((s) => s.source === 'claude-code-helper')!;
    expect(profile).toMatchObject({ id: 'p0', client: 'claude-code' });
    expect(profile.authToken).toBe(at('ANTHROPIC_AUTH_TOKEN'));
    expect('apiKey' in profile).toBe(false);
    expect(profile.credential!.setting).toBe(at('ANTHROPIC_AUTH_TOKEN'));
    expect(profile.credential!.losers).toEqual([
      { kind: 'api-key', setting: at('ANTHROPIC_API_KEY') },
      { kind: 'api-key-helper', setting: literal },
      { kind: 'oauth-token', setting: at('CLAUDE_CODE_OAUTH_TOKEN') },
      { kind: 'anthropic-profile' },
      { kind: 'subscription' },
    ]);
    expect(profile.ignored).toEqual([
      outranked(at('ANTHROPIC_API_KEY'), 'auth-token'),
      outranked(literal, 'auth-token'),
      outranked(at('CLAUDE_CODE_OAUTH_TOKEN'), 'auth-token'),
    ]);
  });

  it('puts an API key, or the helper’s output, in the API key slot', () => {
    const key = resolve(without(everything(), 'ANTHROPIC_AUTH_TOKEN'));
    expect(key.profile.apiKey).toBe(key.at('ANTHROPIC_API_KEY'));
    expect('authToken' in key.profile).toBe(false);
    const f = without(without(everything(), 'ANTHROPIC_AUTH_TOKEN'), 'ANTHROPIC_API_KEY');
    const helper = resolve(f);
    expect(helper.profile.apiKey?.value).toBe(apiKey(3));
    expect(helper.profile.credential?.setting?.value).toBe(apiKey(3));
  });

  it('prefers what --run-helpers saw over the literal, and has no setting for a helper it cannot read', () => {
    const file = helperFile();
    const ran = helperOutput(apiKey(4), file.apiKeyHelper!);
    const literal = helperOutput(apiKey(3), file.apiKeyHelper!);
    const run = { helper: file.apiKeyHelper!, outcome: 'ok' as const, output: ran };
    const both = resolve(facts({ settings: [file], helpers: [helperOf(file, { literal })], helperRuns: [run] }));
    expect(both.profile.apiKey).toBe(ran);
    const unknown = resolve(facts({ settings: [file], helpers: [helperOf(file)] }));
    expect(unknown.profile.credential).toEqual({ kind: 'api-key-helper', losers: [] });
    expect('apiKey' in unknown.profile).toBe(false);
    // Another file's helper run does not count for this one.
    const elsewhere = { ...run, helper: { ...file.apiKeyHelper!, location: { kind: 'env', name: 'x' } as Location } };
    expect(resolve(facts({ settings: [file], helperRuns: [elsewhere] })).profile.credential?.setting).toBeUndefined();
  });

  it('runs the strongest file’s helper', () => {
    const user = settingsFile('user', {}, { apiKeyHelper: 'echo u' });
    const managed = settingsFile('managed', {}, { apiKeyHelper: 'echo m' });
    const literal = (file: typeof user, seed: number) => helperOutput(apiKey(seed), file.apiKeyHelper!);
    const f = facts({
      settings: [user, managed],
      helpers: [helperOf(user, { literal: literal(user, 1) }), helperOf(managed, { literal: literal(managed, 2) })],
    });
    expect(resolve(f).profile.apiKey?.value).toBe(apiKey(2));
  });

  it('treats a blank variable as no credential, and the subscription only with an access token', () => {
    const f = facts({
      shell: [shellVar('ANTHROPIC_AUTH_TOKEN', ' '), shellVar('ANTHROPIC_PROFILE', ' ')],
      login: login({ hasAccessToken: false }),
    });
    expect(resolve(f).profile.credential).toEqual({ kind: 'none', losers: [] });
  });

  it('puts the OAuth token in the auth-token slot only with --probe-oauth', () => {
    const f = facts({ shell: [shellVar('CLAUDE_CODE_OAUTH_TOKEN', oauthToken(1))], login: login() });
    const plain = resolve(f);
    expect(plain.profile.credential?.kind).toBe('oauth-token');
    expect('authToken' in plain.profile).toBe(false);
    const probed = resolve(f, { probeOauth: true });
    expect(probed.profile.authToken).toBe(probed.at('CLAUDE_CODE_OAUTH_TOKEN'));
    expect('apiKey' in probed.profile).toBe(false);
    // --probe-oauth does not move an API key into the token slot.
    const key = resolve(facts({ shell: [shellVar('ANTHROPIC_API_KEY', apiKey(1))] }), { probeOauth: true });
    expect('authToken' in key.profile).toBe(false);
  });
});

describe('a cloud provider switch', () => {
  it('beats every credential and ignores the others with reason cloud-provider', () => {
    for (const name of CLOUD_SWITCHES) {
      const f = facts({
        shell: [shellVar(name, '1'), shellVar('ANTHROPIC_API_KEY', apiKey(1)), shellVar(URL, 'https://proxy.example')],
        login: login(),
      });
      const { profile, at } = resolve(f);
      expect(kinds(profile)).toEqual(['cloud-provider', 'api-key', 'subscription']);
      expect(profile.credential?.setting).toBeUndefined();
      expect(profile.ignored).toEqual([
        { setting: at('ANTHROPIC_API_KEY'), reason: { kind: 'cloud-provider', name, at: { kind: 'env', name } } },
      ]);
      expect('apiKey' in profile).toBe(false);
      expect('baseUrl' in profile).toBe(false);
    }
  });

  it('reads 1, true, yes and on as on, any case and padding; not 0, false or empty', () => {
    const kind = (value: string) =>
      resolve(facts({ shell: [shellVar('CLAUDE_CODE_USE_VERTEX', value)], login: login() })).profile.credential?.kind;
    for (const on of ['1', 'true', 'TRUE', 'Yes', 'on', ' 1 ']) expect(kind(on)).toBe('cloud-provider');
    for (const off of ['0', 'false', '', 'no', '11', 'xon', 'one', 'truex']) expect(kind(off)).toBe('subscription');
  });

  it('is cancelled by a settings env "" over the shell’s switch', () => {
    const f = facts({
      settings: [settingsFile('user', { CLAUDE_CODE_USE_BEDROCK: '' })],
      shell: [shellVar('CLAUDE_CODE_USE_BEDROCK', '1')],
      login: login(),
    });
    expect(resolve(f).profile.credential?.kind).toBe('subscription');
  });
});

describe('declined keys and a forced login', () => {
  const key = apiKey(7);
  const state = (rejected: string[]) => ({ path: '~/.claude.json', approved: [], rejected });

  it('skips a key whose last 20 characters were declined, with reason declined', () => {
    const f = facts({ shell: [shellVar('ANTHROPIC_API_KEY', key)], login: login(), state: state([key.slice(-20)]) });
    const { profile, at } = resolve(f);
    expect(kinds(profile)).toEqual(['subscription']);
    expect(profile.ignored).toEqual([
      { setting: at('ANTHROPIC_API_KEY'), reason: { kind: 'declined', path: '~/.claude.json' } },
    ]);
  });

  it('compares the trimmed key’s last 20 characters, and nothing else', () => {
    const padded = facts({ shell: [shellVar('ANTHROPIC_API_KEY', `${key}\n`)], state: state([key.slice(-20)]) });
    expect(resolve(padded).profile.credential?.kind).toBe('none');
    for (const rejected of [[key.slice(-19)], [key.slice(-21)], [], [key.slice(0, 20)]]) {
      const f = facts({ shell: [shellVar('ANTHROPIC_API_KEY', key)], state: state(rejected) });
      expect(resolve(f).profile.credential?.kind).toBe('api-key');
    }
    expect(resolve(facts({ shell: [shellVar('ANTHROPIC_API_KEY', key)] })).profile.credential?.kind).toBe('api-key');
  });

  it('does not decline an auth token with the same tail', () => {
    const f = facts({ shell: [shellVar('ANTHROPIC_AUTH_TOKEN', key)], state: state([key.slice(-20)]) });
    expect(resolve(f).profile.credential?.kind).toBe('auth-token');
  });

  it('refuses the token, the key and the helper under forceLoginMethod, not the OAuth token', () => {
    const forcing = settingsFile('managed', {}, { forceLoginMethod: 'claudeai' });
    const user = settingsFile('user', {}, { apiKeyHelper: 'echo k', forceLoginMethod: 'console' });
    const f = facts({
      settings: [user, forcing],
      shell: [
        shellVar('ANTHROPIC_AUTH_TOKEN', 't'),
        shellVar('ANTHROPIC_API_KEY', key),
        shellVar('CLAUDE_CODE_OAUTH_TOKEN', oauthToken(1)),
      ],
      login: login(),
      state: state([key.slice(-20)]),
    });
    const { profile, at } = resolve(f);
    expect(kinds(profile)).toEqual(['oauth-token', 'subscription']);
    const refused = (name: string) => ({
      setting: at(name),
      reason: { kind: 'login-forced', at: forcing.forceLoginMethod!.location },
    });
    expect(profile.ignored).toEqual([refused('ANTHROPIC_AUTH_TOKEN'), refused('ANTHROPIC_API_KEY')]);
  });
});

describe('forceLoginOrgUUID', () => {
  it('refuses the token, the key and the helper like forceLoginMethod (reference §1)', () => {
    const forcing = settingsFile('managed', {}, { forceLoginOrgUUID: 'org-1' });
    const user = settingsFile('user', {}, { apiKeyHelper: 'echo k' });
    const f = facts({
      settings: [user, forcing],
      shell: [shellVar('ANTHROPIC_AUTH_TOKEN', 't'), shellVar('ANTHROPIC_API_KEY', apiKey(1))],
      login: login(),
    });
    const { profile, at } = resolve(f);
    expect(kinds(profile)).toEqual(['subscription']);
    const where = forcing.forceLoginOrgUUID!.location;
    expect(profile.ignored).toEqual([
      { setting: at('ANTHROPIC_AUTH_TOKEN'), reason: { kind: 'login-forced', at: where } },
      { setting: at('ANTHROPIC_API_KEY'), reason: { kind: 'login-forced', at: where } },
    ]);
    expect(forcedLogin(f)).toBe(forcing.forceLoginOrgUUID);
  });

  it('names forceLoginMethod over forceLoginOrgUUID, from the strongest file that forces a login', () => {
    const both = settingsFile('project', {}, { forceLoginMethod: 'console', forceLoginOrgUUID: 'org-1' });
    const user = settingsFile('user', {}, { forceLoginMethod: 'claudeai' });
    expect(forcedLogin(facts({ settings: [user, both] }))).toBe(both.forceLoginMethod);
    const lenient = settingsFile('managed', {}, { forceLoginOrgUUID: 'org-2', lenient: 'comments' });
    expect(forcedLogin(facts({ settings: [lenient, user] }))).toBe(user.forceLoginMethod);
    expect(forcedLogin(facts({ settings: [settingsFile('user')] }))).toBeUndefined();
  });
});

describe('the model', () => {
  it('takes ANTHROPIC_MODEL over settings `model`, and the strongest file’s `model` over a weaker one', () => {
    const user = settingsFile('user', {}, { model: 'claude-haiku' });
    const project = settingsFile('project', {}, { model: 'claude-opus' });
    const variable = shellVar('ANTHROPIC_MODEL', 'claude-sonnet');
    const all = resolve(facts({ settings: [user, project], shell: [variable] }));
    const model = (path: string) =>
      all.settings.find((s) => s.name === 'model' && s.location.kind === 'file' && s.location.path === path)!;
    expect(all.profile.model).toBe(all.at('ANTHROPIC_MODEL'));
    expect(all.profile.ignored).toEqual([
      overridden(model(PROJECT), all.at('ANTHROPIC_MODEL')),
      overridden(model(USER), all.at('ANTHROPIC_MODEL')),
    ]);
    const files = resolve(facts({ settings: [user, project] }));
    expect(files.profile.model?.value).toBe('claude-opus');
    expect(files.profile.ignored.map((i) => i.setting.value)).toEqual(['claude-haiku']);
  });

  it('skips a blank ANTHROPIC_MODEL and a blank `model`', () => {
    const user = settingsFile('user', {}, { model: 'claude-haiku' });
    const blank = settingsFile('project', {}, { model: ' ' });
    const { profile } = resolve(facts({ settings: [user, blank], shell: [shellVar('ANTHROPIC_MODEL', ' ')] }));
    expect(profile.model?.value).toBe('claude-haiku');
    expect(profile.ignored).toEqual([]);
    expect('model' in resolve(facts({ shell: [shellVar('ANTHROPIC_MODEL', '')] })).profile).toBe(false);
  });

  it('reads the background model variables as used, at their effective place', () => {
    const f = facts({
      settings: [settingsFile('user', { ANTHROPIC_DEFAULT_HAIKU_MODEL: 'claude-haiku-file' })],
      shell: [
        shellVar('ANTHROPIC_DEFAULT_HAIKU_MODEL', 'claude-haiku-shell'),
        shellVar('ANTHROPIC_DEFAULT_OPUS_MODEL', 'o'),
        shellVar('ANTHROPIC_DEFAULT_SONNET_MODEL', 's'),
        shellVar('ANTHROPIC_SMALL_FAST_MODEL', 'f'),
      ],
    });
    const { profile, at } = resolve(f);
    expect(profile.reads).toEqual([
      at('ANTHROPIC_DEFAULT_OPUS_MODEL'),
      at('ANTHROPIC_DEFAULT_SONNET_MODEL'),
      at('ANTHROPIC_DEFAULT_HAIKU_MODEL', USER),
      at('ANTHROPIC_SMALL_FAST_MODEL'),
    ]);
    expect(profile.ignored).toEqual([
      overridden(at('ANTHROPIC_DEFAULT_HAIKU_MODEL'), at('ANTHROPIC_DEFAULT_HAIKU_MODEL', USER)),
    ]);
    expect('reads' in resolve(facts()).profile).toBe(false);
  });
});

describe('weaker places of the credential variables', () => {
  it('lists each overridden place of a key, token or model variable', () => {
    for (const name of ['ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN', 'CLAUDE_CODE_OAUTH_TOKEN', 'ANTHROPIC_MODEL']) {
      const f = facts({ shell: [shellVar(name, 'shell-value')], rcExports: [rcExport(name, 'rc-value')] });
      const { profile, at } = resolve(f);
      expect(profile.ignored).toContainEqual(overridden(at(name, '~/.bashrc'), at(name)));
    }
  });
});
