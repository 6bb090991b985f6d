// The probe's classifier: what an HTTP answer (status, headers, body) or a failed connection means, as a
// result code and its arguments. Plain data in, data out; the network part lives in anthropic.ts.
import type { ApiArgs } from '../catalog/api.js';
import type { ArgsOf, Code } from '../catalog/index.js';
import { redactUrl, scrubKeyShapes } from '../secrets.js';
import { classifyAnswer } from '../errors/classify.js';
import { matchAnswer, modelIn } from './matchers.js';

/** What a probe found out, without which profiles asked, which endpoint, and how long it took. */
export interface Outcome {
  status?: number;
  requestId?: string;
  organizationId?: string;
  workspaceId?: string;
  code: Code;
  args: ApiArgs | ArgsOf<'net/redirect'>;
  rateLimits?: Record<string, string>;
}

/** An answer of the models endpoints is a few KB; more is read no further. */
export const BODY_LIMIT = 64 * 1024;

/** What the guarded fetch saw of the last answer: its status, and whether its body was cut off. */
export interface Exchange {
  truncated: boolean;
  status?: number;
}

/** An HTTP answer other than a 2xx, as the SDK hands it over (its APIError's fields). */
export interface HttpAnswer {
  status: number;
  headers?: Headers;
  /** The parsed body: the API's JSON envelope, Cloudflare's, a string, or nothing. */
  body: unknown;
  /** The SDK's own message for the error. */
  message: string;
}

type ErrorBody = { error?: { type?: string; message?: string }; type?: string } | undefined;

/** A server's header values are its own text: short, printable, and never a key. */
export function headerText(headers: Headers, name: string): string | undefined {
  const value = headers.get(name);
  if (!value) return undefined;
  const shown = scrubKeyShapes(value.replace(/[^\x20-\x7e]/g, '?'));
  return shown.length > 200 ? `${shown.slice(0, 199)}…` : shown;
}

/** Whose key answered: the request id, and the organization and workspace the API resolved the key to. */
export function ids(headers: Headers): { requestId?: string; organizationId?: string; workspaceId?: string } {
  const requestId = headerText(headers, 'request-id');
  const organizationId = headerText(headers, 'anthropic-organization-id');
  const workspaceId = headerText(headers, 'anthropic-workspace-id');
  return {
    ...(requestId ? { requestId } : {}),
    ...(organizationId ? { organizationId } : {}),
    ...(workspaceId ? { workspaceId } : {}),
  };
}

export function rateLimits(headers: Headers): Record<string, string> | undefined {
  const limits = Object.fromEntries(
    [...headers]
      .filter(([name]) => name.startsWith('anthropic-ratelimit-') || name === 'retry-after')
      .slice(0, 32)
      .map(([name]) => [name, headerText(headers, name)!]),
  );
  return Object.keys(limits).length ? limits : undefined;
}

/** A body that is not the API's JSON came from something in between (a proxy, a CDN's HTML page). */
/**
 * An answer in no error envelope: Cloudflare's region block, a web server's 404 page (the base URL misses
 * the API: the same reading explain gives the pasted page), or something unexpected.
 */
function notAnEnvelope(text: string, status: number): Code {
  if (/Request not allowed/.test(text)) return 'auth/region-blocked';
  return status === 404 ? 'api/endpoint-not-found' : 'api/unexpected-response';
}

function codeOf(body: ErrorBody, text: string, status: number): Code {
  // A string, a number or nothing has no `error` and no `type` either.
  if (!body || (!body.error && body.type !== 'error')) return notAnEnvelope(text, status);
  return classifyAnswer(text, status);
}

