// LibreChat: the native Anthropic endpoint reads ANTHROPIC_API_KEY, ANTHROPIC_MODELS (its first model) and
// ANTHROPIC_REVERSE_PROXY, the environment beating .env (dotenv never overrides); `user_provided` is not a key.
// Each custom endpoint to Anthropic is a profile of its own, with the fields of its librechat.yaml entry. The
// other models an endpoint sends (endpoints.anthropic's for the native one; titleModel, the rest of
// models.default) are what its profile reads besides its model.
import type { Profile, Setting } from '../../types.js';
import { names, resolveRules } from '../rules.js';
import { type LibrechatFacts, USER_PROVIDED } from './sources.js';

export const NATIVE_RULES = {
  client: 'librechat' as const,
  label: 'anthropic',
  slots: {
    apiKey: names('ANTHROPIC_API_KEY'),
    model: names('ANTHROPIC_MODELS'),
    baseUrl: names('ANTHROPIC_REVERSE_PROXY'),
  },
  isSet: (v: string) => v.trim() !== '' && v.trim() !== USER_PROVIDED,
};

export function resolveLibrechat(settings: Setting[], facts: LibrechatFacts): Profile[] {
  const readsOf = (prefix: string) =>
    settings.filter((s) => s.source === 'librechat-config' && s.role === 'model' && s.name.startsWith(prefix));
  // Through Vertex AI the native endpoint sends no Anthropic key: no profile to probe (checks.ts says why).
  const native = (facts.native && !facts.vertex ? resolveRules([NATIVE_RULES], settings) : []).map((p) => {
    const reads = readsOf('endpoints.anthropic.');
    return reads.length ? { ...p, reads } : p;
  });
  const custom = facts.custom.map((e) => {
    const own = (field: string) =>
      // Only this client reads names of this shape: no other source can hold one.
      settings.find((s) => s.name === `endpoints.custom[${e.index}].${field}`);
    const apiKey = own('apiKey');
    const model = own('models');
    const baseUrl = own('baseURL');
    const reads = readsOf(`endpoints.custom[${e.index}].`).filter((s) => s !== model);
    return {
      id: '',
      client: 'librechat',
      label: e.label,
      ...(apiKey ? { apiKey } : {}),
      ...(model ? { model } : {}),
      ...(baseUrl ? { baseUrl } : {}),
      ...(reads.length ? { reads } : {}),
      // An OpenAI-compatible endpoint: its baseURL, as written, ends in /v1 (url/v1-shared compares styles).
      ...(e.sdk ? {} : { baseUrlStyle: 'v1' as const }),
      ignored: [],
    } satisfies Profile;
  });
  return [...native, ...custom];
}
