// Where an Admin key may go (trust.ts, adminApiUrl) and who chose a probe's base URL (targets.ts, origin):
// plain data, every boundary the gate has (found by mutation testing, docs/mutation.md).
import { describe, expect, it } from 'vitest';
import { probeTargets } from '../../src/probe/targets.js';
import { adminApiUrl, type BaseUrlOrigin, oauthUsageUrl } from '../../src/probe/trust.js';
import type { Profile, Setting } from '../../src/types.js';
import { apiKey } from '../support/keys.js';

const gate = (baseUrl: string, origin: BaseUrlOrigin = 'user', proxy?: unknown) =>
  adminApiUrl({ baseUrl, ...(proxy ? { proxy } : {}) }, origin);

describe('adminApiUrl', () => {
  it("goes to Anthropic's own API, whoever chose it, and only at its root", () => {
    for (const origin of ['default', 'argument', 'user', 'project'] as const) {
      expect(gate('https://api.anthropic.com', origin)).toBe('https://api.anthropic.com');
      expect(gate('https://api.anthropic.com/', origin)).toBe('https://api.anthropic.com');
    }
    expect(gate('https://api.anthropic.com/v1', 'default')).toBeUndefined();
    expect(gate('https://api.anthropic.com/x/', 'default')).toBeUndefined();
    expect(gate('http://api.anthropic.com', 'default')).toBeUndefined();
    expect(gate('https://api.anthropic.com:8443', 'default')).toBeUndefined();
    expect(gate('https://api.anthropic.com.evil.example', 'default')).toBeUndefined();
  });

  it('never with user info, a query or a fragment, never through a proxy, never for a URL it cannot read', () => {
    for (const url of [
      'https://u@api.anthropic.com',
      'https://:p@api.anthropic.com',
      'https://api.anthropic.com/?x=1',
      'https://api.anthropic.com/#x',
      'http://u@127.0.0.1:8080',
      'http://127.0.0.1:8080/?x=1',
    ])
      expect(gate(url, 'argument'), url).toBeUndefined();
    expect(gate('https://api.anthropic.com', 'user', { url: 'http://127.0.0.1:3128' })).toBeUndefined();
    expect(gate('not a url')).toBeUndefined();
  });

  it('a loopback server named with --base-url, over http or https, without trailing slashes; no other', () => {
    expect(gate('http://127.0.0.1:8080', 'argument')).toBe('http://127.0.0.1:8080');
    expect(gate('https://localhost:8443/', 'argument')).toBe('https://localhost:8443');
    expect(gate('http://[::1]:9000/base//', 'argument')).toBe('http://[::1]:9000/base');
    // From the environment or a settings file a loopback URL is as often a gateway (LiteLLM on :4000).
    expect(gate('http://127.0.0.1:4000', 'user')).toBeUndefined();
    expect(gate('http://127.0.0.1:8080', 'project')).toBeUndefined();
    expect(gate('http://127.0.0.1:8080', 'default')).toBeUndefined();
    expect(gate('ftp://127.0.0.1:8080', 'argument')).toBeUndefined();
    expect(gate('https://gateway.example', 'argument')).toBeUndefined();
    // A LiteLLM proxy's own route: never, however it was named.
    expect(adminApiUrl({ baseUrl: 'http://127.0.0.1:4000', style: 'litellm-proxy' }, 'argument')).toBeUndefined();
    expect(adminApiUrl({ baseUrl: 'https://api.anthropic.com', style: 'litellm-proxy' }, 'default')).toBeUndefined();
  });
});

describe('oauthUsageUrl (--probe-oauth: a subscription token asks its usage)', () => {
  const usage = (baseUrl: string, origin: BaseUrlOrigin | undefined, style?: string) =>
    oauthUsageUrl({ baseUrl, origin, ...(style ? { style } : {}) });

  it("goes to Anthropic's own API whoever chose it, or a loopback server named with --base-url; no other", () => {
    for (const origin of ['default', 'argument', 'user', 'project'] as const)
      expect(usage('https://api.anthropic.com/', origin)).toBe('https://api.anthropic.com');
    expect(usage('http://127.0.0.1:8080/', 'argument')).toBe('http://127.0.0.1:8080');
    expect(usage('http://127.0.0.1:4000', 'user')).toBeUndefined();
    // A target whose origin is unsaid is no --base-url.
    expect(usage('http://127.0.0.1:4000', undefined)).toBeUndefined();
    expect(usage('https://api.anthropic.com', undefined)).toBe('https://api.anthropic.com');
    expect(usage('http://127.0.0.1:4000', 'project')).toBeUndefined();
    expect(usage('https://gateway.example', 'user')).toBeUndefined();
    expect(usage('https://gateway.example', 'argument')).toBeUndefined();
    expect(usage('https://api.anthropic.com/v1', 'default')).toBeUndefined();
    expect(usage('https://u@api.anthropic.com', 'default')).toBeUndefined();
    expect(usage('not a url', 'argument')).toBeUndefined();
  });

  it('never to a LiteLLM proxy, however it was named; a proxy from HTTPS_PROXY does not matter here', () => {
    expect(usage('http://127.0.0.1:4000', 'argument', 'litellm-proxy')).toBeUndefined();
    expect(usage('https://api.anthropic.com', 'default', 'litellm-proxy')).toBeUndefined();
    const viaProxy = { baseUrl: 'https://api.anthropic.com', proxy: { url: 'http://127.0.0.1:3128' } };
    expect(oauthUsageUrl({ ...viaProxy, origin: 'default' })).toBe('https://api.anthropic.com');
    expect(adminApiUrl(viaProxy, 'default')).toBeUndefined();
  });
});

