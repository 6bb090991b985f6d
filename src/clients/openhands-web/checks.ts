// openhands/*: an empty saved key, and where the Web UI ignores the environment and config.toml.
import { finding, type Finding } from '../../findings.js';
import { redact } from '../../secrets.js';
import type { Profile, Setting } from '../../types.js';
import type { OpenHandsSettingsFacts } from './sources.js';

export function checkSettingsFacts(facts: OpenHandsSettingsFacts[]): Finding[] {
  return facts
    .filter((f) => f.keyEmpty)
    .map((f) => finding('openhands/ui-key-empty', { path: f.path, field: f.keyField }, { location: f.location }));
}

const SLOT_NAMES = { apiKey: 'api_key', model: 'model', baseUrl: 'base_url' } as const;
const LLM_VARIABLE = { apiKey: 'LLM_API_KEY', model: 'LLM_MODEL', baseUrl: 'LLM_BASE_URL' } as const;

/** Where the Web UI's saved settings replace what the user set in the environment or config.toml. */
export function checkWebUi(profiles: Profile[], settings: Setting[], showSecrets: boolean): Finding[] {
  return profiles
    .filter((p) => p.client === 'openhands-web')
    .flatMap((web) => {
      const out: Finding[] = [];
      for (const slot of ['apiKey', 'model', 'baseUrl'] as const) {
        const saved = web[slot];
        // From 0.62 a non-empty LLM_BASE_URL wins, so there is nothing overridden for the base URL then.
        if (slot === 'baseUrl' && saved?.source !== 'openhands-settings') continue;
        const others = settings
          .filter((s) => s.name === LLM_VARIABLE[slot] || s.name === `[llm] ${SLOT_NAMES[slot]}`)
          .filter((s) => s.value !== '');
        for (const other of others) {
          if (saved && saved.value !== other.value) {
            const shown = slot === 'apiKey' ? redact(saved.value, showSecrets) : saved.value;
            out.push({
              ...finding(
                'openhands/ui-overrides-env',
                { slot: SLOT_NAMES[slot], saved: shown, ignored: other.location },
                { location: saved.location },
              ),
              profile: web.id,
            });
          } else if (!saved && other.source !== 'openhands-config') {
            out.push({
              ...finding('openhands/env-ignored-by-ui', { name: other.name }, { location: other.location }),
              profile: web.id,
            });
          }
        }
      }
      return out;
    });
}
