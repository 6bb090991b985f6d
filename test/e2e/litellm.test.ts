// End to end: the built CLI in a folder with a LiteLLM proxy's config (fixtures/litellm/).
import { describe, expect, it } from 'vitest';
import { apiKey } from '../support/keys.js';
import { leaked, prepareCase, runCli, runJson, type JsonReport, codes } from '../support/fixture-case.js';

const find = (r: JsonReport, code: string) => r.findings.filter((f) => f.code === code);

async function check(fixture: string, env: Record<string, string> = {}, args: string[] = []) {
  const dir = prepareCase(`litellm/${fixture}`);
  const run = await runJson(['check', ...args], dir, env);
  expect(leaked(run.stdout + run.stderr)).toEqual([]);
  return run;
}

describe('LiteLLM config.yaml', () => {
  it("the OpenHands chart's example: a retired model, the default master key, the key from the environment", async () => {
    const { json, code } = await check('openhands-chart', { ANTHROPIC_API_KEY: apiKey(2) }, ['--client', 'litellm']);
    expect(code).toBe(1);
    expect(json.profiles).toMatchObject([
      { client: 'litellm', label: 'prod/claude-sonnet-4', model: 'anthropic/claude-sonnet-4-20250514' },
    ]);
    expect(json.profiles[0]!.sources.apiKey).toMatchObject({ kind: 'env', name: 'ANTHROPIC_API_KEY' });
    expect(codes(json)).toEqual(['litellm/master-key-weak', 'model/retired']);
    expect(find(json, 'model/retired')[0]).toMatchObject({
      severity: 'error',
      location: { path: 'config.yaml', line: 5 },
    });
    expect(find(json, 'litellm/master-key-weak')[0]).toMatchObject({ location: { line: 8 } });
  });

  it('os.environ references, environment_variables, a missing variable, an empty key, a literal $X in braces', async () => {
    const { json } = await check('env-refs', {}, ['--client', 'litellm']);
    const byLabel = (l: string) => json.profiles.find((p) => p.label === l)!;
    expect(byLabel('claude-sonnet').sources.apiKey).toMatchObject({ path: 'litellm_config.yaml', line: 2 });
    expect(byLabel('gpt-4o').apiKey).toBeUndefined();
    const missing = find(json, 'litellm/env-missing').map((f) => [f.location?.line, f.message.split(' ')[0]]);
    expect(missing).toEqual([
      [12, 'claude-haiku:'],
      [24, 'gpt-4o:'],
    ]);
    expect(find(json, 'key/empty')[0]).toMatchObject({ location: { line: 16 } });
    expect(find(json, 'litellm/env-ref-literal')[0]).toMatchObject({ location: { line: 20 } });
    expect(find(json, 'litellm/master-key-misplaced')[0]).toMatchObject({ location: { line: 28 } });
    expect(find(json, 'litellm/master-key-weak')[0]!.message).toContain('no master key');
  });

  it('a compose file: its environment and $X (in braces) from the shell; the proxy URL and an Anthropic key sent there', async () => {
    const env = { ANTHROPIC_API_KEY: apiKey(1), ANTHROPIC_BASE_URL: 'http://localhost:4000' };
    const { json } = await check('compose', env);
    expect(find(json, 'litellm/env-missing').map((f) => f.message)).toEqual([
      expect.stringContaining('ANTHROPIC_PROXY_BASE'),
    ]);
    expect(find(json, 'litellm/master-key-weak')).toEqual([]);
    expect(find(json, 'litellm/anthropic-key-to-proxy')).toMatchObject([
      { location: { kind: 'env', name: 'ANTHROPIC_API_KEY' } },
    ]);
  });

  it('the master key sent to Anthropic by another client', async () => {
    const master = `sk-${'m'.repeat(30)}`;
    const { json } = await check('good', { ANTHROPIC_API_KEY: master, LITELLM_MASTER_KEY: master });
    expect(find(json, 'litellm/proxy-key-to-anthropic').length).toBeGreaterThan(0);
  });

  it('a working proxy config: no litellm finding', async () => {
    const { json } = await check('good', { ANTHROPIC_API_KEY: apiKey(3), LITELLM_MASTER_KEY: `sk-${'q'.repeat(40)}` });
    expect(codes(json)).toEqual([]);
  });

  it("a config.yaml that is not LiteLLM's is not read", async () => {
    const { json } = await check('openhands-config');
    expect(json.profiles.some((p) => p.client === 'litellm')).toBe(false);
  });

  it('--client narrows the profiles; an unknown name is a usage error with a suggestion, in English and Japanese', async () => {
    const { json } = await check('good', { ANTHROPIC_API_KEY: apiKey(3) }, ['--client', 'anthropic-sdk']);
    expect(json.profiles.map((p) => p.client)).toEqual(['anthropic-sdk']);
    const dir = prepareCase();
    const en = await runCli(['check', '--client', 'litelm'], dir);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('unknown client "litelm" (did you mean litellm?)');
    const ja = await runCli(['check', '--client', 'litelm', '--lang', 'ja'], dir);
    expect(ja.code).toBe(2);
    expect(ja.stderr).toContain('不明なクライアントです："litelm"（litellm のことですか？）');
  });

  it('--litellm-config names a file; one without a model_list is a warning', async () => {
    const dir = prepareCase('litellm/openhands-config');
    const { json } = await runJson(['check', '--litellm-config', 'config.yaml'], dir);
    expect(codes(json)).toContain('litellm/no-model-list');
  });
});

describe('LiteLLM upstream probes', () => {
  it('probes each distinct Anthropic upstream once (its own key and api_base); never another provider', async () => {
    const { startFakeApi } = await import('../support/fake-anthropic.js');
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const good = apiKey(1);
    const bad = apiKey(2);
    const api = await startFakeApi({ [good]: 'ok', [bad]: 'credentials-revoked' });
    try {
      const dir = prepareCase();
      const upstream = (name: string, key: string) =>
        `  - model_name: ${name}\n    litellm_params:\n      model: anthropic/claude-sonnet-4-6\n` +
        `      api_key: ${key}\n      api_base: ${api.url}\n`;
      writeFileSync(
        join(dir, 'config.yaml'),
        `model_list:\n${upstream('a', good)}${upstream('b', good)}${upstream('c', bad)}` +
          `  - model_name: gpt\n    litellm_params:\n      model: openai/gpt-4o\n      api_key: sk-openai-not-for-anthropic\n      api_base: ${api.url}\n` +
          `general_settings:\n  master_key: sk-${'s'.repeat(32)}\n`,
      );
      const run = await runJson(['check', '--no-offline', '--timeout', '5000'], dir);
      expect(leaked(run.stdout + run.stderr)).toEqual([]);
      const probes = (run.json as unknown as { probes: { profile: string; code: string }[] }).probes;
      // One request per distinct upstream; the result is reported for each entry that shares it.
      expect(probes.map((p) => [p.profile, p.code])).toEqual([
        ['p1', 'api/ok'],
        ['p2', 'api/ok'],
        ['p3', 'auth/credentials-revoked'],
      ]);
      expect(api.requests.length).toBe(2);
      expect(api.requests.some((r) => JSON.stringify(r.headers).includes('sk-openai'))).toBe(false);
    } finally {
      await api.close();
    }
  });
});
