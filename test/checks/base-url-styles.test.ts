// url/v1-shared: one base URL value read by a client that must not have /v1 and one that needs it.
import { describe, expect, it } from 'vitest';
import { checkSharedBaseUrl, urlForStyle } from '../../src/checks/base-url-styles.js';
import { CLIENTS, clientOf } from '../../src/clients/index.js';
import type { BaseUrlStyle, Client, Profile, Setting } from '../../src/types.js';
import { envSetting, fileSetting } from '../support/settings.js';

const registry = (c: Client) => clientOf(c)?.baseUrlStyle;
const styleOf = (p: Profile) => p.baseUrlStyle ?? registry(p.client);
let n = 0;
const profile = (client: Client, baseUrl?: Setting): Profile => ({
  id: `p${++n}`,
  client,
  ...(baseUrl ? { baseUrl } : {}),
  ignored: [],
});
const base = (value: string) => envSetting('ANTHROPIC_BASE_URL', value, 'base_url');

describe('urlForStyle', () => {
  it.each<[string, BaseUrlStyle, string]>([
    ['https://gw.example.com/v1', 'sdk', 'https://gw.example.com'],
    ['https://gw.example.com/v1/', 'sdk', 'https://gw.example.com'],
    ['https://gw.example.com', 'v1', 'https://gw.example.com/v1'],
    ['https://gw.example.com/', 'v1-slash', 'https://gw.example.com/v1/'],
    ['https://gw.example.com/anthropic/v1', 'v1', 'https://gw.example.com/anthropic/v1'],
    ['https://gw.example.com/anthropic', 'sdk', 'https://gw.example.com/anthropic'],
    [' http://localhost:4000/v1 ', 'v1-slash', 'http://localhost:4000/v1/'],
    ['https://gw.example.com/v1//', 'sdk', 'https://gw.example.com'],
    ['https://gw.example.com/v1/anthropic', 'sdk', 'https://gw.example.com/v1/anthropic'],
    ['https://gw.example.com/v1beta', 'v1', 'https://gw.example.com/v1beta/v1'],
  ])('%s as %s is %s', (value, style, expected) => {
    expect(urlForStyle(value, style)).toBe(expected);
  });

  it('drops a password and a query, and is undefined for what is not an http(s) URL', () => {
    expect(urlForStyle('https://user:secret@gw.example.com/v1?x=1', 'sdk')).toBe('https://gw.example.com');
    expect(urlForStyle('gw.example.com/v1', 'sdk')).toBeUndefined();
    expect(urlForStyle('ftp://gw.example.com/v1', 'sdk')).toBeUndefined();
  });
});

