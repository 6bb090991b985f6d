// OpenHands headless and ANTHROPIC_AUTH_TOKEN: a recent LiteLLM takes it when OpenHands passes no key and
// ANTHROPIC_API_KEY is unset; a key wins. OpenHands 0.62's LiteLLM predates it, hence the warning.
import { describe, expect, it } from 'vitest';
import { checkAuthToken } from '../../../src/clients/openhands-headless/checks.js';
import { headlessRuleSet, keyBeatsToken } from '../../../src/clients/openhands-headless/precedence.js';
import { resolveRules } from '../../../src/clients/rules.js';
import type { Setting } from '../../../src/types.js';
import { apiKey } from '../../support/keys.js';
import { envSetting } from '../../support/settings.js';

const model = (value: string): Setting => ({
  role: 'model',
  name: '[llm] model',
  value,
  source: 'openhands-config',
  location: { kind: 'file', path: 'config.toml', line: 2, key: '[llm] model' },
});
const token = () => envSetting('ANTHROPIC_AUTH_TOKEN', apiKey(7), 'auth_token');

const headless = (settings: Setting[]) => resolveRules(headlessRuleSet(settings), settings).map(keyBeatsToken);

describe('OpenHands headless with ANTHROPIC_AUTH_TOKEN', () => {
  it('with no key anywhere, the token is the credential, with the warning about LiteLLM versions', () => {
    const [p] = headless([model('anthropic/claude-sonnet-4-6'), token()]);
    expect(p!.apiKey).toBeUndefined();
    expect(p!.authToken).toMatchObject({ name: 'ANTHROPIC_AUTH_TOKEN' });
    expect(checkAuthToken([p!])).toEqual([
      expect.objectContaining({
        code: 'openhands/auth-token-needs-new-litellm',
        severity: 'warning',
        profile: p!.id,
        location: { kind: 'env', name: 'ANTHROPIC_AUTH_TOKEN' },
      }),
    ]);
  });

  it.each(['LLM_API_KEY', 'ANTHROPIC_API_KEY'])('%s wins: the token is listed as ignored, no warning', (name) => {
    const key = envSetting(name, apiKey(1));
    const [p] = headless([model('anthropic/claude-sonnet-4-6'), token(), key]);
    expect(p!.apiKey).toBe(key);
    expect(p!.authToken).toBeUndefined();
    expect(p!.ignored).toContainEqual({
      setting: expect.objectContaining({ name: 'ANTHROPIC_AUTH_TOKEN' }),
      reason: { kind: 'overridden', by: key },
    });
    expect(checkAuthToken([p!])).toEqual([]);
  });

  it('not for a model LiteLLM sends elsewhere (its Anthropic fallbacks do not apply)', () => {
    const [p] = headless([model('openai/gpt-4o'), token()]);
    expect(p!.authToken).toBeUndefined();
  });
});
