// Which profiles are probed as a LiteLLM proxy: another client's base URL that is the address of a proxy
// whose config was read, with a credential; and what the probe plan makes of them.
import { describe, expect, it } from 'vitest';
import { CLIENTS } from '../../src/clients/index.js';
import { markServiceProfiles } from '../../src/clients/services.js';
import type { AnyClient } from '../../src/clients/types.js';
import { probeTargets } from '../../src/probe/targets.js';
import type { Profile, Setting } from '../../src/types.js';

const litellm = CLIENTS.find((c) => c.id === 'litellm')!;
const sdk = CLIENTS.find((c) => c.id === 'anthropic-sdk')!;
const setting = (role: Setting['role'], value: string): Setting => ({
  role,
  name: role,
  value,
  source: 'env',
  location: { kind: 'env', name: role },
  trust: 'user',
});
const profile = (client: Profile['client'], url?: string, key = 'sk-proxy-key-123', model?: string): Profile => ({
  id: 'p1',
  client,
  ignored: [],
  ...(url ? { baseUrl: setting('base_url', url) } : {}),
  ...(key ? { apiKey: setting('api_key', key) } : {}),
  ...(model ? { model: setting('model', model) } : {}),
});
const facts = [{ proxyHosts: { hosts: ['litellm'], ports: [8400] } }];
const factsOf = (c: AnyClient) => (c === litellm ? facts : undefined);

describe('markServiceProfiles', () => {
  it("marks another client's profile at the proxy's address (default port, a published port, the service name)", () => {
    for (const url of ['http://localhost:4000', 'http://127.0.0.1:8400/ ', ' http://litellm:4000']) {
      const p = profile('anthropic-sdk', url);
      markServiceProfiles(
        [
          { client: sdk, profiles: [p] },
          { client: litellm, profiles: [] },
        ],
        factsOf,
      );
      expect(p.probeAs, url).toBe('litellm-proxy');
    }
  });

  it('leaves alone: another address, no base URL, no credential, the proxy’s own profiles, no proxy config', () => {
    const others = [
      profile('anthropic-sdk', 'https://api.anthropic.com'),
      profile('anthropic-sdk'),
      profile('anthropic-sdk', 'http://localhost:4000', ''),
    ];
    const own = profile('litellm', 'http://localhost:4000');
    markServiceProfiles(
      [
        { client: sdk, profiles: others },
        { client: litellm, profiles: [own] },
      ],
      factsOf,
    );
    const lone = profile('anthropic-sdk', 'http://localhost:4000');
    markServiceProfiles(
      [
        { client: sdk, profiles: [lone] },
        { client: litellm, profiles: [] },
      ],
      () => undefined,
    );
    expect([...others, own, lone].map((p) => p.probeAs)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('probeTargets for a proxy', () => {
  it('Bearer, the model_name without litellm_proxy/ or openai/, a target of its own; --base-url overrides', () => {
    const p = {
      ...profile('openhands-headless', 'http://localhost:4000', 'sk-proxy-key-123', 'litellm_proxy/claude'),
      probeAs: 'litellm-proxy' as const,
    };
    expect(probeTargets([p], { scheme: 'x-api-key' }).targets).toEqual([
      {
        credential: 'sk-proxy-key-123',
        scheme: 'bearer',
        baseUrl: 'http://localhost:4000',
        style: 'litellm-proxy',
        model: 'claude',
        profiles: ['p1'],
        origin: 'user',
      },
    ]);
    const openai = { ...p, model: setting('model', 'openai/claude-haiku') };
    expect(probeTargets([openai], { scheme: 'x-api-key' }).targets[0]!.model).toBe('claude-haiku');
    const given = probeTargets([p], { scheme: 'x-api-key', baseUrl: 'https://api.anthropic.com' }).targets[0]!;
    expect(given.style).toBeUndefined();
    expect(given.scheme).toBe('x-api-key');
  });
});
