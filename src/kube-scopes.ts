// Each Kubernetes container of --kube input as one place, like a Docker container (doctor.ts, containerScopes):
// its variables go to every client (OpenHands images get their version's rules), and a LiteLLM proxy's
// mounted config.yaml gets the LiteLLM client's profiles and checks, its os.environ/ read from the container.
import { checkLitellm } from './clients/litellm/checks.js';
import { litellm } from './clients/litellm/index.js';
import { litellmProfiles } from './clients/litellm/precedence.js';
import type { AnyClient } from './clients/types.js';
import type { DoctorOptions } from './doctor.js';
import type { Finding } from './findings.js';
import { profilesIn } from './profiles.js';
import type { KubePlace, KubeResult } from './sources/kubernetes.js';
import type { Profile, Setting } from './types.js';

export interface KubeScope {
  place: KubePlace;
  settings: Setting[];
  profiles: Profile[];
  byClient: { client: AnyClient; profiles: Profile[] }[];
  factsOf: (client: AnyClient) => unknown;
  /** The LiteLLM client's findings over the proxy's config in this container. */
  litellmFindings: Finding[];
}

/** The places that matter (an OpenHands app, or any client variable), numbered after `offset`. */
export function kubeScopes(result: Pick<KubeResult, 'places'>, offset: number, opts: DoctorOptions): KubeScope[] {
  let next = offset;
  const wanted = (id: AnyClient['id']) => !opts.clients || opts.clients.includes(id);
  return result.places.flatMap((place) => {
    const c = place.container;
    const settings = place.settings;
    if (c.kind !== 'app' && !settings.length) return [];
    const label = `${c.namespace}/${c.pod}/${c.container}`;
    const inside = { id: label, webFiles: [], settingsFacts: [], litellmConfigs: [] };
    const factsOf = (client: AnyClient) => client.inContainer?.(inside);
    const container = { label, app: c.kind === 'app', ...(c.version ? { version: c.version } : {}) };
    let byClient = profilesIn({ settings, container, opts }, factsOf, next);
    const proxy = place.litellm.length > 0 && wanted('litellm');
    if (proxy) {
      // The proxy's own profiles replace the stand-in profile of a container with no client variable.
      // The proxy reads ANTHROPIC_API_KEY itself: no SDK program runs in its container.
      byClient = byClient.filter(
        (f) =>
          f.client.id !== 'anthropic-sdk' && f.profiles.some((p) => p.apiKey || p.authToken || p.model || p.baseUrl),
      );
      let id = next + byClient.reduce((n, f) => n + f.profiles.length, 0);
      byClient.push({
        client: litellm,
        profiles: litellmProfiles(place.litellm, settings).map((p) => ({ ...p, id: `p${++id}` })),
      });
    }
    byClient = byClient.map((f) => ({
      client: f.client,
      profiles: f.profiles.map((p) => ({ ...p, label: p.label && p.label !== label ? `${label} ${p.label}` : label })),
    }));
    const profiles = byClient.flatMap((f) => f.profiles);
    next += profiles.length;
    const own = byClient.find((f) => f.client === litellm)?.profiles ?? [];
    const litellmFindings = proxy ? proxyFindings(place, settings, own, profiles) : [];
    return [{ place, settings, profiles, byClient, factsOf, litellmFindings }];
  });
}

/**
 * The LiteLLM client's checks on the mounted config. Its litellm/env-missing speaks of shells and compose
 * files: kube/litellm-env-missing says it in a pod's terms. A master key from a Secret the input does not
 * hold is unknown, not weak.
 */
function proxyFindings(place: KubePlace, settings: Setting[], own: Profile[], all: Profile[]): Finding[] {
  const unread = (name: string) => {
    const v = place.env.vars.get(name);
    return v !== undefined && !('value' in v);
  };
  return checkLitellm(place.litellm, settings, { own, all }).filter((f) => {
    if (f.code === 'litellm/env-missing') return false;
    if (f.code !== 'litellm/master-key-weak') return true;
    return !place.litellm.some((facts) =>
      unread(facts.masterKey?.kind === 'ref' ? facts.masterKey.name : 'LITELLM_MASTER_KEY'),
    );
  });
}
