// The variables claude-doctor reads, and what each one configures.
import type { Role } from '../types.js';

export const VARIABLES: Readonly<Record<string, Role>> = {
  ANTHROPIC_API_KEY: 'api_key',
  ANTHROPIC_AUTH_TOKEN: 'auth_token',
  ANTHROPIC_BASE_URL: 'base_url',
  ANTHROPIC_API_BASE: 'base_url', // read by LiteLLM only
  ANTHROPIC_MODEL: 'model', // read by Claude Code, not by the SDK
  // Claude Code only (reference: Claude Code, env-vars)
  CLAUDE_CODE_OAUTH_TOKEN: 'auth_token',
  ANTHROPIC_DEFAULT_OPUS_MODEL: 'model',
  ANTHROPIC_DEFAULT_SONNET_MODEL: 'model',
  ANTHROPIC_DEFAULT_HAIKU_MODEL: 'model',
  ANTHROPIC_SMALL_FAST_MODEL: 'model',
  LLM_API_KEY: 'api_key',
  LLM_MODEL: 'model',
  LLM_BASE_URL: 'base_url',
  LLM_CUSTOM_LLM_PROVIDER: 'provider',
  LLM_API_VERSION: 'api_version',
};

export function roleOf(name: string): Role | undefined {
  return Object.hasOwn(VARIABLES, name) ? VARIABLES[name] : undefined;
}

/** Names people write instead of the real ones; no client reads them. */
export const LOOKALIKES: Readonly<Record<string, string>> = {
  ANTHROPIC_KEY: 'ANTHROPIC_API_KEY',
  ANTHROPIC_APIKEY: 'ANTHROPIC_API_KEY',
  ANTHROPIC_TOKEN: 'ANTHROPIC_AUTH_TOKEN',
  CLAUDE_API_KEY: 'ANTHROPIC_API_KEY',
  CLAUDE_KEY: 'ANTHROPIC_API_KEY',
  ANTHROPIC_URL: 'ANTHROPIC_BASE_URL',
  ANTHROPIC_API_URL: 'ANTHROPIC_BASE_URL',
  ANTHROPIC_ENDPOINT: 'ANTHROPIC_BASE_URL',
  CLAUDE_MODEL: 'ANTHROPIC_MODEL',
  LLM_KEY: 'LLM_API_KEY',
  LLM_APIKEY: 'LLM_API_KEY',
  LLM_URL: 'LLM_BASE_URL',
  LLM_API_BASE: 'LLM_BASE_URL',
  LLM_API_URL: 'LLM_BASE_URL',
};
