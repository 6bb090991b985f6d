// The precedence engine and the rule sets of the SDK and OpenHands, on plain data: which setting each
// client really uses, and which it ignores and why.
import { describe, expect, it } from 'vitest';
import { SDK_RULES, usesSdk } from '../../src/clients/anthropic-sdk/precedence.js';
import { headlessRules, headlessRuleSet } from '../../src/clients/openhands-headless/precedence.js';
import { webUiRules, type WebSettingsFile } from '../../src/clients/openhands-web/precedence.js';
import { names, type ProfileRules, resolveRules } from '../../src/clients/rules.js';
import type { Role, Setting, SourceKind } from '../../src/types.js';
import { apiKey } from '../support/keys.js';
import { envSetting, fileSetting } from '../support/settings.js';

const sdk = (settings: Setting[]) => resolveRules([SDK_RULES], settings)[0]!;
const headless = (settings: Setting[], group?: string) => resolveRules([headlessRules(group)], settings)[0]!;

const toml = (name: string, value: string, over: Partial<Setting> = {}): Setting => ({
  ...fileSetting(name, value, 'config.toml', { role: roleOfField(name) }),
  source: 'openhands-config',
  group: name.startsWith('[llm]') ? 'llm' : name.slice(1, name.indexOf(']')),
  ...over,
});

function roleOfField(name: string): Role {
  if (name.endsWith('model')) return 'model';
  if (name.endsWith('base_url')) return 'base_url';
  return 'api_key';
}

const WEB: WebSettingsFile = {
  path: '~/.openhands/settings.json',
  fields: { apiKey: 'llm_api_key', model: 'llm_model', baseUrl: 'llm_base_url' },
};
const saved = (name: string, value: string, path = WEB.path, role: Role = 'api_key'): Setting => ({
  ...fileSetting(name, value, path, { role }),
  source: 'openhands-settings',
});
const from = (s: Setting, source: SourceKind): Setting => ({ ...s, source });

describe('the engine: environment, .env files and lines', () => {
  it('lets the environment beat a .env file whatever order they come in', () => {
    const env = envSetting('ANTHROPIC_API_KEY', apiKey(1));
    const file = fileSetting('ANTHROPIC_API_KEY', apiKey(2));
    for (const order of [
      [file, env],
      [env, file],
    ]) {
      const p = sdk(order);
      expect(p.apiKey).toBe(env);
      expect(p.ignored).toEqual([{ setting: file, reason: { kind: 'overridden', by: env } }]);
    }
  });

  it('keeps the first .env file given and lists the other as overridden, not the earlier line of a file', () => {
    const a1 = fileSetting('ANTHROPIC_API_KEY', apiKey(1), 'a.env', { line: 2 });
    const a2 = fileSetting('ANTHROPIC_API_KEY', apiKey(2), 'a.env', { line: 9 });
    const b = fileSetting('ANTHROPIC_API_KEY', apiKey(3), 'b.env', { line: 20 });
    for (const order of [
      [a1, a2, b],
      [a2, a1, b],
    ]) {
      const p = sdk(order);
      expect(p.apiKey).toBe(a2);
      expect(p.ignored).toEqual([{ setting: b, reason: { kind: 'overridden', by: a2 } }]);
    }
  });

  it('takes the last line of a .env file even when an earlier line has no line number', () => {
    const first = { ...fileSetting('ANTHROPIC_MODEL', 'claude-a', '.env', { role: 'model' }) };
    if (first.location.kind === 'file') delete first.location.line;
    const second = fileSetting('ANTHROPIC_MODEL', 'claude-b', '.env', { line: 3, role: 'model' });
    expect(sdk([second, first]).model).toBe(second);
    expect(sdk([first, second]).model).toBe(second);
  });

  it('keeps every value of a variable read from a container, which has no lines to compare', () => {
    const container = (value: string): Setting => ({
      role: 'api_key',
      name: 'ANTHROPIC_API_KEY',
      value,
      source: 'dotenv',
      location: { kind: 'container', id: 'c1', name: 'app', image: 'img' },
    });
    const a = container(apiKey(1));
    const b = container(apiKey(2));
    const p = sdk([a, b]);
    expect(p.apiKey).toBe(a);
    expect(p.ignored).toEqual([{ setting: b, reason: { kind: 'overridden', by: a } }]);
  });

  it('orders the sources: env, then .env, then config.toml, then a Web UI settings file', () => {
    const rules: ProfileRules = { client: 'openhands-headless', slots: { apiKey: names('K') }, isSet: () => true };
    const env = envSetting('K', 'env');
    const dotenv = fileSetting('K', 'dotenv');
    const config = from(fileSetting('K', 'config', 'config.toml'), 'openhands-config');
    const web = from(fileSetting('K', 'web', 'settings.json'), 'openhands-settings');
    const pickOf = (list: Setting[]) => resolveRules([rules], list)[0]!.apiKey?.value;
    expect(pickOf([web, config, dotenv, env])).toBe('env');
    expect(pickOf([web, config, dotenv])).toBe('dotenv');
    expect(pickOf([web, config])).toBe('config');
  });

  it('lets an empty variable in the environment stop the .env value, listing nothing', () => {
    const p = sdk([fileSetting('ANTHROPIC_API_KEY', apiKey(2)), envSetting('ANTHROPIC_API_KEY', '')]);
    expect(p.apiKey).toBeUndefined();
    expect(p.ignored).toEqual([]);
  });

  it('never uses a setting OpenHands throws away', () => {
    const dropped = toml('[llm] api_key', apiKey(1), { dropped: 'section' });
    expect(headless([dropped]).apiKey).toBeUndefined();
  });
});

