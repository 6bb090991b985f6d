// The probe's classifier on plain data: an HTTP answer (status, headers, body as the SDK parsed it) or a
// failed connection (an error and its causes) in, a result code and its arguments out. The bodies are
// the API's real shapes (reference/anthropic-api.md); the network part is tested end to end.
import { describe, expect, it, vi } from 'vitest';
import {
  BODY_LIMIT,
  fromNetwork,
  plainDetail,
  fromStatus,
  garbled,
  headerText,
  ids,
  isModelAnswer,
  rateLimits,
} from '../../src/probe/classify.js';
import { apiKey } from '../support/keys.js';

const envelope = (type: string, message: unknown) => ({ type: 'error', error: { type, message } });
const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  fromStatus({ status, body, headers: new Headers(headers), message: `${status} status code` });

describe('fromStatus: the API envelope', () => {
  it('reads a 401 with its message, request id and organization', () => {
    const out = answer(401, envelope('authentication_error', 'invalid x-api-key'), {
      'request-id': 'req_011',
      'anthropic-organization-id': 'org-1',
    });
    expect(out).toEqual({
      status: 401,
      requestId: 'req_011',
      organizationId: 'org-1',
      code: 'auth/invalid-api-key',
      args: { status: 401, apiMessage: 'invalid x-api-key' },
      rateLimits: undefined,
    });
  });

  it('names the model of a 404', () => {
    const out = answer(404, envelope('not_found_error', 'model: claude-nope-1'));
    expect(out).toMatchObject({ code: 'api/model-not-found', args: { model: 'claude-nope-1' } });
    expect(answer(404, envelope('not_found_error', 'Not Found')).args).not.toHaveProperty('model');
  });

  it('keeps at most 200 characters of a model name', () => {
    const out = answer(404, envelope('not_found_error', `model: ${'m'.repeat(300)}`));
    expect((out.args as { model: string }).model).toBe('m'.repeat(200));
  });

  it('tells an unknown endpoint from an unknown model', () => {
    expect(answer(404, envelope('not_found_error', 'Not Found')).code).toBe('api/endpoint-not-found');
  });

  it('falls back on the status, then on "unexpected"', () => {
    expect(answer(429, envelope('some_new_error', 'slow down'))).toMatchObject({
      code: 'api/rate-limited',
      args: { status: 429, apiMessage: 'slow down' },
    });
    expect(answer(418, envelope('teapot_error', 'short and stout')).code).toBe('api/unexpected-response');
  });

  it('takes a body with the error type but no error object as the API', () => {
    expect(answer(401, { type: 'error' }).code).toBe('auth/invalid-api-key');
  });

  it('quotes no message that is not a string', () => {
    expect(answer(400, envelope('invalid_request_error', 42)).args).toStrictEqual({ status: 400 });
    expect(answer(400, envelope('invalid_request_error', '')).args).toStrictEqual({ status: 400 });
  });

  it('clips a long message to 500 characters, and leaves a 500-character one whole', () => {
    const long = answer(400, envelope('invalid_request_error', 'a'.repeat(600)));
    expect((long.args as { apiMessage: string }).apiMessage).toBe(`${'a'.repeat(499)}…`);
    const exact = answer(400, envelope('invalid_request_error', 'b'.repeat(500)));
    expect((exact.args as { apiMessage: string }).apiMessage).toBe('b'.repeat(500));
  });

  it('quotes no key that the server echoes back', () => {
    const key = apiKey(3);
    const out = answer(401, envelope('authentication_error', `invalid x-api-key: ${key}`));
    expect(JSON.stringify(out)).not.toContain(key.slice(20, 60));
    expect((out.args as { apiMessage: string }).apiMessage).toMatch(/^invalid x-api-key: /);
  });

  it('reads only the start of a huge body', () => {
    // Past the first 8 kB the message is not read: only the type says the request was rejected.
    const late = envelope('invalid_request_error', `${'x'.repeat(9000)} Your credit balance is too low`);
    expect(answer(400, late).code).toBe('api/invalid-request');
    const early = envelope('invalid_request_error', `${'x'.repeat(8000)} Your credit balance is too low`);
    expect(answer(400, early).code).toBe('billing/credit-balance-too-low');
  });

  it('reads the SDK message too', () => {
    const out = fromStatus({ status: 400, body: { type: 'error' }, message: 'Your credit balance is too low' });
    expect(out.code).toBe('billing/credit-balance-too-low');
  });

  it('passes the retry-after and rate-limit headers on, and no others', () => {
    const out = answer(429, envelope('rate_limit_error', 'Number of requests has exceeded your rate limit'), {
      'retry-after': '17',
      'anthropic-ratelimit-requests-limit': '50',
      'anthropic-ratelimit-requests-remaining': '0',
      'x-ratelimit-other': '1',
      'content-type': 'application/json',
    });
    expect(out.args).toMatchObject({ status: 429, retryAfter: '17' });
    expect(out.rateLimits).toEqual({
      'anthropic-ratelimit-requests-limit': '50',
      'anthropic-ratelimit-requests-remaining': '0',
      'retry-after': '17',
    });
  });

  it('works without headers', () => {
    const out = fromStatus({ status: 500, body: envelope('api_error', 'Internal server error'), message: '' });
    expect(out).toStrictEqual({
      status: 500,
      code: 'api/server-error',
      args: { status: 500, apiMessage: 'Internal server error' },
      rateLimits: undefined,
    });
  });
});

