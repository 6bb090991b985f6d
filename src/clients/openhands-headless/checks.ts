// openhands/*: what OpenHands drops from config.toml, the template left as it was shipped, and a credential that
// only a recent LiteLLM reads.
import { PLACEHOLDERS } from '../../data/key-shapes.js';
import { LLM_CONFIG_FIELDS } from '../../data/openhands.js';
import { finding, type Finding } from '../../findings.js';
import { suggest } from '../../suggest.js';
import type { Profile, Setting } from '../../types.js';
import type { OpenHandsConfigFacts } from './sources.js';

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

/** ANTHROPIC_AUTH_TOKEN as the only credential: whether the installed LiteLLM reads it is not known here. */
export function checkAuthToken(profiles: Profile[]): Finding[] {
  return profiles.flatMap((p) =>
    p.authToken && !p.apiKey
      ? [
          {
            ...finding(
              'openhands/auth-token-needs-new-litellm',
              { at: p.authToken.location },
              { location: p.authToken.location },
            ),
            profile: p.id,
          },
        ]
      : [],
  );
}
