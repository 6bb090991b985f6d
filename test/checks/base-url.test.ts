import { describe, expect, it } from 'vitest';
import { checkBaseUrl } from '../../src/checks/base-url.js';
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
});
