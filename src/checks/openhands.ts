// openhands/*: what OpenHands drops from config.toml, and where the Web UI ignores env and config.
import { finding, type Finding } from '../findings.js';
import { LLM_CONFIG_FIELDS } from '../data/openhands.js';
import { PLACEHOLDERS } from '../data/key-shapes.js';
import { redact } from '../secrets.js';
import type { OpenHandsConfigFacts } from '../sources/openhands-config.js';
import type { OpenHandsSettingsFacts } from '../sources/openhands-settings.js';
import { suggest } from '../suggest.js';
import type { Profile, Setting } from '../types.js';

export function checkConfigFacts(configs: OpenHandsConfigFacts[], settings: Setting[]): Finding[] {
  return configs.flatMap((c) => {
    const out: Finding[] = [];
    for (const d of c.dropped) {
      // The first few keys are enough to guess from; a table of 100,000 unknown keys is not a typo.
      const suggestions = d.keys
        .slice(0, 20)
        .flatMap((k) => suggest(k.toLowerCase().replace(/-/g, '_'), LLM_CONFIG_FIELDS) ?? []);
      out.push(
        finding(
          'openhands/llm-section-dropped',
          { group: d.group, keys: d.keys, suggestions },
          { location: d.location },
        ),
      );
    }
    if (c.legacyKeys.length) {
      const first = settings.find(
        (s) => s.dropped === 'legacy' && s.location.kind === 'file' && s.location.path === c.path,
      );
      out.push(
        finding(
          'openhands/legacy-top-level-keys',
          { path: c.path, keys: c.legacyKeys },
          { location: first?.location ?? { kind: 'file', path: c.path } },
        ),
      );
    }
    const inFile = (name: string) =>
      settings.find((s) => s.name === name && s.location.kind === 'file' && s.location.path === c.path);
    const model = inFile('[llm] model');
    const key = inFile('[llm] api_key');
    // The template ships model = "gpt-4o" with api_key = "": both left as they were.
    // Template text is short; the length test also keeps the patterns off a megabyte of value.
    if (
      model?.value === 'gpt-4o' &&
      key &&
      (key.value === '' || (key.value.length <= 60 && PLACEHOLDERS.some((p) => p.test(key.value))))
    ) {
      out.push(
        finding(
          'openhands/template-defaults',
          { path: c.path, model: model.value, keyState: key.value === '' ? 'empty' : 'placeholder' },
          { location: model.location },
        ),
      );
    }
    return out;
  });
}

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
