// OpenHands headless (and the old CLI): env LLM_* beat config.toml [llm]; a named group [llm.x] inherits
// from [llm]. OpenHands skips empty values but does not trim. LiteLLM falls back to ANTHROPIC_API_KEY /
// ANTHROPIC_API_BASE / ANTHROPIC_BASE_URL when OpenHands passes no key or base URL for an Anthropic model.
// Recent LiteLLM (2026; its anthropic get_auth_header) also takes ANTHROPIC_AUTH_TOKEN when no key is found:
// counted here, though OpenHands 0.62 pins LiteLLM 1.77.7, from before it (openhands/auth-token-needs-new-litellm).
import type { Profile } from '../../types.js';
import { names, type ProfileRules, type Slot } from '../rules.js';

export const LITELLM_FALLBACK: Partial<Record<Slot, ReturnType<typeof names>>> = {
  apiKey: names('ANTHROPIC_API_KEY'),
  baseUrl: names('ANTHROPIC_API_BASE', 'ANTHROPIC_BASE_URL'),
};

/** Headless only: the Web UI's LiteLLM fallbacks are those of versions that never read the token. */
const HEADLESS_FALLBACK = { ...LITELLM_FALLBACK, authToken: names('ANTHROPIC_AUTH_TOKEN') };

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
    ...(group ? {} : { fallback: HEADLESS_FALLBACK, listsDropped: true }),
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

/** LiteLLM reads ANTHROPIC_AUTH_TOKEN only when no key is found: with a key, the token is ignored. */
export function keyBeatsToken(profile: Profile): Profile {
  const { apiKey, authToken, ...rest } = profile;
  if (!apiKey || !authToken) return profile;
  return {
    ...rest,
    apiKey,
    ignored: [...profile.ignored, { setting: authToken, reason: { kind: 'overridden', by: apiKey } }],
  };
}
