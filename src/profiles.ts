// Profiles: what each client really uses in one place (the host, or one container), by the registry.
import { CLIENTS } from './clients/index.js';
import type { WebSettingsFile } from './clients/openhands-web/precedence.js';
import type { AnyClient, Scope } from './clients/types.js';
import type { Profile, Setting } from './types.js';

/** One scope's profiles, client by client in registry order, numbered from `offset`. */
export function profilesIn(
  scope: Omit<Scope<unknown>, 'facts'>,
  factsOf: (client: AnyClient) => unknown,
  offset = 0,
): { client: AnyClient; profiles: Profile[] }[] {
  const own = (client: AnyClient) => ({
    ...scope,
    settings: scope.settings.filter((s) => client.reads.includes(s.source)),
    facts: factsOf(client),
  });
  const wanted = scope.opts?.clients;
  const active = wanted ? CLIENTS.filter((c) => wanted.includes(c.id)) : CLIENTS;
  let found = active.map((client) => ({ client, profiles: client.profiles(own(client)) }));
  // --client without the SDK: no stand-in profile for clients that were not asked about.
  if (!found.some((f) => f.profiles.length) && (!wanted || wanted.includes(CLIENTS[0]!.id))) {
    // The registry's first client, the SDK, has the fallback (test/profiles.test.ts pins it).
    const first = CLIENTS[0]!;
    found = [{ client: first, profiles: first.fallback!(own(first)) }];
  }
  let next = offset;
  return found.map((f) => ({ client: f.client, profiles: f.profiles.map((p) => ({ ...p, id: `p${++next}` })) }));
}

/**
 * The profiles of settings and Web UI files, as the host's (or, with `container`, one container's).
 * Tests and callers that have no client facts of their own use this.
 */
export function resolveProfiles(
  settings: Setting[],
  webFiles: WebSettingsFile[] = [],
  scope: { webUi?: { version?: string; label: string } } = {},
): Profile[] {
  const container = scope.webUi ? { app: true, label: scope.webUi.label, version: scope.webUi.version } : undefined;
  // Only the Web UI has facts here; the others resolve from settings alone (Claude Code, with none, has no profile).
  const byClient: Partial<Record<string, unknown>> = {
    'openhands-web': {
      files: webFiles,
      // Its profiles read only the files; the facts of each file are for its checks.
      // Stryker disable next-line ArrayDeclaration: equivalent, as said above
      facts: [],
    },
  };
  const facts = (c: AnyClient) => byClient[c.id];
  return profilesIn({ settings, ...(container ? { container } : {}) }, facts).flatMap((f) => f.profiles);
}

/** The credential a client chose without probing it (an OAuth token), and what else it reads. */
const usedBeyondSlots = (p: Profile) => [p.credential?.setting, ...(p.reads ?? [])];

/** For each setting, the profiles that use it: one pass over the profiles, not one per setting. */
export function usersOfSettings(profiles: Profile[]): Map<Setting, Profile[]> {
  const users = new Map<Setting, Profile[]>();
  for (const p of profiles) {
    for (const s of new Set([
      p.apiKey,
      p.authToken,
      p.model,
      p.baseUrl,
      p.provider,
      p.apiVersion,
      ...usedBeyondSlots(p),
    ])) {
      if (!s) continue;
      const list = users.get(s);
      if (list) list.push(p);
      else users.set(s, [p]);
    }
  }
  return users;
}
