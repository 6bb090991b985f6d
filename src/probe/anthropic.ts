// The live probe: one free request per distinct (credential, base URL, model), with the real SDK,
// sending the key the way OpenHands and LiteLLM do (x-api-key, anthropic-version 2023-06-01), or as a
// Bearer token. GET /v1/models/{model} spends no tokens. One retry at most, after a 529, another 5xx
// or a connection error, and never past the deadline, which covers the whole exchange, body included
// (a fetch signal that ends at the deadline: the SDK's own timeout stops waiting for headers only).
import type Anthropic from '@anthropic-ai/sdk';
import type { ApiArgs } from '../catalog/api.js';
import type { ArgsOf, Code } from '../catalog/index.js';
import { lazyRequire } from '../lazy.js';
import { probeFetch } from './proxy-fetch.js';
import { PROXY_ENDPOINT, probeProxy } from './litellm-proxy.js';
import type { ProxyArgs } from '../catalog/litellm.js';
import { redactUrl, scrubKeyShapes } from '../secrets.js';
import {
  BODY_LIMIT,
  type Exchange,
  fromNetwork,
  fromStatus,
  garbled,
  ids,
  isModelAnswer,
  type Outcome,
  rateLimits,
} from './classify.js';

export interface ProbeTarget {
  credential: string;
  /**
   * x-api-key (OpenHands, LiteLLM), Authorization: Bearer (SDK 1.x, OAuth tokens), or both headers with the
   * same value (Claude Code sends an apiKeyHelper's output so).
   */
  scheme: 'x-api-key' | 'bearer' | 'both';
  baseUrl: string;
  /** The model id without a provider prefix, when one is known (a LiteLLM proxy's model_name for a proxy). */
  model?: string;
  /** A LiteLLM proxy: asked GET /v1/models with the key as Bearer (litellm-proxy.ts), not the Anthropic API. */
  style?: 'litellm-proxy';
  /** The HTTP(S) proxy from HTTPS_PROXY / HTTP_PROXY, unless NO_PROXY exempts the host. */
  proxy?: { url: string; name: string; valid: boolean; shown: string };
  profiles: string[];
  /** Who chose the base URL; the least trusted of the profiles that share this target. */
  origin?: import('./trust.js').BaseUrlOrigin;
}

export interface ProbeResult {
  profiles: string[];
  endpoint: string;
  status?: number;
  requestId?: string;
  organizationId?: string;
  /** `anthropic-workspace-id`: the workspace the key belongs to (absent when the API does not say). */
  workspaceId?: string;
  latencyMs: number;
  code: Code;
  args: ApiArgs | ArgsOf<'net/redirect'> | ProxyArgs;
  rateLimits?: Record<string, string>;
}

type Sdk = typeof import('@anthropic-ai/sdk');

let tuned = false;

/**
 * undici (the fetch through a proxy) parses HTTP with a WebAssembly module; V8 recompiles it with its
 * optimising tier in the background and waits for that at exit, which kept a one-request run alive
 * ~100 ms longer than the request itself. The baseline tier is plenty for one small answer. A V8 flag is part of what a code
 * cache is checked against, so it changes only after our bundles are loaded, and not while the build
 * records their caches.
 */
function tuneForOneRequest(env: NodeJS.ProcessEnv): void {
  if (tuned || env.CLAUDE_DOCTOR_WRITE_CODE_CACHE) return;
  tuned = true;
  lazyRequire<typeof import('node:v8')>('node:v8').setFlagsFromString('--liftoff-only');
}

export { BODY_LIMIT };

/** The request a probe of this target makes: a LiteLLM proxy's model list, or the model (or the list) of the API. */
function endpointOf(target: ProbeTarget): string {
  if (target.style === 'litellm-proxy') return PROXY_ENDPOINT;
  return target.model ? `GET /v1/models/${target.model}` : 'GET /v1/models?limit=1';
}

/** `deadline` is the run's own (ms since the epoch): every attempt and every body ends by then. */
export async function probe(target: ProbeTarget, deadline: number): Promise<ProbeResult> {
  const started = Date.now();
  const endpoint = endpointOf(target);
  if (target.proxy && !target.proxy.valid) {
    return {
      profiles: target.profiles,
      endpoint,
      latencyMs: 0,
      code: 'net/proxy',
      args: { detail: scrubKeyShapes(target.proxy.shown) },
    };
  }
  if (target.style === 'litellm-proxy') return probeProxy(target, deadline);
  const { default: Client, APIError } = lazyRequire<Sdk>('@anthropic-ai/sdk');
  if (target.proxy) tuneForOneRequest(process.env);
  const oauth = target.credential.startsWith('sk-ant-oat');
  const cut: Exchange = { truncated: false };
  const client: Anthropic = new Client({
    baseURL: target.baseUrl,
    maxRetries: 0,
    timeout: Math.max(1, deadline - started),
    // A fetch whose signal also ends at the deadline (the SDK's own timeout stops waiting for headers,
    // not for a body that stalls half-way), that never follows a redirect with the key, and reads at
    // most BODY_LIMIT bytes of any answer.
    fetch: guarded(probeFetch(target.proxy, BODY_LIMIT, cut), deadline, cut),
    ...(target.scheme === 'bearer'
      ? { authToken: target.credential, ...(oauth ? { defaultHeaders: { 'anthropic-beta': 'oauth-2025-04-20' } } : {}) }
      : {
          apiKey: target.credential,
          defaultHeaders: {
            'x-api-key': target.credential,
            Authorization: target.scheme === 'both' ? `Bearer ${target.credential}` : null,
            'anthropic-version': '2023-06-01',
          },
        }),
  });
  // The base URL goes into the outcome's words: its fix names the address the user set, not the API's.
  const baseUrl = redactUrl(target.baseUrl);
  const done = (r: Omit<ProbeResult, 'profiles' | 'endpoint' | 'latencyMs'>): ProbeResult => ({
    profiles: target.profiles,
    endpoint,
    latencyMs: Date.now() - started,
    ...r,
    args: { ...r.args, baseUrl },
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
      const outcome = classify(error, { APIError, cut, deadline, viaProxy: Boolean(target.proxy) });
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

type Fetch = typeof fetch;
type AnyFetch = (url: string | URL, init?: RequestInit) => Promise<{ status: number }>;

/** The SDK's fetch: its signal also ends at the run's deadline, and it never follows a redirect. */
function guarded(base: AnyFetch, deadline: number, cut: Exchange): Fetch {
  return (async (url: string | URL, init?: RequestInit) => {
    const signal = AbortSignal.any(
      [init?.signal, AbortSignal.timeout(Math.max(1, deadline - Date.now()))].filter(Boolean) as AbortSignal[],
    );
    const response = await base(url, { ...init, signal, redirect: 'manual' });
    cut.status = response.status;
    return response;
  }) as Fetch;
}

interface FailureContext {
  APIError: Sdk['APIError'];
  cut: Exchange;
  deadline: number;
  viaProxy: boolean;
}

/** A failed call: an HTTP answer, a body that is no answer of the API, or a connection that failed. */
function classify(error: unknown, ctx: FailureContext): Outcome {
  if (error instanceof ctx.APIError && error.status !== undefined)
    return fromStatus({ status: error.status, headers: error.headers, body: error.error, message: error.message });
  if (ctx.cut.truncated || error instanceof SyntaxError) return garbled(error, ctx.cut);
  return fromNetwork(error, ctx.deadline, ctx.viaProxy);
}