/** An HTTP answer: the API's JSON envelope, Cloudflare's, or something else (a proxy's HTML). */
export function fromStatus(answer: HttpAnswer): Outcome {
  const { status } = answer;
  const headers = answer.headers ?? new Headers();
  const body = answer.body as ErrorBody;
  // A server's message is quoted in the finding: a few hundred characters of it, never a key.
  const rawMessage = body?.error?.message;
  const apiMessage = typeof rawMessage === 'string' ? clip(scrubKeyShapes(rawMessage), 500) : undefined;
  // A real error body is well under a kilobyte; the rules need no more than its start.
  // What stands in for a missing body does not matter: such an answer is never read by the rules.
  // Stryker disable next-line StringLiteral: equivalent, as said above
  const json = JSON.stringify(body ?? '');
  const text = `${json} ${answer.message}`.slice(0, 8192);
  const retryAfter = headerText(headers, 'retry-after');
  if (status >= 300 && status < 400) return redirected(status, headers);
  const args: ApiArgs = { status, ...(apiMessage ? { apiMessage } : {}), ...(retryAfter ? { retryAfter } : {}) };
  const model = apiMessage && modelIn(apiMessage)?.slice(0, 200);
  return {
    status,
    ...ids(headers),
    code: codeOf(body, text, status),
    args: { ...args, ...(model ? { model } : {}) },
    rateLimits: rateLimits(headers),
  };
}

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

/** A 200 is the API's only when it is the API's answer: a model, or a page of them. */
export function isModelAnswer(data: unknown): boolean {
  const d = data as { id?: unknown; data?: unknown } | null;
  return typeof d === 'object' && d !== null && (typeof d.id === 'string' || Array.isArray(d.data));
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function garbledDetail(error: unknown, cut: Exchange): string {
  if (cut.truncated) return `answer longer than ${BODY_LIMIT / 1024} KB`;
  if (error instanceof Error) return scrubKeyShapes(error.message.slice(0, 200));
  return 'not an answer of the models API';
}

/**
 * An answer that is not what the API sends: cut off at BODY_LIMIT, or not JSON at all. Its status says
 * it was an answer, not a failed connection; the detail is kept for the JSON report.
 */
export function garbled(error: unknown, cut: Exchange): Outcome {
  const detail = garbledDetail(error, cut);
  const status = cut.status !== undefined ? { status: cut.status } : {};
  return { ...status, code: 'api/unexpected-response', args: { ...status, detail } };
}

/** A connection that failed: its chain of causes, read by the same rules; `deadline` in ms since the epoch. */
export function fromNetwork(error: unknown, deadline: number, viaProxy: boolean): Outcome {
  const causes: string[] = [];
  let said = '';
  for (
    let e = error as { message?: string; code?: string; name?: string; cause?: unknown } | undefined;
    e;
    e = e.cause as typeof e
  ) {
    causes.push(`${e.name ?? ''} ${e.code ?? ''} ${e.message ?? ''}`);
    // The words the deepest cause says; its class name (APIConnectionTimeoutError, TypeError) is ours, not the user's.
    said = plainDetail(e.code, e.message);
  }
  const text = causes.join(' | ');
  const detail = scrubKeyShapes(said);
  // A timeout's words are the code's own ("No answer arrived in time"): the SDK's "Request timed out." adds nothing.
  if (Date.now() >= deadline - 5 || /abort|timeout/i.test(text)) return { code: 'net/timeout', args: {} };
  // An answer that started and broke off is a garbled response, not a network that is down.
  if (/ECONNRESET|terminated|other side closed|socket hang up|premature close/i.test(text))
    return { code: 'api/unexpected-response', args: { detail } };
  // Through a proxy, a connection that fails is the proxy's: it is what we connect to.
  if (/proxy/i.test(text) || (viaProxy && /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|fetch failed/.test(text)))
    return { code: 'net/proxy', args: { detail } };
  const code = matchAnswer(text)?.code;
  // The SDK's own "Connection error." names no cause: a connection the probe made and lost was refused.
  const net = code?.startsWith('net/') && code !== 'net/connection-error' ? code : undefined;
  return { code: net ?? 'net/refused', args: { detail } };
}

/** `connect ECONNREFUSED 127.0.0.1:9`, `bad port`: a cause's code and message, without a final period. */
export function plainDetail(code: string | undefined, message: string | undefined): string {
  const words = (message ?? '').trim().replace(/\.+$/, '').slice(0, 200);
  if (!code || words.includes(code)) return words;
  return words ? `${code}: ${words}` : code;
}
