// Profiles that send their key to a service claude-doctor knows from its own config (a LiteLLM proxy whose
// config.yaml was read): their probe asks that service the way it answers (src/probe/litellm-proxy.ts).
// "Configured" means: a profile of another client has a base URL that is the service's address, and a key.
// The trust gate (src/probe/trust.ts) still decides whether that key may go to that URL at all.
import type { Profile } from '../types.js';
import type { AnyClient } from './types.js';

export function markServiceProfiles(
  byClient: { client: AnyClient; profiles: Profile[] }[],
  factsOf: (client: AnyClient) => unknown,
): void {
  const services = byClient.filter((c) => c.client.serves);
  if (!services.length) return;
  for (const { client, profiles } of byClient)
    for (const p of profiles) {
      const url = p.baseUrl?.value.trim();
      if (!url || !(p.apiKey ?? p.authToken)) continue;
      for (const s of services) {
        // A service's own profiles point at its upstreams, not at itself.
        if (s.client === client) continue;
        const style = s.client.serves!(factsOf(s.client), url);
        if (style) p.probeAs = style;
      }
    }
}
