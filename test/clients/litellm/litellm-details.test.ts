// The LiteLLM client's finer rules, pinned from mutation testing: what counts as LiteLLM's file, which
// reference shapes the proxy resolves, the compose file and .env beside the config, and the labels.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLitellm, isProxyUrl } from '../../../src/clients/litellm/checks.js';
import { litellmProfiles } from '../../../src/clients/litellm/precedence.js';
import { readLitellmConfigs } from '../../../src/clients/litellm/sources.js';
import type { Profile, Setting } from '../../../src/types.js';
import { envSetting } from '../../support/settings.js';

function read(files: Record<string, string>, paths = ['config.yaml'], env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cd-litellm-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return readLitellmConfigs({ paths, explicit: false, cwd: dir, home: dir }, env);
}
const one = (params: string, name = 'a') =>
  `model_list:\n  - model_name: ${name}\n    litellm_params:\n${params
    .split('\n')
    .map((l) => `      ${l}`)
    .join('\n')}\n`;
const findings = (r: ReturnType<typeof read>, shared: Setting[] = [], extra: Profile[] = []) => {
  const all = [...shared, ...r.settings];
  const own = litellmProfiles(r.configs, all).map((p, i) => ({ ...p, id: `p${i + 1}` }));
  return checkLitellm(r.configs, all, { own, all: [...own, ...extra] });
};

describe("LiteLLM's own file", () => {
  it('needs model_list at the start of a line', () => {
    expect(read({ 'config.yaml': '# model_list: in a comment\nx: 1\n' }).configs).toEqual([]);
    expect(read({ 'config.yaml': 'my_model_list:\n  - a\n' }).configs).toEqual([]);
    expect(read({ 'config.yaml': 'model_list :\n  - model_name: a\n' }).configs).toHaveLength(1);
  });

  it('a parse error names its line and a short detail', () => {
    const r = read({ 'config.yaml': `model_list:\n  - model_name: a\n    x: "${'y'.repeat(300)}\n` });
    const p = r.problems[0]!;
    expect(p).toMatchObject({ code: 'source/yaml-invalid', location: { path: 'config.yaml' } });
    expect((p.args.detail as string).length).toBeLessThanOrEqual(200);
    expect(p.args.line).toBeGreaterThan(1);
  });

  it('entries without a map are skipped, one without model_name is numbered, nested values are no setting', () => {
    const r = read({
      'config.yaml':
        'environment_variables:\n  NESTED: {a: 1}\n  EMPTY: null\nmodel_list:\n  - just a string\n' +
        '  - litellm_params:\n      model: claude-sonnet-4-6\n      api_key: {nested: x}\n',
    });
    expect(r.configs[0]!.entries.map((e) => e.name)).toEqual(['#2']);
    expect(r.configs[0]!.entries[0]!.apiKey).toBeUndefined();
    expect([...r.configs[0]!.variables.block.keys()]).toEqual([]);
    expect(r.settings.map((s) => [s.name, s.location])).toEqual([
      ['#2: model', { kind: 'file', path: 'config.yaml', line: 7, column: 14, key: 'model' }],
    ]);
  });
});

