// A fake Anthropic API on 127.0.0.1 and a random port: GET /v1/models and /v1/models/{id} with the
// real response shapes, statuses, headers and messages (https://docs.anthropic.com/en/api/errors).
// Each credential is mapped to a scenario, so one server answers many probes at once.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

export type Scenario =
  | 'ok'
  | 'oauth-not-supported'
  | 'oauth-expired'
  | 'oauth-revoked'
  | 'credentials-revoked'
  | 'permission'
  | 'credit'
  | 'org-disabled'
  | 'spend-limit'
  | 'tier-cap'
  | 'rate-limited'
  | 'cloudflare'
  | 'server-error'
  | 'gateway-timeout'
  | 'overloaded'
  | 'html-502'
  | 'slow'
  | 'reset'
  | 'stall'
  | 'overloaded-once'
  | 'litellm-proxy';

/**
 * GET /api/oauth/usage (--probe-oauth; undocumented, the shape third-party clients of it show): `ok` answers the
 * usage, `expired` 401, `scope` 403 (a `claude setup-token` token), `html` a 200 web page, `huge` a body past any
 * cap, `hang` nothing ever; an object is sent as the JSON body of a 200 (hostile window names and values).
 */
export type UsageScenario = 'ok' | 'expired' | 'scope' | 'html' | 'huge' | 'hang' | { body: unknown };

export const USAGE_OK = {
  five_hour: { utilization: 12.0, resets_at: '2026-12-02T05:00:00.600956+00:00' },
  seven_day: { utilization: 40.5, resets_at: '2026-12-06T00:00:00.600974+00:00' },
  seven_day_opus: null,
  seven_day_oauth_apps: null,
  extra_usage: { is_enabled: false, monthly_limit: null, used_credits: null, utilization: null },
};

export const ACTIVE = ['claude-sonnet-4-6', 'claude-opus-4-8', 'claude-haiku-4-5'];
export const RETIRED = ['claude-3-5-sonnet-20241022', 'claude-3-haiku-20240307'];

