// What an answer of the API (or an error text about one) means: one table, used by the live probe
// and by `explain`. Messages are the API's verbatim strings (https://docs.anthropic.com/en/api/errors);
// the first rule that matches wins, so specific messages come before generic types and statuses.
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

export const MATCHERS: readonly Matcher[] = [
  { code: 'auth/oauth-not-supported', text: /OAuth authentication is currently not supported/ },
  { code: 'auth/oauth-expired', text: /OAuth token has expired/ },
  { code: 'auth/oauth-revoked', text: /OAuth token has been revoked|OAuth token revoked/ },
  { code: 'auth/permission-denied', text: /OAuth token does not meet scope requirement/ },
  {
    code: 'auth/invalid-api-key',
    text: /invalid x-api-key|Invalid API key · Fix external API key|Invalid X-Api-Key header value/i,
  },
  {
    code: 'auth/missing-header',
    text: /x-api-key header is required|Missing Anthropic API Key|Could not resolve authentication method|Missing api key for model/,
  },
  { code: 'auth/invalid-bearer-token', text: /Invalid bearer token|Invalid auth token · Fix external auth token/ },
  { code: 'auth/credentials-revoked', text: /Invalid authentication credentials/ },
  { code: 'auth/litellm-proxy-key', text: /Invalid proxy server token|Litellm_proxyException/ },
  { code: 'auth/region-blocked', text: /Request not allowed/ },
  { code: 'billing/credit-balance-too-low', text: /credit balance is too low/i },
  { code: 'billing/organization-disabled', text: /organization has been disabled|belongs to a disabled organization/ },
  {
    code: 'billing/spend-limit',
    text: /reached your (?:specified )?(?:workspace )?API usage limits|enforced_spend_limit_reached|crossed its monthly API usage threshold/,
  },
  { code: 'api/provider-not-set', text: /LLM Provider NOT provided/ },
  {
    code: 'api/model-not-found',
    text: /"message"\s*:\s*"model: [^"]+"|\bmodel: [\w.:@/-]+["']?\s*\}|There's an issue with the selected model/,
  },
  { code: 'api/endpoint-not-found', text: /\/v1\/v1\/|"message"\s*:\s*"Not Found"/ },
  {
    code: 'api/rate-limited',
    text: /rate_limit_error|would exceed (?:your organization's|the) rate limit|Server is temporarily limiting requests/,
  },
  { code: 'api/overloaded', text: /overloaded_error|Repeated 529 Overloaded|"message"\s*:\s*"Overloaded"/ },
  { code: 'api/server-error', text: /"type"\s*:\s*"(?:api_error|timeout_error)"/ },
  { code: 'auth/permission-denied', text: /"type"\s*:\s*"permission_error"/ },
  {
    code: 'auth/invalid-api-key',
    text: /"type"\s*:\s*"authentication_error"|Incorrect API key provided|Error authenticating with the LLM provider|STATUS\$ERROR_LLM_AUTHENTICATION/,
  },
  { code: 'net/dns', text: /ENOTFOUND|EAI_AGAIN|getaddrinfo/ },
  { code: 'net/refused', text: /ECONNREFUSED/ },
  { code: 'net/tls', text: /CERT_|certificate|ERR_TLS|SSL routines|self[- ]signed/i },
  { code: 'net/timeout', text: /Request timed out|ETIMEDOUT|timed out|APITimeoutError/i },
  // By status alone, when the body says nothing more specific.
  { code: 'api/endpoint-not-found', status: [404] },
  { code: 'auth/invalid-api-key', status: [401] },
  { code: 'auth/permission-denied', status: [403] },
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
  return /model: ([\w.:@/-]+)/.exec(text)?.[1];
}
