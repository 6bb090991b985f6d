// librechat/*: a key each user types in the UI (nothing to check here), a `${VAR}` set nowhere, an
// OpenAI-compatible endpoint to Anthropic without /v1, and Vertex AI in place of a key. CONFIG_PATH's findings
// are the source's (sources.ts).
import { finding, type Finding } from '../../findings.js';
import type { Profile } from '../../types.js';
import type { LibrechatFacts } from './sources.js';

export function checkLibrechat(facts: LibrechatFacts, profiles: Profile[] = []): Finding[] {
  // The custom endpoints' profiles come last, in the order of facts.custom (precedence.ts).
  const firstCustom = profiles.length - facts.custom.length;
  const noV1 = facts.custom.flatMap((e, i) => {
    if (!e.noV1) return [];
    const args = { url: e.noV1.url, endpoint: e.label, field: e.noV1.field };
    const found = finding('librechat/base-url-no-v1', args, { location: e.noV1.at });
    const id = firstCustom >= 0 ? profiles[firstCustom + i]?.id : undefined;
    return [id ? { ...found, profile: id } : found];
  });
  return [
    ...facts.userProvided.map((u) => finding('librechat/user-provided', { path: u.path }, { location: u.at })),
    ...facts.unresolved.map((u) =>
      finding('librechat/ref-unresolved', { name: u.name, field: u.field }, { location: u.at }),
    ),
    ...noV1,
    ...vertexFinding(facts),
  ];
}

function vertexFinding({ vertex, native }: LibrechatFacts): Finding[] {
  if (!vertex) return [];
  return [finding('librechat/vertex', { setting: vertex.setting, keySet: native }, { location: vertex.at })];
}
