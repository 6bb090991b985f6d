import { describe, expect, it } from 'vitest';
import { resolveProfiles } from '../src/profiles.js';
import { apiKey } from './support/keys.js';
import { envSetting, fileSetting } from './support/settings.js';

const sdk = (settings: Parameters<typeof resolveProfiles>[0]) =>
  resolveProfiles(settings).find((p) => p.client === 'anthropic-sdk');
const openhands = (settings: Parameters<typeof resolveProfiles>[0]) =>
  resolveProfiles(settings).find((p) => p.client === 'openhands-headless');

describe('resolveProfiles', () => {
  it('reports against the SDK client when nothing is configured', () => {
    expect(resolveProfiles([])).toEqual([{ id: 'p1', client: 'anthropic-sdk', ignored: [] }]);
  });

  it('lets the environment win over .env (dotenv never overrides a set variable)', () => {
    const env = envSetting('ANTHROPIC_API_KEY', apiKey(1));
    const file = fileSetting('ANTHROPIC_API_KEY', apiKey(2));
    const p = sdk([file, env])!;
    expect(p.apiKey).toBe(env);
    expect(p.ignored).toEqual([{ setting: file, reason: { kind: 'overridden', by: env } }]);
  });

  it('lets an empty variable in the environment block the .env value, and counts it as unset', () => {
    const p = sdk([envSetting('ANTHROPIC_API_KEY', ''), fileSetting('ANTHROPIC_API_KEY', apiKey(2))])!;
    expect(p.apiKey).toBeUndefined();
  });

  it('treats a blank ANTHROPIC_API_KEY as unset for the SDK, which trims', () => {
    const token = envSetting('ANTHROPIC_AUTH_TOKEN', 'x', 'auth_token');
    const p = sdk([envSetting('ANTHROPIC_API_KEY', '  '), token])!;
    expect(p.apiKey).toBeUndefined();
    expect(p.authToken).toBe(token);
  });

  it('keeps the first .env file given, and the last line within a file', () => {
    const a1 = fileSetting('LLM_API_KEY', apiKey(1), 'a.env');
    const a2 = fileSetting('LLM_API_KEY', apiKey(2), 'a.env', { line: 5 });
    const b = fileSetting('LLM_API_KEY', apiKey(3), 'b.env');
    expect(openhands([a1, a2, b])!.apiKey).toBe(a2);
  });

  it('falls back to ANTHROPIC_API_KEY and ANTHROPIC_BASE_URL for OpenHands (LiteLLM) with an Anthropic model', () => {
    const key = envSetting('ANTHROPIC_API_KEY', apiKey(1));
    const url = envSetting('ANTHROPIC_BASE_URL', 'https://proxy.example.com', 'base_url');
    const p = openhands([envSetting('LLM_MODEL', 'anthropic/claude-sonnet-4-6', 'model'), key, url])!;
    expect(p.apiKey).toBe(key);
    expect(p.baseUrl).toBe(url);
  });

  it('does not fall back to ANTHROPIC_* for another provider’s model', () => {
    const p = openhands([
      envSetting('LLM_MODEL', 'openai/gpt-4o', 'model'),
      envSetting('ANTHROPIC_API_KEY', apiKey(1)),
    ])!;
    expect(p.apiKey).toBeUndefined();
  });

  it('prefers LLM_API_KEY over the ANTHROPIC_API_KEY fallback and says so', () => {
    const llm = envSetting('LLM_API_KEY', apiKey(1));
    const anthropic = envSetting('ANTHROPIC_API_KEY', apiKey(2));
    const p = openhands([anthropic, llm])!;
    expect(p.apiKey).toBe(llm);
    expect(p.ignored).toContainEqual({ setting: anthropic, reason: { kind: 'overridden', by: llm } });
  });

  // Survivor of #10: OpenHands skips empty values but does not trim, so a blank value is set for it.
  it('takes a blank LLM_API_KEY as set for OpenHands, which does not trim: no ANTHROPIC_API_KEY fallback', () => {
    const blank = envSetting('LLM_API_KEY', ' \t');
    const anthropic = envSetting('ANTHROPIC_API_KEY', apiKey(2));
    const p = openhands([envSetting('LLM_MODEL', 'anthropic/claude-sonnet-4-6', 'model'), anthropic, blank])!;
    expect(p.apiKey).toBe(blank);
    expect(p.ignored).toContainEqual({ setting: anthropic, reason: { kind: 'overridden', by: blank } });
  });

  it('lets a blank LLM_API_KEY beat config.toml for OpenHands, and an empty one not', () => {
    const toml = { ...fileSetting('[llm] api_key', apiKey(1), 'config.toml'), source: 'openhands-config' as const };
    expect(openhands([toml, envSetting('LLM_API_KEY', ' ')])!.apiKey?.value).toBe(' ');
    expect(openhands([toml, envSetting('LLM_API_KEY', '')])!.apiKey).toBe(toml);
  });

  it('creates one profile per client in use', () => {
    const profiles = resolveProfiles([
      envSetting('ANTHROPIC_API_KEY', apiKey(1)),
      envSetting('LLM_MODEL', 'anthropic/claude-sonnet-4-6', 'model'),
    ]);
    expect(profiles.map((p) => [p.id, p.client])).toEqual([
      ['p1', 'anthropic-sdk'],
      ['p2', 'openhands-headless'],
    ]);
  });
});
