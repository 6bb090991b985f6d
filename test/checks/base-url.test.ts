import { describe, expect, it } from 'vitest';
import { checkBaseUrl, isDefaultEndpoint } from '../../src/checks/base-url.js';
import type { Client } from '../../src/types.js';
import { envSetting } from '../support/settings.js';

const check = (value: string, clients: Client[] = ['anthropic-sdk']) =>
  checkBaseUrl(envSetting('ANTHROPIC_BASE_URL', value, 'base_url'), clients);

describe('checkBaseUrl', () => {
  it.each([
    ['https://api.anthropic.com', []],
    ['https://api.anthropic.com/', []],
    ['https://gateway.example.com/anthropic', []],
    ['http://localhost:4000', []],
    ['http://127.0.0.1:8080/proxy', []],
    ['http://[::1]:4000', []],
    ['https://api.anthropic.com/v1', ['url/v1-suffix']],
    ['https://api.anthropic.com/v1/', ['url/v1-suffix']],
    ['https://proxy.example.com/anthropic/v1', ['url/v1-suffix']],
    ['https://api.anthropic.com/v1/messages', ['url/endpoint-path']],
    ['https://llm.example.com/v1/chat/completions', ['url/endpoint-path']],
    ['http://10.1.2.3:4000', ['url/insecure']],
    ['http://proxy.internal/v1', ['url/insecure', 'url/v1-suffix']],
    ['api.anthropic.com', ['url/invalid']],
    ['localhost:4000', ['url/invalid']],
    ['ftp://api.anthropic.com', ['url/invalid']],
    ['https://api.anthropic.com ', ['url/invalid']],
    ['not a url', ['url/invalid']],
  ])('%s', (value, expected) => {
    expect(check(value).map((f) => f.code)).toEqual(expected);
  });

  it('says where the requests will really go and what to write instead', () => {
    expect(check('https://proxy.example.com/anthropic/v1')[0]!.args).toMatchObject({
      requested: 'https://proxy.example.com/anthropic/v1/v1/messages',
      fixed: 'https://proxy.example.com/anthropic',
    });
    expect(check('https://api.anthropic.com/v1/messages')[0]!.args).toMatchObject({
      path: '/v1/messages',
      fixed: 'https://api.anthropic.com',
    });
  });

  it('accepts a full /v1/messages URL for LiteLLM alone, which does not append it again', () => {
    expect(check('https://api.anthropic.com/v1/messages', ['openhands-headless'])).toEqual([]);
    expect(
      check('https://api.anthropic.com/v1/messages', ['openhands-headless', 'anthropic-sdk']).map((f) => f.code),
    ).toEqual(['url/endpoint-path']);
  });

  it('hides credentials in the user-info part of the URL', () => {
    const [f] = check('http://user:s3cr3t-token@10.0.0.1:4000');
    expect(JSON.stringify(f)).not.toContain('s3cr3t-token');
  });

  it.each([
    ['api.anthropic.com', 'no-scheme'],
    ['localhost:4000', 'no-scheme'],
    ['gw.example/anthropic', 'no-scheme'],
    ['not a url', 'whitespace'],
    ['::::', 'not-a-url'],
    ['/v1/messages', 'not-a-url'],
    ['ftp://api.anthropic.com', 'scheme'],
    ['mailto:someone@example.com', 'scheme'],
    ['https://api.anthropic.com\t', 'whitespace'],
  ])('says why %s is no URL: %s', (value, reason) => {
    expect(check(value)).toEqual([
      expect.objectContaining({
        code: 'url/invalid',
        args: { name: 'ANTHROPIC_BASE_URL', url: expect.any(String), reason },
        location: { kind: 'env', name: 'ANTHROPIC_BASE_URL' },
      }),
    ]);
  });

  it('says nothing of an empty value', () => {
    expect(check('')).toEqual([]);
  });

  it.each([
    ['http://localhost', false],
    ['http://LOCALHOST:4000', false],
    ['http://app.localhost:4000', false],
    ['http://127.0.0.1', false],
    ['http://127.255.10.2:8080', false],
    ['http://[::1]', false],
    ['http://localhost.example.com', true],
    ['http://mylocalhost', true],
    ['http://128.0.0.1', true],
    ['http://127.0.0.1.example.com', true],
    ['http://[::2]:4000', true],
    ['http://0.0.0.0:4000', true],
  ])('%s is sent in the clear: %s', (url, insecure) => {
    const found = check(url).filter((f) => f.code === 'url/insecure');
    expect(found.length > 0).toBe(insecure);
    if (insecure) expect(found[0]!.args).toMatchObject({ host: new URL(url).hostname });
  });

  it.each([
    ['https://gw.example/proxy/v1/messages', '/v1/messages', 'https://gw.example/proxy'],
    ['https://gw.example/v1/messages/count_tokens', '/v1/messages/count_tokens', 'https://gw.example'],
    ['https://gw.example/v1/complete', '/v1/complete', 'https://gw.example'],
    ['https://gw.example/v1/models/', '/v1/models', 'https://gw.example'],
    ['https://gw.example/openai/chat/completions', '/chat/completions', 'https://gw.example/openai'],
    ['https://gw.example/x/messages', '/messages', 'https://gw.example/x'],
    ['https://gw.example:8443/a/v1/chat/completions?x=1', '/v1/chat/completions', 'https://gw.example:8443/a'],
  ])('names the endpoint path of %s and the base to write instead', (url, path, fixed) => {
    expect(check(url)).toEqual([
      expect.objectContaining({ code: 'url/endpoint-path', args: { name: 'ANTHROPIC_BASE_URL', url, path, fixed } }),
    ]);
  });

  it('keeps the port and the path in front of a /v1 suffix', () => {
    expect(check('https://gw.example:8443/a/b/v1')[0]!.args).toEqual({
      name: 'ANTHROPIC_BASE_URL',
      url: 'https://gw.example:8443/a/b/v1',
      requested: 'https://gw.example:8443/a/b/v1/v1/messages',
      fixed: 'https://gw.example:8443/a/b',
    });
    expect(check('https://gw.example/v1x').map((f) => f.code)).toEqual([]);
  });

  it('counts a client list with no client as no LiteLLM-only setting', () => {
    expect(check('https://api.anthropic.com/v1/messages', []).map((f) => f.code)).toEqual(['url/endpoint-path']);
  });
});

describe('isDefaultEndpoint', () => {
  it.each([
    ['https://api.anthropic.com', true],
    ['https://api.anthropic.com/', true],
    [' https://api.anthropic.com ', true],
    ['http://api.anthropic.com', false],
    ['https://api.anthropic.com/v1', false],
    ['https://api.anthropic.com.evil.example', false],
    ['https://apixanthropic.com', false],
    ['https://xapi.anthropic.com', false],
  ])('%s: %s', (url, expected) => {
    expect(isDefaultEndpoint(url)).toBe(expected);
  });
});
