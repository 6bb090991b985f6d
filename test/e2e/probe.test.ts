// The live probe end to end: the built CLI and the real SDK talk real HTTP to the fake Anthropic API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeApi, tlsFile, type FakeApi, type Scenario } from '../support/fake-anthropic.js';
import { startConnectProxy } from '../support/connect-proxy.js';
import { prepareCase, runJson, type JsonReport } from '../support/fixture-case.js';
import { apiKey, oauthToken } from '../support/keys.js';

const SCENARIOS: [Scenario, string][] = [
  ['ok', 'api/ok'],
  ['oauth-expired', 'auth/oauth-expired'],
  ['oauth-revoked', 'auth/oauth-revoked'],
  ['credentials-revoked', 'auth/credentials-revoked'],
  ['permission', 'auth/permission-denied'],
  ['credit', 'billing/credit-balance-too-low'],
  ['org-disabled', 'billing/organization-disabled'],
  ['spend-limit', 'billing/spend-limit'],
  ['tier-cap', 'billing/spend-limit'],
  ['rate-limited', 'api/rate-limited'],
  ['cloudflare', 'auth/region-blocked'],
  ['server-error', 'api/server-error'],
  ['gateway-timeout', 'api/server-error'],
  ['overloaded', 'api/overloaded'],
  ['html-502', 'api/unexpected-response'],
  ['reset', 'api/unexpected-response'],
  ['overloaded-once', 'api/ok'],
  ['litellm-proxy', 'auth/litellm-proxy-key'],
];

interface ProbeJson {
  profile: string;
  endpoint: string;
  status?: number;
  requestId?: string;
  latencyMs: number;
  code: string;
  rateLimits?: Record<string, string>;
}
const probes = (r: JsonReport) => (r as unknown as { probes: ProbeJson[] }).probes;