describe('fromStatus: a body that is not the API envelope', () => {
  it.each([
    ['an HTML page', '<html><body>Bad gateway</body></html>', 401],
    ['no body', undefined, 401],
    ['null', null, 401],
    ['JSON of another shape', { message: 'invalid x-api-key', type: 'oops' }, 401],
  ])('%s is unexpected, whatever the status says', (_, body, status) => {
    expect(answer(status, body).code).toBe('api/unexpected-response');
  });

  it("reads Cloudflare's region block, in any shape", () => {
    expect(answer(403, 'Request not allowed').code).toBe('auth/region-blocked');
    expect(answer(403, { error: { type: 'forbidden', message: 'Request not allowed' } }).code).toBe(
      'auth/region-blocked',
    );
    expect(answer(403, 'Forbidden').code).toBe('api/unexpected-response');
  });
});

describe('fromStatus: a redirect', () => {
  it('names where it leads, without the query or any user-info', () => {
    const out = answer(302, '', { location: 'https://user:pw@login.example:8443/sso?token=abc' });
    expect(out).toEqual({
      status: 302,
      code: 'net/redirect',
      args: { status: 302, target: 'https://login.example:8443/sso', host: 'login.example:8443' },
    });
  });

  it('shows a relative or missing Location as it is', () => {
    expect(answer(301, '', { location: '/elsewhere' }).args).toEqual({
      status: 301,
      target: '/elsewhere',
      host: '/elsewhere',
    });
    expect(answer(307, '').args).toEqual({ status: 307, target: '?', host: '?' });
  });

  it.each([
    [300, 'net/redirect'],
    [399, 'net/redirect'],
    [400, 'api/unexpected-response'],
    [299, 'api/unexpected-response'],
  ])('status %i -> %s', (status, code) => {
    expect(answer(status, '', { location: 'https://x.example/' }).code).toBe(code);
  });
});

describe('headerText', () => {
  const h = (value: string) => headerText(new Headers({ 'request-id': value }), 'request-id');

  it('is undefined for a missing or empty header', () => {
    expect(headerText(new Headers(), 'request-id')).toBeUndefined();
    expect(h('')).toBeUndefined();
  });

  it('shows other than printable ASCII as "?"', () => {
    expect(h('req_\u00e9\u0080x~ y')).toBe('req_??x~ y');
  });

  it('clips past 200 characters', () => {
    expect(h('r'.repeat(200))).toBe('r'.repeat(200));
    expect(h('r'.repeat(201))).toBe(`${'r'.repeat(199)}…`);
  });

  it('never holds a key', () => {
    const key = apiKey(4);
    expect(h(`echo ${key}`)).not.toContain(key.slice(20, 60));
  });

  it('ids() leaves out what is missing', () => {
    expect(ids(new Headers())).toStrictEqual({});
    expect(ids(new Headers({ 'request-id': 'req_1' }))).toStrictEqual({ requestId: 'req_1' });
    expect(ids(new Headers({ 'anthropic-organization-id': 'org' }))).toStrictEqual({ organizationId: 'org' });
  });
});

