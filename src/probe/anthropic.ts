// The live probe: one free request per distinct (credential, base URL, model), with the real SDK,
// sending the key the way OpenHands and LiteLLM do (x-api-key, anthropic-version 2023-06-01), or as a
// Bearer token. GET /v1/models/{model} spends no tokens. One retry at most, after a 529, another 5xx
// or a connection error, and never past the deadline, which covers the whole exchange, body included
// (a fetch signal that ends at the deadline: the SDK's own timeout stops waiting for headers only).
import type Anthropic from '@anthropic-ai/sdk';
import type { ApiArgs } from '../catalog/api.js';
import type { ArgsOf, Code } from '../catalog/index.js';
import { lazyRequire } from '../lazy.js';
import { redactUrl, scrubKeyShapes } from '../secrets.js';
import { matchAnswer, modelIn } from './matchers.js';

export interface ProbeTarget {
  credential: string;
  /** x-api-key (OpenHands, LiteLLM), or Authorization: Bearer (SDK 1.x, OAuth tokens). */
  scheme: 'x-api-key' | 'bearer';
  baseUrl: string;
  /** The model id without a provider prefix, when one is known. */
  model?: string;
  /** The HTTP(S) proxy from HTTPS_PROXY / HTTP_PROXY, unless NO_PROXY exempts the host. */
  proxy?: { url: string; name: string; valid: boolean; shown: string };
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
  args: ApiArgs | ArgsOf<'net/redirect'>;
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

/** An answer of the models endpoints is a few KB; more is read no further. */
export const BODY_LIMIT = 64 * 1024;

/** `deadline` is the run's own (ms since the epoch): every attempt and every body ends by then. */
export async function probe(target: ProbeTarget, deadline: number): Promise<ProbeResult> {
  const started = Date.now();
  const endpoint = target.model ? `GET /v1/models/${target.model}` : 'GET /v1/models?limit=1';
  if (target.proxy && !target.proxy.valid) {
    return {
      profiles: target.profiles,
      endpoint,
      latencyMs: 0,
      code: 'net/proxy',
      args: { detail: scrubKeyShapes(target.proxy.shown) },
    };
  }
  const { default: Client, APIError } = lazyRequire<Sdk>('@anthropic-ai/sdk');
  tuneForOneRequest(process.env);
  const oauth = target.credential.startsWith('sk-ant-oat');
  const cut: Exchange = { truncated: false };
  const client: Anthropic = new Client({
    baseURL: target.baseUrl,
    maxRetries: 0,
    timeout: Math.max(1, deadline - started),
    // A fetch whose signal also ends at the deadline (the SDK's own timeout stops waiting for headers,
    // not for a body that stalls half-way), that never follows a redirect with the key, and reads at
    // most BODY_LIMIT bytes of any answer.
    fetch: guarded(target.proxy ? proxied(target.proxy.url) : fetch, deadline, cut),
    ...(target.scheme === 'bearer'
      ? { authToken: target.credential, ...(oauth ? { defaultHeaders: { 'anthropic-beta': 'oauth-2025-04-20' } } : {}) }
      : {
          apiKey: target.credential,
          defaultHeaders: { 'x-api-key': target.credential, Authorization: null, 'anthropic-version': '2023-06-01' },
        }),
  });
  const done = (r: Omit<ProbeResult, 'profiles' | 'endpoint' | 'latencyMs'>): ProbeResult => ({
    profiles: target.profiles,
    endpoint,
    latencyMs: Date.now() - started,
    ...r,
  });

  for (let attempt = 0; ; attempt++) {
    try {
      const call = target.model ? client.models.retrieve(target.model) : client.models.list({ limit: 1 });
      const { data, response } = await call.withResponse();
      // A 200 is the API's only when it is the API's answer: a model, or a page of them, in full.
      if (cut.truncated || !isModelAnswer(data)) return done(garbled(data, cut));
      return done({
        status: response.status,
        ...ids(response.headers),
        code: 'api/ok',
        args: { status: response.status, model: target.model },
        rateLimits: rateLimits(response.headers),
      });
    } catch (error) {
      const outcome =
        error instanceof APIError && error.status !== undefined
          ? fromStatus(error)
          : cut.truncated || error instanceof SyntaxError
            ? garbled(error, cut)
            : fromNetwork(error, deadline, Boolean(target.proxy));
      // A retired model answers exactly like a typo; the API's list of retired models tells them apart.
      if (outcome.code === 'api/model-not-found' && target.model && deadline - Date.now() > 250) {
        (outcome.args as ApiArgs).retired = await isRetired(client, target.model);
      }
      const retryable =
        outcome.status === undefined
          ? outcome.code !== 'net/timeout' && outcome.code !== 'net/dns' && !cut.truncated
          : outcome.status >= 500;
      // One retry at most, and only when there is time left for it.
      if (attempt === 0 && retryable && deadline - Date.now() > 250) continue;
      return done(outcome);
    }
  }
}

/** A server's header values are its own text: short, printable, and never a key. */
function headerText(headers: Headers, name: string): string | undefined {
  const value = headers.get(name);
  if (!value) return undefined;
  const shown = scrubKeyShapes(value.replace(/[^\x20-\x7e]/g, '?'));
  return shown.length > 200 ? `${shown.slice(0, 199)}…` : shown;
}

function ids(headers: Headers) {
  const requestId = headerText(headers, 'request-id');
  const organizationId = headerText(headers, 'anthropic-organization-id');
  return { ...(requestId ? { requestId } : {}), ...(organizationId ? { organizationId } : {}) };
}

function rateLimits(headers: Headers): Record<string, string> | undefined {
  const limits = Object.fromEntries(
    [...headers]
      .filter(([name]) => name.startsWith('anthropic-ratelimit-') || name === 'retry-after')
      .slice(0, 32)
      .map(([name]) => [name, headerText(headers, name)!]),
  );
  return Object.keys(limits).length ? limits : undefined;
}

/** An HTTP answer: the API's JSON envelope, Cloudflare's, or something else (a proxy's HTML). */
function fromStatus(error: InstanceType<Sdk['APIError']>): Outcome {
  const status = error.status!;
  const headers = error.headers ?? new Headers();
  const body = error.error as
    | { error?: { type?: string; message?: string; details?: { error_code?: string } }; type?: string }
    | undefined;
  // A server's message is quoted in the finding: a few hundred characters of it, never a key.
  const rawMessage = body?.error?.message;
  const apiMessage = typeof rawMessage === 'string' ? clip(scrubKeyShapes(rawMessage), 500) : undefined;
  // A real error body is well under a kilobyte; the rules need no more than its start.
  const text = `${JSON.stringify(body ?? '')} ${error.message}`.slice(0, 8192);
  const retryAfter = headerText(headers, 'retry-after');
  if (status >= 300 && status < 400) return redirected(status, headers);
  const args: ApiArgs = { status, ...(apiMessage ? { apiMessage } : {}), ...(retryAfter ? { retryAfter } : {}) };
  const model = modelIn(apiMessage ?? '')?.slice(0, 200);
  // A body that is not the API's JSON came from something in between.
  const code =
    typeof body !== 'object' || !body || (!body.error && body.type !== 'error')
      ? /Request not allowed/.test(text)
        ? 'auth/region-blocked'
        : 'api/unexpected-response'
      : (matchAnswer(text, status)?.code ?? 'api/unexpected-response');
  return {
    status,
    ...ids(headers),
    code,
    args: { ...args, ...(model ? { model } : {}) },
    rateLimits: rateLimits(headers),
  };
}

async function isRetired(client: Anthropic, model: string): Promise<boolean | undefined> {
  try {
    const page = await client.models.list({ lifecycle: ['retired'], limit: 1000 } as Parameters<
      Anthropic['models']['list']
    >[0]);
    return page.data.some((m) => m.id === model) || undefined;
  } catch {
    return undefined;
  }
}

type Outcome = Omit<ProbeResult, 'profiles' | 'endpoint' | 'latencyMs'>;

/** The API never redirects: whatever did is named, and the key does not follow. */
function redirected(status: number, headers: Headers): Outcome {
  const location = headerText(headers, 'location') ?? '';
  let target = location;
  let host = location;
  try {
    const url = new URL(location);
    host = url.host;
    target = redactUrl(`${url.origin}${url.pathname}`);
  } catch {
    // A relative or broken Location: shown as it is (already made printable and scrubbed).
  }
  return { status, code: 'net/redirect', args: { status, target: target || '?', host: host || '?' } };
}

function isModelAnswer(data: unknown): boolean {
  const d = data as { id?: unknown; data?: unknown } | null;
  return typeof d === 'object' && d !== null && (typeof d.id === 'string' || Array.isArray(d.data));
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** What the guarded fetch saw of the last answer: its status, and whether its body was cut off. */
interface Exchange {
  truncated: boolean;
  status?: number;
}

/**
 * An answer that is not what the API sends: cut off at BODY_LIMIT, or not JSON at all. Its status says
 * it was an answer, not a failed connection; the detail is kept for the JSON report.
 */
function garbled(error: unknown, cut: Exchange): Outcome {
  const detail = cut.truncated
    ? `answer longer than ${BODY_LIMIT / 1024} KB`
    : error instanceof Error
      ? scrubKeyShapes(error.message.slice(0, 200))
      : 'not an answer of the models API';
  const status = cut.status !== undefined ? { status: cut.status } : {};
  return { ...status, code: 'api/unexpected-response', args: { ...status, detail } };
}

type Fetch = typeof fetch;

function guarded(base: Fetch, deadline: number, cut: Exchange): Fetch {
  return async (url, init) => {
    const signal = AbortSignal.any(
      [init?.signal, AbortSignal.timeout(Math.max(1, deadline - Date.now()))].filter(Boolean) as AbortSignal[],
    );
    const response = await base(url, { ...init, signal, redirect: 'manual' });
    cut.status = response.status;
    return capped(response, BODY_LIMIT, cut);
  };
}

/** The same answer, whose body ends after `limit` bytes (the rest is never read). */
function capped(response: Response, limit: number, cut: Exchange): Response {
  if (!response.body || [101, 204, 205, 304].includes(response.status)) return response;
  const reader = response.body.getReader();
  let seen = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      const room = limit - seen;
      seen += value.length;
      if (value.length < room) return controller.enqueue(value);
      cut.truncated = true;
      controller.enqueue(value.subarray(0, room));
      controller.close();
      reader.cancel().catch(() => undefined);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** Node's own fetch has no proxy support: undici's, with a ProxyAgent, is loaded only when one is set. */
function proxied(proxy: string): Fetch {
  const undici = lazyRequire<typeof import('undici')>('undici');
  const dispatcher = new undici.ProxyAgent(proxy);
  return ((url: string, init?: RequestInit) =>
    undici.fetch(url, { ...(init as object), dispatcher } as never)) as unknown as Fetch;
}

function fromNetwork(error: unknown, deadline: number, viaProxy: boolean): Outcome {
  const causes: string[] = [];
  for (
    let e = error as { message?: string; code?: string; name?: string; cause?: unknown } | undefined;
    e;
    e = e.cause as typeof e
  ) {
    causes.push(`${e.name ?? ''} ${e.code ?? ''} ${e.message ?? ''}`);
  }
  const text = causes.join(' | ');
  const detail = scrubKeyShapes(causes.at(-1)?.trim() ?? '');
  if (Date.now() >= deadline - 5 || /abort|timeout/i.test(text)) return { code: 'net/timeout', args: { detail } };
  // An answer that started and broke off is a garbled response, not a network that is down.
  if (/ECONNRESET|terminated|other side closed|socket hang up|premature close/i.test(text))
    return { code: 'api/unexpected-response', args: { detail } };
  // Through a proxy, a connection that fails is the proxy's: it is what we connect to.
  if (/proxy/i.test(text) || (viaProxy && /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|fetch failed/.test(text)))
    return { code: 'net/proxy', args: { detail } };
  const code = matchAnswer(text)?.code;
  return { code: code?.startsWith('net/') ? code : 'net/refused', args: { detail } };
}
