// Boundaries of the trust gate on plain data (found by mutation testing, docs/mutation.md).
import { describe, expect, it } from 'vitest';
import { baseUrlRefusal, hostOf, safeToSend, trustOf } from '../../src/probe/trust.js';
import type { Profile, Setting } from '../../src/types.js';
import { apiKey } from '../support/keys.js';

const file = (role: Setting['role'], value: string, path: string, source: Setting['source'] = 'dotenv'): Setting => ({
  role,
  name: role,
  value,
  source,
  location: { kind: 'file', path, line: 1 },
});
const shellKey: Setting = {
  role: 'api_key',
  name: 'ANTHROPIC_API_KEY',
  value: apiKey(1),
  source: 'env',
  location: { kind: 'env', name: 'ANTHROPIC_API_KEY' },
};
const profileWith = (baseUrl: Setting): Profile => ({
  id: 'p',
  client: 'anthropic-sdk',
  ignored: [],
  apiKey: shellKey,
  baseUrl,
});

describe('trust gate boundaries', () => {
  it("the home folder itself is the user's", () => {
    expect(trustOf(file('base_url', 'x', '~'), {})).toBe('user');
    expect(trustOf(file('base_url', 'x', '~x/.env'), {})).toBe('project');
  });

  it("a base URL without a trust mark is the user's", () => {
    expect(baseUrlRefusal(profileWith(file('base_url', 'https://x.example', '.env')), shellKey, false)).toBeUndefined();
  });

  it('one path read as two different sources is not one file', () => {
    const url = {
      ...file('base_url', 'https://x.example', 'config.toml', 'openhands-config'),
      trust: 'project' as const,
    };
    const key = { ...file('api_key', apiKey(2), 'config.toml', 'dotenv'), trust: 'project' as const };
    expect(baseUrlRefusal({ ...profileWith(url), apiKey: key }, key, false)?.code).toBe('url/untrusted-base-url');
    const sameSource = { ...key, source: 'openhands-config' as const };
    expect(baseUrlRefusal({ ...profileWith(url), apiKey: sameSource }, sameSource, false)).toBeUndefined();
  });

  it("the refusal shows the URL trimmed and points at the URL's line", () => {
    const url = { ...file('base_url', '\u00a0https://x.example/v1 ', '.env'), trust: 'project' as const };
    expect(baseUrlRefusal(profileWith(url), shellKey, false)).toMatchObject({
      args: { name: 'base_url', url: 'https://x.example/v1', host: 'x.example', credential: shellKey.location },
      location: url.location,
    });
  });

  it('hostOf trims what URL parsing does not (a no-break space), and shows a non-URL as text', () => {
    expect(hostOf('\u00a0https://x.example:8443/v1\u00a0')).toBe('x.example:8443');
    expect(hostOf(' not a url ')).toBe('not a url');
  });

  it('only http and https are ever sent to, loopback included', () => {
    expect(safeToSend('ws://localhost:4000')).toBe(false);
    expect(safeToSend('file://localhost/etc/passwd')).toBe(false);
  });
});