describe('checkSharedBaseUrl', () => {
  it('one variable read by the SDK and by Continue: one error, how to split it', () => {
    const shared = base('https://gw.example.com/v1');
    const sdk = profile('anthropic-sdk', shared);
    const found = checkSharedBaseUrl([sdk, profile('continue', shared)], styleOf);
    expect(found).toEqual([
      expect.objectContaining({
        code: 'url/v1-shared',
        severity: 'error',
        profile: sdk.id,
        location: shared.location,
        args: {
          name: 'ANTHROPIC_BASE_URL',
          url: 'https://gw.example.com/v1',
          sdkClients: ['anthropic-sdk'],
          needV1: [{ client: 'continue', url: 'https://gw.example.com/v1/' }],
          fixed: 'https://gw.example.com',
        },
      }),
    ]);
  });

  it('fires without /v1 too: then the client that needs it is the one that fails', () => {
    const shared = base('https://api.anthropic.com');
    const found = checkSharedBaseUrl([profile('goose', shared), profile('continue', shared)], styleOf);
    expect(found.map((f) => f.args)).toEqual([
      expect.objectContaining({ sdkClients: ['goose'], fixed: 'https://api.anthropic.com' }),
    ]);
  });

  it('the same line of the same .env file is the same value; lists each client once', () => {
    const line = () => fileSetting('ANTHROPIC_BASE_URL', 'https://gw.example.com', '.env', { role: 'base_url' });
    const found = checkSharedBaseUrl(
      [profile('anthropic-sdk', line()), profile('aider', line()), profile('continue', line())],
      styleOf,
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.args).toMatchObject({ sdkClients: ['anthropic-sdk', 'aider'] });
    const two = checkSharedBaseUrl(
      [profile('anthropic-sdk', line()), profile('continue', line()), profile('continue', line())],
      styleOf,
    );
    expect(two[0]!.args).toMatchObject({ needV1: [{ client: 'continue' }] });
  });

  it('a client of each style with values of their own: nothing (each value is checked on its own)', () => {
    const found = checkSharedBaseUrl(
      [
        profile('anthropic-sdk', base('https://gw.example.com')),
        profile(
          'continue',
          fileSetting('ANTHROPIC_BASE_URL', 'https://gw.example.com/v1/', '.env', { role: 'base_url' }),
        ),
      ],
      styleOf,
    );
    expect(found).toEqual([]);
  });

  it('clients of one style sharing a value, an empty value, a value that is no URL, no base URL: nothing', () => {
    const shared = base('https://gw.example.com/v1');
    expect(checkSharedBaseUrl([profile('anthropic-sdk', shared), profile('claude-code', shared)], styleOf)).toEqual([]);
    const empty = base('');
    expect(checkSharedBaseUrl([profile('anthropic-sdk', empty), profile('continue', empty)], styleOf)).toEqual([]);
    const bad = base('gw.example.com/v1');
    expect(checkSharedBaseUrl([profile('anthropic-sdk', bad), profile('continue', bad)], styleOf)).toEqual([]);
    expect(checkSharedBaseUrl([profile('anthropic-sdk'), profile('continue')], styleOf)).toEqual([]);
  });

  it('a profile without a style (none of its own, none from its client) is left out', () => {
    const shared = base('https://gw.example.com/v1');
    const none = (p: Profile) => (p.client === 'continue' ? undefined : styleOf(p));
    expect(checkSharedBaseUrl([profile('anthropic-sdk', shared), profile('continue', shared)], none)).toEqual([]);
  });

  it("a profile's own style beats its client's: an OpenAI-compatible endpoint gets …/v1 without the slash", () => {
    const shared = base('https://gw.example.com/');
    const openai = { ...profile('aider', shared), baseUrlStyle: 'v1' as const };
    const [found] = checkSharedBaseUrl([profile('anthropic-sdk', shared), openai], styleOf);
    expect(found!.args).toMatchObject({
      sdkClients: ['anthropic-sdk'],
      needV1: [{ client: 'aider', url: 'https://gw.example.com/v1' }],
    });
    // Two profiles of one client, one of each style: the client is on both sides.
    const both = checkSharedBaseUrl([profile('aider', shared), openai], styleOf);
    expect(both[0]!.args).toMatchObject({ sdkClients: ['aider'], needV1: [{ client: 'aider' }] });
  });

  it('two profiles of one client needing different forms are both listed', () => {
    const shared = base('https://gw.example.com');
    const a = { ...profile('continue', shared), baseUrlStyle: 'v1' as const };
    const found = checkSharedBaseUrl([profile('anthropic-sdk', shared), a, profile('continue', shared)], styleOf);
    expect(found[0]!.args).toMatchObject({
      needV1: [
        { client: 'continue', url: 'https://gw.example.com/v1' },
        { client: 'continue', url: 'https://gw.example.com/v1/' },
      ],
    });
  });
});

describe('the registry', () => {
  it('every client declares its base URL style; Continue alone of today needs /v1/', () => {
    expect(CLIENTS.every((c) => ['sdk', 'v1', 'v1-slash'].includes(c.baseUrlStyle))).toBe(true);
    expect(registry('continue')).toBe('v1-slash');
    for (const c of [
      'anthropic-sdk',
      'openhands-headless',
      'openhands-web',
      'claude-code',
      'litellm',
      'aider',
      'goose',
    ])
      expect(registry(c as Client), c).toBe('sdk');
  });
});
