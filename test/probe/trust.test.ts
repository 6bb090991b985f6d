// The trust gate and the probe plan on plain data: who chose a value, and which requests are made.
import { describe, expect, it } from 'vitest';
import { MAX_PROBES, probeTargets, proxyFor } from '../../src/probe/targets.js';
import { baseUrlRefusal, pathSafeModel, safeToSend, trustOf, withTrust } from '../../src/probe/trust.js';
import { resolveProfiles } from '../../src/profiles.js';
import type { Setting } from '../../src/types.js';
import { apiKey } from '../support/keys.js';

const env = (name: string, value: string, role: Setting['role']): Setting => ({
  role,
  name,
  value,
  source: 'env',
  location: { kind: 'env', name },
});
const dotenv = (name: string, value: string, role: Setting['role'], { path = '.env', line = 1 } = {}): Setting => ({
  role,
  name,
  value,
  source: 'dotenv',
  location: { kind: 'file', path, line, column: name.length + 2, key: name },
});

describe('trustOf', () => {
  it.each([
    [env('ANTHROPIC_BASE_URL', 'x', 'base_url'), {}, 'user'],
    [dotenv('ANTHROPIC_BASE_URL', 'x', 'base_url'), {}, 'project'],
    [dotenv('ANTHROPIC_BASE_URL', 'x', 'base_url', { path: 'sub/dir/.env' }), {}, 'project'],
    [dotenv('ANTHROPIC_BASE_URL', 'x', 'base_url'), { dotenv: true }, 'user'],
    [dotenv('ANTHROPIC_BASE_URL', 'x', 'base_url'), { 'openhands-config': true }, 'project'],
    [
      {
        ...dotenv('base_url', 'x', 'base_url', { path: '~/.openhands/config.toml' }),
        source: 'openhands-config' as const,
      },
      {},
      'user',
    ],
    [
      {
        ...env('LLM_BASE_URL', 'x', 'base_url'),
        location: { kind: 'container' as const, id: 'c', name: 'app', image: 'i', env: 'LLM_BASE_URL' },
      },
      {},
      'user',
    ],
  ])('%# %o with %o is %s', (setting, explicit, expected) => {
    expect(trustOf(setting, explicit)).toBe(expected);
  });
});

describe('baseUrlRefusal', () => {
  const profileOf = (settings: Setting[]) =>
    resolveProfiles(withTrust(settings, {})).find((p) => p.client === 'anthropic-sdk')!;
  const KEY = apiKey(1);

  it.each([
    [
      'shell key, project URL',
      [env('ANTHROPIC_API_KEY', KEY, 'api_key'), dotenv('ANTHROPIC_BASE_URL', 'https://x.example', 'base_url')],
      true,
    ],
    [
      'project key, URL from another project file',
      [
        dotenv('ANTHROPIC_API_KEY', KEY, 'api_key', { path: 'a/.env' }),
        dotenv('ANTHROPIC_BASE_URL', 'https://x.example', 'base_url', { path: '.env' }),
      ],
      true,
    ],
    [
      'key and URL in one project file',
      [
        dotenv('ANTHROPIC_API_KEY', KEY, 'api_key'),
        dotenv('ANTHROPIC_BASE_URL', 'https://x.example', 'base_url', { line: 2 }),
      ],
      false,
    ],
    [
      'project key, shell URL',
      [dotenv('ANTHROPIC_API_KEY', KEY, 'api_key'), env('ANTHROPIC_BASE_URL', 'https://x.example', 'base_url')],
      false,
    ],
    [
      'shell key, shell URL',
      [env('ANTHROPIC_API_KEY', KEY, 'api_key'), env('ANTHROPIC_BASE_URL', 'https://x.example', 'base_url')],
      false,
    ],
    ['no base URL at all', [env('ANTHROPIC_API_KEY', KEY, 'api_key')], false],
  ])('%s: refused %s', (_name, settings, refused) => {
    const p = profileOf(settings);
    const found = baseUrlRefusal(p, p.apiKey!, false);
    expect(Boolean(found)).toBe(refused);
    if (found)
      expect(found).toMatchObject({ code: 'url/untrusted-base-url', args: { host: 'x.example' }, profile: p.id });
    expect(baseUrlRefusal(p, p.apiKey!, true)).toBeUndefined();
  });
});

