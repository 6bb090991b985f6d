// The LiteLLM proxy: one profile per model_list entry. Each slot is the entry's own field (a value, or
// os.environ/X read from the proxy's environment); an Anthropic entry without api_key / api_base falls
// back to ANTHROPIC_API_KEY / ANTHROPIC_API_BASE. Another provider's entry shows its model only.
import type { Profile, Setting } from '../../types.js';
import { FALLBACKS, isAnthropicModel, slotValue, type LitellmConfigFacts, type SharedLookup } from './sources.js';

/** The strongest setting of a variable in the shared sources (the last line of a .env wins in its file). */
export function sharedLookup(settings: Setting[]): SharedLookup {
  return (source, name) => settings.findLast((s) => s.source === source && s.name === name && !s.dropped);
}

/** Where a setting was read: the scope's copy of a setting (with its trust and file facts) has the same. */
const placeOf = (s: Setting) => JSON.stringify([s.source, s.name, s.location]);

export function litellmProfiles(configs: LitellmConfigFacts[], settings: Setting[]): Profile[] {
  const shared = sharedLookup(settings);
  const scoped = new Map(settings.map((s) => [placeOf(s), s]));
  const canon = (s: Setting | undefined) => s && (scoped.get(placeOf(s)) ?? s);
  return configs.flatMap((facts) =>
    facts.entries.map((e) => {
      const model = canon(slotValue(facts, e.model, [], shared));
      const provider = canon(slotValue(facts, e.provider, [], shared));
      const anthropic = isAnthropicModel(model?.value, provider?.value);
      const apiKey = anthropic ? canon(slotValue(facts, e.apiKey, FALLBACKS.apiKey, shared)) : undefined;
      const baseUrl = anthropic ? canon(slotValue(facts, e.baseUrl, FALLBACKS.baseUrl, shared)) : undefined;
      const label = configs.length > 1 ? `${facts.path} ${e.name}` : e.name;
      return {
        id: '',
        client: 'litellm' as const,
        label,
        ...(model ? { model } : {}),
        ...(provider ? { provider } : {}),
        ...(apiKey ? { apiKey } : {}),
        ...(baseUrl ? { baseUrl } : {}),
        ignored: [],
      };
    }),
  );
}
