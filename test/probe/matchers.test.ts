// The matcher table on the API's own messages (https://docs.anthropic.com/en/api/errors) and the texts
// that clients and proxies print around them: each rule on each of its spellings, the order between
// rules, and the status-only rules that apply when the text says nothing.
import { describe, expect, it } from 'vitest';
import { matchAnswer, modelIn } from '../../src/probe/matchers.js';

const codeOf = (text: string, status?: number) => matchAnswer(text, status)?.code;

describe('matchAnswer by text', () => {
  it.each([
    ['OAuth authentication is currently not supported.', 'auth/oauth-not-supported'],
    ['OAuth token has expired. Please obtain a new token', 'auth/oauth-expired'],
    ['OAuth token has been revoked', 'auth/oauth-revoked'],
    ['OAuth token revoked', 'auth/oauth-revoked'],
    ['OAuth token does not meet scope requirement user:inference', 'auth/permission-denied'],
    ['{"type":"authentication_error","message":"invalid x-api-key"}', 'auth/invalid-api-key'],
    ['INVALID X-API-KEY', 'auth/invalid-api-key'],
    ['Invalid API key · Fix external API key', 'auth/invalid-api-key'],
    ['x-api-key header is required', 'auth/missing-header'],
    ['Missing Anthropic API Key', 'auth/missing-header'],
    ['Could not resolve authentication method. Expected either apiKey or authToken', 'auth/missing-header'],
    ['Missing api key for model claude', 'auth/missing-header'],
    ['Invalid bearer token', 'auth/invalid-bearer-token'],
    ['Invalid auth token · Fix external auth token', 'auth/invalid-bearer-token'],
    ['Invalid authentication credentials', 'auth/credentials-revoked'],
    ['Invalid proxy server token passed', 'auth/litellm-proxy-key'],
    ['litellm.AuthenticationError: Litellm_proxyException', 'auth/litellm-proxy-key'],
    ['{"error":{"type":"forbidden","message":"Request not allowed"}}', 'auth/region-blocked'],
    ['Your credit balance is too low to access the Anthropic API.', 'billing/credit-balance-too-low'],
    ['Your Credit Balance Is Too Low', 'billing/credit-balance-too-low'],
    ['This organization has been disabled.', 'billing/organization-disabled'],
    ['This API key belongs to a disabled organization', 'billing/organization-disabled'],
    ['You have reached your specified API usage limits.', 'billing/spend-limit'],
    ['You have reached your specified workspace API usage limits.', 'billing/spend-limit'],
    ['You have reached your workspace API usage limits.', 'billing/spend-limit'],
    ['You have reached your API usage limits.', 'billing/spend-limit'],
    ['enforced_spend_limit_reached', 'billing/spend-limit'],
    ['Your organization crossed its monthly API usage threshold', 'billing/spend-limit'],
    ['litellm.BadRequestError: LLM Provider NOT provided', 'api/provider-not-set'],
    ['{"type":"not_found_error","message":"model: claude-x"}', 'api/model-not-found'],
    ['"message" : "model: claude x y", "more": 1', 'api/model-not-found'],
    ['"message":"model: claude x y", "more": 1', 'api/model-not-found'],
    ['"message"  :  "model: claude x y", "more": 1', 'api/model-not-found'],
    ['{"message":"Not Found"}', 'api/endpoint-not-found'],
    ['{"message"  :  "Not Found"}', 'api/endpoint-not-found'],
    ['{"type": "permission_error"}', 'auth/permission-denied'],
    ['{"type" :"authentication_error"}', 'auth/invalid-api-key'],
    ["{'message': 'model: claude-3.5:beta@2024/x-y'}", 'api/model-not-found'],
    ['{model: claude-3-opus}', 'api/model-not-found'],
    ['{model: claude-3-opus"  }', 'api/model-not-found'],
    ['xmodel: claude-3-opus }', undefined],
    ["There's an issue with the selected model (claude-x).", 'api/model-not-found'],
    ['POST https://api.anthropic.com/v1/v1/messages', 'api/endpoint-not-found'],
    ['{"type":"error","error":{"type":"not_found_error","message" : "Not Found"}}', 'api/endpoint-not-found'],
    ['{"type":"rate_limit_error"}', 'api/rate-limited'],
    ["would exceed your organization's rate limit", 'api/rate-limited'],
    ['would exceed the rate limit', 'api/rate-limited'],
    ['Server is temporarily limiting requests', 'api/rate-limited'],
    ['{"type":"overloaded_error"}', 'api/overloaded'],
    ['Repeated 529 Overloaded', 'api/overloaded'],
    ['{"message":"Overloaded"}', 'api/overloaded'],
    ['{"message" :  "Overloaded"}', 'api/overloaded'],
    ['{"type":"api_error"}', 'api/server-error'],
    ['{"type" : "timeout_error"}', 'api/server-error'],
    ['{"type":"permission_error"}', 'auth/permission-denied'],
    ['{"type"  :"permission_error"}', 'auth/permission-denied'],
    ['{"type":"authentication_error"}', 'auth/invalid-api-key'],
    ['{"type": "authentication_error"}', 'auth/invalid-api-key'],
    ['Incorrect API key provided', 'auth/invalid-api-key'],
    ['Error authenticating with the LLM provider', 'auth/invalid-api-key'],
    ['STATUS$ERROR_LLM_AUTHENTICATION', 'auth/invalid-api-key'],
    ['getaddrinfo ENOTFOUND api.anthropic.com', 'net/dns'],
    ['EAI_AGAIN', 'net/dns'],
    ['connect ECONNREFUSED 127.0.0.1:443', 'net/refused'],
    ['CERT_HAS_EXPIRED', 'net/tls'],
    ['unable to verify the first Certificate', 'net/tls'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'net/tls'],
    ['SSL routines:ssl3_get_record', 'net/tls'],
    ['self-signed', 'net/tls'],
    ['Self Signed', 'net/tls'],
    ['selfxsigned', undefined],
    ['Request timed out.', 'net/timeout'],
    ['ETIMEDOUT', 'net/timeout'],
    ['the call TIMED OUT', 'net/timeout'],
    ['APITimeoutError', 'net/timeout'],
    ['all is well', undefined],
  ])('%s -> %s', (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it('puts a specific message before the generic type of its body', () => {
    // An OAuth message comes in an authentication_error body: the message decides.
    const body = '{"type":"error","error":{"type":"authentication_error","message":"OAuth token has expired"}}';
    expect(codeOf(body, 401)).toBe('auth/oauth-expired');
    const credit =
      '{"type":"error","error":{"type":"invalid_request_error","message":"Your credit balance is too low"}}';
    expect(codeOf(credit, 400)).toBe('billing/credit-balance-too-low');
  });
});

describe('matchAnswer by status', () => {
  it.each([
    [404, 'api/endpoint-not-found'],
    [401, 'auth/invalid-api-key'],
    [403, 'auth/permission-denied'],
    [429, 'api/rate-limited'],
    [529, 'api/overloaded'],
    [500, 'api/server-error'],
    [503, 'api/server-error'],
    [504, 'api/server-error'],
    [502, undefined],
    [400, undefined],
  ])('%i with nothing in the text -> %s', (status, code) => {
    expect(codeOf('{"type":"error"}', status)).toBe(code);
  });

  it('needs a status for a status rule', () => {
    expect(matchAnswer('')).toBeUndefined();
  });

  it('lets the text win over the status', () => {
    expect(codeOf('{"type":"rate_limit_error"}', 500)).toBe('api/rate-limited');
  });
});

describe('modelIn', () => {
  it('takes the whole model id', () => {
    expect(modelIn('model: claude-3.5:beta@2024/x_y, next')).toBe('claude-3.5:beta@2024/x_y');
  });

  it('finds none where no model is named', () => {
    expect(modelIn('model claude-x')).toBeUndefined();
  });
});
