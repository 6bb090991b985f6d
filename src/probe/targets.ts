// Which requests to make: one per distinct (credential, scheme, base URL, model) among the profiles,
// at most MAX_PROBES of them, and none where sending the key would be unsafe (trust.ts) or pointless
// (the offline findings say why).
import { finding, type Finding } from '../findings.js';
import { redactUrl } from '../secrets.js';
import type { Profile, Setting } from '../types.js';
import type { ProbeTarget } from './anthropic.js';
import { baseUrlRefusal, type BaseUrlOrigin, holdsCredential, pathSafeModel, safeToSend } from './trust.js';
import { isLoopback } from '../checks/base-url.js';

export interface ProbeOptions {
  scheme: 'x-api-key' | 'bearer';
  model?: string;
  baseUrl?: string;
  /** --trust-project: a project file's base URL may receive a key from elsewhere. */
  trustProject?: boolean;
}

export const DEFAULT_BASE_URL = 'https://api.anthropic.com';
/** A file with a thousand setups must not turn one run into a thousand requests. */
export const MAX_PROBES = 16;

export interface Plan {
  targets: ProbeTarget[];
  findings: Finding[];
}

// `provider/model`. Unanchored, a model with a '/' further in is refused by pathSafeModel all the same.
// Stryker disable next-line Regex: equivalent, as said above
const PROVIDER_PREFIX = /^[\w.-]+\//;

export const targetKey = (t: Pick<ProbeTarget, 'credential' | 'scheme' | 'baseUrl' | 'model' | 'style'>) =>
  JSON.stringify([t.credential, t.scheme, t.baseUrl, t.model, ...(t.style ? [t.style] : [])]);

/**
 * `known`: targets already being probed (the host's, when the containers' come); a profile with the
 * same setup joins that target instead of making a request of its own. `limit`: new targets at most.
 */
export function probeTargets(
  profiles: Profile[],
  opts: ProbeOptions,
  env: NodeJS.ProcessEnv = {},
  joining: { known?: ReadonlyMap<string, ProbeTarget>; limit?: number } = {},
): Plan {
  const { known = new Map<string, ProbeTarget>(), limit = MAX_PROBES } = joining;
  const targets = new Map<string, ProbeTarget>();
  const findings: Finding[] = [];
  const unprobed: string[] = [];
  let overflow = 0;
  const refused = new Set<string>();
  for (const p of profiles) {
    const setting = p.apiKey ?? p.authToken;
    if (!setting) continue;
    // The SDK trims its variables; everything else sends the value as it is, which fetch cannot do
    // with a line break in it. Such a key already has its finding; probe what the SDK would send.
    const credential = p.client === 'anthropic-sdk' ? setting.value.trim() : setting.value;
    if (!/^[\x21-\x7e]+$/.test(credential)) continue;
    if (!opts.baseUrl) {
      const refusal = baseUrlRefusal(p, setting, Boolean(opts.trustProject));
      if (refusal) {
        const once = JSON.stringify([p.baseUrl!.location, setting.location]);
        if (!refused.has(once)) findings.push(refusal);
        refused.add(once);
        continue;
      }
    }
    const baseUrl = (opts.baseUrl ?? p.baseUrl?.value ?? DEFAULT_BASE_URL).trim().replace(/\/+$/, '');
    // In the clear to another machine, or a URL with a key inside it: the offline findings say why.
    if (!safeToSend(baseUrl) || holdsCredential(baseUrl)) continue;
    const style = opts.baseUrl ? undefined : p.probeAs;
    const asked = opts.model ?? p.model?.value.trim();
    const model = pathSafeModel(style ? proxyModel(asked) : anthropicModel(asked));
    // A LiteLLM proxy takes its keys as Bearer on every route.
    const scheme = style ? 'bearer' : schemeOf(p, setting, opts.scheme);
    const key = targetKey({ credential, scheme, baseUrl, model, style });
    const existing = known.get(key) ?? targets.get(key);
    const origin = originOf(p, opts);
    if (existing) {
      existing.profiles.push(p.id);
      // The same URL from a project file too: the Admin key's rule (trust.ts) takes the least trusted.
      if (origin === 'project') existing.origin = origin;
    } else if (targets.size >= limit) {
      overflow++;
      unprobed.push(p.id);
    } else {
      const proxy = proxyFor(baseUrl, env);
      // A key in the clear may cross this machine's loopback only: an http:// base URL goes through a
      // proxy only when that proxy is on this machine too.
      const host = proxy?.valid ? new URL(proxy.url).hostname : undefined;
      if (proxy && host && baseUrl.startsWith('http:') && !isLoopback(host)) {
        const args = { name: proxy.name, url: redactUrl(proxy.url), host };
        if (!refused.has(proxy.name))
          findings.push({
            ...finding('url/insecure', args, { location: { kind: 'env', name: proxy.name } }),
            profile: p.id,
          });
        refused.add(proxy.name);
        continue;
      }
      targets.set(key, {
        credential,
        scheme,
        baseUrl,
        ...(style ? { style } : {}),
        ...(model ? { model } : {}),
        ...(proxy ? { proxy } : {}),
        profiles: [p.id],
        origin,
      });
    }
  }
  if (overflow)
    findings.push(finding('api/not-probed', { count: overflow, limit: MAX_PROBES, profiles: unprobed.slice(0, 20) }));
  return { targets: [...targets.values()], findings };
}