describe('references', () => {
  it('only os.environ/NAME, exactly, is a reference; other shapes are literal text the proxy sends', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell-style reference, as text
    const shapes = ['$KEY', '${KEY}', "os.environ['KEY']", 'os.environ.KEY', 'os.getenv(KEY)', 'os.environ/KEY extra'];
    for (const shape of shapes) {
      const r = read({ 'config.yaml': one(`model: claude-sonnet-4-6\napi_key: "${shape}"`) });
      expect(r.configs[0]!.entries[0]!.apiKey?.kind, shape).toBe('literal');
      if (shape !== 'os.environ/KEY extra')
        expect(r.configs[0]!.literalRefs, shape).toMatchObject([{ text: shape, field: 'a: api_key' }]);
    }
    const plain = read({ 'config.yaml': one('model: claude-sonnet-4-6\napi_key: sk-not-a-ref') });
    expect(plain.configs[0]!.literalRefs).toEqual([]);
    // A secret that only starts like a reference is never quoted in a finding.
    for (const secret of [
      '$MasterPassw0rd-do-not-print',
      `\${KEY}tail`,
      'os.environ.KEY.more',
      'os.environ/KEY extra',
    ]) {
      const r = read({ 'config.yaml': one(`model: claude-sonnet-4-6\napi_key: "${secret}"`) });
      expect(r.configs[0]!.literalRefs, secret).toEqual([]);
    }
    const ref = read({ 'config.yaml': one('model: claude-sonnet-4-6\napi_key: " os.environ/K "') });
    expect(ref.configs[0]!.entries[0]!.apiKey).toMatchObject({ kind: 'ref', name: 'K' });
    const prefixed = read({ 'config.yaml': one('model: claude-sonnet-4-6\napi_key: x-os.environ/K') });
    expect(prefixed.configs[0]!.entries[0]!.apiKey?.kind).toBe('literal');
  });

  it('every field that reads a missing variable is named', () => {
    const r = read({
      'config.yaml': `${one('model: os.environ/M\napi_key: os.environ/K\napi_base: os.environ/B\ncustom_llm_provider: os.environ/P')}general_settings:\n  master_key: os.environ/MK\n`,
    });
    expect(findings(r).map((f) => [f.code, (f.args as { field?: string }).field, f.profile])).toEqual([
      ['litellm/env-missing', 'a: model', 'p1'],
      ['litellm/env-missing', 'a: api_key', 'p1'],
      ['litellm/env-missing', 'a: api_base', 'p1'],
      ['litellm/env-missing', 'a: custom_llm_provider', 'p1'],
      ['litellm/env-missing', 'general_settings.master_key', undefined],
    ]);
  });

  it('each config numbers its own entries: findings of the second file go to its profiles', () => {
    const cfg = one('model: claude-sonnet-4-6\napi_key: os.environ/K');
    const r = read({ 'config.yaml': cfg, 'litellm_config.yaml': cfg }, ['config.yaml', 'litellm_config.yaml']);
    const profiles = litellmProfiles(r.configs, r.settings);
    expect(profiles.map((p) => p.label)).toEqual(['config.yaml a', 'litellm_config.yaml a']);
    expect(findings(r, [envSetting('LITELLM_MASTER_KEY', 'sk-strong-key')]).map((f) => f.profile)).toEqual([
      'p1',
      'p2',
    ]);
  });
});

describe('the files beside the config', () => {
  it('a .env beside a config in another folder: export, quotes, its lines', () => {
    const r = read(
      {
        'proxy/config.yaml': one('model: claude-sonnet-4-6\napi_key: os.environ/K'),
        'proxy/.env': '# comment\nexport K="quoted"\nOTHER = \'single\' \nnot a line\n',
      },
      ['proxy/config.yaml'],
    );
    const vars = r.configs[0]!.variables.dotenv;
    expect(vars.get('K')).toMatchObject({ value: 'quoted', location: { path: 'proxy/.env', line: 2, key: 'K' } });
    expect(vars.get('OTHER')?.value).toBe('single');
    expect([...vars.keys()]).toEqual(['K', 'OTHER']);
    expect(litellmProfiles(r.configs, r.settings)[0]!.apiKey?.value).toBe('quoted');
  });

  it("the working directory's .env leaves the variables the shared source reads to it", () => {
    const r = read({
      'config.yaml': one('model: claude-sonnet-4-6\napi_key: os.environ/MINE'),
      '.env': 'ANTHROPIC_API_KEY=shared\nMINE=own\n',
    });
    expect([...r.configs[0]!.variables.dotenv.keys()]).toEqual(['MINE']);
  });

  it('a compose service running litellm: list environment, published ports, its name', () => {
    const compose =
      'services:\n  db:\n    image: postgres\n    environment:\n      - K=wrong\n  proxy:\n' +
      '    image: ghcr.io/berriai/litellm:main\n    ports:\n      - "127.0.0.1:8400:4000"\n      - 9000\n' +
      '    environment:\n      - K=from-compose\n      - not an assignment\n      - 7\n';
    const r = read({ 'config.yaml': one('model: claude-sonnet-4-6\napi_key: os.environ/K'), 'compose.yaml': compose });
    expect(r.configs[0]!.proxyHosts).toEqual({ hosts: ['proxy'], ports: [8400] });
    expect(r.configs[0]!.variables.compose.get('K')).toMatchObject({
      value: 'from-compose',
      location: { path: 'compose.yaml', line: 12, key: 'K' },
    });
    expect([...r.configs[0]!.variables.compose.keys()]).toEqual(['K']);
  });

  it('a service named litellm counts; a compose file without litellm, or without services, is not read', () => {
    const named = read({
      'config.yaml': one('model: claude-sonnet-4-6'),
      'docker-compose.yml':
        'services:\n  litellm:\n    image: my/proxy\n    environment:\n      K: v\n      N: {a: 1}\n',
    });
    expect([...named.configs[0]!.variables.compose.keys()]).toEqual(['K']);
    expect(named.configs[0]!.proxyHosts.hosts).toEqual(['litellm']);
    const other = read({
      'config.yaml': one('model: claude-sonnet-4-6'),
      'docker-compose.yml': 'services:\n  web:\n    image: nginx\n    environment:\n      K: v\n',
    });
    expect(other.configs[0]!.variables.compose.size).toBe(0);
    const broken = read({ 'config.yaml': one('model: claude-sonnet-4-6'), 'compose.yml': 'litellm: [\n' });
    expect(broken.configs[0]!.proxyHosts).toEqual({ hosts: [], ports: [] });
    expect(broken.problems).toEqual([]);
    const noServices = read({ 'config.yaml': one('model: claude-sonnet-4-6'), 'compose.yml': 'litellm: 1\n' });
    expect(noServices.configs[0]!.variables.compose.size).toBe(0);
  });

  it('a compose $X with a default (in braces) is a reference to X too', () => {
    const r = read(
      {
        'config.yaml': one('model: claude-sonnet-4-6\napi_key: os.environ/K'),
        // biome-ignore lint/suspicious/noTemplateCurlyInString: compose's own interpolation, as text
        'compose.yaml': 'services:\n  litellm:\n    image: litellm\n    environment:\n      K: ${HOST_K:-x}\n',
      },
      ['config.yaml'],
      { HOST_K: 'shell' },
    );
    expect(r.configs[0]!.composeRefs.get('K')).toBe('HOST_K');
    expect(litellmProfiles(r.configs, r.settings)[0]!.apiKey?.value).toBe('shell');
  });
});

