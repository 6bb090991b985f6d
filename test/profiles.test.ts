import { describe, expect, it } from 'vitest';
import { CLIENTS } from '../src/clients/index.js';
import { profilesIn, resolveProfiles, usersOfSettings } from '../src/profiles.js';
import type { Profile, Setting } from '../src/types.js';
import { apiKey } from './support/keys.js';
import { envSetting, fileSetting } from './support/settings.js';

const sdk = (settings: Parameters<typeof resolveProfiles>[0]) =>
  resolveProfiles(settings).find((p) => p.client === 'anthropic-sdk');
const openhands = (settings: Parameters<typeof resolveProfiles>[0]) =>
  resolveProfiles(settings).find((p) => p.client === 'openhands-headless');

describe('resolveProfiles', () => {
  it('reports against the SDK client when nothing is configured', () => {
    expect(resolveProfiles([])).toEqual([{ id: 'p1', client: 'anthropic-sdk', ignored: [] }]);
  });

  it('lets the environment win over .env (dotenv never overrides a set variable)', () => {
    const env = envSetting('ANTHROPIC_API_KEY', apiKey(1));
    const file = fileSetting('ANTHROPIC_API_KEY', apiKey(2));
    const p = sdk([file, env])!;
    expect(p.apiKey).toBe(env);
    expect(p.ignored).toEqual([{ setting: file, reason: { kind: 'overridden', by: env } }]);
  });

  it('lets an empty variable in the environment block the .env value, and counts it as unset', () => {
    const p = sdk([envSetting('ANTHROPIC_API_KEY', ''), fileSetting('ANTHROPIC_API_KEY', apiKey(2))])!;
    expect(p.apiKey).toBeUndefined();
  });

  it('treats a blank ANTHROPIC_API_KEY as unset for the SDK, which trims', () => {
    const token = envSetting('ANTHROPIC_AUTH_TOKEN', 'x', 'auth_token');
    const p = sdk([envSetting('ANTHROPIC_API_KEY', '  '), token])!;
    expect(p.apiKey).toBeUndefined();
    expect(p.authToken).toBe(token);
  });

  it('keeps the first .env file given, and the last line within a file', () => {
    const a1 = fileSetting('LLM_API_KEY', apiKey(1), 'a.env');
    const a2 = fileSetting('LLM_API_KEY', apiKey(2), 'a.env', { line: 5 });
    const b = fileSetting('LLM_API_KEY', apiKey(3), 'b.env');
    expect(openhands([a1, a2, b])!.apiKey).toBe(a2);
  });

  it('falls back to ANTHROPIC_API_KEY and ANTHROPIC_BASE_URL for OpenHands (LiteLLM) with an Anthropic model', () => {
    const key = envSetting('ANTHROPIC_API_KEY', apiKey(1));
    const url = envSetting('ANTHROPIC_BASE_URL', 'https://proxy.example.com', 'base_url');
    const p = openhands([envSetting('LLM_MODEL', 'anthropic/claude-sonnet-4-6', 'model'), key, url])!;
    expect(p.apiKey).toBe(key);
    expect(p.baseUrl).toBe(url);
  });

  it('does not fall back to ANTHROPIC_* for another provider’s model', () => {
    const p = openhands([
      envSetting('LLM_MODEL', 'openai/gpt-4o', 'model'),
      envSetting('ANTHROPIC_API_KEY', apiKey(1)),
    ])!;
    expect(p.apiKey).toBeUndefined();
  });

  it('prefers LLM_API_KEY over the ANTHROPIC_API_KEY fallback and says so', () => {
    const llm = envSetting('LLM_API_KEY', apiKey(1));
    const anthropic = envSetting('ANTHROPIC_API_KEY', apiKey(2));
    const p = openhands([anthropic, llm])!;
    expect(p.apiKey).toBe(llm);
    expect(p.ignored).toContainEqual({ setting: anthropic, reason: { kind: 'overridden', by: llm } });
  });

  // Survivor of #10: OpenHands skips empty values but does not trim, so a blank value is set for it.
  it('takes a blank LLM_API_KEY as set for OpenHands, which does not trim: no ANTHROPIC_API_KEY fallback', () => {
    const blank = envSetting('LLM_API_KEY', ' \t');
    const anthropic = envSetting('ANTHROPIC_API_KEY', apiKey(2));
    const p = openhands([envSetting('LLM_MODEL', 'anthropic/claude-sonnet-4-6', 'model'), anthropic, blank])!;
    expect(p.apiKey).toBe(blank);
    expect(p.ignored).toContainEqual({ setting: anthropic, reason: { kind: 'overridden', by: blank } });
  });

  it('lets a blank LLM_API_KEY beat config.toml for OpenHands, and an empty one not', () => {
    const toml = { ...fileSetting('[llm] api_key', apiKey(1), 'config.toml'), source: 'openhands-config' as const };
    expect(openhands([toml, envSetting('LLM_API_KEY', ' ')])!.apiKey?.value).toBe(' ');
    expect(openhands([toml, envSetting('LLM_API_KEY', '')])!.apiKey).toBe(toml);
  });

  it('creates one profile per client in use', () => {
    const profiles = resolveProfiles([
      envSetting('ANTHROPIC_API_KEY', apiKey(1)),
      envSetting('LLM_MODEL', 'anthropic/claude-sonnet-4-6', 'model'),
    ]);
    expect(profiles.map((p) => [p.id, p.client])).toEqual([
      ['p1', 'anthropic-sdk'],
      ['p2', 'openhands-headless'],
    ]);
  });
});