describe('the engine: profiles', () => {
  it('returns no profile for no rules, and numbers profiles from the offset', () => {
    expect(resolveRules([], [envSetting('ANTHROPIC_API_KEY', apiKey(1))])).toEqual([]);
    const ids = resolveRules([SDK_RULES, headlessRules()], [], 2).map((p) => p.id);
    expect(ids).toEqual(['p3', 'p4']);
    expect(resolveRules([SDK_RULES], [])[0]!.id).toBe('p1');
  });

  it('gives a label only to a profile whose rules have one', () => {
    expect(sdk([])).toStrictEqual({ id: 'p1', client: 'anthropic-sdk', ignored: [] });
    expect(headless([], 'llm.fast').label).toBe('[llm.fast]');
  });

  it('fills every slot the rules name: key, token, model, base URL, provider, API version', () => {
    const key = envSetting('LLM_API_KEY', apiKey(1));
    const model = envSetting('LLM_MODEL', 'azure/claude', 'model');
    const url = envSetting('LLM_BASE_URL', 'https://x.example', 'base_url');
    const provider = toml('[llm] custom_llm_provider', 'azure', { role: 'provider' });
    const version = toml('[llm] api_version', '2024-01-01', { role: 'api_version' });
    const p = headless([key, model, url, provider, version]);
    expect(p).toMatchObject({ apiKey: key, model, baseUrl: url, provider, apiVersion: version });
    const token = envSetting('ANTHROPIC_AUTH_TOKEN', 'tok', 'auth_token');
    expect(sdk([token]).authToken).toBe(token);
  });

  it('lists the weaker selector of a slot as overridden when a stronger one is set', () => {
    const env = envSetting('LLM_MODEL', 'anthropic/claude-sonnet-4-6', 'model');
    const file = toml('[llm] model', 'anthropic/claude-opus-4-7');
    const p = headless([file, env]);
    expect(p.model).toBe(env);
    expect(p.ignored).toEqual([{ setting: file, reason: { kind: 'overridden', by: env } }]);
  });

  it('takes the next selector when the strongest one is present but empty', () => {
    const empty = envSetting('LLM_MODEL', '', 'model');
    const file = toml('[llm] model', 'anthropic/claude-opus-4-7');
    const p = headless([empty, file]);
    expect(p.model).toBe(file);
    expect(p.ignored).toEqual([]);
  });

  it('lists the sections OpenHands drops under the default profile only', () => {
    const section = toml('[llm] api_key', apiKey(1), { dropped: 'section' });
    const legacy = toml('api_key', apiKey(2), { dropped: 'legacy', group: '' });
    const other = toml('[agent] x', 'y', { dropped: 'section', group: 'agent' });
    const kept = toml('[llm] model', 'anthropic/claude-opus-4-7');
    const p = resolveRules([headlessRules()], [section, legacy, other, kept])[0]!;
    expect(p.model).toBe(kept);
    expect(p.ignored).toEqual([
      { setting: section, reason: { kind: 'section-dropped' } },
      { setting: legacy, reason: { kind: 'legacy-top-level' } },
    ]);
    expect(resolveRules([headlessRules('llm.fast')], [section, legacy])[0]!.ignored).toEqual([]);
  });
});

describe('the SDK rules', () => {
  it('trims: a blank value is unset and the next slot is not affected', () => {
    const token = envSetting('ANTHROPIC_AUTH_TOKEN', 'x', 'auth_token');
    const p = sdk([envSetting('ANTHROPIC_API_KEY', ' \t'), token]);
    expect(p.apiKey).toBeUndefined();
    expect(p.authToken).toBe(token);
    expect(SDK_RULES.isSet(' x ')).toBe(true);
  });

  it('is in play for exactly its four variables', () => {
    for (const name of ['ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN', 'ANTHROPIC_BASE_URL', 'ANTHROPIC_MODEL'])
      expect(usesSdk(name)).toBe(true);
    for (const name of ['ANTHROPIC_API_KEYS', 'MY_ANTHROPIC_MODEL', 'ANTHROPIC_API_BASE', 'LLM_API_KEY'])
      expect(usesSdk(name)).toBe(false);
  });

  it('reads the model and base URL variables', () => {
    const model = envSetting('ANTHROPIC_MODEL', 'claude-sonnet-4-6', 'model');
    const url = envSetting('ANTHROPIC_BASE_URL', 'https://x.example', 'base_url');
    expect(sdk([model, url])).toMatchObject({ model, baseUrl: url });
  });
});

