// Zed: a non-empty ANTHROPIC_API_KEY in the environment beats the key in the keychain (never read), so the
// profile's key is the environment's or none; the base URL and the model come from settings.json.
import type { Profile, Setting } from '../../types.js';
import { names, resolveRules } from '../rules.js';
import type { ZedFacts } from './sources.js';

export const ZED_RULES = {
  client: 'zed' as const,
  slots: {
    apiKey: names('ANTHROPIC_API_KEY'),
    model: names('agent.default_model.model', 'language_models.anthropic.available_models[0].name'),
    baseUrl: names('language_models.anthropic.api_url'),
  },
  isSet: (v: string) => v !== '',
};

/** Zed's one profile when its settings file configures Anthropic. */
export function resolveZed(settings: Setting[], facts: ZedFacts | undefined): Profile[] {
  return facts?.anthropic ? resolveRules([ZED_RULES], settings) : [];
}