const NAMES: Partial<Record<Setting['role'], string>> = { api_key: 'ANTHROPIC_API_KEY', model: 'ANTHROPIC_MODEL' };
const setting = (role: Setting['role'], value: string, trust: Setting['trust'], path?: string): Setting => ({
  role,
  name: NAMES[role] ?? 'ANTHROPIC_BASE_URL',
  value,
  source: path ? 'dotenv' : 'env',
  location: path ? { kind: 'file', path, line: 1 } : { kind: 'env', name: 'ANTHROPIC_BASE_URL' },
  trust,
});
let n = 0;
const profile = (parts: Partial<Profile>): Profile => ({
  id: `p${n++}`,
  client: 'anthropic-sdk',
  ignored: [],
  ...parts,
});
const X = { scheme: 'x-api-key' } as const;

describe('probeTargets: who chose the base URL', () => {
  const key = setting('api_key', apiKey(4), 'user');

  it("default without one, argument with --base-url, the setting's trust otherwise (user when unsaid)", () => {
    expect(probeTargets([profile({ apiKey: key })], X).targets[0]!.origin).toBe('default');
    const own = profile({ apiKey: key, baseUrl: setting('base_url', 'http://127.0.0.1:9', 'user') });
    expect(probeTargets([own], { ...X, baseUrl: 'http://127.0.0.1:9' }).targets[0]!.origin).toBe('argument');
    expect(probeTargets([own], X).targets[0]!.origin).toBe('user');
    const { trust: _, ...unsaid } = setting('base_url', 'http://127.0.0.1:9', 'user');
    expect(probeTargets([profile({ apiKey: key, baseUrl: unsaid })], X).targets[0]!.origin).toBe('user');
  });

  it('one target for two profiles: a project file among them makes it the least trusted, in either order', () => {
    const user = profile({ apiKey: key, baseUrl: setting('base_url', 'http://127.0.0.1:9', 'user') });
    const project = profile({
      apiKey: key,
      baseUrl: setting('base_url', 'http://127.0.0.1:9', 'project', '.env'),
    });
    const opts = { ...X, trustProject: true };
    expect(probeTargets([user, project], opts).targets.map((t) => t.origin)).toEqual(['project']);
    expect(probeTargets([project, user], opts).targets.map((t) => t.origin)).toEqual(['project']);
    expect(probeTargets([user, user], opts).targets.map((t) => t.origin)).toEqual(['user']);
  });
});

describe('probeTargets: a LiteLLM proxy', () => {
  const proxy = (model: string) =>
    profile({
      client: 'openhands-headless',
      apiKey: setting('api_key', 'sk-proxy-key-123', 'user'),
      baseUrl: setting('base_url', 'http://localhost:4000', 'user'),
      model: setting('model', model, 'user'),
      probeAs: 'litellm-proxy',
    });

  it('sends Bearer and the model_name without litellm_proxy/ or openai/; its target is its own', () => {
    const [t] = probeTargets([proxy('litellm_proxy/claude')], X).targets;
    expect(t).toMatchObject({ scheme: 'bearer', style: 'litellm-proxy', model: 'claude' });
    expect(probeTargets([proxy('openai/claude-haiku')], X).targets[0]!.model).toBe('claude-haiku');
    // Any other prefix stays, and a '/' left in a model is not put in a URL path (pathSafeModel).
    expect(probeTargets([proxy('anthropic/claude')], X).targets[0]!.model).toBeUndefined();
    const plain = { ...proxy('claude'), probeAs: undefined };
    const both = probeTargets([proxy('claude'), plain], X).targets;
    expect(both.map((x) => x.style)).toEqual(['litellm-proxy', undefined]);
    expect(both.map((x) => x.scheme)).toEqual(['bearer', 'x-api-key']);
    expect(Object.keys(both[1]!)).not.toContain('style');
    // Bearer for both: still two requests, one to the proxy's own route and one as Anthropic's API.
    expect(probeTargets([proxy('claude'), plain], { scheme: 'bearer' }).targets).toHaveLength(2);
    // Only a leading prefix goes.
    expect(probeTargets([proxy('myopenai/claude')], X).targets[0]!.model).toBeUndefined();
  });

  it('without a model: no model', () => {
    const { model: _, ...none } = proxy('claude');
    expect(probeTargets([none], X).targets[0]!.model).toBeUndefined();
  });
});
