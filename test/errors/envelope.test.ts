// Reading errors by their structure (issue #12): the envelope whatever wraps it, the code it means, and
// the same code from a live probe's answer and from the pasted text of that answer.
import { describe, expect, it } from 'vitest';
import { classifyText } from '../../src/errors/classify.js';
import { envelopeIn, normalize, statusIn } from '../../src/errors/envelope.js';
import { explainText } from '../../src/explain.js';
import { fromStatus } from '../../src/probe/classify.js';

const body = {
  type: 'error',
  error: { type: 'authentication_error', message: 'invalid x-api-key' },
  request_id: 'req_011',
};
const json = JSON.stringify(body);

describe('envelopeIn', () => {
  const expected = { status: 401, type: 'authentication_error', message: 'invalid x-api-key', requestId: 'req_011' };
  it.each([
    ['plain JSON after the SDK status', `401 ${json}`],
    ['escaped once inside a JSON log record', JSON.stringify({ text: `Error: 401 ${json}` })],
    ['escaped twice', JSON.stringify({ outer: JSON.stringify({ text: `API Error: 401 ${json}` }) })],
    [
      'a Python dict repr',
      "Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}, 'request_id': 'req_011'}",
    ],
    ["LiteLLM's bytes form", `litellm.AuthenticationError: status code 401 b'${json}'`],
  ])('%s', (_name, text) => {
    expect(envelopeIn(normalize(text))).toEqual(expected);
  });

  it('reads an OpenAI-shaped gateway error and a status line', () => {
    const text =
      'HTTP/1.1 404 {"error":{"message":"The model `claude-x` does not exist","type":"invalid_request_error","code":"model_not_found"}}';
    expect(envelopeIn(normalize(text))).toEqual({
      status: 404,
      type: 'invalid_request_error',
      message: 'The model `claude-x` does not exist',
    });
  });

  it.each([
    ['HTTP/1.1 451 Unavailable For Legal Reasons', 451],
    ['Request failed with status code 502', 502],
    ['AuthenticationError: 401 status code (no body)', 401],
    ['API Error (503 upstream connect error)', 503],
    ['Request rejected (429) · slow down', 429],
    ['got 403 Forbidden from the edge', 403],
    ['took 401 ms', undefined],
    ['status 200 OK', undefined],
  ])('statusIn(%s) = %s', (text, status) => {
    expect(statusIn(text)).toBe(status);
  });
});

describe('classifyText', () => {
  it.each([
    ['An error occurred (AccessDeniedException) when calling the InvokeModel operation', 'auth/bedrock-access-denied'],
    [
      'Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model',
      'api/cloud-quota-exceeded',
    ],
    [
      '{"error":{"code":403,"message":"Permission denied on resource project p.","status":"PERMISSION_DENIED"}}',
      'auth/vertex-permission-denied',
    ],
    [
      "Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'prompt is too long: 219898 tokens > 200000 maximum'}}",
      'api/invalid-request',
    ],
    [
      "Error code: 413 - {'error': {'type': 'request_too_large', 'message': 'Request exceeds the maximum size'}}",
      'api/request-too-large',
    ],
    ['401 {"error":{"message":"No cookie auth credentials found","code":401}}', 'auth/gateway-key-rejected'],
    ['API Error: 401 OAuth access token is invalid.', 'auth/oauth-invalid'],
    [
      '401 {"type":"error","error":{"type":"authentication_error","message":"CORS requests are not allowed for this Organization"}}',
      'auth/browser-access-denied',
    ],
    ['API Error (Connection error.) · Retrying in 18 seconds', 'net/connection-error'],
    ['curl: (6) Could not resolve host: api.anthropic.com', 'net/dns'],
    ['httpx.ConnectError: [Errno -2] Name or service not known', 'net/dns'],
    ['dial tcp: lookup api.anthropic.com: no such host', 'net/dns'],
    ['aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host api.anthropic.com:443', 'net/refused'],
    ['requests.exceptions.ProxyError: HTTPSConnectionPool', 'net/proxy'],
    ['CREDIT BALANCE IS TOO LOW', 'billing/credit-balance-too-low'],
    ['HTTP/1.1 451 Unavailable For Legal Reasons', 'api/unexpected-response'],
    ['Status Code: 502', 'api/server-error'],
  ])('%s -> %s', (text, code) => {
    expect(classifyText(text)?.code).toBe(code);
  });

  it('finds nothing in a text that shows no error', () => {
    expect(classifyText('2026-11-23 INFO agent step completed')).toBeUndefined();
  });

  it('never takes a prototype name for a type', () => {
    expect(classifyText('{"error":{"type":"constructor","message":"x"}}')).toBeUndefined();
  });
});

