// Which base URLs are Anthropic's, by the parsed host name: a look-alike such as api.anthropic.com.evil.example
// is not (a pattern over the text would take it). For the clients configured with a URL of their own
// (LibreChat's custom endpoints, Open WebUI's connections).
const hostOf = (value: string): string | undefined => {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
};

/** anthropic.com or a host under it. */
export function isAnthropicUrl(value: string): boolean {
  const host = hostOf(value);
  return host === 'anthropic.com' || Boolean(host?.endsWith('.anthropic.com'));
}

/**
 * Anthropic's API host (api.anthropic.com exactly) with a path other than /v1: the URL as shown (scheme, host and
 * path; no password or query), for an OpenAI-compatible client that appends /chat/completions to it.
 */
export function anthropicApiNoV1(value: string): string | undefined {
  if (hostOf(value) !== 'api.anthropic.com') return undefined;
  const url = new URL(value.trim());
  if (url.pathname.replace(/\/+$/, '') === '/v1') return undefined;
  // As written: `https://api.anthropic.com`, not the parser's `https://api.anthropic.com/`.
  return `${url.origin}${url.pathname === '/' ? '' : url.pathname}`;
}