describe('OpenHands headless rules', () => {
  it('does not trim: a blank value is set, an empty one is not', () => {
    const file = toml('[llm] api_key', apiKey(1));
    expect(headless([file, envSetting('LLM_API_KEY', ' ')]).apiKey?.value).toBe(' ');
    expect(headless([file, envSetting('LLM_API_KEY', '')]).apiKey).toBe(file);
  });

  it('falls back to the ANTHROPIC_* variables for an Anthropic model, or none', () => {
    const key = envSetting('ANTHROPIC_API_KEY', apiKey(1));
    const base = envSetting('ANTHROPIC_API_BASE', 'https://a.example', 'base_url');
    const url = envSetting('ANTHROPIC_BASE_URL', 'https://b.example', 'base_url');
    for (const model of ['anthropic/claude-sonnet-4-6', 'claude-3-5-sonnet', 'Anthropic/Claude-x']) {
      const p = headless([envSetting('LLM_MODEL', model, 'model'), key, base, url]);
      expect(p.apiKey).toBe(key);
      // ANTHROPIC_API_BASE before ANTHROPIC_BASE_URL, as LiteLLM reads them.
      expect(p.baseUrl).toBe(base);
      expect(p.ignored).toEqual([{ setting: url, reason: { kind: 'overridden', by: base } }]);
    }
    expect(headless([key]).apiKey).toBe(key);
  });

  it('does not fall back for another provider’s model', () => {
    const key = envSetting('ANTHROPIC_API_KEY', apiKey(1));
    for (const model of ['openai/gpt-4o', 'openrouter/anthropic/claude-3', 'my-claude', 'bedrock/anthropic.claude']) {
      const p = headless([envSetting('LLM_MODEL', model, 'model'), key]);
      expect(p.apiKey).toBeUndefined();
      expect(p.ignored).toEqual([]);
    }
  });

  it('never falls back for a named [llm.x] group, which inherits from [llm]', () => {
    const key = envSetting('ANTHROPIC_API_KEY', apiKey(1));
    const own = toml('[llm.fast] model', 'anthropic/claude-haiku');
    const base = toml('[llm] model', 'anthropic/claude-opus');
    const baseKey = toml('[llm] api_key', apiKey(2));
    const p = headless([key, own, base], 'llm.fast');
    expect(p.model).toBe(own);
    expect(p.apiKey).toBeUndefined();
    expect(p.ignored).toEqual([{ setting: base, reason: { kind: 'overridden', by: own } }]);
    expect(headless([key, baseKey], 'llm.fast').apiKey).toBe(baseKey);
    // The group does not read LLM_* from the environment.
    expect(headless([envSetting('LLM_API_KEY', apiKey(3))], 'llm.fast').apiKey).toBeUndefined();
  });

  it('has a default profile when LLM_* or [llm] is set, and one per kept [llm.x] group', () => {
    const set = (name: string, extra: object = {}) => ({ name, ...extra });
    const labels = (list: { name: string; group?: string; dropped?: unknown }[]) =>
      headlessRuleSet(list).map((r) => r.label ?? 'default');
    expect(labels([set('LLM_API_KEY')])).toEqual(['default']);
    expect(labels([set('LLM_MODEL')])).toEqual(['default']);
    expect(labels([set('LLM_BASE_URL')])).toEqual(['default']);
    expect(labels([set('[llm] model', { group: 'llm' })])).toEqual(['default']);
    expect(labels([set('LLM_API_VERSION'), set('XLLM_MODEL'), set('LLM_MODELS'), set('ANTHROPIC_API_KEY')])).toEqual(
      [],
    );
    expect(labels([set('x[llm] model')])).toEqual([]);
    const groups = [
      set('[llm.a] model', { group: 'llm.a' }),
      set('[llm.a] api_key', { group: 'llm.a' }),
      set('[llm.b] model', { group: 'llm.b', dropped: 'section' }),
      set('[agent] x', { group: 'agent' }),
      set('[llm] model', { group: 'llm' }),
    ];
    expect(labels(groups)).toEqual(['default', '[llm.a]']);
  });
});

