// The OpenHands checks on plain data: what OpenHands drops from config.toml, the template left as shipped,
// an empty saved key, and where the Web UI's saved settings replace the environment and config.toml.
import { describe, expect, it } from 'vitest';
import { checkConfigFacts } from '../../../src/clients/openhands-headless/checks.js';
import type { OpenHandsConfigFacts } from '../../../src/clients/openhands-headless/sources.js';
import { checkSettingsFacts, checkWebUi } from '../../../src/clients/openhands-web/checks.js';
import { redact } from '../../../src/secrets.js';
import type { Location, Profile, Role, Setting } from '../../../src/types.js';
import { apiKey } from '../../support/keys.js';
import { envSetting } from '../../support/settings.js';

const at = (path: string, line: number, key?: string): Location => ({
  kind: 'file',
  path,
  line,
  ...(key ? { key } : {}),
});

const config = (over: Partial<OpenHandsConfigFacts> = {}): OpenHandsConfigFacts => ({
  path: 'config.toml',
  dropped: [],
  legacyKeys: [],
  referencedGroups: [],
  ...over,
});

function toml(name: string, value: string, opts: { path?: string; line?: number; role?: Role } = {}): Setting {
  const { path = 'config.toml', line = 2, role = 'api_key' } = opts;
  return { role, name, value, source: 'openhands-config', location: at(path, line, name) };
}

describe('checkConfigFacts', () => {
  it('says nothing about a clean config', () => {
    expect(checkConfigFacts([config()], [toml('[llm] model', 'claude-sonnet-4-6', { role: 'model' })])).toEqual([]);
  });

  it('names a dropped table, its unknown keys, and the fields they were likely meant to be', () => {
    const dropped = { group: 'llm', keys: ['api-key', 'colour'], location: at('config.toml', 1) };
    const [f, ...rest] = checkConfigFacts([config({ dropped: [dropped] })], []);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      code: 'openhands/llm-section-dropped',
      args: { group: 'llm', keys: ['api-key', 'colour'], suggestions: ['api_key'] },
      location: at('config.toml', 1),
    });
  });

  it('guesses from the first 20 unknown keys only', () => {
    const keys = [...Array.from({ length: 20 }, (_, i) => `zzz${i}`), 'api_kye'];
    const dropped = { group: 'llm.x', keys, location: at('config.toml', 4) };
    expect(checkConfigFacts([config({ dropped: [dropped] })], [])[0]!.args).toMatchObject({ suggestions: [] });
    const first = { ...dropped, keys: ['api_kye', ...keys.slice(0, 20)] };
    expect(checkConfigFacts([config({ dropped: [first] })], [])[0]!.args).toMatchObject({ suggestions: ['api_key'] });
  });

  it('points legacy top-level keys at the first such line of that file, or at the file', () => {
    const legacy = { ...toml('LLM_API_KEY', apiKey(1), { line: 3 }), dropped: 'legacy' as const };
    const elsewhere = { ...toml('LLM_MODEL', 'x', { path: 'other.toml', line: 1 }), dropped: 'legacy' as const };
    const notLegacy = toml('[llm] api_key', apiKey(2), { line: 1 });
    const facts = config({ legacyKeys: ['LLM_API_KEY'] });
    expect(checkConfigFacts([facts], [elsewhere, notLegacy, legacy])).toEqual([
      expect.objectContaining({
        code: 'openhands/legacy-top-level-keys',
        args: { path: 'config.toml', keys: ['LLM_API_KEY'] },
        location: legacy.location,
      }),
    ]);
    expect(checkConfigFacts([facts], [elsewhere])[0]!.location).toEqual({ kind: 'file', path: 'config.toml' });
  });

  describe('the template left as shipped (model "gpt-4o", api_key empty or a placeholder)', () => {
    const model = (value: string, path?: string) => toml('[llm] model', value, { role: 'model', line: 5, path });
    const key = (value: string, path?: string) => toml('[llm] api_key', value, { line: 6, path });
    const run = (settings: Setting[]) =>
      checkConfigFacts([config()], settings).filter((f) => f.code === 'openhands/template-defaults');

    it.each([
      ['', 'empty'],
      ['<your-api-key>', 'placeholder'],
    ])('api_key %j is %s', (value, keyState) => {
      expect(run([model('gpt-4o'), key(value)])).toEqual([
        expect.objectContaining({
          args: { path: 'config.toml', model: 'gpt-4o', keyState },
          location: model('gpt-4o').location,
        }),
      ]);
    });

    it('not when the model, the key or the file differs', () => {
      expect(run([model('gpt-4o-mini'), key('')])).toEqual([]);
      expect(run([model('gpt-4o'), key(apiKey(1))])).toEqual([]);
      expect(run([model('gpt-4o')])).toEqual([]);
      expect(run([model('gpt-4o', 'other.toml'), key('', 'other.toml')])).toEqual([]);
      expect(run([model('gpt-4o'), key('', 'other.toml')])).toEqual([]);
    });

    it('a placeholder is short: a long value is not template text', () => {
      expect(run([model('gpt-4o'), key(`<your-api-key>${'x'.repeat(60)}`)])).toEqual([]);
    });
  });
});

