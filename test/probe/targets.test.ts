// The probe plan's boundaries on plain data: which profiles become requests, with which credential, URL,
// model, scheme and proxy, and which become findings instead (found by mutation testing, docs/mutation.md).
import { describe, expect, it } from 'vitest';
import { MAX_PROBES, probeTargets, proxyFor } from '../../src/probe/targets.js';
import type { Client, Profile, Setting } from '../../src/types.js';
import { apiKey, oauthToken } from '../support/keys.js';

const fromEnv = (role: Setting['role'], name: string, value: string): Setting => ({
  role,
  name,
  value,
  source: 'env',
  location: { kind: 'env', name },
  trust: 'user',
});
const fromFile = (role: Setting['role'], name: string, value: string, path: string): Setting => ({
  role,
  name,
  value,
  source: 'dotenv',
  location: { kind: 'file', path, line: 1 },
  trust: 'project',
});
let n = 0;
const profile = (parts: Partial<Profile>, client: Client = 'anthropic-sdk'): Profile => ({
  id: `p${n++}`,
  client,
  ignored: [],
  ...parts,
});
const key = (seed = 1) => fromEnv('api_key', 'ANTHROPIC_API_KEY', apiKey(seed));
const url = (value: string) => fromEnv('base_url', 'ANTHROPIC_BASE_URL', value);
const model = (value: string) => fromEnv('model', 'ANTHROPIC_MODEL', value);
const X = { scheme: 'x-api-key' } as const;

