// The live probe of a LiteLLM proxy (reference: other-clients.md §1): GET {base}/v1/models with the key
// as `Authorization: Bearer` (the proxy's own scheme on every route; it answers this without calling any
// upstream, so it is free, unlike /health, which makes a billed call to every model). A 200 lists the
// model_names the key may use; a 401 is LiteLLM's auth error ("Invalid proxy server token passed"), which
// the shared classifier reads as auth/litellm-proxy-key. The fetch is the probe's own: no redirect is
// followed, the body is capped, and everything ends at the run's deadline. An unusable HTTPS_PROXY is
// net/proxy before this (anthropic.ts), as for the Anthropic probe.
import type { ProbeResult, ProbeTarget } from './anthropic.js';
import { BODY_LIMIT, type Exchange, fromNetwork, fromStatus, garbled, type Outcome } from './classify.js';
import { probeFetch } from './proxy-fetch.js';
import { redactUrl, scrub, scrubKeyShapes } from '../secrets.js';

/** At most this many of the proxy's model names go into a finding. */
const SHOWN_MODELS = 20;

export const PROXY_ENDPOINT = 'GET /v1/models (LiteLLM proxy)';

export async function probeProxy(target: ProbeTarget, deadline: number): Promise<ProbeResult> {
  const started = Date.now();
  const baseUrl = redactUrl(target.baseUrl);
  const cut: Exchange = { truncated: false };
  // A proxy's key need not have a shape scrubKeyShapes knows (sk- and a few words): whatever the proxy
  // says back (model names, its message) loses this very key before it goes anywhere.
  const own = (v: unknown): unknown => {
    if (typeof v === 'string') return scrub(v, [target.credential]);
    return Array.isArray(v) ? v.map(own) : v;
  };
  const done = (o: Outcome): ProbeResult => ({
    profiles: target.profiles,
    endpoint: PROXY_ENDPOINT,
    latencyMs: Date.now() - started,
    ...o,
    args: { ...(Object.fromEntries(Object.entries(o.args).map(([k, v]) => [k, own(v)])) as Outcome['args']), baseUrl },
  });
  let response: { status: number; headers: unknown; text(): Promise<string> };
  let body: unknown;
  const signal = AbortSignal.timeout(Math.max(1, deadline - started));
  try {
    // Through HTTPS_PROXY / HTTP_PROXY as the Anthropic probe goes.
    const get = probeFetch(target.proxy, BODY_LIMIT, cut);
    response = await get(`${target.baseUrl}/v1/models`, {
      method: 'GET',
      headers: { Authorization: `Bearer ${target.credential}`, accept: 'application/json' },
      signal,
    });
    cut.status = response.status;
    const text = await response.text();
    // Cut off at the limit: whatever it was, it is no answer to read.
    if (cut.truncated) return done(garbled(undefined, cut));
    try {
      body = JSON.parse(text);
    } catch {
      // An error page (HTML, plain text) is read by its status; a 200 that is not JSON is no model list.
      body = text.slice(0, 2000);
    }
  } catch (error) {
    return done(fromNetwork(error, deadline, false));
  }
  if (response.status !== 200)
    return done(fromStatus({ status: response.status, headers: response.headers as never, body, message: '' }));
  const names = servedModels(body);
  if (!names) return done(garbled(undefined, cut));
  return done(served(names, target.model));
}

/** The ids of an OpenAI-style model list, or undefined when the answer is not one. */
function servedModels(body: unknown): string[] | undefined {
  const data = (body as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) return undefined;
  return data.flatMap((m) => (typeof (m as { id?: unknown })?.id === 'string' ? [(m as { id: string }).id] : []));
}

/** The key is accepted; the model the client asks for is among the proxy's model_names, or not. */
function served(names: string[], model: string | undefined): Outcome {
  const shown = names.slice(0, SHOWN_MODELS).map((n) => scrubKeyShapes(n.replace(/[^\x20-\x7e]/g, '?').slice(0, 100)));
  const args = { status: 200, count: names.length, served: shown, ...(model ? { model } : {}) };
  if (model && !names.includes(model)) return { status: 200, code: 'litellm/proxy-model-unknown', args: args as never };
  return { status: 200, code: 'litellm/proxy-ok', args: args as never };
}
