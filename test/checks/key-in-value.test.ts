import { describe, expect, it } from 'vitest';
import { checkKeyInValue } from '../../src/checks/key-in-value.js';
import { redact } from '../../src/secrets.js';
import type { Role } from '../../src/types.js';
import { apiKey, body, googleKey, oauthToken } from '../support/keys.js';
import { envSetting, fileSetting } from '../support/settings.js';

const key = apiKey(51);
const CODE_FOR_ROLE = { model: 'key/in-model', base_url: 'key/in-base-url' } as const;
const run = (name: string, value: string, role: Role) => checkKeyInValue(envSetting(name, value, role), false);

describe('checkKeyInValue', () => {
  it.each([
    ['LLM_MODEL', key, 'model', key],
    ['LLM_MODEL', `anthropic/${key}`, 'model', key],
    [
      'ANTHROPIC_MODEL',
      `${key.slice(0, 40)}\u200b${key.slice(40)}`,
      'model',

      `${key.slice(0, 40)}\u200b${key.slice(40)}`,
    ],
    ['LLM_MODEL', `gemini/${googleKey(2)}`, 'model', googleKey(2)],
    ['ANTHROPIC_BASE_URL', `https://gw.example/${oauthToken(3)}/v1`, 'base_url', oauthToken(3)],
    ['LLM_BASE_URL', `https://gw.example/v1?api_key=${body(40, 4)}`, 'base_url', body(40, 4)],
    ['LLM_BASE_URL', `https://user:${key}@gw.example`, 'base_url', key],
  ] as const)('%s=%s', (name, value, role, found) => {
    const [f] = run(name, value, role);
    const code = CODE_FOR_ROLE[role];
    expect(f).toMatchObject({ code, credential: redact(found), args: { name, credential: redact(found) } });
  });

  it.each([
    ['LLM_MODEL', 'anthropic/claude-sonnet-4-6', 'model'],
    ['ANTHROPIC_MODEL', 'claude-3-5-sonnet-20241022', 'model'],
    ['LLM_MODEL', 'bedrock/anthropic.claude-3-sonnet-20240229-v1:0', 'model'],
    ['ANTHROPIC_BASE_URL', 'https://api.anthropic.com', 'base_url'],
    ['LLM_BASE_URL', 'https://user:password@proxy.example:8080', 'base_url'],
    ['LLM_BASE_URL', 'https://gateway.ai.cloudflare.com/v1/3f2a9c1b7d4e5f60718293a4b5c6d7e8/gw/anthropic', 'base_url'],
    ['LLM_API_KEY', key, 'api_key'],
  ] as const)('nothing for %s=%s', (name, value, role) => {
    expect(run(name, value, role)).toEqual([]);
  });

  it('names whose key it looks like and where the key belongs', () => {
    expect(run('LLM_MODEL', key, 'model')[0]!.args).toMatchObject({ provider: 'Anthropic', keyName: 'LLM_API_KEY' });
    expect(run('ANTHROPIC_BASE_URL', `https://x/${key}`, 'base_url')[0]!.args).toMatchObject({
      keyName: 'ANTHROPIC_API_KEY',
    });
    const inConfig = checkKeyInValue(
      fileSetting('[llm] model', key, 'config.toml', { line: 3, role: 'model' }),
      false,
    )[0]!;
    expect(inConfig.args).toMatchObject({ keyName: '[llm] api_key' });
    expect(inConfig.location).toMatchObject({ path: 'config.toml', line: 3 });
    expect(run('LLM_MODEL', `x/${body(40, 4)}`, 'model')[0]!.args).not.toHaveProperty('provider');
  });

  it('shows the key itself only with --show-secrets', () => {
    expect(checkKeyInValue(envSetting('LLM_MODEL', key, 'model'), true)[0]!.credential).toContain(key);
    expect(JSON.stringify(run('LLM_MODEL', key, 'model'))).not.toContain(key.slice(20, 40));
  });

  it.each([
    ['ANTHROPIC_API_BASE', 'base_url', 'ANTHROPIC_API_KEY'],
    ['ANTHROPIC_MODEL', 'model', 'ANTHROPIC_API_KEY'],
    ['[llm.claude] base_url', 'base_url', '[llm.claude] api_key'],
    ['MODEL_NAME', 'model', undefined],
    ['llm.model.name', 'model', undefined],
    ['MY_ANTHROPIC_BASE', 'base_url', undefined],
  ] as const)('the key of %s (%s) belongs in %s', (name, role, keyName) => {
    const value = role === 'model' ? key : `https://gw.example/${key}`;
    const [f] = run(name, value, role);
    expect((f!.args as { keyName?: string }).keyName).toBe(keyName);
  });
});
