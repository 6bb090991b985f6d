// aider/key-overridden: a key set in one place silently losing to a different one (Aider-AI/aider#950).
import { finding, type Finding } from '../../findings.js';
import type { Profile } from '../../types.js';
import { KEY_ORDER, reasonOf, rungOf } from './precedence.js';
import type { AiderFacts } from './sources.js';

export function checkAider(profile: Profile, facts: AiderFacts): Finding[] {
  const used = profile.apiKey;
  if (!used) return [];
  const winner = rungOf(used, facts, KEY_ORDER)!;
  return profile.ignored.flatMap(({ setting }) => {
    // The same key in two places is tidy enough; only a different one misleads.
    if (setting.role !== 'api_key' || setting.value.trim() === used.value.trim()) return [];
    const reason = reasonOf(KEY_ORDER, winner, rungOf(setting, facts, KEY_ORDER)!);
    return [
      {
        ...finding(
          'aider/key-overridden',
          { used: used.location, ignored: setting.location, reason },
          {
            location: setting.location,
          },
        ),
        profile: profile.id,
      },
    ];
  });
}
