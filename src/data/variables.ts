// The variables claude-doctor reads, and what each one configures.
import type { Role } from '../types.js';

export const VARIABLES: Readonly<Record<string, Role>> = {
  ANTHROPIC_API_KEY: 'api_key',
  ANTHROPIC_AUTH_TOKEN: 'auth_token',
  ANTHROPIC_BASE_URL: 'base_url',
  ANTHROPIC_API_BASE: 'base_url', // read by LiteLLM only
  ANTHROPIC_MODEL: 'model', // read by Claude Code, not by the SDK
  LLM_API_KEY: 'api_key',
  LLM_MODEL: 'model',
  LLM_BASE_URL: 'base_url',
};

export function roleOf(name: string): Role | undefined {
  return Object.hasOwn(VARIABLES, name) ? VARIABLES[name] : undefined;
}