describe('OpenHands Web UI rules', () => {
  const envUrl = envSetting('LLM_BASE_URL', 'https://env.example', 'base_url');
  const fileUrl = saved('llm_base_url', 'https://saved.example', WEB.path, 'base_url');
  const web = (settings: Setting[], version?: string, file: WebSettingsFile | undefined = WEB) =>
    resolveRules([webUiRules(file, version)], settings)[0]!;

  it('uses the saved key and model, not LLM_*', () => {
    const key = saved('llm_api_key', apiKey(1));
    const model = saved('llm_model', 'anthropic/claude-sonnet-4-6', WEB.path, 'model');
    const p = web([envSetting('LLM_API_KEY', apiKey(2)), envSetting('LLM_MODEL', 'x', 'model'), key, model]);
    expect(p).toMatchObject({ apiKey: key, model, label: WEB.path });
    expect(p.ignored).toEqual([]);
  });

  it('reads a field only from its own file', () => {
    const other = saved('llm_api_key', apiKey(1), '/elsewhere/settings.json');
    expect(web([other]).apiKey).toBeUndefined();
  });

  it('reads a container’s settings file by container name and path', () => {
    const file = { ...WEB, path: 'app:/.openhands/settings.json' };
    const inside = (path?: string): Setting => ({
      role: 'api_key',
      name: 'llm_api_key',
      value: apiKey(1),
      source: 'openhands-settings',
      location: { kind: 'container', id: 'c1', name: 'app', image: 'img', ...(path ? { path } : {}) },
    });
    const right = inside('/.openhands/settings.json');
    expect(web([right], '0.62', file).apiKey).toBe(right);
    expect(web([inside()], '0.62', { ...WEB, path: 'app:undefined' }).apiKey).toBeUndefined();
  });

  it('lets LLM_BASE_URL beat the saved base URL from 0.62 on, and not before', () => {
    for (const version of [undefined, '0.62', '0.62.1', '0.63', '1.0']) {
      const p = web([fileUrl, envUrl], version);
      expect(p.baseUrl).toBe(envUrl);
      expect(p.ignored).toEqual([{ setting: fileUrl, reason: { kind: 'overridden', by: envUrl } }]);
    }
    for (const version of ['0.61', '0.61.9', '0.25']) {
      const p = web([fileUrl, envUrl], version);
      expect(p.baseUrl).toBe(fileUrl);
      expect(p.ignored).toEqual([]);
    }
  });

  it('skips an empty LLM_BASE_URL (no trim) in favour of the saved one', () => {
    expect(web([envSetting('LLM_BASE_URL', '', 'base_url'), fileUrl]).baseUrl).toBe(fileUrl);
    expect(web([envSetting('LLM_BASE_URL', ' ', 'base_url'), fileUrl]).baseUrl?.value).toBe(' ');
  });

  it('labels a profile by the given label, else the file, else not at all', () => {
    expect(webUiRules(WEB, '0.62', 'container app').label).toBe('container app');
    expect(webUiRules(WEB).label).toBe(WEB.path);
    expect('label' in webUiRules(undefined)).toBe(false);
  });

  it('without a settings file, uses only LLM_BASE_URL and the ANTHROPIC_* base URL fallbacks', () => {
    const key = envSetting('ANTHROPIC_API_KEY', apiKey(1));
    const base = envSetting('ANTHROPIC_BASE_URL', 'https://b.example', 'base_url');
    const p = web([envUrl, key, envSetting('LLM_API_KEY', apiKey(2))], undefined, undefined);
    expect(p.baseUrl).toBe(envUrl);
    expect(p.apiKey).toBeUndefined();
    expect(p.model).toBeUndefined();
    expect(web([base], undefined, undefined).baseUrl).toBe(base);
  });

  // Reference (OpenHands §3, §7.4): the 0.62 GUI refuses an empty saved key before the call, so
  // ANTHROPIC_API_KEY does not rescue it there; an unset saved base URL is still None to LiteLLM.
  it('falls back to ANTHROPIC_API_KEY before 0.62 only, and to ANTHROPIC_BASE_URL for an Anthropic model', () => {
    const key = envSetting('ANTHROPIC_API_KEY', apiKey(1));
    const base = envSetting('ANTHROPIC_BASE_URL', 'https://b.example', 'base_url');
    const model = (v: string) => saved('llm_model', v, WEB.path, 'model');
    const claude = model('anthropic/claude-opus-4-7');
    expect(web([claude, key, base], '0.61')).toMatchObject({ apiKey: key, baseUrl: base });
    for (const version of [undefined, '0.62', '1.0']) {
      const p = web([claude, key, base], version);
      expect(p.apiKey).toBeUndefined();
      expect(p.baseUrl).toBe(base);
    }
    const gpt = web([model('openai/gpt-4o'), key, base], '0.61');
    expect(gpt.apiKey).toBeUndefined();
    expect(gpt.baseUrl).toBeUndefined();
  });
});