describe('what may go into a request', () => {
  it.each([
    ['https://api.anthropic.com', true],
    ['http://localhost:4000', true],
    ['http://127.0.0.2:8080', true],
    ['http://[::1]:4000', true],
    ['http://10.0.0.1', false],
    ['http://api.anthropic.com', false],
    ['http://[::ffff:127.0.0.1]', false],
    ['ftp://x', false],
    ['not a url', false],
  ])('safeToSend(%s) is %s', (url, expected) => {
    expect(safeToSend(url)).toBe(expected);
  });

  it.each([
    ['claude-sonnet-4-6', 'claude-sonnet-4-6'],
    ['claude-3-5-sonnet@20241022', 'claude-3-5-sonnet@20241022'],
    ['../../v1/organizations', undefined],
    ['a/b', undefined],
    ['claude sonnet', undefined],
    ['', undefined],
    [apiKey(2), undefined],
    [`claude-${'x'.repeat(300)}`, undefined],
  ])('pathSafeModel(%s)', (model, expected) => {
    expect(pathSafeModel(model)).toBe(expected);
  });
});

describe('probeTargets', () => {
  const profiles = (n: number, key = (i: number) => apiKey(10 + i)) =>
    resolveProfiles(
      withTrust(
        Array.from({ length: n }, (_, i) => [
          {
            role: 'api_key' as const,
            name: `[llm.g${i}] api_key`,
            value: key(i),
            source: 'openhands-config' as const,
            group: `llm.g${i}`,
            location: { kind: 'file' as const, path: 'config.toml', line: i + 1 },
          },
        ]).flat(),
        {},
      ),
    );

  it(`makes at most ${MAX_PROBES} requests and names the setups it left out`, () => {
    const plan = probeTargets(profiles(40), { scheme: 'x-api-key' });
    expect(plan.targets).toHaveLength(MAX_PROBES);
    expect(plan.findings).toEqual([
      expect.objectContaining({ code: 'api/not-probed', args: expect.objectContaining({ count: 40 - MAX_PROBES }) }),
    ]);
  });

  it('one request per distinct setup, shared by every profile that has it', () => {
    const plan = probeTargets(
      profiles(40, () => apiKey(3)),
      { scheme: 'x-api-key' },
    );
    expect(plan.targets).toHaveLength(1);
    expect(plan.targets[0]!.profiles).toHaveLength(40);
    expect(plan.findings).toEqual([]);
  });

  it('a setup already being probed is joined, not asked again', () => {
    const first = probeTargets(
      profiles(1, () => apiKey(4)),
      { scheme: 'x-api-key' },
    );
    const known = new Map(first.targets.map((t) => [JSON.stringify([t.credential, t.scheme, t.baseUrl, t.model]), t]));
    const second = probeTargets(
      profiles(3, () => apiKey(4)),
      { scheme: 'x-api-key' },
      {},
      { known, limit: 0 },
    );
    expect(second.targets).toEqual([]);
    expect(first.targets[0]!.profiles).toHaveLength(4);
  });
});

describe('proxyFor', () => {
  it.each([
    ['https://api.anthropic.com', { HTTPS_PROXY: 'http://proxy:3128' }, 'http://proxy:3128'],
    ['https://api.anthropic.com', { https_proxy: 'http://p:1', NO_PROXY: '.anthropic.com' }, undefined],
    ['https://api.anthropic.com', { HTTP_PROXY: 'http://p:1' }, undefined],
    ['http://localhost:4000', { HTTP_PROXY: 'http://p:1', NO_PROXY: 'localhost' }, undefined],
    ['http://localhost:4000', { ALL_PROXY: 'http://p:1' }, 'http://p:1'],
  ])('%s with %o', (url, vars, expected) => {
    expect(proxyFor(url, vars)?.url).toBe(expected);
  });

  it('a proxy variable that is not a URL is marked, and shown without its password', () => {
    expect(proxyFor('https://api.anthropic.com', { HTTPS_PROXY: '::nonsense::' })).toMatchObject({
      valid: false,
      name: 'HTTPS_PROXY',
    });
    expect(
      proxyFor('https://api.anthropic.com', { HTTPS_PROXY: 'http://me:hunter22@proxy:3128' })!.shown,
    ).not.toContain('hunter22');
  });
});
