// anthropic-sdk: any program built on Anthropic's SDKs, configured by the environment and .env files.
import { resolveRules } from '../rules.js';
import type { ClientModule } from '../types.js';
import { SDK_RULES, usesSdk } from './precedence.js';

export const anthropicSdk: ClientModule = {
  id: 'anthropic-sdk',
  baseUrlStyle: 'sdk',
  reads: ['env', 'dotenv', 'argument'],
  profiles: ({ settings, container }) =>
    container?.app || container?.proxy || !settings.some((s) => s.source !== 'argument' && usesSdk(s.name))
      ? []
      : resolveRules([SDK_RULES], settings),
  // With nothing configured at all, report against the plain SDK client, which is what most code uses.
  fallback: ({ settings }) => resolveRules([SDK_RULES], settings),
};
