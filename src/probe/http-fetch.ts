// The probe's fetch, on node:http and node:https. Node's own fetch loads its whole HTTP client (undici,
// with HTTP/2 and TLS) on first use, and so does the first `new Headers`: 30-40 ms of a one-probe run
// that otherwise takes ~60 ms of its own. A probe sends one small GET and reads one small answer, so it
// needs no more than this: no redirect is followed, the body is read to at most `limit` bytes, and the
// signal ends everything, connection and body alike.
import type { IncomingMessage } from 'node:http';
import { lazyRequire } from '../lazy.js';
import { PlainHeaders } from './plain-headers.js';

/** The part of fetch's Response the SDK and the classifier read. */
export interface PlainResponse {
  status: number;
  statusText: string;
  ok: boolean;
  url: string;
  redirected: false;
  headers: PlainHeaders;
  /** Async-iterable, so the SDK's CancelReadableStream ends it with `return()`. */
  body: AsyncIterable<Uint8Array> | null;
  bodyUsed: boolean;
  text(): Promise<string>;
  json(): Promise<unknown>;
}

/** The SDK passes its headers as a Headers (ours in the bundle, Node's from the sources), pairs or a record. */
export type PlainInit = Pick<RequestInit, 'method' | 'headers' | 'signal'>;

/** What the fetch saw of the last answer: whether its body went past the limit and was cut off there. */
export interface BodyCut {
  truncated: boolean;
}

/** An AbortError, as fetch throws one: the SDK and the classifier read it as a timeout. */
function aborted(signal: AbortSignal): Error {
  return Object.assign(new Error('This operation was aborted'), { name: 'AbortError', cause: signal.reason });
}

function headerPairs(init: PlainInit['headers']): Iterable<readonly string[]> {
  if (!init) return [];
  if (Symbol.iterator in init) return init as Iterable<readonly string[]>;
  return Object.entries(init as Record<string, string>);
}

/** A request without a body (the probe's are GETs); `limit` caps every answer's body, `cut` says when it did. */
export function plainFetch(limit: number, cut: BodyCut) {
  return (input: string | URL, init: PlainInit = {}): Promise<PlainResponse> => {
    const url = new URL(String(input));
    const signal = init.signal ?? undefined;
    if (signal?.aborted) return Promise.reject(aborted(signal));
    // node:https only for https: (it loads TLS); anything that is not HTTP is refused by node:http itself.
    const transport = lazyRequire<typeof import('node:https')>(url.protocol === 'https:' ? 'node:https' : 'node:http');
    return new Promise((resolve, reject) => {
      const headers = Object.fromEntries(headerPairs(init.headers));
      const request = transport.request(url, { method: init.method, headers, agent: false });
      signal?.addEventListener('abort', () => request.destroy(aborted(signal)));
      request.on('error', reject);
      request.once('response', (message) => resolve(answer(message, { url: url.href, limit, cut, signal })));
      request.end();
    });
  };
}

interface AnswerContext {
  url: string;
  limit: number;
  cut: BodyCut;
  signal?: AbortSignal;
}

function answer(message: IncomingMessage, ctx: AnswerContext): PlainResponse {
  const headers = new PlainHeaders();
  const raw = message.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!);
  const status = message.statusCode!;
  let bodyUsed = false;
  const read = async (): Promise<string> => {
    bodyUsed = true;
    return new TextDecoder().decode(await readCapped(message, ctx));
  };
  return {
    status,
    statusText: message.statusMessage!,
    ok: Math.floor(status / 100) === 2,
    url: ctx.url,
    redirected: false,
    headers,
    body: message,
    get bodyUsed() {
      return bodyUsed;
    },
    text: read,
    json: async () => JSON.parse(await read()),
  };
}

/** The body up to `limit` bytes; past that it is cut off and the connection closed. */
function readCapped(message: IncomingMessage, ctx: AnswerContext): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let seen = 0;
    const stop = () => {
      message.destroy();
      reject(aborted(ctx.signal!));
    };
    // The deadline may have passed between the answer's headers and this read.
    if (ctx.signal?.aborted) return stop();
    ctx.signal?.addEventListener('abort', stop);
    message.on('data', (chunk: Buffer) => {
      const room = ctx.limit - seen;
      seen += chunk.length;
      if (chunk.length <= room) return void chunks.push(chunk);
      ctx.cut.truncated = true;
      chunks.push(chunk.subarray(0, room));
      resolve(Buffer.concat(chunks));
      message.destroy();
    });
    // 'close' follows the end of the body, a cut, a reset and an abort alike; the first to settle wins. (An
    // answer emits 'error' only to a listener: Node keeps that for compatibility.)
    message.once('close', () => (message.complete ? resolve(Buffer.concat(chunks)) : reject(brokeOff())));
  });
}

/** A body that broke off, said as fetch says it: Node's own word for it ("aborted") reads as our deadline. */
function brokeOff(): TypeError {
  return new TypeError('terminated', { cause: Object.assign(new Error('other side closed'), { code: 'ECONNRESET' }) });
}
