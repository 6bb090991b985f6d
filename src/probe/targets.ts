// Which requests to make: one per distinct (credential, scheme, base URL, model) among the profiles,
// and none where sending the key would be unsafe or pointless (the offline findings say why).
import { isLoopback } from '../checks/base-url.js';
import type { Profile } from '../types.js';
import type { ProbeTarget } from './anthropic.js';

export interface ProbeOptions {
  scheme: 'x-api-key' | 'bearer';
  model?: string;
  baseUrl?: string;
}

export const DEFAULT_BASE_URL = 'https://api.anthropic.com';

export function probeTargets(profiles: Profile[], opts: ProbeOptions, env: NodeJS.ProcessEnv = {}): ProbeTarget[] {
  const targets = new Map<string, ProbeTarget>();
  for (const p of profiles) {
    const setting = p.apiKey ?? p.authToken;
    if (!setting) continue;
    // The SDK trims its variables; everything else sends the value as it is, which fetch cannot do
    // with a line break in it. Such a key already has its finding; probe what the SDK would send.
    const credential = p.client === 'anthropic-sdk' ? setting.value.trim() : setting.value;
    if (!/^[\x21-\x7e]+$/.test(credential)) continue;
    const baseUrl = (opts.baseUrl ?? p.baseUrl?.value ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    if (!safeToSend(baseUrl)) continue;
    const rawModel = opts.model ?? p.model?.value.trim();
    // Another provider's model is not Anthropic's to answer for; check the key alone.
    const model = rawModel && (/^[\w.-]+\//.test(rawModel) ? (rawModel.startsWith('anthropic/') ? rawModel.slice(10) : undefined) : rawModel);
    // An auth-token slot is sent as Bearer (an OAuth token with its beta header); a key as the client sends it.
    const scheme = p.authToken === setting ? 'bearer' : opts.scheme;
    const key = JSON.stringify([credential, scheme, baseUrl, model]);
    const existing = targets.get(key);
    if (existing) existing.profiles.push(p.id);
    else {
      const proxy = proxyFor(baseUrl, env);
      targets.set(key, { credential, scheme, baseUrl, ...(model ? { model } : {}), ...(proxy ? { proxy } : {}), profiles: [p.id] });
    }
  }
  return [...targets.values()];
}

/** HTTPS_PROXY (or HTTP_PROXY for an http:// base URL), unless NO_PROXY names the host, as curl reads them. */
export function proxyFor(baseUrl: string, env: NodeJS.ProcessEnv): string | undefined {
  const url = new URL(baseUrl);
  const proxy = url.protocol === 'https:' ? env.HTTPS_PROXY || env.https_proxy || env.ALL_PROXY || env.all_proxy : env.HTTP_PROXY || env.http_proxy || env.ALL_PROXY || env.all_proxy;
  if (!proxy) return undefined;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const exempt = (env.NO_PROXY || env.no_proxy || '').split(',').map((n) => n.trim().replace(/:\d+$/, '')).filter(Boolean);
  return exempt.some((n) => n === '*' || host === n.replace(/^\./, '') || host.endsWith(n.startsWith('.') ? n : `.${n}`)) ? undefined : proxy;
}

/** Never over plain http:// to another machine. */
function safeToSend(baseUrl: string): boolean {
  try {
    const url = new URL(baseUrl);
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
  } catch {
    return false;
  }
}