export interface FakeApi {
  url: string;
  requests: { path: string; method?: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

const envelope = (type: string, message: string, requestId: string, details?: object) =>
  JSON.stringify({ type: 'error', error: { type, message, ...(details ? { details } : {}) }, request_id: requestId });

const ERRORS: Partial<Record<Scenario, [number, string, string, object?]>> = {
  'oauth-not-supported': [401, 'authentication_error', 'OAuth authentication is currently not supported.'],
  'oauth-expired': [
    401,
    'authentication_error',
    'OAuth token has expired. Please obtain a new token or refresh your existing token.',
  ],
  'oauth-revoked': [403, 'permission_error', 'OAuth token has been revoked. Please obtain a new token.'],
  'credentials-revoked': [401, 'authentication_error', 'Invalid authentication credentials'],
  permission: [403, 'permission_error', 'Your API key does not have permission to use the specified resource.'],
  credit: [
    400,
    'invalid_request_error',
    'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.',
  ],
  'org-disabled': [400, 'invalid_request_error', 'This organization has been disabled.'],
  'spend-limit': [
    400,
    'invalid_request_error',
    'You have reached your specified API usage limits. You will regain access on 2026-12-01 at 00:00 UTC.',
  ],
  'tier-cap': [
    429,
    'rate_limit_error',
    "You have reached your API usage limits: your organization has crossed its monthly API usage threshold, set based on your organization's API tier. You will regain access on 2026-12-01 at 00:00 UTC.",
    { error_code: 'enforced_spend_limit_reached' },
  ],
  'rate-limited': [
    429,
    'rate_limit_error',
    "This request would exceed your organization's rate limit of 50 requests per minute (org: 5f1c, model: claude-sonnet-4-6). For details, refer to: https://docs.claude.com/en/api/rate-limits.",
  ],
  'server-error': [500, 'api_error', 'Internal server error'],
  'gateway-timeout': [504, 'timeout_error', 'Request timed out'],
  overloaded: [529, 'overloaded_error', 'Overloaded'],
};

/**
 * The fake API's certificate, for 127.0.0.1, made for these tests only (valid to 2126): a client trusts the
 * HTTPS server by this file (NODE_EXTRA_CA_CERTS). A function: the bench loads this module from a data: URL.
 */
export const tlsFile = (name: 'server-cert.pem' | 'server-key.pem') =>
  join(dirname(fileURLToPath(import.meta.url)), 'tls', name);

/** `latencyMs` is added before every answer, like a distant server; `tls` serves HTTPS (see tlsFile). */
export async function startFakeApi(
  keys: Record<string, Scenario>,
  latencyMs = 0,
  {
    tls = false,
    orgs = {},
    admin,
    usage = {},
  }: { tls?: boolean; orgs?: Record<string, FakeOrg>; admin?: FakeAdmin; usage?: Record<string, UsageScenario> } = {},
): Promise<FakeApi> {
  const requests: FakeApi['requests'] = [];
  const seen = new Map<string, number>();
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    requests.push({ path: req.url ?? '', method: req.method, headers: req.headers });
    setTimeout(() => void answer(req, res, { keys, seen, orgs, admin, usage }), latencyMs);
  };
  const server = tls
    ? createHttpsServer(
        { cert: readFileSync(tlsFile('server-cert.pem')), key: readFileSync(tlsFile('server-key.pem')) },
        handle,
      )
    : createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Whose key: the organization and workspace ids the API names in its answer's headers. */
export interface FakeOrg {
  organization: string;
  /** Absent: no anthropic-workspace-id header. */
  workspace?: string;
}

export const DEFAULT_ORG: FakeOrg = {
  organization: '5f1c2a9e-0000-4000-8000-000000000001',
  workspace: 'wrkspc_01FakeWorkspace00000001',
};

/**
 * The Admin API's GET /v1/organizations/api_keys (reference/status-and-admin.md §2): `records` are API key
 * objects in the real shape, served `pageSize` at a time with after_id; `keys` are the Admin keys it accepts
 * (401 for any other), `forbidden` the ones without the permission (403).
 */
export interface FakeAdmin {
  keys: string[];
  forbidden?: string[];
  records: object[];
  pageSize?: number;
  /** The list never answers (the run's deadline must end it). */
  hang?: boolean;
}

/** An API key object as the Admin API returns it. */
export function keyRecord(
  key: string,
  fields: {
    name?: string;
    status?: string;
    workspace_id?: string | null;
    expires_at?: string | null;
    id?: string;
  } = {},
) {
  return {
    id: fields.id ?? `apikey_${randomBytes(9).toString('base64url')}`,
    type: 'api_key',
    name: fields.name ?? 'ci-deploy',
    created_at: '2026-01-15T10:00:00Z',
    created_by: { id: 'user_01WCz1FkmYMm4gnmykNKUu3Q', type: 'user' },
    expires_at: fields.expires_at ?? null,
    partial_key_hint: `${key.slice(0, 16)}...${key.slice(-4)}`,
    status: fields.status ?? 'active',
    workspace_id: fields.workspace_id === undefined ? null : fields.workspace_id,
  };
}

interface Known {
  keys: Record<string, Scenario>;
  seen: Map<string, number>;
  orgs: Record<string, FakeOrg>;
  admin?: FakeAdmin;
  usage: Record<string, UsageScenario>;
}

/** GET /api/oauth/usage: a Bearer subscription token with the OAuth beta header, answered by its scenario. */
function usageAnswer(req: IncomingMessage, res: ServerResponse, known: Known, send: Send) {
  const requestId = `req_${randomBytes(12).toString('base64url')}`;
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (!bearer || req.headers['anthropic-beta'] !== 'oauth-2025-04-20')
    return send(401, envelope('authentication_error', 'OAuth authentication is currently not supported.', requestId));
  const scenario = known.usage[bearer] ?? (known.keys[bearer] === 'ok' ? 'ok' : undefined);
  if (!scenario) return send(401, envelope('authentication_error', 'Invalid bearer token', requestId));
  if (typeof scenario === 'object') return send(200, JSON.stringify(scenario.body));
  switch (scenario) {
    case 'ok':
      return send(200, JSON.stringify(USAGE_OK));
    case 'expired':
      return send(401, envelope('authentication_error', ERRORS['oauth-expired']![2], requestId));
    case 'scope':
      return send(
        403,
        envelope('permission_error', 'OAuth token does not meet scope requirement user:profile', requestId),
      );
    case 'html':
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('<!DOCTYPE html><html><body><h1>Sign in</h1></body></html>');
    case 'huge': {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(`{"five_hour":{"utilization":1,"resets_at":"${'9'.repeat(4096)}`);
      // Endless: the reader must stop at its cap, not wait for the end.
      const more = (): void => {
        if (res.destroyed) return;
        if (res.write('9'.repeat(65536))) setImmediate(more);
        else res.once('drain', more);
      };
      return more();
    }
    case 'hang':
      return;
  }
}

function adminAnswer(req: IncomingMessage, url: URL, admin: FakeAdmin | undefined, send: Send) {
  const requestId = `req_${randomBytes(12).toString('base64url')}`;
  const key = req.headers['x-api-key'] as string | undefined;
  if (req.method !== 'GET') return send(405, envelope('invalid_request_error', 'Method not allowed', requestId));
  if (admin?.hang) return;
  if (!admin || !key || !admin.keys.includes(key))
    return send(401, envelope('authentication_error', 'invalid x-api-key', requestId));
  if (admin.forbidden?.includes(key))
    return send(
      403,
      envelope('permission_error', 'Your API key does not have permission to use the specified resource.', requestId),
    );
  const size = Math.min(Number(url.searchParams.get('limit') ?? 20), admin.pageSize ?? 1000);
  const after = url.searchParams.get('after_id');
  const start = after ? admin.records.findIndex((r) => (r as { id: string }).id === after) + 1 : 0;
  const data = admin.records.slice(start, start + size) as { id: string }[];
  return send(
    200,
    JSON.stringify({
      data,
      has_more: start + size < admin.records.length,
      first_id: data[0]?.id ?? null,
      last_id: data.at(-1)?.id ?? null,
    }),
    { 'anthropic-organization-id': DEFAULT_ORG.organization },
  );
}

type Send = (status: number, body: string, headers?: Record<string, string>) => void;

async function answer(req: IncomingMessage, res: ServerResponse, known: Known) {
  const { keys, seen, orgs, admin } = known;
  const requestId = `req_${randomBytes(12).toString('base64url')}`;
  const base = { 'content-type': 'application/json', 'request-id': requestId };
  const send = (status: number, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { ...base, ...headers });
    res.end(body);
  };
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/v1/organizations/api_keys') return adminAnswer(req, url, admin, send);
  if (url.pathname === '/api/oauth/usage') return usageAnswer(req, res, known, send);
  const model = /^\/v1\/models\/([^/]+)$/.exec(url.pathname)?.[1];
  if (url.pathname !== '/v1/models' && !model) return send(404, envelope('not_found_error', 'Not Found', requestId));

  const apiKey = req.headers['x-api-key'] as string | undefined;
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  const credential = apiKey ?? bearer;
  if (!credential) return send(401, envelope('authentication_error', 'x-api-key header is required', requestId));
  // A subscription token works only as Bearer with the OAuth beta header.
  if (credential.startsWith('sk-ant-oat') && (apiKey || req.headers['anthropic-beta'] !== 'oauth-2025-04-20')) {
    return send(401, envelope('authentication_error', 'OAuth authentication is currently not supported.', requestId));
  }
  const scenario = keys[credential];
  if (!scenario)
    return send(
      401,
      envelope('authentication_error', apiKey ? 'invalid x-api-key' : 'Invalid bearer token', requestId),
    );

  const whose = orgs[credential] ?? DEFAULT_ORG;
  const org: Record<string, string> = {
    'anthropic-organization-id': whose.organization,
    ...(whose.workspace ? { 'anthropic-workspace-id': whose.workspace } : {}),
  };
  const limits = {
    'anthropic-ratelimit-requests-limit': '50',
    'anthropic-ratelimit-requests-remaining': '0',
    'anthropic-ratelimit-requests-reset': '2026-11-23T12:00:30Z',
    'retry-after': '20',
  };
  const count = (seen.get(credential) ?? 0) + 1;
  seen.set(credential, count);
  switch (scenario) {
    case 'cloudflare':
      res.writeHead(403, {
        'content-type': 'application/json',
        server: 'cloudflare',
        'cf-ray': '8f1e2d3c4b5a6978-NRT',
      });
      return res.end(JSON.stringify({ error: { type: 'forbidden', message: 'Request not allowed' } }));
    case 'litellm-proxy':
      // A LiteLLM proxy in front, which does not know this key (its own error shape, not Anthropic's).
      return send(
        401,
        JSON.stringify({
          error: {
            message: 'Authentication Error, Invalid proxy server token passed. Received API Key = sk-...',
            type: 'auth_error',
            param: 'None',
            code: '401',
          },
        }),
      );
    case 'html-502':
      res.writeHead(502, { 'content-type': 'text/html' });
      return res.end(
        '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>',
      );
    case 'reset':
      res.writeHead(200, { ...base, ...org });
      res.write('{"type":"model","id":"claude-son');
      return setTimeout(() => res.socket?.destroy(), 20);
    case 'stall':
      res.writeHead(200, { ...base, ...org });
      return res.write('{"type":"model","id":"claude-son'); // and nothing more, ever
    case 'slow':
      await new Promise((r) => setTimeout(r, 1500));
      break;
    case 'overloaded-once':
      if (count === 1) return send(529, envelope('overloaded_error', 'Overloaded', requestId));
      break;
    case 'rate-limited':
      return send(429, envelope('rate_limit_error', ERRORS['rate-limited']![2], requestId), { ...org, ...limits });
    default: {
      const error = ERRORS[scenario];
      if (error) return send(error[0], envelope(error[1], error[2], requestId, error[3]), org);
    }
  }
  if (model) {
    if (!ACTIVE.includes(model)) return send(404, envelope('not_found_error', `model: ${model}`, requestId), org);
    return send(
      200,
      JSON.stringify({
        type: 'model',
        id: model,
        display_name: model,
        created_at: '2026-02-17T00:00:00Z',
        lifecycle: 'active',
      }),
      org,
    );
  }
  // The SDK writes the lifecycle filter as lifecycle[]=retired or lifecycle=retired.
  const retired = [...url.searchParams].some(([name, value]) => name.startsWith('lifecycle') && value === 'retired');
  const list = retired ? RETIRED : ACTIVE;
  const data = list
    .slice(0, Number(url.searchParams.get('limit') ?? 20))
    .map((id) => ({ type: 'model', id, display_name: id, created_at: '2026-02-17T00:00:00Z' }));
  return send(
    200,
    JSON.stringify({ data, has_more: false, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null }),
    org,
  );
}
