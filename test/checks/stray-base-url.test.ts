// url/stray-anthropic-base-url: OpenHands reads no ANTHROPIC_* base URL itself, but LiteLLM falls back
// to one when OpenHands passes none, so a leftover value silently redirects OpenHands.
import { describe, expect, it } from 'vitest';
import { checkStrayBaseUrl } from '../../src/checks/base-url.js';
import { resolveProfiles } from '../../src/profiles.js';
import type { Setting } from '../../src/types.js';

const env = (name: string, value: string, role: Setting['role']): Setting => ({
  role,
  name,
  value,
  source: 'env',
  location: { kind: 'env', name },
});
const stray = (settings: Setting[]) => checkStrayBaseUrl(resolveProfiles(settings));

describe('checkStrayBaseUrl', () => {
  it.each(['ANTHROPIC_BASE_URL', 'ANTHROPIC_API_BASE'])('%s picked up by OpenHands through LiteLLM', (name) => {
    const found = stray([
      env('LLM_MODEL', 'anthropic/claude-sonnet-4-6', 'model'),
      env(name, 'http://localhost:3456', 'base_url'),
    ]);
    expect(found).toEqual([
      expect.objectContaining({
        code: 'url/stray-anthropic-base-url',
        args: { name, url: 'http://localhost:3456' },
        location: { kind: 'env', name },
      }),
    ]);
    expect(found[0]!.profile).toBeDefined();
  });

  it.each([
    [
      'OpenHands has its own base URL',
      [
        env('LLM_MODEL', 'anthropic/claude-sonnet-4-6', 'model'),
        env('LLM_BASE_URL', 'https://gw.example', 'base_url'),
        env('ANTHROPIC_BASE_URL', 'http://localhost:3456', 'base_url'),
      ],
    ],
    [
      'the value is the default endpoint',
      [
        env('LLM_MODEL', 'anthropic/claude-sonnet-4-6', 'model'),
        env('ANTHROPIC_BASE_URL', 'https://api.anthropic.com/', 'base_url'),
      ],
    ],
    [
      'only the SDK reads it',
      [env('ANTHROPIC_API_KEY', 'k', 'api_key'), env('ANTHROPIC_BASE_URL', 'http://localhost:3456', 'base_url')],
    ],
    [
      'OpenHands sends the model to another provider',
      [env('LLM_MODEL', 'openai/gpt-5', 'model'), env('ANTHROPIC_BASE_URL', 'http://localhost:3456', 'base_url')],
    ],
  ])('nothing when %s', (_name, settings) => {
    expect(stray(settings)).toEqual([]);
  });
});
