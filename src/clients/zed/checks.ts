// zed/key-in-keychain and zed/env-key-beats-keychain: where Zed's key comes from, said once per profile.
import { finding, type Finding } from '../../findings.js';
import type { Profile } from '../../types.js';

/** `path`: the settings file that sets Zed up for Anthropic (facts.anthropic). */
export function checkZed(profile: Profile, path: string): Finding[] {
  const f = profile.apiKey
    ? finding('zed/env-key-beats-keychain', { path }, { location: profile.apiKey.location })
    : finding('zed/key-in-keychain', { path }, { location: { kind: 'file', path } });
  return [{ ...f, profile: profile.id }];
}