describe('a probe and a pasted log of the same failure give the same code', () => {
  const cases: [number, unknown][] = [
    [401, body],
    [
      400,
      { type: 'error', error: { type: 'invalid_request_error', message: 'prompt is too long: 1 tokens > 0 maximum' } },
    ],
    [413, { error: { type: 'request_too_large', message: 'Request exceeds the maximum size' } }],
    [403, { error: { code: 403, message: 'Permission denied on resource project p.', status: 'PERMISSION_DENIED' } }],
    [
      429,
      {
        error: {
          code: 429,
          message: 'Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model',
        },
      },
    ],
    // The three: a gateway's OpenAI-shaped 404, a region block's 451, and an HTML page for a 404.
    [
      404,
      {
        error: {
          message: 'The model `claude-x` does not exist',
          type: 'invalid_request_error',
          code: 'model_not_found',
        },
      },
    ],
    [451, { type: 'error', error: { type: 'permission_error', message: 'Unavailable For Legal Reasons' } }],
    [404, '<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>'],
  ];
  it.each(cases)('%s', (status, answer) => {
    const probe = fromStatus({ status, body: answer, message: `${status} ${JSON.stringify(answer)}` });
    const pasted = explainText(`Error code: ${status} - ${JSON.stringify(answer)}`).map((d) => d.code);
    expect(pasted).toEqual([probe.code]);
  });
});

describe('explain rejoins an error a terminal wrapped', () => {
  it('reads a message broken mid-sentence over lines', () => {
    const text =
      'API Error: 401\n    {"type":"error","error":{"type":"authentication_error","message":"OAuth\n     token has expired. Please obtain a new token."}}\n';
    expect(explainText(text).map((d) => d.code)).toContain('auth/oauth-expired');
  });
});

describe('explain rejoins a Python repr broken inside a string', () => {
  it('reads the model a wrapped dict repr names', () => {
    const text =
      "[ERROR] failed ... Error code: 404 - {'type': 'error', 'error': {'type': 'not_found_error', 'message': 'model:\nclaude-3-5-sonnet-2024-10-22 was not found.'}}\n";
    expect(explainText(text).map((d) => d.code)).toEqual(['api/model-not-found']);
  });
});

describe('Claude Code and network texts', () => {
  it.each([
    [
      'Error getting API key from apiKeyHelper (in settings or ~/.claude.json): apiKeyHelper did not return a valid value',
      'claude-code/helper-failed',
    ],
    ["cert's altnames: DNS:internal.litellm.proxy.net, DNS: *.internal.litellm.proxy.net", 'net/proxy'],
    ["Hostname/IP does not match certificate's altnames: Host: api.anthropic.com.", 'net/tls'],
  ])('%s -> %s', (text, code) => {
    expect(classifyText(text)?.code).toBe(code);
  });
});

describe('an HTTP error no rule explains', () => {
  it('is reported as unexpected, with its status', () => {
    expect(explainText('HTTP/1.1 451 Unavailable For Legal Reasons')).toMatchObject([
      { code: 'api/unexpected-response', status: 451, lines: [1] },
    ]);
  });
});
