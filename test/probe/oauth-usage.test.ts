// --probe-oauth's usage check (GET /api/oauth/usage, undocumented): the answer as data, and the request for real
// against the fake API on 127.0.0.1 (a CONNECT proxy too). Every hostile answer is a finding, never a throw.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeTarget } from '../../src/probe/anthropic.js';
import { MAX_WINDOWS, parseUsage, usageFailure, usageOutcome } from '../../src/probe/oauth-usage-answer.js';
import { checkOauthUsage, isOauthToken, USAGE_LIMIT } from '../../src/probe/oauth-usage.js';
import { startConnectProxy } from '../support/connect-proxy.js';
import { type FakeApi, startFakeApi, USAGE_OK } from '../support/fake-anthropic.js';
import { apiKey, oauthToken } from '../support/keys.js';

const headers = (more: Record<string, string> = {}) => new Headers({ 'content-type': 'application/json', ...more });
const answer = (status: number, body: unknown, extra: { truncated?: boolean; requestId?: string } = {}) =>
  usageOutcome({
    status,
    text: typeof body === 'string' ? body : JSON.stringify(body),
    truncated: extra.truncated ?? false,
    headers: headers(extra.requestId ? { 'request-id': extra.requestId } : {}),
  });
const envelope = (type: string, message: string) => ({ type: 'error', error: { type, message } });

describe('parseUsage', () => {
  it('reads the windows with a number, normalises their reset time, and skips null and extra_usage', () => {
    expect(parseUsage(JSON.stringify(USAGE_OK))).toEqual([
      { window: 'five_hour', utilization: 12, resetsAt: '2026-12-02T05:00:00.600Z' },
      { window: 'seven_day', utilization: 40.5, resetsAt: '2026-12-06T00:00:00.600Z' },
    ]);
  });

  it('a window without a readable reset time keeps its figure', () => {
    const times = [
      null,
      5,
      '5',
      'soon',
      '2026-13-45T99:99:00Z',
      '\u001b[31m2026-12-02T05:00:00Z',
      '2026-12-02T05:00:00Z\u001b[31m',
      '2026-12-02T05:00:00.Z',
      '2026-12-02T05:00:00+0000',
      ['2026-12-02T05:00:00Z'],
    ];
    for (const resets_at of times)
      expect(parseUsage(JSON.stringify({ five_hour: { utilization: 3, resets_at } }))).toEqual([
        { window: 'five_hour', utilization: 3 },
      ]);
    const at = (resets_at: string) =>
      parseUsage(JSON.stringify({ five_hour: { utilization: 3, resets_at } }))![0]!.resetsAt;
    // Every form the API may write: minutes only, seconds, a fraction of any length, Z, an offset or no zone.
    expect(at('2026-12-02T05:00')).toBe(new Date(Date.parse('2026-12-02T05:00')).toISOString());
    expect(at('2026-12-02T05:00Z')).toBe('2026-12-02T05:00:00.000Z');
    expect(at('2026-12-02T05:00:30Z')).toBe('2026-12-02T05:00:30.000Z');
    expect(at('2026-12-02T05:00:30.600956+00:00')).toBe('2026-12-02T05:00:30.600Z');
    expect(at('2026-12-02T05:00:30.6-05:30')).toBe('2026-12-02T10:30:30.600Z');
    expect(at('2026-12-02T05:00:30.25+09:00')).toBe('2026-12-01T20:00:30.250Z');
  });

  it('a figure that is not a finite number is no window', () => {
    for (const utilization of ['12', null, true, {}, [1]])
      expect(parseUsage(JSON.stringify({ five_hour: { utilization }, seven_day: null }))).toEqual([]);
    expect(parseUsage('{"five_hour":{"utilization":1e999}}')).toEqual([]);
    expect(parseUsage('{"five_hour":{"utilization":-0.25}}')).toEqual([{ window: 'five_hour', utilization: -0.25 }]);
  });

  it('is undefined for anything but the usage object: a page, garbage, an array, another object', () => {
    for (const text of ['<html>', '', 'null', '12', '"five_hour"', '[]', '[{"five_hour":{}}]', '{"type":"error"}'])
      expect(parseUsage(text), text).toBeUndefined();
    expect(parseUsage('{"seven_day":null}')).toEqual([]);
    expect(parseUsage('{"five_hour":null}')).toEqual([]);
  });

  it('cuts a long window name, scrubs a key in it, and keeps at most MAX_WINDOWS windows', () => {
    const key = apiKey(31);
    const long = 'w'.repeat(200);
    const [first, second] = parseUsage(
      JSON.stringify({ five_hour: null, [long]: { utilization: 1 }, [`x ${key}`]: { utilization: 2 } }),
    )!;
    expect(first!.window).toBe(`${'w'.repeat(59)}…`);
    const sixty = 'v'.repeat(60);
    expect(parseUsage(JSON.stringify({ [sixty]: { utilization: 1 }, seven_day: null }))![0]!.window).toBe(sixty);
    expect(second!.window).not.toContain(key);
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`w${i}`, { utilization: i }]));
    expect(parseUsage(JSON.stringify({ five_hour: null, ...many }))).toHaveLength(MAX_WINDOWS);
  });
});