/** Who chose the base URL a profile is probed at (the Admin key's rule in trust.ts reads it). */
function originOf(p: Profile, opts: ProbeOptions): BaseUrlOrigin {
  if (opts.baseUrl) return 'argument';
  return p.baseUrl ? (p.baseUrl.trust ?? 'user') : 'default';
}

/**
 * An auth-token slot is sent as Bearer (an OAuth token with its beta header); Claude Code sends an
 * apiKeyHelper's output as both x-api-key and Bearer; any other key as the user chose (x-api-key by default).
 */
function schemeOf(p: Profile, setting: Setting, chosen: ProbeOptions['scheme']): ProbeTarget['scheme'] {
  if (p.authToken === setting) return 'bearer';
  return p.credential?.kind === 'api-key-helper' ? 'both' : chosen;
}

/** The model id Anthropic answers for: `anthropic/x` -> `x`; another provider's model is none (the key is checked alone). */
function anthropicModel(model: string | undefined): string | undefined {
  if (!model || !PROVIDER_PREFIX.test(model)) return model;
  return model.startsWith('anthropic/') ? model.slice('anthropic/'.length) : undefined;
}

/** The model_name a client asks a LiteLLM proxy for: OpenHands' litellm_proxy/x and openai/x send x. */
function proxyModel(model: string | undefined): string | undefined {
  return model?.replace(/^(litellm_proxy|openai)\//, '');
}

/** HTTPS_PROXY (or HTTP_PROXY for an http:// base URL), unless NO_PROXY names the host, as curl reads them. */
export function proxyFor(baseUrl: string, env: NodeJS.ProcessEnv): ProbeTarget['proxy'] {
  const url = new URL(baseUrl);
  // Stryker disable next-line Regex: a hostname has its brackets at its ends only, so the anchors never matter
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const https = url.protocol === 'https:';
  const names = https
    ? ['HTTPS_PROXY', 'https_proxy', 'ALL_PROXY', 'all_proxy']
    : ['HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy'];
  const name = names.find((n) => env[n]);
  if (!name) return undefined;
  // With no NO_PROXY at all, any default that is not a host name exempts nothing.
  // Stryker disable next-line StringLiteral: equivalent, as said above
  const noProxy = env.NO_PROXY || env.no_proxy || '';
  const exempt = noProxy.split(',').map(noProxyHost).filter(Boolean);
  if (exempt.some((n) => n === '*' || host === n.replace(/^\./, '') || host.endsWith(n.startsWith('.') ? n : `.${n}`)))
    return undefined;
  const value = env[name]!.trim();
  return { url: value, name, valid: validProxy(value), shown: `${name}=${redactUrl(value)}` };
}

/** A NO_PROXY entry without its port: `host:443`, `[::1]:4000`, `[::1]`, and a bare `::1` kept whole. */
function noProxyHost(entry: string): string {
  const n = entry.trim();
  const bracketed = /^\[([^\]]*)\](?::\d+)?$/.exec(n);
  if (bracketed) return bracketed[1]!;
  return n.includes(':', n.indexOf(':') + 1) ? n : n.replace(/:\d+$/, '');
}

function validProxy(value: string): boolean {
  try {
    // The URL parser itself refuses an http(s) URL without a host.
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