describe('profilesIn: the registry walk', () => {
  const web = {
    path: '~/.openhands/settings.json',
    fields: { apiKey: 'llm_api_key', model: 'llm_model', baseUrl: 'llm_base_url' },
  };
  const saved = (name: string, value: string): Setting => ({
    ...fileSetting(name, value, web.path),
    source: 'openhands-settings',
  });

  it('shows each client only the sources it reads', () => {
    // A Claude Code settings file's key is not the SDK's, and a Web UI file's key is not headless OpenHands'.
    const cc = { ...envSetting('ANTHROPIC_API_KEY', apiKey(1)), source: 'claude-code-settings' as const };
    const env = envSetting('ANTHROPIC_BASE_URL', 'https://x.example', 'base_url');
    const p = sdk([cc, env])!;
    expect(p.apiKey).toBeUndefined();
    expect(p.baseUrl).toBe(env);
    const key = saved('LLM_API_KEY', apiKey(2));
    expect(openhands([key, envSetting('LLM_MODEL', 'openai/gpt-4o', 'model')])!.apiKey).toBeUndefined();
  });

  it('hands each client its own facts', () => {
    const key = saved('llm_api_key', apiKey(1));
    const profiles = resolveProfiles([key], [web]);
    expect(profiles).toEqual([{ id: 'p1', client: 'openhands-web', label: web.path, apiKey: key, ignored: [] }]);
  });

  it('numbers profiles from the offset across clients, in registry order', () => {
    const settings = [envSetting('LLM_API_KEY', apiKey(2)), envSetting('ANTHROPIC_API_KEY', apiKey(1))];
    const found = profilesIn({ settings }, () => undefined, 3);
    expect(found.map((f) => f.client.id)).toEqual(CLIENTS.map((c) => c.id));
    expect(found.flatMap((f) => f.profiles.map((p) => [p.id, p.client]))).toEqual([
      ['p4', 'anthropic-sdk'],
      ['p5', 'openhands-headless'],
    ]);
  });

  it('falls back to the SDK when no client is in play, with what was given on the command line', () => {
    const arg: Setting = {
      role: 'base_url',
      name: 'ANTHROPIC_BASE_URL',
      value: 'https://arg.example',
      source: 'argument',
      location: { kind: 'argument', name: '--base-url' },
    };
    const found = profilesIn({ settings: [arg] }, () => undefined, 1);
    expect(found).toHaveLength(1);
    expect(found[0]!.client.id).toBe('anthropic-sdk');
    expect(found[0]!.profiles).toEqual([{ id: 'p2', client: 'anthropic-sdk', baseUrl: arg, ignored: [] }]);
  });

  it('in a Web UI container, uses only the Web UI with its version’s rules and label', () => {
    const url = envSetting('LLM_BASE_URL', 'https://env.example', 'base_url');
    const savedUrl = { ...saved('llm_base_url', 'https://saved.example'), role: 'base_url' as const };
    const settings = [url, savedUrl, envSetting('ANTHROPIC_API_KEY', apiKey(1)), envSetting('LLM_API_KEY', apiKey(2))];
    const old = resolveProfiles(settings, [web], { webUi: { version: '0.61', label: 'app' } });
    expect(old.map((p) => [p.client, p.label, p.baseUrl?.value])).toEqual([
      ['openhands-web', 'app', 'https://saved.example'],
    ]);
    const recent = resolveProfiles(settings, [web], { webUi: { version: '0.62', label: 'app' } });
    expect(recent[0]!.baseUrl).toBe(url);
  });
});

describe('usersOfSettings', () => {
  const key = envSetting('ANTHROPIC_API_KEY', apiKey(1));
  const model = envSetting('ANTHROPIC_MODEL', 'claude-sonnet-4-6', 'model');
  const haiku = envSetting('ANTHROPIC_DEFAULT_HAIKU_MODEL', 'claude-haiku', 'model');
  const token = envSetting('CLAUDE_CODE_OAUTH_TOKEN', 'oauth', 'auth_token');

  it('maps each setting to the profiles that use it, once per profile', () => {
    const p1: Profile = { id: 'p1', client: 'anthropic-sdk', apiKey: key, model, ignored: [] };
    const p2: Profile = {
      id: 'p2',
      client: 'claude-code',
      apiKey: key,
      ignored: [],
      credential: { kind: 'api-key', setting: key, losers: [] },
      reads: [haiku],
    };
    const users = usersOfSettings([p1, p2]);
    expect(users.get(key)).toEqual([p1, p2]);
    expect(users.get(model)).toEqual([p1]);
    expect(users.get(haiku)).toEqual([p2]);
    expect([...users.keys()]).toEqual([key, model, haiku]);
  });

  it('counts the credential a client chose without a slot, and every slot', () => {
    const p: Profile = {
      id: 'p1',
      client: 'claude-code',
      ignored: [],
      credential: { kind: 'oauth-token', setting: token, losers: [] },
    };
    expect(usersOfSettings([p]).get(token)).toEqual([p]);
    const all = ['authToken', 'baseUrl', 'provider', 'apiVersion'] as const;
    for (const slot of all) {
      const s = envSetting(slot, 'v');
      expect(usersOfSettings([{ id: 'p1', client: 'anthropic-sdk', ignored: [], [slot]: s }]).get(s)).toHaveLength(1);
    }
    expect(usersOfSettings([{ id: 'p1', client: 'anthropic-sdk', ignored: [] }]).size).toBe(0);
  });
});
