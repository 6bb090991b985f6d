// The LiteLLM client's sources, precedence and checks: data in, data out.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLitellm, isProxyUrl } from '../../../src/clients/litellm/checks.js';
import { litellmProfiles } from '../../../src/clients/litellm/precedence.js';
import { isAnthropicModel, readLitellmConfigs } from '../../../src/clients/litellm/sources.js';
import type { Profile, Setting } from '../../../src/types.js';
import { apiKey } from '../../support/keys.js';
import { envSetting } from '../../support/settings.js';

function read(files: Record<string, string>, env: Record<string, string> = {}, explicit?: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'cd-litellm-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return readLitellmConfigs(
    { paths: explicit ?? ['config.yaml', 'litellm_config.yaml'], explicit: Boolean(explicit), cwd: dir, home: dir },
    env,
  );
}

const entry = (name: string, params: string) =>
  `  - model_name: ${name}\n    litellm_params:\n${params
    .split('\n')
    .map((l) => `      ${l}`)
    .join('\n')}\n`;

describe('sources', () => {
  it('reads each entry with its lines; a literal key is a setting, a reference is not', () => {
    const key = apiKey(1);
    const r = read({
      'config.yaml': `model_list:\n${entry('a', `model: anthropic/claude-sonnet-4-6\napi_key: "${key}"`)}${entry('b', 'model: claude-haiku-4-5\napi_key: os.environ/K')}`,
    });
    expect(r.problems).toEqual([]);
    expect(r.configs[0]!.entries.map((e) => e.name)).toEqual(['a', 'b']);
    expect(r.settings.map((s) => [s.name, s.role, (s.location as { line: number }).line])).toEqual([
      ['a: model', 'model', 4],
      ['a: api_key', 'api_key', 5],
      ['b: model', 'model', 8],
    ]);
    expect(r.configs[0]!.entries[1]!.apiKey).toMatchObject({ kind: 'ref', name: 'K', location: { line: 9 } });
  });

  it('a default config.yaml without model_list is skipped; a named one is a finding', () => {
    expect(read({ 'config.yaml': 'core:\n  x: 1\n' })).toMatchObject({ configs: [], problems: [] });
    expect(read({ 'x.yaml': 'core: 1\n' }, {}, ['x.yaml']).problems).toMatchObject([{ code: 'litellm/no-model-list' }]);
  });

  it('a syntax error is a finding at its line', () => {
    const r = read({ 'config.yaml': 'model_list:\n  - model_name: a\n   bad: [\n' });
    expect(r.problems).toMatchObject([{ code: 'source/yaml-invalid', location: { path: 'config.yaml' } }]);
  });

  it('environment_variables and a variable of the process environment the shared sources do not read', () => {
    const r = read(
      {
        'config.yaml': `environment_variables:\n  K1: v1\nmodel_list:\n${entry('a', 'model: os.environ/M\napi_key: os.environ/K1')}`,
      },
      { M: 'anthropic/claude-sonnet-4-6' },
    );
    expect(r.settings.map((s) => [s.name, s.role, s.source])).toEqual([
      ['M', 'model', 'env'],
      ['K1', 'api_key', 'litellm-config'],
    ]);
  });

  it('tells Anthropic models', () => {
    expect(isAnthropicModel('anthropic/claude-x', undefined)).toBe(true);
    expect(isAnthropicModel('claude-x', undefined)).toBe(true);
    expect(isAnthropicModel('openai/gpt-4o', undefined)).toBe(false);
    expect(isAnthropicModel('bedrock/claude', undefined)).toBe(false);
    expect(isAnthropicModel('my-model', 'Anthropic')).toBe(true);
    expect(isAnthropicModel('claude-x', 'openai')).toBe(false);
    expect(isAnthropicModel(undefined, undefined)).toBe(false);
  });
});

describe('precedence', () => {
  const yaml = `environment_variables:\n  ANTHROPIC_API_KEY: from-block\nmodel_list:\n${entry('a', 'model: anthropic/claude-sonnet-4-6')}${entry('b', 'model: anthropic/claude-sonnet-4-6\napi_key: os.environ/OTHER')}${entry('c', 'model: openai/gpt-4o\napi_key: os.environ/ANTHROPIC_API_KEY')}`;

  it('environment_variables beat the process environment; an entry without api_key falls back to ANTHROPIC_API_KEY', () => {
    const r = read({ 'config.yaml': yaml });
    const shared = [envSetting('ANTHROPIC_API_KEY', 'from-env'), envSetting('OTHER', 'other')];
    const [a, b, c] = litellmProfiles(r.configs, [...shared, ...r.settings]);
    expect(a).toMatchObject({ client: 'litellm', label: 'a', apiKey: { value: 'from-block' } });
    expect(b!.apiKey).toBe(shared[1]);
    expect(c!.apiKey).toBeUndefined();
    expect(c!.model?.value).toBe('openai/gpt-4o');
  });

  it('a compose $X (in braces) reads X from the process environment, else the .env beside it', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: compose's own interpolation, as text
    const compose = 'services:\n  proxy:\n    image: litellm/litellm\n    environment:\n      K: ${HOST_K}\n';
    const cfg = `model_list:\n${entry('a', 'model: claude-sonnet-4-6\napi_key: os.environ/K')}`;
    const withDotenv = read({ 'config.yaml': cfg, 'compose.yaml': compose, '.env': 'HOST_K=from-dotenv\n' });
    expect(litellmProfiles(withDotenv.configs, withDotenv.settings)[0]!.apiKey?.value).toBe('from-dotenv');
    const fromEnv = read({ 'config.yaml': cfg, 'compose.yaml': compose }, { HOST_K: 'from-shell' });
    expect(litellmProfiles(fromEnv.configs, fromEnv.settings)[0]!.apiKey?.value).toBe('from-shell');
    expect(fromEnv.configs[0]!.proxyHosts).toEqual({ hosts: ['proxy'], ports: [] });
  });

  it('reads the .env beside the config as dotenv does: quotes and a comment after the value', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: compose's own interpolation, as text
    const compose = 'services:\n  proxy:\n    image: litellm/litellm\n    environment:\n      K: ${HOST_K}\n';
    const cfg = `model_list:\n${entry('a', 'model: claude-sonnet-4-6\napi_key: os.environ/K')}`;
    const dotenv = '# the proxy\nexport HOST_K="from dotenv" # set by ops\n';
    const r = read({ 'config.yaml': cfg, 'compose.yaml': compose, '.env': dotenv });
    expect(litellmProfiles(r.configs, r.settings)[0]!.apiKey).toMatchObject({
      value: 'from dotenv',
      location: { path: '.env', line: 2, key: 'HOST_K' },
    });
  });
});

