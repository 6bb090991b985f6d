// litellm/*: what only a LiteLLM proxy's config gets wrong, and keys sent the wrong way between clients
// and the proxy. Retired models, empty keys and key shapes are the shared checks' (src/checks/).
import { API03 } from '../../data/key-shapes.js';
import { finding, type Finding } from '../../findings.js';
import type { Profile, Setting } from '../../types.js';
import { isDefaultEndpoint, isLoopback } from '../../checks/base-url.js';
import { sharedLookup } from './precedence.js';
import { resolveName, type Field, type LitellmConfigFacts, type SharedLookup } from './sources.js';

/** The documentation's example master key. */
const DEFAULT_MASTER_KEY = 'sk-1234';
/** `litellm --port` by default. */
const DEFAULT_PORT = 4000;

export function checkLitellm(
  configs: LitellmConfigFacts[],
  settings: Setting[],
  profiles: { own: Profile[]; all: Profile[] },
): Finding[] {
  const shared = sharedLookup(settings);
  const { own, all } = profiles;
  let next = 0;
  return configs.flatMap((facts) => {
    // This client's profiles are its entries, in order (precedence.ts).
    const ids = facts.entries.map(() => own[next++]?.id);
    return [
      ...missing(facts, shared, ids),
      ...facts.literalRefs.map((r) =>
        finding('litellm/env-ref-literal', { text: r.text, field: r.field }, { location: r.location }),
      ),
      ...masterKey(facts, shared),
      ...crossed(facts, shared, all),
    ];
  });
}

function missing(facts: LitellmConfigFacts, shared: SharedLookup, ids: (string | undefined)[]): Finding[] {
  const fields: [Field | undefined, string, string | undefined][] = facts.entries.flatMap((e, i) => [
    [e.model, `${e.name}: model`, ids[i]],
    [e.apiKey, `${e.name}: api_key`, ids[i]],
    [e.baseUrl, `${e.name}: api_base`, ids[i]],
    [e.provider, `${e.name}: custom_llm_provider`, ids[i]],
  ]);
  fields.push([facts.masterKey, 'general_settings.master_key', undefined]);
  const container = facts.at.kind === 'container' ? { container: facts.at.name } : {};
  return fields.flatMap(([f, field, profile]) =>
    f?.kind === 'ref' && !resolveName(facts, f.name, shared)
      ? [
          {
            ...finding('litellm/env-missing', { name: f.name, field, ...container }, { location: f.location }),
            ...(profile ? { profile } : {}),
          },
        ]
      : [],
  );
}

/** The master key the proxy uses: general_settings.master_key, else LITELLM_MASTER_KEY. */
function effectiveMasterKey(facts: LitellmConfigFacts, shared: SharedLookup) {
  const f = facts.masterKey;
  if (f?.kind === 'literal') return { value: f.setting.value, unresolved: false };
  if (f?.kind === 'ref') {
    const s = resolveName(facts, f.name, shared);
    return { value: s?.value, unresolved: !s };
  }
  return { value: resolveName(facts, 'LITELLM_MASTER_KEY', shared)?.value, unresolved: false };
}

function masterKey(facts: LitellmConfigFacts, shared: SharedLookup): Finding[] {
  const out: Finding[] = [];
  const { value, unresolved } = effectiveMasterKey(facts, shared);
  const given = facts.masterKey;
  const at = (given?.kind === 'literal' ? given.setting.location : given?.location) ?? facts.at;
  if (facts.misplacedMasterKey)
    out.push(
      finding(
        'litellm/master-key-misplaced',
        { protectedElsewhere: Boolean(value?.trim()) },
        { location: facts.misplacedMasterKey },
      ),
    );
  // An unresolved reference is litellm/env-missing's.
  if (unresolved) return out;
  const state = weakness(value);
  if (state) {
    const permitted =
      resolveName(facts, 'LITELLM_DANGEROUSLY_PERMIT_WEAK_OR_UNSET_MASTER_KEY', shared)?.value.trim().toLowerCase() ===
      'true';
    out.push(
      finding(
        'litellm/master-key-weak',
        { state, permitted },
        { location: at, ...(permitted ? { severity: 'warning' as const } : {}) },
      ),
    );
  }
  return out;
}

function weakness(value: string | undefined): 'unset' | 'empty' | 'default' | undefined {
  if (value === undefined) return 'unset';
  if (value.trim() === '') return 'empty';
  return value.trim() === DEFAULT_MASTER_KEY ? 'default' : undefined;
}

/** The proxy's key going to Anthropic, and an Anthropic key going to the proxy, from other clients' profiles. */
function crossed(facts: LitellmConfigFacts, shared: SharedLookup, all: Profile[]): Finding[] {
  const master = effectiveMasterKey(facts, shared).value?.trim();
  if (!master) return [];
  return all.flatMap((p) => {
    const key = p.apiKey ?? p.authToken;
    if (!key) return [];
    const value = key.value.trim();
    const url = p.baseUrl?.value.trim();
    const toAnthropic = !url || isDefaultEndpoint(url);
    if (value === master && toAnthropic)
      return [
        {
          ...finding(
            'litellm/proxy-key-to-anthropic',
            { name: key.name, credential: key.location },
            { location: key.location },
          ),
          profile: p.id,
        },
      ];
    if (p.client !== 'litellm' && url && value.startsWith(API03.prefix) && isProxyUrl(url, facts))
      return [
        {
          ...finding('litellm/anthropic-key-to-proxy', { name: key.name, url }, { location: key.location }),
          profile: p.id,
        },
      ];
    return [];
  });
}

/** The proxy's address: its default port on this machine, or a port or service name its compose file gives. */
export function isProxyUrl(url: string, facts: Pick<LitellmConfigFacts, 'proxyHosts'>): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const port = Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80));
  const local = isLoopback(host) || host === '0.0.0.0' || host === 'host.docker.internal';
  if (facts.proxyHosts.hosts.includes(host)) return true;
  return local && (port === DEFAULT_PORT || facts.proxyHosts.ports.includes(port));
}