describe('probe', () => {
  let api: FakeApi;
  const keyOf = new Map<Scenario, string>(SCENARIOS.map(([s], i) => [s, apiKey(100 + i)]));
  const oauth = oauthToken(7);

  beforeAll(async () => {
    api = await startFakeApi({
      ...Object.fromEntries([...keyOf].map(([s, k]) => [k, s])),
      [apiKey(90)]: 'stall',
      [apiKey(91)]: 'slow',
      [oauth]: 'ok',
    });
  });
  afterAll(() => api.close());

  const check = (env: Record<string, string>, args: string[] = []) =>
    runJson(['check', '--no-offline', ...args], prepareCase(), {
      ANTHROPIC_BASE_URL: api.url,
      ANTHROPIC_MODEL: 'claude-sonnet-4-6',
      ...env,
    });

  it.each(SCENARIOS)('%s → %s', async (scenario, code) => {
    const { json, stdout } = await check({ ANTHROPIC_API_KEY: keyOf.get(scenario)! });
    const [probe] = probes(json);
    expect(probe).toMatchObject({ profile: 'p1', endpoint: 'GET /v1/models/claude-sonnet-4-6', code });
    expect(json.findings.map((f) => f.code)).toContain(code);
    if (scenario !== 'cloudflare' && scenario !== 'html-502' && scenario !== 'reset')
      expect(probe!.requestId).toMatch(/^req_/);
    expect(stdout).not.toContain(keyOf.get(scenario)!);
  });

  it('sends the key as x-api-key with anthropic-version 2023-06-01, as OpenHands does', async () => {
    await check({ ANTHROPIC_API_KEY: keyOf.get('ok')! });
    const last = api.requests.at(-1)!;
    expect(last.headers['x-api-key']).toBe(keyOf.get('ok'));
    expect(last.headers['anthropic-version']).toBe('2023-06-01');
    expect(last.headers.authorization).toBeUndefined();
  });

  it('sends Bearer with --auth-scheme bearer, and an OAuth token in the auth-token slot as Bearer', async () => {
    const bearer = await check({ ANTHROPIC_API_KEY: keyOf.get('ok')! }, ['--auth-scheme', 'bearer']);
    expect(probes(bearer.json)[0]!.code).toBe('api/ok');
    expect(api.requests.at(-1)!.headers.authorization).toBe(`Bearer ${keyOf.get('ok')}`);
    const token = await check({ ANTHROPIC_AUTH_TOKEN: oauth });
    expect(probes(token.json)[0]!.code).toBe('api/ok');
    expect(api.requests.at(-1)!.headers['anthropic-beta']).toBe('oauth-2025-04-20');
  });

  it('an OAuth token in an API-key slot is sent as OpenHands sends it, and refused', async () => {
    const { json } = await check({ ANTHROPIC_API_KEY: oauth });
    expect(probes(json)[0]!.code).toBe('auth/oauth-not-supported');
    expect(json.findings.map((f) => f.code)).toContain('key/oauth-token');
  });

  it('tells a wrong key, a wrong Bearer token, a missing model and a wrong path apart', async () => {
    const wrong = await check({ ANTHROPIC_API_KEY: apiKey(99) });
    expect(probes(wrong.json)[0]!.code).toBe('auth/invalid-api-key');
    const bearer = await check({ ANTHROPIC_API_KEY: apiKey(99) }, ['--auth-scheme', 'bearer']);
    expect(probes(bearer.json)[0]!.code).toBe('auth/invalid-bearer-token');
    const model = await check({ ANTHROPIC_API_KEY: keyOf.get('ok')!, ANTHROPIC_MODEL: 'claude-3-5-sonnet-20241022' });
    expect(probes(model.json)[0]).toMatchObject({ code: 'api/model-not-found', status: 404 });
    expect(model.json.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['api/model-not-found', 'model/retired']),
    );
    // Retired or a typo: the API's list of retired models tells them apart.
    expect(model.json.findings.find((f) => f.code === 'api/model-not-found')!.message).toContain('It is retired');
    const typo = await check({ ANTHROPIC_API_KEY: keyOf.get('ok')!, ANTHROPIC_MODEL: 'claude-sonet-4-6' });
    expect(typo.json.findings.find((f) => f.code === 'api/model-not-found')!.message).not.toContain('retired');
    const path = await check({ ANTHROPIC_API_KEY: keyOf.get('ok')!, ANTHROPIC_BASE_URL: `${api.url}/v1` });
    expect(probes(path.json)[0]!.code).toBe('api/endpoint-not-found');
  });

  it('reports a 429 at once, with its retry-after and limits: the key authenticated', async () => {
    const { json } = await check({ ANTHROPIC_API_KEY: keyOf.get('rate-limited')! });
    expect(probes(json)[0]!.rateLimits).toMatchObject({
      'retry-after': '20',
      'anthropic-ratelimit-requests-limit': '50',
    });
    expect(probes(json)[0]!.latencyMs).toBeLessThan(1000);
  });

  it('probes identical setups once, and distinct ones in parallel', async () => {
    const before = api.requests.length;
    const { json } = await check({
      ANTHROPIC_API_KEY: keyOf.get('ok')!,
      LLM_API_KEY: keyOf.get('ok')!,
      LLM_MODEL: 'anthropic/claude-sonnet-4-6',
      LLM_BASE_URL: api.url,
    });
    expect(
      probes(json)
        .map((p) => p.profile)
        .sort(),
    ).toEqual(['p1', 'p2']);
    expect(api.requests.length - before).toBe(1);
  });

  it('never waits past --timeout plus one second, even for a body that never ends', async () => {
    const started = Date.now();
    const { json } = await check({ ANTHROPIC_API_KEY: apiKey(90) }, ['--timeout', '1000']);
    expect(probes(json)[0]!.code).toBe('net/timeout');
    expect(probes(json)[0]!.latencyMs).toBeLessThan(2000);
    expect(Date.now() - started).toBeLessThan(1000 + 1000 + 1500); // + the CLI's own start-up
  });

  it('a slow answer inside the timeout is fine', async () => {
    const { json } = await check({ ANTHROPIC_API_KEY: apiKey(91) }, ['--timeout', '5000']);
    expect(probes(json)[0]).toMatchObject({ code: 'api/ok' });
    expect(probes(json)[0]!.latencyMs).toBeGreaterThanOrEqual(1400);
  });

  it('refused and unresolvable hosts are network findings, not exit 2', async () => {
    const refused = await check({ ANTHROPIC_API_KEY: keyOf.get('ok')!, ANTHROPIC_BASE_URL: 'http://127.0.0.1:9' });
    expect(probes(refused.json)[0]!.code).toBe('net/refused');
    expect(refused.code).toBe(1);
    const dns = await check(
      { ANTHROPIC_API_KEY: keyOf.get('ok')!, ANTHROPIC_BASE_URL: 'https://nonexistent.invalid' },
      ['--timeout', '3000'],
    );
    expect(['net/dns', 'net/timeout']).toContain(probes(dns.json)[0]!.code);
  });

  it('goes through HTTP_PROXY / HTTPS_PROXY, honours NO_PROXY, and names a proxy that fails', async () => {
    const proxy = await startConnectProxy();
    const proxyUrl = proxy.url;
    const via = await check({ ANTHROPIC_API_KEY: keyOf.get('ok')!, HTTP_PROXY: proxyUrl });
    expect(probes(via.json)[0]!.code).toBe('api/ok');
    expect(proxy.tunnels()).toBe(1);
    await check({ ANTHROPIC_API_KEY: keyOf.get('ok')!, HTTP_PROXY: proxyUrl, NO_PROXY: 'localhost,127.0.0.1' });
    expect(proxy.tunnels()).toBe(1);
    proxy.close();
    const down = await check({ ANTHROPIC_API_KEY: keyOf.get('ok')!, HTTP_PROXY: 'http://127.0.0.1:9' });
    expect(probes(down.json)[0]!.code).toBe('net/proxy');
  });

  it('a TLS failure is net/tls', async () => {
    // HTTPS to a port that speaks plain HTTP: the handshake fails.
    const { json } = await check({
      ANTHROPIC_API_KEY: keyOf.get('ok')!,
      ANTHROPIC_BASE_URL: api.url.replace('http:', 'https:'),
    });
    expect(probes(json)[0]!.code).toBe('net/tls');
  });

  it('probes over HTTPS: a certificate the machine trusts answers, one it does not is net/tls', async () => {
    const secure = await startFakeApi({ [keyOf.get('ok')!]: 'ok' }, 0, { tls: true });
    try {
      const env = { ANTHROPIC_API_KEY: keyOf.get('ok')!, ANTHROPIC_BASE_URL: secure.url };
      const trusted = await check({ ...env, NODE_EXTRA_CA_CERTS: tlsFile('server-cert.pem') });
      expect(probes(trusted.json)[0]).toMatchObject({ code: 'api/ok', status: 200 });
      expect(secure.requests[0]!.headers['x-api-key']).toBe(keyOf.get('ok'));
      const untrusted = await check(env);
      expect(probes(untrusted.json)[0]!.code).toBe('net/tls');
      expect(secure.requests).toHaveLength(1);
    } finally {
      await secure.close();
    }
  });

  it('never sends a key over plain http to another machine', async () => {
    const { json } = await check({
      ANTHROPIC_API_KEY: keyOf.get('ok')!,
      ANTHROPIC_BASE_URL: 'http://10.255.255.1:4000',
    });
    expect(probes(json)).toEqual([]);
    expect(json.findings.map((f) => f.code)).toContain('url/insecure');
  });
});