describe('usageOutcome', () => {
  it('200 with the usage: api/oauth-usage with its windows and the request id', () => {
    const r = answer(200, USAGE_OK, { requestId: 'req_1' });
    expect(r).toMatchObject({ code: 'api/oauth-usage', status: 200, requestId: 'req_1' });
    expect(r.code === 'api/oauth-usage' && r.usage.map((w) => w.window)).toEqual(['five_hour', 'seven_day']);
    expect(r.args).toEqual({ usage: (r as { usage: unknown }).usage });
  });

  it('200 that is not the usage (a page, cut off) is unchecked: garbled', () => {
    expect(answer(200, '<html><body>Sign in</body></html>')).toEqual({
      code: 'api/oauth-usage-unchecked',
      status: 200,
      args: { reason: 'garbled', status: 200 },
    });
    expect(answer(200, USAGE_OK, { truncated: true }).code).toBe('api/oauth-usage-unchecked');
  });

  it('401: the OAuth code the message names, else auth/oauth-expired; the endpoint is named', () => {
    const expired = answer(
      401,
      envelope('authentication_error', 'OAuth token has expired. Please obtain a new token.'),
    );
    expect(expired).toMatchObject({
      code: 'auth/oauth-expired',
      status: 401,
      args: { status: 401, undocumented: 'GET /api/oauth/usage' },
    });
    // The message decides, whatever the status: an expired token's 403 is no scope problem.
    expect(answer(403, envelope('authentication_error', 'OAuth token has expired.')).code).toBe('auth/oauth-expired');
    expect(answer(401, envelope('authentication_error', 'OAuth access token is invalid.')).code).toBe(
      'auth/oauth-invalid',
    );
    for (const body of [envelope('authentication_error', 'Invalid bearer token'), '<html>401</html>', ''])
      expect(answer(401, body)).toMatchObject({
        code: 'auth/oauth-expired',
        args: { undocumented: 'GET /api/oauth/usage' },
      });
  });

  it('403: a missing scope (info), unless the token was revoked', () => {
    const scope = answer(
      403,
      envelope('permission_error', 'OAuth token does not meet scope requirement user:profile'),
      {
        requestId: 'req_2',
      },
    );
    expect(scope).toEqual({
      code: 'api/oauth-usage-scope',
      status: 403,
      requestId: 'req_2',
      args: { status: 403, apiMessage: 'OAuth token does not meet scope requirement user:profile' },
    });
    expect(answer(403, '')).toEqual({ code: 'api/oauth-usage-scope', status: 403, args: { status: 403 } });
    expect(
      answer(403, envelope('permission_error', 'OAuth token has been revoked. Please obtain a new token.')),
    ).toMatchObject({
      code: 'auth/oauth-revoked',
      args: { undocumented: 'GET /api/oauth/usage' },
    });
  });

  it('any other status (a redirect, 404, 429, 5xx) is unchecked: http, with the status', () => {
    for (const status of [301, 404, 429, 500, 529])
      expect(answer(status, envelope('api_error', 'x'), { requestId: 'req_3' })).toEqual({
        code: 'api/oauth-usage-unchecked',
        status,
        requestId: 'req_3',
        args: { reason: 'http', status },
      });
  });
});

describe('usageFailure', () => {
  const far = Date.now() + 60_000;
  it('reads a timeout, a proxy, a body that broke off and a refused connection', () => {
    const abort = Object.assign(new Error('This operation was aborted'), { name: 'AbortError' });
    expect(usageFailure(abort, far, false)).toStrictEqual({
      code: 'api/oauth-usage-unchecked',
      args: { reason: 'timeout' },
    });
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    expect(usageFailure(refused, far, true)).toMatchObject({ args: { reason: 'proxy' } });
    expect(usageFailure(refused, far, false)).toMatchObject({
      args: { reason: 'unreachable', detail: 'connect ECONNREFUSED 127.0.0.1:9' },
    });
    const cut = new TypeError('terminated', {
      cause: Object.assign(new Error('other side closed'), { code: 'ECONNRESET' }),
    });
    expect(usageFailure(cut, far, false)).toMatchObject({ args: { reason: 'garbled' } });
    expect(usageFailure(new Error(''), far, false)).toStrictEqual({
      code: 'api/oauth-usage-unchecked',
      args: { reason: 'unreachable' },
    });
  });
});