describe('checkSettingsFacts', () => {
  it('reports each settings file whose key is empty, and only those', () => {
    const empty = { path: 's.json', keyEmpty: true, keyField: 'llm_api_key', location: at('s.json', 2) };
    const full = { ...empty, path: 't.json', keyEmpty: false };
    expect(checkSettingsFacts([full, empty])).toEqual([
      expect.objectContaining({
        code: 'openhands/ui-key-empty',
        args: { path: 's.json', field: 'llm_api_key' },
        location: at('s.json', 2),
      }),
    ]);
  });
});

describe('checkWebUi', () => {
  const saved = (name: string, value: string, role: Role = 'api_key'): Setting => ({
    role,
    name,
    value,
    source: 'openhands-settings',
    location: at('settings.json', 3, name),
  });
  const web = (slots: Partial<Profile>, client: Profile['client'] = 'openhands-web'): Profile => ({
    id: 'p3',
    client,
    ignored: [],
    ...slots,
  });

  it('says where a saved value replaces a different one in the environment or config.toml', () => {
    const key = saved('llm_api_key', apiKey(1));
    const env = envSetting('LLM_API_KEY', apiKey(2));
    const toml1 = toml('[llm] api_key', apiKey(3));
    expect(checkWebUi([web({ apiKey: key })], [env, toml1], false)).toEqual([
      expect.objectContaining({
        code: 'openhands/ui-overrides-env',
        args: { slot: 'api_key', saved: redact(apiKey(1)), ignored: env.location },
        location: key.location,
        profile: 'p3',
      }),
      expect.objectContaining({ args: expect.objectContaining({ ignored: toml1.location }) }),
    ]);
  });

  it('shows a saved model as it is, and a saved key only redacted unless --show-secrets', () => {
    const model = saved('llm_model', 'claude-opus-4-6', 'model');
    const found = checkWebUi([web({ model })], [envSetting('LLM_MODEL', 'claude-sonnet-4-6', 'model')], false);
    expect(found[0]!.args).toMatchObject({ slot: 'model', saved: 'claude-opus-4-6' });
    const key = saved('llm_api_key', apiKey(1));
    const shown = checkWebUi([web({ apiKey: key })], [envSetting('LLM_API_KEY', apiKey(2))], true);
    expect(shown[0]!.args).toMatchObject({ saved: redact(apiKey(1), true) });
  });

  it('says nothing when the values agree, are empty, or the profile is not the Web UI', () => {
    const key = saved('llm_api_key', apiKey(1));
    expect(checkWebUi([web({ apiKey: key })], [envSetting('LLM_API_KEY', apiKey(1))], false)).toEqual([]);
    expect(checkWebUi([web({ apiKey: key })], [envSetting('LLM_API_KEY', '')], false)).toEqual([]);
    expect(
      checkWebUi([web({ apiKey: key }, 'openhands-headless')], [envSetting('LLM_API_KEY', apiKey(2))], false),
    ).toEqual([]);
  });

  it('with nothing saved, an LLM_* variable is ignored by the Web UI; config.toml is not mentioned', () => {
    const env = envSetting('LLM_API_KEY', apiKey(2));
    expect(checkWebUi([web({})], [env, toml('[llm] api_key', apiKey(3))], false)).toEqual([
      expect.objectContaining({
        code: 'openhands/env-ignored-by-ui',
        args: { name: 'LLM_API_KEY' },
        location: env.location,
        profile: 'p3',
      }),
    ]);
  });

  it('a base URL is compared only when the saved one wins (before 0.62, or no LLM_BASE_URL)', () => {
    const url = envSetting('LLM_BASE_URL', 'https://env.example', 'base_url');
    expect(checkWebUi([web({ baseUrl: url })], [url], false)).toEqual([]);
    const savedUrl = saved('llm_base_url', 'https://saved.example', 'base_url');
    expect(checkWebUi([web({ baseUrl: savedUrl })], [url], false)).toEqual([
      expect.objectContaining({ args: expect.objectContaining({ slot: 'base_url', saved: 'https://saved.example' }) }),
    ]);
    expect(checkWebUi([web({})], [url], false)).toEqual([]);
  });
});
