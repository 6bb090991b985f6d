// A fetch through HTTPS_PROXY / HTTP_PROXY, for the probe and --probe-oauth's usage check: Node's own fetch has
// no proxy support, so undici's, with a ProxyAgent, is loaded only when a proxy is set. Its answers' bodies
// are cut off at a limit, as plainFetch cuts the direct ones. probeFetch chooses between the two for every probe.
import { lazyRequire } from '../lazy.js';
import { type BodyCut, plainFetch } from './http-fetch.js';

type Fetch = typeof fetch;

/** undici's answers, whose bodies end after `limit` bytes (the rest is never read); `cut` says when they did. */
function capped(base: Fetch, cut: { truncated: boolean }, limit: number): Fetch {
  return async (url, init) => {
    const response = await base(url, init);
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
    const { status, statusText, headers } = response;
    return new Response(body, { status, statusText, headers });
  };
}

/** undici's fetch through the proxy at `proxy`, never along a redirect (the key would follow it). */
function proxied(proxy: string): Fetch {
  const undici = lazyRequire<typeof import('undici')>('undici');
  const dispatcher = new undici.ProxyAgent(proxy);
  return ((url: string, init?: RequestInit) =>
    undici.fetch(url, { ...(init as object), redirect: 'manual', dispatcher } as never)) as unknown as Fetch;
}

/**
 * A probe's fetch: through the target's proxy (targets.ts chose it, or none) or direct, its answers' bodies cut off
 * after `limit` bytes (`cut` says when), never along a redirect. Every request of a probe goes through this one.
 */
export function probeFetch(proxy: { url: string } | undefined, limit: number, cut: BodyCut) {
  return proxy ? capped(proxied(proxy.url), cut, limit) : plainFetch(limit, cut);
}
