// The trust model (DESIGN.md, "Secrets"; README, "Where your key may go"), in one place: who chose each
// value, and whether a credential may be sent to a base URL. A checked-out repository is someone
// else's text: a base URL that one of its files sets must not receive a key the user brought from
// their shell, home folder or CI secrets.
import { isLoopback } from '../checks/base-url.js';
import { finding, type Finding } from '../findings.js';
import { credentialIn, escapeInvisible, redactUrl } from '../secrets.js';
import { isHomePath } from '../sources/read-text.js';
import type { Profile, Setting, Trust } from '../types.js';

/** Which file sources the user named on the command line (--env-file, --config, --settings). */
export type ExplicitSources = Partial<Record<Setting['source'], boolean>>;

/**
 * `user`: the process environment, containers on the user's engines, files in the home folder and files
 * named on the command line. `project`: files found by default in the working directory.
 */
export function trustOf(setting: Setting, explicit: ExplicitSources): Trust {
  if (setting.location.kind !== 'file') return 'user';
  if (explicit[setting.source]) return 'user';
  return isHomePath(setting.location.path) ? 'user' : 'project';
}

export function withTrust(settings: Setting[], explicit: ExplicitSources): Setting[] {
  return settings.map((s) => ({ ...s, trust: trustOf(s, explicit) }));
}

const sameFile = (a: Setting, b: Setting) =>
  // Only a file location has a path, so the kind tests only keep the path comparison well-typed.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, as said above
  a.location.kind === 'file' &&
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, as said above
  b.location.kind === 'file' &&
  a.location.path === b.location.path &&
  a.source === b.source;

/**
 * A base URL may receive a credential when the user chose it, or when it comes from the same file as the
 * credential. A project file's base URL with a key from anywhere else (another project file included:
 * the user's own untracked .env beside a repository's config.toml) is refused, unless the user said
 * --trust-project or named the URL with --base-url.
 */
export function baseUrlRefusal(p: Profile, credential: Setting, trustProject: boolean): Finding | undefined {
  const url = p.baseUrl;
  if (!url || trustProject || (url.trust ?? 'user') === 'user' || sameFile(url, credential)) return undefined;
  return {
    ...finding(
      'url/untrusted-base-url',
      {
        name: url.name,
        url: escapeInvisible(redactUrl(url.value.trim())),
        host: hostOf(url.value),
        credential: credential.location,
      },
      { location: url.location },
    ),
    profile: p.id,
  };
}

export function hostOf(url: string): string {
  try {
    return new URL(url.trim()).host;
  } catch {
    return escapeInvisible(redactUrl(url.trim()));
  }
}

/** Never in the clear to another machine: https, or http to this machine only. */
export function safeToSend(baseUrl: string): boolean {
  try {
    const url = new URL(baseUrl);
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
  } catch {
    return false;
  }
}

/** A value with a credential inside (the shape table's, in secrets.ts) is never put into a URL. */
export function holdsCredential(value: string): boolean {
  return credentialIn(value) !== undefined;
}

/** A model id that may stand in a URL path: a plain id, nothing that escapes the path or holds a key. */
export function pathSafeModel(model: string | undefined): string | undefined {
  if (!model || !/^[A-Za-z0-9][\w.:@-]{0,199}$/.test(model) || holdsCredential(model)) return undefined;
  return model;
}

/** Who chose a probe's base URL: nobody (the default), --base-url, the user's own places, or a project file. */
export type BaseUrlOrigin = 'default' | 'argument' | 'user' | 'project';

/**
 * Where an Admin key may go (issue #16): it can read and disable every key of an organization, so it goes
 * only to Anthropic's own API, the endpoint the failing key was probed at (anthropicOnly below), never through
 * a proxy (the admin lookup makes its own direct connection) and never to a LiteLLM proxy's route. Returns the
 * URL to send it to, or undefined.
 */
export function adminApiUrl(
  target: { baseUrl: string; proxy?: unknown; style?: string },
  origin: BaseUrlOrigin,
): string | undefined {
  if (target.proxy || target.style) return undefined;
  return anthropicOnly(target.baseUrl, origin);
}

/**
 * Where a subscription token's usage is asked (issue #16, --probe-oauth): the token opens the user's Claude
 * account, so it goes to Anthropic's own API alone (anthropicOnly), never to a gateway or a LiteLLM proxy
 * however trusted. Through HTTPS_PROXY as the probe itself goes: the proxy sees only a CONNECT to the host.
 */
export function oauthUsageUrl(target: { baseUrl: string; style?: string; origin?: BaseUrlOrigin }): string | undefined {
  if (target.style) return undefined;
  return anthropicOnly(target.baseUrl, target.origin);
}

/**
 * The default endpoint, or a loopback server named with --base-url (a local test server). Never any other host,
 * gateways included however trusted (a gateway sees every header), never a base URL a project file chose,
 * never in the clear, never with user info, a query or a fragment.
 */
function anthropicOnly(baseUrl: string, origin: BaseUrlOrigin | undefined): string | undefined {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return undefined;
  }
  if (url.username || url.password || url.search || url.hash) return undefined;
  // Stryker disable next-line Regex: equivalent, a URL's pathname is never empty ("/" at least)
  if (url.protocol === 'https:' && url.host === 'api.anthropic.com' && /^\/?$/.test(url.pathname)) {
    return 'https://api.anthropic.com';
  }
  const local = (url.protocol === 'http:' || url.protocol === 'https:') && isLoopback(url.hostname);
  // Only a loopback server named with --base-url: one from the environment or a settings file is as often a
  // gateway on this machine (LiteLLM on :4000, an ssh or kubectl port-forward) as a test server.
  if (!local || origin !== 'argument') return undefined;
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}
