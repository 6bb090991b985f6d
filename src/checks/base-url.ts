// url/*: base URLs that point at the wrong path or send the key in the clear.
import { finding, type Finding } from '../findings.js';
import { escapeInvisible, redactUrl } from '../secrets.js';
import type { Client, Profile, Setting } from '../types.js';

const ENDPOINT_PATHS = [
  '/v1/messages/count_tokens',
  '/v1/messages',
  '/v1/complete',
  '/v1/models',
  '/v1/chat/completions',
  '/chat/completions',
  '/messages',
];

export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** `clients` are the clients that use this setting (none when it is overridden everywhere). */
export function checkBaseUrl(setting: Setting, clients: Client[]): Finding[] {
  const { name, value, location } = setting;
  if (value === '') return [];
  const url = escapeInvisible(redactUrl(value));
  const invalid = (reason: 'not-a-url' | 'no-scheme' | 'scheme' | 'whitespace') => [
    finding('url/invalid', { name, url, reason }, { location }),
  ];
  if (/\s/.test(value)) return invalid('whitespace');
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return invalid(/^[\w.-]+(:\d+)?(\/|$)/.test(value) ? 'no-scheme' : 'not-a-url');
  }
  // "localhost:4000" parses as a URL whose scheme is "localhost:".
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return invalid(/^[\w.-]+:\d+/.test(value) ? 'no-scheme' : 'scheme');
  const out: Finding[] = [];
  if (parsed.protocol === 'http:' && !isLoopback(parsed.hostname)) {
    out.push(finding('url/insecure', { name, url, host: parsed.hostname }, { location }));
  }
  const path = parsed.pathname.replace(/\/+$/, '');
  const base = `${parsed.origin}`;
  if (/\/v1$/.test(path)) {
    out.push(
      finding(
        'url/v1-suffix',
        { name, url, requested: `${base}${path}/v1/messages`, fixed: `${base}${path.slice(0, -3)}` },
        { location },
      ),
    );
    return out;
  }
  const endpoint = ENDPOINT_PATHS.find((p) => path.endsWith(p));
  // LiteLLM appends /v1/messages unless the URL already ends with it, so for LiteLLM alone that is fine.
  const litellmOnly = clients.length > 0 && clients.every((c) => c === 'openhands-headless');
  if (endpoint && !(litellmOnly && endpoint === '/v1/messages')) {
    const prefix = path.slice(0, -endpoint.length).replace(/\/v1$/, '');
    out.push(finding('url/endpoint-path', { name, url, path: endpoint, fixed: `${base}${prefix}` }, { location }));
  }
  return out;
}

const ANTHROPIC_API = /^https:\/\/api\.anthropic\.com\/?$/;

/** The default endpoint itself (with or without a trailing slash): no proxy or gateway in between. */
export function isDefaultEndpoint(url: string): boolean {
  return ANTHROPIC_API.test(url.trim());
}

/** OpenHands has no base URL of its own, and LiteLLM picks up a non-default ANTHROPIC_* one. */
/** Clients that read ANTHROPIC_BASE_URL only through LiteLLM's fallback, not as their own setting. */
const LITELLM_CLIENTS: ReadonlySet<Profile['client']> = new Set(['openhands-headless', 'openhands-web']);

export function checkStrayBaseUrl(profiles: Profile[]): Finding[] {
  return profiles.flatMap((p) => {
    const url = p.baseUrl;
    if (!LITELLM_CLIENTS.has(p.client) || !url?.name.startsWith('ANTHROPIC_') || isDefaultEndpoint(url.value))
      return [];
    return [
      {
        ...finding(
          'url/stray-anthropic-base-url',
          { name: url.name, url: escapeInvisible(redactUrl(url.value)) },
          { location: url.location },
        ),
        profile: p.id,
      },
    ];
  });
}