describe('checks', () => {
  const run = (yaml: string, shared: Setting[] = [], all: Profile[] = []) => {
    const r = read({ 'config.yaml': yaml });
    const own = litellmProfiles(r.configs, [...shared, ...r.settings]).map((p, i) => ({ ...p, id: `p${i + 1}` }));
    return checkLitellm(r.configs, [...shared, ...r.settings], { own, all: [...own, ...all] });
  };
  const base = `model_list:\n${entry('a', 'model: claude-sonnet-4-6\napi_key: os.environ/K')}`;

  it('a missing variable at its line, tied to the entry', () => {
    const out = run(`${base}general_settings:\n  master_key: sk-${'z'.repeat(30)}\n`);
    expect(out).toMatchObject([
      { code: 'litellm/env-missing', profile: 'p1', location: { line: 5 }, args: { name: 'K', field: 'a: api_key' } },
    ]);
  });

  it('master keys: default, empty, unset, permitted, misplaced', () => {
    const codes = (yaml: string, shared: Setting[] = []) =>
      run(yaml, [envSetting('K', 'k'), ...shared]).map((f) => [f.code, f.severity, f.args]);
    expect(codes(`${base}general_settings:\n  master_key: sk-1234\n`)).toEqual([
      ['litellm/master-key-weak', 'error', { state: 'default', permitted: false }],
    ]);
    expect(codes(`${base}general_settings:\n  master_key: ""\n`)).toEqual([
      ['litellm/master-key-weak', 'error', { state: 'empty', permitted: false }],
    ]);
    expect(codes(base, [envSetting('LITELLM_DANGEROUSLY_PERMIT_WEAK_OR_UNSET_MASTER_KEY', 'True')])).toEqual([
      ['litellm/master-key-weak', 'warning', { state: 'unset', permitted: true }],
    ]);
    expect(codes(base, [envSetting('LITELLM_MASTER_KEY', 'sk-strong-enough-key')])).toEqual([]);
    expect(codes(`${base}litellm_settings:\n  master_key: sk-strong\n`)).toEqual([
      ['litellm/master-key-misplaced', 'error', { protectedElsewhere: false }],
      ['litellm/master-key-weak', 'error', { state: 'unset', permitted: false }],
    ]);
  });

  it('the proxy key sent to Anthropic, an Anthropic key sent to the proxy', () => {
    const master = `sk-${'m'.repeat(30)}`;
    const yaml = `${base}general_settings:\n  master_key: ${master}\n`;
    const sdk = (value: string, url?: string): Profile => ({
      id: 'p9',
      client: 'anthropic-sdk',
      apiKey: envSetting('ANTHROPIC_API_KEY', value),
      ...(url ? { baseUrl: { ...envSetting('ANTHROPIC_BASE_URL', url), role: 'base_url' as const } } : {}),
      ignored: [],
    });
    const k = [envSetting('K', 'k')];
    expect(run(yaml, k, [sdk(master)]).map((f) => [f.code, f.profile])).toEqual([
      ['litellm/proxy-key-to-anthropic', 'p9'],
    ]);
    expect(run(yaml, k, [sdk(master, 'http://localhost:4000')])).toEqual([]);
    expect(run(yaml, k, [sdk(apiKey(1), 'http://127.0.0.1:4000/')]).map((f) => f.code)).toEqual([
      'litellm/anthropic-key-to-proxy',
    ]);
    expect(run(yaml, k, [sdk(apiKey(1), 'https://api.anthropic.com')])).toEqual([]);
  });

  it("knows the proxy's URL", () => {
    const none = { proxyHosts: { hosts: [], ports: [] } };
    expect(isProxyUrl('http://localhost:4000', none)).toBe(true);
    expect(isProxyUrl('http://localhost:4001', none)).toBe(false);
    expect(isProxyUrl('http://example.com:4000', none)).toBe(false);
    expect(isProxyUrl('http://litellm:4000', { proxyHosts: { hosts: ['litellm'], ports: [] } })).toBe(true);
    expect(isProxyUrl('http://localhost:8080', { proxyHosts: { hosts: [], ports: [8080] } })).toBe(true);
    expect(isProxyUrl('not a url', none)).toBe(false);
  });
});