describe('rateLimits', () => {
  it('is undefined when there are none', () => {
    expect(rateLimits(new Headers({ 'content-type': 'text/plain' }))).toBeUndefined();
  });

  it('keeps at most 32 of them', () => {
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`anthropic-ratelimit-x${i}`, `${i}`]));
    expect(Object.keys(rateLimits(new Headers(many))!)).toHaveLength(32);
  });
});

describe('isModelAnswer', () => {
  it.each([
    [{ id: 'claude-sonnet-4-6', type: 'model' }, true],
    [{ data: [], has_more: false }, true],
    [{ id: 7 }, false],
    [{ data: {} }, false],
    [null, false],
    ['{"id":"x"}', false],
    [undefined, false],
  ])('%j -> %s', (data, ok) => {
    expect(isModelAnswer(data)).toBe(ok);
  });
});

describe('garbled', () => {
  it('says a body was cut off, with the status of the answer', () => {
    expect(garbled(new Error('x'), { truncated: true, status: 200 })).toEqual({
      status: 200,
      code: 'api/unexpected-response',
      args: { status: 200, detail: `answer longer than ${BODY_LIMIT / 1024} KB` },
    });
    expect(BODY_LIMIT).toBe(65536);
  });

  it('quotes a parse error, short and without a key', () => {
    const key = apiKey(5);
    const out = garbled(new SyntaxError(`Unexpected token in ${key} ${'z'.repeat(300)}`), { truncated: false });
    expect(out).toStrictEqual({ code: 'api/unexpected-response', args: { detail: expect.any(String) } });
    const { detail } = out.args as { detail: string };
    expect(detail).toMatch(/^Unexpected token in /);
    expect(detail).not.toContain(key.slice(20, 60));
    expect(detail.length).toBeLessThanOrEqual(200);
  });

  it('describes an answer that is no error and no model', () => {
    expect(garbled({ hello: 'world' }, { truncated: false, status: 200 }).args).toEqual({
      status: 200,
      detail: 'not an answer of the models API',
    });
  });
});

