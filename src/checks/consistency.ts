// Checks across settings and profiles: no key at all, several different keys, both credentials set.
import { finding, type Finding } from '../findings.js';
import { redact } from '../secrets.js';
import type { Location, Profile, Setting } from '../types.js';
import { MASKS, PLACEHOLDERS } from '../data/key-shapes.js';

const isTemplate = (v: string) => v.length <= 60 && [...PLACEHOLDERS, ...MASKS].some((p) => p.test(v));

// The Web UI (openhands/ui-key-empty) and Claude Code have their own findings for a missing key.
const KEY_VARIABLES_BY_CLIENT: Partial<Record<Profile['client'], string[]>> = {
  'anthropic-sdk': ['ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN'],
  'openhands-headless': ['LLM_API_KEY', '[llm] api_key', 'ANTHROPIC_API_KEY'],
};

export function checkMissing(profiles: Profile[], settings: Setting[]): Finding[] {
  return profiles.flatMap((p) => {
    const variables = KEY_VARIABLES_BY_CLIENT[p.client];
    if (!variables || p.label) return [];
    // A variable that is set but empty already has its own finding (key/empty).
    if (p.apiKey || p.authToken || settings.some((s) => !s.dropped && variables.includes(s.name))) return [];
    // A key that is there but thrown away: the finding names the cause, not "create a key".
    const lost = settings.find((s) => s.dropped && s.role === 'api_key' && s.value.trim() !== '');
    const cause = lost && {
      kind: lost.dropped === 'section' ? ('section-dropped' as const) : ('legacy-top-level' as const),
      name: lost.name,
      at: lost.location,
    };
    return [{ ...finding('key/missing', { client: p.client, variables, ...(cause ? { cause } : {}) }), profile: p.id }];
  });
}

export function checkBothCredentials(profiles: Profile[]): Finding[] {
  return profiles.flatMap((p) =>
    p.client === 'anthropic-sdk' && p.apiKey && p.authToken
      ? [
          finding(
            'key/api-key-and-auth-token',
            { apiKey: p.apiKey.location, authToken: p.authToken.location },
            { location: p.authToken.location },
          ),
        ]
      : [],
  );
}

/** Several different API keys across sources: list them, and say which one each client sends. */
export function checkConflict(profiles: Profile[], settings: Setting[], showSecrets: boolean): Finding[] {
  const byValue = new Map<string, Location[]>();
  for (const s of settings) {
    // Template text and masked copies are not keys: their own findings say so.
    if (s.role !== 'api_key' || s.value.trim() === '' || isTemplate(s.value.trim())) continue;
    const seen = byValue.get(s.value);
    if (seen) seen.push(s.location);
    else byValue.set(s.value, [s.location]);
  }
  if (byValue.size < 2) return [];
  const keys = [...byValue].map(([value, locations]) => ({ credential: redact(value, showSecrets), locations }));
  const uses = profiles.flatMap((p) =>
    p.apiKey ? [{ client: p.client, credential: redact(p.apiKey.value, showSecrets) }] : [],
  );
  return [finding('key/conflict', { keys, uses }, {})];
}
