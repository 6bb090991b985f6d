// What an answer of the API (or an error text about one) means: one table, used by the live probe
// and by `explain`. Messages are the API's verbatim strings (https://docs.anthropic.com/en/api/errors),
// matched by meaning: any case, any run of whitespace (or none, where a terminal broke a word) between
// words. The first rule that matches wins, so specific messages come before generic types and statuses.
import type { Code } from '../catalog/index.js';

/** A rule reads the text, or (when the text says nothing more specific) the HTTP status alone. */
export type Matcher =
  | {
      code: Code;
      /** Matched against the error message, the body, or a line of a log. */
      text: RegExp;
      status?: never;
    }
  | {
      code: Code;
      /** The HTTP status, when one is known. */
      status: number[];
      text?: never;
    };

/** Phrases (regex sources) where a space stands for any whitespace or none; case-insensitive. */
export function loose(...phrases: string[]): RegExp {
  return new RegExp(phrases.map((p) => p.replace(/ /g, '\\s*')).join('|'), 'i');
}

const TYPE = (type: string) => `"type" : "${type}"`;

export const MATCHERS: readonly Matcher[] = [
  { code: 'auth/oauth-not-supported', text: loose('OAuth authentication is currently not supported') },
  { code: 'auth/oauth-expired', text: loose('OAuth token has expired') },
  { code: 'auth/oauth-revoked', text: loose('OAuth token (?:has been )?revoked') },
  { code: 'auth/oauth-invalid', text: loose('Invalid OAuth token', 'OAuth access token is invalid') },
  { code: 'auth/permission-denied', text: loose('OAuth token does not meet scope requirement') },
  { code: 'auth/browser-access-denied', text: loose('CORS requests are not allowed for this Organi[sz]ation') },
  {
    code: 'key/api-key-and-auth-token',
    text: loose('Auth conflict.{0,40}ANTHROPIC_AUTH_TOKEN\\) and an API key \\(ANTHROPIC_API_KEY'),
  },
  { code: 'key/conflict', text: loose('Auth conflict: Both a token') },
  {
    code: 'auth/invalid-api-key',
    text: loose(
      'invalid x-api-key',
      'Invalid API key · Fix external API key',
      'Invalid X-Api-Key header value',
      'API key for Anthropic is invalid',
      'Unable to authenticate with Anthropic',
    ),
  },
  {
    code: 'auth/missing-header',
    text: loose(
      'x-api-key header is required',
      'Missing Anthropic API Key',
      'Could not resolve authentication method',
      'Missing api key for model',
      'Anthropic API key is required',
    ),
  },
  {
    code: 'claude-code/helper-failed',
    text: loose(
      'Error getting API key from apiKeyHelper',
      'apiKeyHelper did not return a valid value',
      'apiKeyHelper script is failing',
    ),
  },
  {
    code: 'auth/invalid-bearer-token',
    text: loose('Invalid bearer token', 'Invalid auth token · Fix external auth token'),
  },
  { code: 'auth/credentials-revoked', text: loose('Invalid authentication credentials') },
  { code: 'auth/litellm-proxy-key', text: loose('Invalid proxy server token', 'Litellm_proxyException') },
  {
    code: 'auth/gateway-key-rejected',
    text: loose(
      'No (?:cookie )?auth credentials found',
      'No or an invalid authentication header was provided',
      '"detail" : "Invalid API key"',
      'Upstream provider \\w+ returned HTTP 401',
      'new_api_error',
      'Status: 401 Unauthorized\\. Response: User not found',
    ),
  },
  { code: 'auth/region-blocked', text: loose('Request not allowed') },
  { code: 'billing/credit-balance-too-low', text: loose('credit balance is too low') },
  {
    code: 'billing/organization-disabled',
    text: loose('organization has been disabled', 'belongs to a disabled organization'),
  },
  {
    code: 'billing/spend-limit',
    text: loose(
      'reached your (?:specified )?(?:workspace )?API usage limits',
      'enforced_spend_limit_reached',
      'crossed its monthly API usage threshold',
    ),
  },
  {
    code: 'auth/bedrock-access-denied',
    text: loose(
      'AccessDeniedException',
      'Model access is denied',
      'not authorized to perform: bedrock:',
      'You don.t have access to the model with the specified model ID',
    ),
  },
  {
    code: 'api/cloud-quota-exceeded',
    text: loose('Quota exceeded for aiplatform\\.googleapis\\.com', 'online_prediction_requests_per_base_model'),
  },
  {
    code: 'auth/vertex-permission-denied',
    text: loose(
      'Permission denied on resource project',
      'is not allowed to use Publisher Model',
      'requires data sharing to be enabled for publisher',
      '"status" : "PERMISSION_DENIED"',
    ),
  },
  { code: 'model/bedrock-id-without-prefix', text: loose('with on-demand throughput isn.t supported') },
  { code: 'api/provider-not-set', text: loose('LLM Provider NOT provided') },
  {
    code: 'api/model-not-found',
    text: /"message"\s*:\s*"model:\s*[^"]+"|\bmodel:\s*[\w.:@/-]{1,200}["']?\s*\}|There's\s*an\s*issue\s*with\s*the\s*selected\s*model/i,
  },
  {
    code: 'api/endpoint-not-found',
    text: /\/v1\/v1\/|"(?:message|detail)"\s*:\s*"Not Found"|\b404\b[,:\s-]*(?:message\s*=\s*)?['"]?Not Found/i,
  },
  {
    code: 'api/rate-limited',
    text: loose(
      'rate_limit_error',
      'would exceed (?:your organization.s|the) rate limit',
      'Server is temporarily limiting requests',
      'ThrottlingException',
      'Too many tokens, please wait',
    ),
  },
  {
    code: 'api/overloaded',
    text: loose('overloaded_error', 'Repeated 529 Overloaded', '"message" : "Overloaded"', '\\b529 Overloaded'),
  },
  {
    code: 'api/server-error',
    text: loose(
      TYPE('(?:api_error|timeout_error)'),
      'upstream connect error or disconnect/reset before headers',
      'internalServerException',
    ),
  },
  { code: 'api/request-too-large', text: loose(TYPE('request_too_large'), 'RequestTooLargeError') },
  { code: 'auth/permission-denied', text: loose(TYPE('permission_error')) },
  {
    code: 'auth/invalid-api-key',
    text: loose(
      TYPE('authentication_error'),
      'Incorrect API key provided',
      'Error authenticating with the LLM provider',
      'STATUS\\$ERROR_LLM_AUTHENTICATION',
    ),
  },
  {
    code: 'api/invalid-request',
    text: loose(
      TYPE('invalid_request_error'),
      'type=invalid_request_error',
      'prompt is too long',
      'input_schema: JSON schema is invalid',
      'Invalid request format to language model',
      'maximum tokens you requested exceed',
      'ValidationException',
    ),
  },
  { code: 'api/unexpected-response', text: loose('ERR_BAD_REQUEST') },
  {
    code: 'net/dns',
    text: loose(
      'ENOTFOUND',
      'EAI_AGAIN',
      'getaddrinfo',
      'Could not resolve host',
      'Name or service not known',
      'nodename nor servname',
      'Temporary failure in name resolution',
      'no such host',
      'DNS lookup failed',
    ),
  },
  {
    code: 'net/refused',
    text: loose('ECONNREFUSED', 'Connection ?refused', 'Cannot connect to host', 'ConnectionRefused'),
  },
  // A certificate named for a proxy: something intercepts TLS on the way.
  { code: 'net/proxy', text: loose('altnames:.{0,120}proxy') },
  {
    code: 'net/tls',
    text: loose('CERT_', 'certificate', 'ERR_TLS', 'SSL routines', 'self[- ]signed', 'SSLError', 'altnames'),
  },
  {
    code: 'net/timeout',
    text: loose('Request timed out', 'ETIMEDOUT', 'timed out', 'APITimeoutError', 'ReadTimeout', 'ConnectTimeout'),
  },
  {
    code: 'net/proxy',
    text: loose('ProxyError', 'tunneling socket could not be established', 'Proxy Authentication Required'),
  },
  {
    code: 'net/connection-error',
    text: loose(
      'Connection error\\.',
      'APIConnectionError',
      'UND_ERR_SOCKET',
      'Server disconnected without sending a response',
      'ECONNRESET',
      'socket hang up',
      'Connection reset by peer',
      'RemoteProtocolError',
    ),
  },
  // By status alone, when the body says nothing more specific.
  { code: 'api/endpoint-not-found', status: [404] },
  { code: 'auth/invalid-api-key', status: [401] },
  { code: 'auth/permission-denied', status: [403] },
  { code: 'api/request-too-large', status: [413] },
  { code: 'api/rate-limited', status: [429] },
  { code: 'api/overloaded', status: [529] },
  { code: 'api/server-error', status: [500, 503, 504] },
];

export function matchAnswer(text: string, status?: number): Matcher | undefined {
  // No status (a log line, a failed connection) matches no status rule: includes(undefined) is false.
  return MATCHERS.find((m) => (m.text ? m.text.test(text) : m.status.includes(status as number)));
}

/** The model named in an answer (`model: claude-…`), when there is one. */
export function modelIn(text: string): string | undefined {
  return /model:\s*([\w.:@/-]{1,200})/.exec(text)?.[1];
}
