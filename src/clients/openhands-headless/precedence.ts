// OpenHands headless (and the old CLI): env LLM_* beat config.toml [llm]; a named group [llm.x] inherits
// from [llm]. OpenHands skips empty values but does not trim. LiteLLM falls back to ANTHROPIC_API_KEY /
// ANTHROPIC_API_BASE / ANTHROPIC_BASE_URL when OpenHands passes no key or base URL for an Anthropic model.
import { names, type ProfileRules, type Slot } from '../rules.js';

export const LITELLM_FALLBACK: Partial<Record<Slot, ReturnType<typeof names>>> = {
  apiKey: names('ANTHROPIC_API_KEY'),
  baseUrl: names('ANTHROPIC_API_BASE', 'ANTHROPIC_BASE_URL'),
};

export const nonEmpty = (v: string) => v !== '';

export function headlessRules(group?: string): ProfileRules {
  const own = (field: string) =>
    group ? names(`[${group}] ${field}`, `[llm] ${field}`) : names(`LLM_${field.toUpperCase()}`, `[llm] ${field}`);
  return {
    client: 'openhands-headless',
    ...(group ? { label: `[${group}]` } : {}),
    slots: {
      apiKey: own('api_key'),
      model: own('model'),
      baseUrl: own('base_url'),
      provider: own('custom_llm_provider'),
      apiVersion: own('api_version'),
    },
    isSet: nonEmpty,
    // A named group is its own LLM: LiteLLM's fallbacks are the default [llm]'s business.
    ...(group ? {} : { fallback: LITELLM_FALLBACK, listsDropped: true }),
  };
}

/** The default LLM is in play when LLM_* or [llm] is set; each kept [llm.<name>] group is another. */
export function headlessRuleSet(settingNames: { name: string; group?: string; dropped?: unknown }[]): ProfileRules[] {
  const rules: ProfileRules[] = [];
  if (settingNames.some((s) => /^(LLM_(API_KEY|MODEL|BASE_URL)|\[llm\] .*)$/.test(s.name))) rules.push(headlessRules());
  const groups = new Set(settingNames.flatMap((s) => (s.group?.startsWith('llm.') && !s.dropped ? [s.group] : [])));
  for (const group of groups) rules.push(headlessRules(group));
  return rules;
}
