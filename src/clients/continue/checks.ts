// continue/*: an Anthropic model that sends no key ("x-api-key header is required", continue#4243), a
// secret found nowhere, one found only in the shell's environment (which an IDE may not have), and an
// apiBase whose requests miss /v1/messages.
import { finding, type Finding } from '../../findings.js';
import type { Location, Profile, Setting } from '../../types.js';
import { isAnthropic, resolveField } from './precedence.js';
import type { ContinueFacts, ContinueModel } from './sources.js';

const keyOf = (at: Location | undefined) => (at?.kind === 'file' ? `${at.path}\0${at.key}` : undefined);

function keyFindings(m: ContinueModel, settings: Setting[]): Finding[] {
  if (!m.apiKey) return [finding('continue/no-api-key', { model: m.label }, { location: m.at })];
  const { secret } = resolveField(m.apiKey, settings);
  if (!secret) return [];
  const args = { secret: secret.name, model: m.label };
  if (!secret.found) return [finding('continue/secret-unresolved', args, { location: m.apiKey.at })];
  if (secret.found === 'env') return [finding('continue/secret-only-in-shell', args, { location: m.apiKey.at })];
  return [];
}

export function checkContinue(facts: ContinueFacts, profiles: Profile[], settings: Setting[]): Finding[] {
  // Profiles are the anthropic models, in order (precedence.ts).
  return facts.models.filter(isAnthropic).flatMap((m, i) => {
    const bad = facts.badApiBases.find((b) => keyOf(b.at) === keyOf(m.apiBase?.at));
    const out = [
      ...(bad ? [finding('continue/api-base-path', { model: m.label, target: bad.target }, { location: bad.at })] : []),
      ...keyFindings(m, settings),
    ];
    const id = profiles[i]?.id;
    return id ? out.map((f) => ({ ...f, profile: id })) : out;
  });
}