describe('probeTargets: which profiles are probed, and how', () => {
  it('skips a profile without a credential', () => {
    expect(probeTargets([profile({ baseUrl: url('https://x.example') })], X)).toEqual({ targets: [], findings: [] });
  });

  it('trims the key for the SDK only; a key with a space or line break inside is not sent', () => {
    const k = apiKey(2);
    const padded = { ...key(2), value: ` ${k}\n` };
    expect(probeTargets([profile({ apiKey: padded })], X).targets.map((t) => t.credential)).toEqual([k]);
    expect(probeTargets([profile({ apiKey: padded }, 'openhands-headless')], X).targets).toEqual([]);
    expect(
      probeTargets([profile({ apiKey: { ...key(2), value: `${k.slice(0, 20)} ${k.slice(20)}` } })], X).targets,
    ).toEqual([]);
    expect(
      probeTargets([profile({ apiKey: key(2) }, 'openhands-headless')], X).targets.map((t) => t.credential),
    ).toEqual([k]);
  });

  it('uses --base-url over the profile, trimmed and without trailing slashes, and the default otherwise', () => {
    const p = profile({ apiKey: key(), baseUrl: url('https://profile.example') });
    expect(probeTargets([p], { ...X, baseUrl: ' https://flag.example// ' }).targets[0]).toMatchObject({
      baseUrl: 'https://flag.example',
    });
    expect(probeTargets([p], X).targets[0]).toMatchObject({ baseUrl: 'https://profile.example' });
    expect(probeTargets([profile({ apiKey: key() })], X).targets[0]).toMatchObject({
      baseUrl: 'https://api.anthropic.com',
    });
  });

  it('refuses a project base URL for a key from elsewhere, once per pair, unless --base-url names the URL', () => {
    const projectUrl = (host: string) => fromFile('base_url', 'ANTHROPIC_BASE_URL', `https://${host}`, `${host}/.env`);
    const a = profile({ apiKey: key(), baseUrl: projectUrl('a.example') });
    const a2 = profile({ apiKey: key(), baseUrl: projectUrl('a.example') });
    const b = profile({ apiKey: key(), baseUrl: projectUrl('b.example') });
    const plan = probeTargets([a, a2, b], X);
    expect(plan.targets).toEqual([]);
    expect(plan.findings.map((f) => [f.code, f.profile])).toEqual([
      ['url/untrusted-base-url', a.id],
      ['url/untrusted-base-url', b.id],
    ]);
    expect(probeTargets([a], { ...X, baseUrl: 'https://flag.example' })).toMatchObject({
      findings: [],
      targets: [{ baseUrl: 'https://flag.example' }],
    });
    expect(probeTargets([a], { ...X, trustProject: true }).targets).toHaveLength(1);
  });

  it('sends nothing in the clear to another machine, nor to a URL with a key inside', () => {
    expect(probeTargets([profile({ apiKey: key(), baseUrl: url('http://10.0.0.1') })], X)).toEqual({
      targets: [],
      findings: [],
    });
    expect(
      probeTargets([profile({ apiKey: key(), baseUrl: url(`https://x.example/${apiKey(9)}`) })], X).targets,
    ).toEqual([]);
    expect(probeTargets([profile({ apiKey: key(), baseUrl: url('http://localhost:4000') })], X).targets).toHaveLength(
      1,
    );
  });

  it.each([
    [' claude-sonnet-4-6 ', undefined, 'claude-sonnet-4-6'],
    ['anthropic/claude-sonnet-4-6', undefined, 'claude-sonnet-4-6'],
    ['openai/gpt-4o', undefined, undefined],
    ['mistral/mistral-large-latest', undefined, undefined],
    ['claude-sonnet-4-6', 'claude-opus-4-1', 'claude-opus-4-1'],
    [undefined, undefined, undefined],
  ])('model %s with --model %s asks about %s', (fromProfile, flag, expected) => {
    const p = profile({ apiKey: key(), ...(fromProfile === undefined ? {} : { model: model(fromProfile) }) });
    const [target] = probeTargets([p], { ...X, ...(flag ? { model: flag } : {}) }).targets;
    expect(target?.model).toBe(expected);
    expect(target && 'model' in target).toBe(expected !== undefined);
  });

  it('sends an auth token as Bearer and a key by the chosen scheme', () => {
    const token = fromEnv('auth_token', 'ANTHROPIC_AUTH_TOKEN', oauthToken());
    expect(probeTargets([profile({ authToken: token })], X).targets[0]).toMatchObject({ scheme: 'bearer' });
    expect(probeTargets([profile({ apiKey: key() })], X).targets[0]).toMatchObject({ scheme: 'x-api-key' });
    expect(probeTargets([profile({ apiKey: key() })], { scheme: 'bearer' }).targets[0]).toMatchObject({
      scheme: 'bearer',
    });
  });

  it("sends a Claude Code apiKeyHelper's output as both headers, whatever the chosen scheme", () => {
    const helper = (kind: NonNullable<Profile['credential']>['kind']) => {
      const k = key(7);
      return profile({ apiKey: k, credential: { kind, setting: k, losers: [] } }, 'claude-code');
    };
    expect(probeTargets([helper('api-key-helper')], X).targets[0]).toMatchObject({ scheme: 'both' });
    expect(probeTargets([helper('api-key-helper')], { scheme: 'bearer' }).targets[0]).toMatchObject({ scheme: 'both' });
    expect(probeTargets([helper('api-key')], X).targets[0]).toMatchObject({ scheme: 'x-api-key' });
  });

  it('names the setups over the limit, the first 20 of them', () => {
    const ps = Array.from({ length: MAX_PROBES + 25 }, (_, i) => profile({ apiKey: key(100 + i) }));
    const [notProbed] = probeTargets(ps, X).findings;
    expect(notProbed).toMatchObject({ code: 'api/not-probed', args: { count: 25, limit: MAX_PROBES } });
    expect((notProbed!.args as { profiles: string[] }).profiles).toEqual(
      ps.slice(MAX_PROBES, MAX_PROBES + 20).map((p) => p.id),
    );
    const few = Array.from({ length: MAX_PROBES + 2 }, (_, i) => profile({ apiKey: key(200 + i) }));
    expect((probeTargets(few, X).findings[0]!.args as { profiles: string[] }).profiles).toEqual(
      few.slice(MAX_PROBES).map((p) => p.id),
    );
  });

  it('refuses an http:// base URL through a proxy on another machine, once per proxy variable', () => {
    const env = { HTTP_PROXY: 'http://proxy.example:3128' };
    const local = (seed: number) => profile({ apiKey: key(seed), baseUrl: url('http://localhost:4000') });
    const first = local(1);
    const plan = probeTargets([first, local(2)], X, env);
    expect(plan.targets).toEqual([]);
    expect(plan.findings).toHaveLength(1);
    expect(plan.findings[0]).toMatchObject({
      code: 'url/insecure',
      args: { name: 'HTTP_PROXY', url: 'http://proxy.example:3128', host: 'proxy.example' },
      location: { kind: 'env', name: 'HTTP_PROXY' },
    });
    expect(plan.findings[0]!.profile).toBe(first.id);
  });

  it('keeps the proxy of a target: a loopback proxy for http, any valid proxy for https, a broken one as marked', () => {
    const viaLoopback = probeTargets([profile({ apiKey: key(), baseUrl: url('http://localhost:4000') })], X, {
      HTTP_PROXY: 'http://127.0.0.1:3128',
    });
    expect(viaLoopback.targets[0]).toMatchObject({
      proxy: { url: 'http://127.0.0.1:3128', name: 'HTTP_PROXY', valid: true },
    });
    const https = probeTargets([profile({ apiKey: key() })], X, { HTTPS_PROXY: 'http://proxy.example:3128' });
    expect(https).toMatchObject({ findings: [], targets: [{ proxy: { url: 'http://proxy.example:3128' } }] });
    const broken = probeTargets([profile({ apiKey: key(), baseUrl: url('http://localhost:4000') })], X, {
      HTTP_PROXY: '::nonsense::',
    });
    expect(broken.targets[0]).toMatchObject({ proxy: { valid: false } });
    expect('proxy' in probeTargets([profile({ apiKey: key() })], X, {}).targets[0]!).toBe(false);
  });
});

