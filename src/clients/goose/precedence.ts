// Goose: an exact-name variable beats config.yaml; a secret comes from the variable, then the keyring (not
// read), or secrets.yaml when GOOSE_DISABLE_KEYRING is set (block/goose, Config: "Secret Precedence").
// Goose posts to `${ANTHROPIC_HOST}/v1/messages`, like the Anthropic SDK (unverified for every version).
import type { Profile, Setting } from '../../types.js';
import { names, resolveRules } from '../rules.js';
import type { GooseFacts } from './sources.js';

export const GOOSE_RULES = {
  client: 'goose' as const,
  slots: { apiKey: names('ANTHROPIC_API_KEY'), model: names('GOOSE_MODEL'), baseUrl: names('ANTHROPIC_HOST') },
  isSet: (v: string) => v !== '',
};

/** The provider is known only when config.yaml was read (sources.ts returns early without one). */
export const usesAnthropic = (facts: GooseFacts | undefined) =>
  facts?.provider?.value.trim().toLowerCase() === 'anthropic';

/** Goose's one profile when it is configured for Anthropic. */
export function resolveGoose(settings: Setting[], facts: GooseFacts | undefined): Profile[] {
  return usesAnthropic(facts) ? resolveRules([GOOSE_RULES], settings) : [];
}