describe('fromNetwork', () => {
  const later = () => Date.now() + 60_000;
  const sysError = (code: string, message: string) => Object.assign(new Error(message), { code });
  const failed = (cause: unknown) => Object.assign(new TypeError('fetch failed'), { cause });

  it('reads the cause under "fetch failed"', () => {
    const out = fromNetwork(failed(sysError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:9')), later(), false);
    expect(out).toEqual({
      code: 'net/refused',
      // The cause's own words, without its class name (Error, TypeError: ours, not the user's).
      args: { detail: 'connect ECONNREFUSED 127.0.0.1:9' },
    });
  });

  it.each([
    ['getaddrinfo ENOTFOUND api.example', 'ENOTFOUND', 'net/dns'],
    ['getaddrinfo EAI_AGAIN api.example', 'EAI_AGAIN', 'net/dns'],
    ['certificate has expired', 'CERT_HAS_EXPIRED', 'net/tls'],
    ['read ECONNRESET', 'ECONNRESET', 'api/unexpected-response'],
    ['terminated', 'UND_ERR_SOCKET', 'api/unexpected-response'],
    ['other side closed', 'UND_ERR_SOCKET', 'api/unexpected-response'],
    ['socket hang up', 'ECONNRESET', 'api/unexpected-response'],
    ['Premature close', 'ERR_STREAM_PREMATURE_CLOSE', 'api/unexpected-response'],
    ['connect ETIMEDOUT 10.0.0.1:443', 'ETIMEDOUT', 'net/timeout'],
    ['The operation was aborted', 'ABORT_ERR', 'net/timeout'],
    ['Proxy response (407) !== 200 when HTTP Tunneling', 'UND_ERR_ABORTED', 'net/timeout'],
    ['Proxy response (407) !== 200 when HTTP Tunneling', 'UND_ERR', 'net/proxy'],
    ['invalid x-api-key', 'EWEIRD', 'net/refused'],
  ])('%s (%s) -> %s', (message, code, expected) => {
    expect(fromNetwork(failed(sysError(code, message)), later(), false).code).toBe(expected);
  });

  it('blames the proxy for a failed connection made through it', () => {
    for (const [code, message] of [
      ['ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:3128'],
      ['ENOTFOUND', 'getaddrinfo ENOTFOUND proxy.example'],
      ['EAI_AGAIN', 'getaddrinfo EAI_AGAIN proxy.example'],
    ])
      expect(fromNetwork(failed(sysError(code!, message!)), later(), true).code).toBe('net/proxy');
    expect(fromNetwork(new TypeError('fetch failed'), later(), true).code).toBe('net/proxy');
    expect(fromNetwork(new TypeError('fetch failed'), later(), false).code).toBe('net/refused');
  });

  it('calls whatever ends at the deadline a timeout', () => {
    const refused = failed(sysError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:9'));
    expect(fromNetwork(refused, Date.now() - 1, false).code).toBe('net/timeout');
    expect(fromNetwork(refused, Date.now() + 4, false).code).toBe('net/timeout');
    expect(fromNetwork(refused, Date.now() + 1000, false).code).toBe('net/refused');
  });

  it('knows a timeout by its name', () => {
    const e = Object.assign(new Error('The operation timed out.'), { name: 'TimeoutError' });
    // The code's own words say it: no SDK or DOM class name ("TimeoutError  The operation timed out.").
    expect(fromNetwork(e, later(), false)).toEqual({ code: 'net/timeout', args: {} });
  });

  it('says a cause in words: its code when the message lacks it, never a final period or a class name', () => {
    expect(plainDetail('ECONNREFUSED', 'connect ECONNREFUSED 1.2.3.4:5')).toBe('connect ECONNREFUSED 1.2.3.4:5');
    expect(plainDetail('UND_ERR_SOCKET', 'other side closed.')).toBe('UND_ERR_SOCKET: other side closed');
    expect(plainDetail(undefined, 'Request timed out..')).toBe('Request timed out');
    expect(plainDetail('EX', '')).toBe('EX');
    expect(plainDetail(undefined, undefined)).toBe('');
    const sdk = Object.assign(new Error('Connection error.'), { name: 'APIConnectionError' });
    expect(JSON.stringify(fromNetwork(sdk, later(), false))).not.toContain('APIConnectionError');
  });

  it('reads each cause apart: words do not run on from one into the next', () => {
    expect(fromNetwork({ message: 'pro', cause: { name: 'xy' } }, later(), false).code).toBe('net/refused');
  });

  it('keeps the detail of a broken answer and of a failing proxy', () => {
    expect(fromNetwork(failed(sysError('ECONNRESET', 'read ECONNRESET')), later(), false)).toEqual({
      code: 'api/unexpected-response',
      args: { detail: 'read ECONNRESET' },
    });
    expect(fromNetwork(failed(sysError('ENOTFOUND', 'getaddrinfo ENOTFOUND p')), later(), true)).toEqual({
      code: 'net/proxy',
      args: { detail: 'getaddrinfo ENOTFOUND p' },
    });
  });

  it('takes the deadline itself, less 5 ms, as past', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(1_000_000);
      const refused = failed(sysError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:9'));
      expect(fromNetwork(refused, 1_000_005, false).code).toBe('net/timeout');
      expect(fromNetwork(refused, 1_000_006, false).code).toBe('net/refused');
    } finally {
      vi.useRealTimers();
    }
  });

  it('copes with errors that are not Errors', () => {
    expect(fromNetwork(undefined, later(), false)).toEqual({ code: 'net/refused', args: { detail: '' } });
    expect(fromNetwork({ code: 'ENOTFOUND' }, later(), false)).toEqual({
      code: 'net/dns',
      args: { detail: 'ENOTFOUND' },
    });
  });

  it('quotes no key from an error message', () => {
    const key = apiKey(6);
    const out = fromNetwork(failed(sysError('ECONNREFUSED', `connect to ${key} refused`)), later(), false);
    expect(JSON.stringify(out)).not.toContain(key.slice(20, 60));
  });
});