describe('keys between clients and the proxy', () => {
  const master = `sk-${'m'.repeat(30)}`;
  const cfg = (key: string) =>
    `${one(`model: claude-sonnet-4-6\napi_key: "${key}"`)}general_settings:\n  master_key: " ${master} "\n`;

  it("the proxy's own entry sending its master key upstream", () => {
    const r = read({ 'config.yaml': cfg(master) });
    expect(findings(r).map((f) => [f.code, f.profile])).toEqual([['litellm/proxy-key-to-anthropic', 'p1']]);
  });

  it("the proxy's entries are never 'sending an Anthropic key to the proxy'", () => {
    const r = read({
      'config.yaml': `${cfg('sk-ant-api03-x')}`.replace('api_key', 'api_base: http://localhost:4000\n      api_key'),
    });
    expect(findings(r)).toEqual([]);
  });

  it('values are compared as the proxy trims them; a proxy without a master key takes any key', () => {
    const sdk = (key: string, url: string): Profile => ({
      id: 'p9',
      client: 'anthropic-sdk',
      apiKey: envSetting('ANTHROPIC_API_KEY', key),
      baseUrl: { ...envSetting('ANTHROPIC_BASE_URL', url), role: 'base_url' },
      ignored: [],
    });
    const withMaster = read({ 'config.yaml': cfg('k') });
    const anthropicKey = `sk-ant-api03-${'k'.repeat(20)}`;
    expect(findings(withMaster, [], [sdk(` ${anthropicKey} `, ' http://localhost:4000 ')]).map((f) => f.code)).toEqual([
      'litellm/anthropic-key-to-proxy',
    ]);
    expect(findings(withMaster, [], [sdk(` ${master}\n`, ' https://api.anthropic.com ')]).map((f) => f.code)).toEqual([
      'litellm/proxy-key-to-anthropic',
    ]);
    const open = read({ 'config.yaml': one('model: claude-sonnet-4-6\napi_key: k') });
    const permit = envSetting('LITELLM_DANGEROUSLY_PERMIT_WEAK_OR_UNSET_MASTER_KEY', ' TRUE ');
    expect(findings(open, [permit], [sdk(anthropicKey, 'http://localhost:4000')]).map((f) => f.code)).toEqual([
      'litellm/master-key-weak',
    ]);
    const spaced = read({
      'config.yaml': `${one('model: claude-sonnet-4-6\napi_key: k')}general_settings:\n  master_key: " sk-1234 "\n`,
    });
    expect(findings(spaced).map((f) => [f.args, f.location])).toEqual([
      [
        { state: 'default', permitted: false },
        { kind: 'file', path: 'config.yaml', line: 7, column: 15, key: 'master_key' },
      ],
    ]);
    const unset = read({ 'config.yaml': one('model: claude-sonnet-4-6\napi_key: k') });
    expect(findings(unset)[0]!.location).toEqual({ kind: 'file', path: 'config.yaml' });
  });

  it('IPv6 loopback and default ports', () => {
    const none = { proxyHosts: { hosts: [], ports: [] } };
    expect(isProxyUrl('http://[::1]:4000', none)).toBe(true);
    expect(isProxyUrl('http://0.0.0.0:4000', none)).toBe(true);
    expect(isProxyUrl('http://host.docker.internal:4000', none)).toBe(true);
    expect(isProxyUrl('https://localhost', { proxyHosts: { hosts: [], ports: [443] } })).toBe(true);
    expect(isProxyUrl('http://localhost', { proxyHosts: { hosts: [], ports: [443] } })).toBe(false);
    expect(isProxyUrl('http://localhost', { proxyHosts: { hosts: [], ports: [80] } })).toBe(true);
  });
});