describe('checkOauthUsage against the fake API', () => {
  let api: FakeApi;
  const tokens = {
    ok: oauthToken(41),
    expired: oauthToken(42),
    scope: oauthToken(43),
    html: oauthToken(44),
    huge: oauthToken(45),
    hang: oauthToken(46),
  } as const;
  beforeAll(async () => {
    api = await startFakeApi({}, 0, {
      usage: Object.fromEntries(Object.entries(tokens).map(([scenario, token]) => [token, scenario as 'ok'])),
    });
  });
  afterAll(() => api.close());

  const target = (credential: string, more: Partial<ProbeTarget> = {}): ProbeTarget => ({
    credential,
    scheme: 'bearer',
    baseUrl: api.url,
    profiles: ['p1'],
    origin: 'argument',
    ...more,
  });
  const soon = (ms = 5000) => Date.now() + ms;

  it('sends the token as Bearer with the OAuth beta header, and reads the usage', async () => {
    const before = api.requests.length;
    const r = await checkOauthUsage(target(tokens.ok), soon());
    expect(r.latencyMs).toBeGreaterThanOrEqual(0);
    expect(r.latencyMs).toBeLessThan(10_000);
    expect(r).toMatchObject({
      code: 'api/oauth-usage',
      profiles: ['p1'],
      endpoint: 'GET /api/oauth/usage',
      documented: false,
    });
    const [req] = api.requests.slice(before);
    expect(req).toMatchObject({ path: '/api/oauth/usage', method: 'GET' });
    expect(req!.headers.authorization).toBe(`Bearer ${tokens.ok}`);
    expect(req!.headers['anthropic-beta']).toBe('oauth-2025-04-20');
    expect(req!.headers['x-api-key']).toBeUndefined();
    expect(req!.headers.accept).toBe('application/json');
  });

  it('401, 403, a page, an endless body', async () => {
    expect((await checkOauthUsage(target(tokens.expired), soon())).code).toBe('auth/oauth-expired');
    expect((await checkOauthUsage(target(tokens.scope), soon())).code).toBe('api/oauth-usage-scope');
    expect(await checkOauthUsage(target(tokens.html), soon())).toMatchObject({ args: { reason: 'garbled' } });
    const started = Date.now();
    expect(await checkOauthUsage(target(tokens.huge), soon())).toMatchObject({ args: { reason: 'garbled' } });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(USAGE_LIMIT).toBe(16 * 1024);
  });

  it('a server that never answers ends at the deadline: unchecked, timeout', async () => {
    const started = Date.now();
    expect(await checkOauthUsage(target(tokens.hang), soon(300))).toMatchObject({ args: { reason: 'timeout' } });
    expect(Date.now() - started).toBeLessThan(1300);
  });

  it('nothing is sent where trust.ts says no: a loopback URL from a settings file, a gateway', async () => {
    const before = api.requests.length;
    expect(await checkOauthUsage(target(tokens.ok, { origin: 'user' }), soon())).toMatchObject({
      code: 'api/oauth-usage-unchecked',
      latencyMs: expect.any(Number),
      args: { reason: 'untrusted', host: new URL(api.url).host },
    });
    expect(
      await checkOauthUsage(target(tokens.ok, { baseUrl: 'https://gateway.example', origin: 'user' }), soon()),
    ).toMatchObject({ args: { reason: 'untrusted', host: 'gateway.example' } });
    expect(await checkOauthUsage(target(tokens.ok, { origin: undefined }), soon())).toMatchObject({
      args: { reason: 'untrusted' },
    });
    expect(api.requests.length).toBe(before);
  });

  it('through HTTP_PROXY as the probe goes; an unusable proxy gets nothing', async () => {
    const proxy = await startConnectProxy();
    try {
      const via = { url: proxy.url, name: 'HTTP_PROXY', valid: true, shown: `HTTP_PROXY=${proxy.url}` };
      expect((await checkOauthUsage(target(tokens.ok, { proxy: via }), soon())).code).toBe('api/oauth-usage');
      expect(proxy.tunnels()).toBe(1);
      const bad = { url: 'socks5://x', name: 'HTTP_PROXY', valid: false, shown: 'HTTP_PROXY=socks5://x' };
      expect(await checkOauthUsage(target(tokens.ok, { proxy: bad }), soon())).toMatchObject({
        code: 'api/oauth-usage-unchecked',
        args: { reason: 'proxy', detail: 'HTTP_PROXY=socks5://x' },
      });
      expect(proxy.tunnels()).toBe(1);
    } finally {
      proxy.close();
    }
  });

  it('only a subscription access token is asked', () => {
    expect(isOauthToken({ credential: oauthToken(1) })).toBe(true);
    expect(isOauthToken({ credential: apiKey(1) })).toBe(false);
  });
});
