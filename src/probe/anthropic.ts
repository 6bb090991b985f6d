// The live probe: one free request per distinct (credential, base URL, model), with the real SDK,
// sending the key the way OpenHands and LiteLLM do (x-api-key, anthropic-version 2023-06-01), or as a
// Bearer token. GET /v1/models/{model} spends no tokens. One retry at most, after a 529, another 5xx
// or a connection error, and never past the deadline, which covers the whole exchange, body included
// (../shared/recipes/probe-deadline.md).
import type Anthropic from '@anthropic-ai/sdk';
import type { ApiArgs } from '../catalog/api.js';
import type { Code } from '../catalog/index.js';
import { lazyRequire } from '../lazy.js';
import { scrubKeyShapes } from '../secrets.js';
import { matchAnswer, modelIn } from './matchers.js';

export interface ProbeTarget {
  credential: string;
  /** x-api-key (OpenHands, LiteLLM), or Authorization: Bearer (SDK 1.x, OAuth tokens). */
  scheme: 'x-api-key' | 'bearer';
  baseUrl: string;
  /** The model id without a provider prefix, when one is known. */
  model?: string;
  /** The HTTP(S) proxy from HTTPS_PROXY / HTTP_PROXY, unless NO_PROXY exempts the host. */
  proxy?: string;
  profiles: string[];
}

export interface ProbeResult {
  profiles: string[];
  endpoint: string;
  status?: number;
  requestId?: string;
  organizationId?: string;
  latencyMs: number;
  code: Code;
  args: ApiArgs;
  rateLimits?: Record<string, string>;
}

type Sdk = typeof import('@anthropic-ai/sdk');

let tuned = false;

/**
 * Node's fetch parses HTTP with a WebAssembly module; V8 recompiles it with its optimising tier in the
 * background and waits for that at exit, which kept a one-request run alive ~100 ms longer than the
 * request itself. The baseline tier is plenty for one small answer. A V8 flag is part of what a code
 * cache is checked against, so it changes only after our bundles are loaded, and not while the build
 * records their caches.
 */
function tuneForOneRequest(env: NodeJS.ProcessEnv): void {
  if (tuned || env.CLAUDE_DOCTOR_WRITE_CODE_CACHE) return;
  tuned = true;
  lazyRequire<typeof import('node:v8')>('node:v8').setFlagsFromString('--liftoff-only');
}

export async function probe(target: ProbeTarget, timeoutMs: number): Promise<ProbeResult> {
  const { default: Client, APIError } = lazyRequire<Sdk>('@anthropic-ai/sdk');
  tuneForOneRequest(process.env);
  const started = Date.now();
  const deadline = started + timeoutMs;
  // Shown in every report: a key where the model should be must not be (the model is its own finding).
  const endpoint = scrubKeyShapes(target.model ? `GET /v1/models/${target.model}` : 'GET /v1/models?limit=1');
  const oauth = target.credential.startsWith('sk-ant-oat');
  const client: Anthropic = new Client({
    baseURL: target.baseUrl,
    maxRetries: 0,
    timeout: timeoutMs,
    // A fetch whose signal also ends at the deadline: the SDK's own timeout stops waiting for headers,
    // not for a body that stalls half-way.
    fetch: withDeadline(target.proxy ? proxied(target.proxy) : fetch, deadline),
    ...(target.scheme === 'bearer'
      ? { authToken: target.credential, ...(oauth ? { defaultHeaders: { 'anthropic-beta': 'oauth-2025-04-20' } } : {}) }
      : { apiKey: target.credential, defaultHeaders: { 'x-api-key': target.credential, Authorization: null, 'anthropic-version': '2023-06-01' } }),
  });
  const done = (r: Omit<ProbeResult, 'profiles' | 'endpoint' | 'latencyMs'>): ProbeResult => ({ profiles: target.profiles, endpoint, latencyMs: Date.now() - started, ...r });

  for (let attempt = 0; ; attempt++) {
    try {
      const call = target.model ? client.models.retrieve(target.model) : client.models.list({ limit: 1 });
      const { response } = await call.withResponse();
      return done({ status: response.status, ...ids(response.headers), code: 'api/ok', args: { status: response.status, model: target.model }, rateLimits: rateLimits(response.headers) });
    } catch (error) {
      const outcome = error instanceof APIError && error.status !== undefined ? fromStatus(error) : fromNetwork(error, deadline, Boolean(target.proxy));
      // A retired model answers exactly like a typo; the API's list of retired models tells them apart.
      if (outcome.code === 'api/model-not-found' && target.model && deadline - Date.now() > 250) {
        outcome.args.retired = await isRetired(client, target.model);
      }
      const retryable = outcome.status === undefined ? outcome.code !== 'net/timeout' && outcome.code !== 'net/dns' : outcome.status >= 500;
      // One retry at most, and only when there is time left for it.
      if (attempt === 0 && retryable && deadline - Date.now() > 250) continue;
      return done(outcome);
    }
  }
}

