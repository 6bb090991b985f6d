// goose/key-in-keyring: Goose would take its key from the OS keyring, which claude-doctor never opens.
import { finding, type Finding } from '../../findings.js';
import type { Profile } from '../../types.js';
import type { GooseFacts } from './sources.js';

export function checkGoose(profile: Profile, facts: GooseFacts): Finding[] {
  if (profile.apiKey || facts.keyringDisabled || !facts.provider) return [];
  return [
    {
      ...finding('goose/key-in-keyring', { provider: facts.provider.value }, { location: facts.provider.location }),
      profile: profile.id,
    },
  ];
}
