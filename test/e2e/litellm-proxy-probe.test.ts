// End to end: a client whose base URL is the address of a LiteLLM proxy whose config was read (here: the
// port its compose file publishes) is probed at the proxy itself, GET /v1/models with its key as Bearer,
// against a fake proxy on 127.0.0.1 (test/support/fake-litellm.ts). The trust gate still applies.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeProxy, type FakeProxy } from '../support/fake-litellm.js';
import { byCode, codes, leaked, prepareCase, runJson } from '../support/fixture-case.js';
import { apiKey } from '../support/keys.js';

const master = `sk-${'x'.repeat(8)}${process.pid}master`;
const virtual = `sk-${'v'.repeat(8)}${process.pid}virtual`;

describe('probing a LiteLLM proxy whose config was read', () => {
  let proxy: FakeProxy;
  beforeAll(async () => {
    proxy = await startFakeProxy({ [master]: ['claude', 'claude-haiku'], [virtual]: ['claude-haiku'] });
  });
  afterAll(() => proxy.close());

  /** A proxy folder: its config.yaml and the compose file that publishes the fake proxy's port. */
  function proxyFolder(dotenv?: string) {
    const dir = prepareCase();
    writeFileSync(
      join(dir, 'config.yaml'),
      [
        'model_list:',
        '  - model_name: claude',
        '    litellm_params:',
        '      model: anthropic/claude-sonnet-4-6',
        '      api_key: os.environ/ANTHROPIC_API_KEY',
        'general_settings:',
        '  master_key: os.environ/LITELLM_MASTER_KEY',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'docker-compose.yml'),
      [
        'services:',
        '  litellm:',
        '    image: ghcr.io/berriai/litellm:main-stable',
        '    command: ["--config", "/app/config.yaml"]',
        '    ports:',
        `      - "${proxy.port}:4000"`,
        '    environment:',
        `      LITELLM_MASTER_KEY: ${master}`,
        `      ANTHROPIC_API_KEY: \${ANTHROPIC_UPSTREAM}`,
        '',
      ].join('\n'),
    );
    if (dotenv) writeFileSync(join(dir, '.env'), dotenv);
    return dir;
  }

  const run = (dir: string, env: Record<string, string>) => runJson(['check', '--no-offline'], dir, env);
  const proxyProbes = (json: Awaited<ReturnType<typeof run>>['json']) =>
    (json as unknown as { probes: { endpoint: string; code: string; profile: string }[] }).probes.filter(
      (p) => p.endpoint === 'GET /v1/models (LiteLLM proxy)',
    );

  it('the master key is accepted and the model is among the proxy’s model_names: one free request, Bearer', async () => {
    const before = proxy.requests.length;
    const { json, stdout, stderr } = await run(proxyFolder(), {
      ANTHROPIC_BASE_URL: proxy.url,
      ANTHROPIC_API_KEY: master,
      ANTHROPIC_MODEL: 'claude',
    });
    const [probe] = proxyProbes(json);
    expect(probe).toMatchObject({ code: 'litellm/proxy-ok' });
    expect(byCode(json, 'litellm/proxy-ok').message).toContain('serves 2 models, claude among them');
    // (The proxy's own profile reads ANTHROPIC_BASE_URL of this same environment as its upstream: its
    // Anthropic-style probe goes to /v1/models/{model}, not to the list.)
    const sent = proxy.requests.slice(before).filter((r) => r.path === '/v1/models');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.headers.authorization).toBe(`Bearer ${master}`);
    expect(sent[0]!.headers['x-api-key']).toBeUndefined();
    // The key goes to the proxy, not to Anthropic: no cross-over finding.
    expect(codes(json)).not.toContain('litellm/proxy-key-to-anthropic');
    expect(leaked(stdout + stderr)).toEqual([]);
    expect(stdout).not.toContain(master);
  });

  it('a model the proxy does not serve for this key is named, with the ones it does', async () => {
    const { json } = await run(proxyFolder(), {
      ANTHROPIC_BASE_URL: `${proxy.url}/`,
      ANTHROPIC_API_KEY: virtual,
      ANTHROPIC_MODEL: 'claude',
    });
    const unknown = byCode(json, 'litellm/proxy-model-unknown');
    expect(unknown).toMatchObject({ severity: 'error' });
    expect(unknown.message).toContain('serves no model named claude; it serves: claude-haiku');
  });

  it('a key the proxy does not know (an Anthropic key sent to the proxy, BerriAI/litellm#9466) is its 401', async () => {
    const { json, code } = await run(proxyFolder(), { ANTHROPIC_BASE_URL: proxy.url, ANTHROPIC_API_KEY: apiKey(41) });
    expect(proxyProbes(json)[0]).toMatchObject({ code: 'auth/litellm-proxy-key' });
    expect(codes(json)).toContain('litellm/anthropic-key-to-proxy');
    expect(code).toBe(1);
  });

  it('a proxy URL from a project .env does not receive a key from the environment (the trust gate)', async () => {
    const before = proxy.requests.length;
    const { json } = await run(proxyFolder(`ANTHROPIC_BASE_URL=${proxy.url}\n`), { ANTHROPIC_API_KEY: master });
    expect(codes(json)).toContain('url/untrusted-base-url');
    expect(proxyProbes(json)).toEqual([]);
    expect(proxy.requests.length).toBe(before);
  });

  it('a base URL that is not the proxy’s address is probed as the Anthropic API, not as a proxy', async () => {
    const dir = prepareCase();
    const { json } = await run(dir, { ANTHROPIC_BASE_URL: proxy.url, ANTHROPIC_API_KEY: master });
    expect(proxyProbes(json)).toEqual([]);
  });
});