describe('proxyFor: the variables curl reads', () => {
  it.each([
    ['https://api.anthropic.com', 'HTTPS_PROXY'],
    ['https://api.anthropic.com', 'https_proxy'],
    ['https://api.anthropic.com', 'ALL_PROXY'],
    ['https://api.anthropic.com', 'all_proxy'],
    ['http://localhost:4000', 'HTTP_PROXY'],
    ['http://localhost:4000', 'http_proxy'],
    ['http://localhost:4000', 'ALL_PROXY'],
    ['http://localhost:4000', 'all_proxy'],
  ])('%s reads %s', (base, name) => {
    expect(proxyFor(base, { [name]: ' http://p:1 ' })).toEqual({
      url: 'http://p:1',
      name,
      valid: true,
      shown: `${name}=http://p:1`,
    });
  });

  it("reads the scheme-specific variable first, and the other scheme's never", () => {
    expect(proxyFor('https://a.example', { ALL_PROXY: 'http://all:1', HTTPS_PROXY: 'http://s:1' })?.name).toBe(
      'HTTPS_PROXY',
    );
    expect(proxyFor('http://localhost:4000', { HTTPS_PROXY: 'http://s:1' })).toBeUndefined();
  });

  it.each([
    ['*', undefined],
    ['api.anthropic.com', undefined],
    ['.anthropic.com', undefined],
    ['anthropic.com', undefined],
    ['x.example, api.anthropic.com:443', undefined],
    ['api.anthropic:1.com', 'HTTPS_PROXY'],
    ['notanthropic.com', 'HTTPS_PROXY'],
    ['x.example,', 'HTTPS_PROXY'],
  ])('NO_PROXY=%s gives %s', (noProxy, expected) => {
    expect(proxyFor('https://api.anthropic.com', { HTTPS_PROXY: 'http://p:1', NO_PROXY: noProxy })?.name).toBe(
      expected,
    );
    expect(proxyFor('https://api.anthropic.com', { HTTPS_PROXY: 'http://p:1', no_proxy: noProxy })?.name).toBe(
      expected,
    );
  });

  it('matches NO_PROXY names on whole labels, an IPv6 loopback in brackets, a host with a final dot', () => {
    expect(
      proxyFor('https://api.notanthropic.com', { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'anthropic.com' })?.name,
    ).toBe('HTTPS_PROXY');
    for (const entry of ['::1', '[::1]', '[::1]:4000', ' [::1]:4000 ']) {
      expect(proxyFor('http://[::1]:4000', { HTTP_PROXY: 'http://p:1', NO_PROXY: entry })).toBeUndefined();
    }
    for (const entry of ['::2', '[::2]:4000', '[::1', 'x[::1]', '[::1]:80x']) {
      expect(proxyFor('http://[::1]:4000', { HTTP_PROXY: 'http://p:1', NO_PROXY: entry })?.name).toBe('HTTP_PROXY');
    }
    expect(
      proxyFor('https://anthropic.com', { HTTPS_PROXY: 'http://p:1', NO_PROXY: '.anthropic.com' }),
    ).toBeUndefined();
    expect(proxyFor('https://api.anthropic.com.', { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'x.example,' })?.name).toBe(
      'HTTPS_PROXY',
    );
  });

  it.each([
    ['http://p:1', true],
    ['https://p:1', true],
    ['socks5://p:1', false],
    ['p:1', false],
  ])('proxy %s is valid: %s', (value, valid) => {
    expect(proxyFor('https://a.example', { HTTPS_PROXY: value })?.valid).toBe(valid);
  });
});