/** The ids to give Anthropic support; a server's header values all the same, so redacted when one holds a key. */
function ids(headers: Headers) {
  const requestId = scrubKeyShapes(headers.get('request-id') ?? '') || undefined;
  const organizationId = scrubKeyShapes(headers.get('anthropic-organization-id') ?? '') || undefined;
  return { ...(requestId ? { requestId } : {}), ...(organizationId ? { organizationId } : {}) };
}

function rateLimits(headers: Headers): Record<string, string> | undefined {
  const limits = Object.fromEntries([...headers].filter(([name]) => name.startsWith('anthropic-ratelimit-') || name === 'retry-after').map(([name, value]) => [name, scrubKeyShapes(value)]));
  return Object.keys(limits).length ? limits : undefined;
}

/** An HTTP answer: the API's JSON envelope, Cloudflare's, or something else (a proxy's HTML). */
function fromStatus(error: InstanceType<Sdk['APIError']>): Omit<ProbeResult, 'profiles' | 'endpoint' | 'latencyMs'> {
  const status = error.status!;
  const headers = error.headers ?? new Headers();
  const body = error.error as { error?: { type?: string; message?: string; details?: { error_code?: string } }; type?: string } | undefined;
  const apiMessage = body?.error?.message;
  const text = `${JSON.stringify(body ?? '')} ${error.message}`;
  const retryAfter = scrubKeyShapes(headers.get('retry-after') ?? '') || undefined;
  const args: ApiArgs = { status, ...(apiMessage ? { apiMessage: scrubKeyShapes(apiMessage) } : {}), ...(retryAfter ? { retryAfter } : {}) };
  const model = modelIn(apiMessage ?? '');
  // A body that is not the API's JSON came from something in between.
  const code = typeof body !== 'object' || !body || (!body.error && body.type !== 'error')
    ? (/Request not allowed/.test(text) ? 'auth/region-blocked' : 'api/unexpected-response')
    : (matchAnswer(text, status)?.code ?? 'api/unexpected-response');
  return { status, ...ids(headers), code, args: { ...args, ...(model ? { model } : {}) }, rateLimits: rateLimits(headers) };
}

async function isRetired(client: Anthropic, model: string): Promise<boolean | undefined> {
  try {
    const page = await client.models.list({ lifecycle: ['retired'], limit: 1000 } as Parameters<Anthropic['models']['list']>[0]);
    return page.data.some((m) => m.id === model) || undefined;
  } catch {
    return undefined;
  }
}

type Fetch = typeof fetch;

function withDeadline(base: Fetch, deadline: number): Fetch {
  return (url, init) => base(url, { ...init, signal: AbortSignal.any([init?.signal, AbortSignal.timeout(Math.max(1, deadline - Date.now()))].filter(Boolean) as AbortSignal[]) });
}

/** Node's own fetch has no proxy support: undici's, with a ProxyAgent, is loaded only when one is set. */
function proxied(proxy: string): Fetch {
  const undici = lazyRequire<typeof import('undici')>('undici');
  const dispatcher = new undici.ProxyAgent(proxy);
  return ((url: string, init?: RequestInit) => undici.fetch(url, { ...(init as object), dispatcher } as never)) as unknown as Fetch;
}

function fromNetwork(error: unknown, deadline: number, viaProxy: boolean): Omit<ProbeResult, 'profiles' | 'endpoint' | 'latencyMs'> {
  const causes: string[] = [];
  for (let e = error as { message?: string; code?: string; name?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    causes.push(`${e.name ?? ''} ${e.code ?? ''} ${e.message ?? ''}`);
  }
  const text = causes.join(' | ');
  const detail = scrubKeyShapes(causes.at(-1)?.trim() ?? '');
  if (Date.now() >= deadline - 5 || /abort|timeout/i.test(text)) return { code: 'net/timeout', args: { detail } };
  // An answer that started and broke off is a garbled response, not a network that is down.
  if (/ECONNRESET|terminated|other side closed|socket hang up|premature close/i.test(text)) return { code: 'api/unexpected-response', args: { detail } };
  // Through a proxy, a connection that fails is the proxy's: it is what we connect to.
  if (/proxy/i.test(text) || (viaProxy && /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|fetch failed/.test(text))) return { code: 'net/proxy', args: { detail } };
  const code = matchAnswer(text)?.code;
  return { code: code?.startsWith('net/') ? code : 'net/refused', args: { detail } };
}
