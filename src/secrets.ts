// The only module that formats a credential for output. Everything a reporter prints about a key
// goes through `redact`, which shows the known prefix, the last 4 characters (escaped, so a trailing
// newline is visible), the length and a short fingerprint: enough to tell two keys apart, never
// enough to use one.
import { createHash } from 'node:crypto';

declare const redactedBrand: unique symbol;
/** A string that is safe to print: produced only by this module. */
export type Redacted = string & { readonly [redactedBrand]: true };

const KNOWN_PREFIXES = [
  'sk-ant-api03-', 'sk-ant-admin01-', 'sk-ant-api01-', 'sk-ant-oat01-', 'sk-ant-ort01-', 'sk-ant-',
  'sk-proj-', 'sk-svcacct-', 'sk-admin-', 'sk-or-v1-', 'sk-', 'AIza', 'gsk_', 'xai-', 'hf_', 'r8_',
  'pplx-', 'sgp_', 'Bearer ',
];

/** First 8 hex digits of SHA-256: compares keys across sources without revealing them. */
export function fingerprint(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 8);
}

/** Makes control and non-ASCII characters visible: `\n`, `\r`, `\t`, `\u200b`. */
export function escapeInvisible(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f || cp > 0x7e) out += `\\u{${cp.toString(16)}}`;
    else out += ch;
  }
  return out;
}

export function redact(value: string, showSecrets = false): Redacted {
  const chars = [...value];
  const meta = `${chars.length} chars, #${fingerprint(value)}`;
  if (showSecrets) return `${JSON.stringify(value)} (${meta})` as Redacted;
  const prefix = KNOWN_PREFIXES.find((p) => value.startsWith(p)) ?? '';
  // Short values show no tail at all: four characters of an eight-character secret is half of it.
  // Spaces at the end are shown as ␠, or a trailing space would be invisible in the report.
  const tail = chars.length - [...prefix].length >= 16 ? escapeInvisible(chars.slice(-4).join('')).replace(/ /g, '␠') : '';
  return `${escapeInvisible(prefix)}…${tail} (${meta})` as Redacted;
}

/** A URL is not a secret, but its user-info part can be (`https://user:token@proxy`). */
export function redactUrl(value: string): Redacted {
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/@\s]+)@/i, '$1***@') as Redacted;
}

/** Replaces every occurrence of the given secrets in free text (error messages, log excerpts). */
export function scrub(text: string, secrets: Iterable<string>, showSecrets = false): string {
  if (showSecrets) return text;
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 8) out = out.split(secret).join(redact(secret));
  }
  return out;
}

// Anything shaped like a credential, for text we did not write ourselves (an argument echoed in a
// usage error, an exception message): Anthropic and other providers' prefixes followed by a body.
const KEY_SHAPED = /(?:sk-|AIza|gsk_|xai-|hf_|r8_|pplx-|sgp_|gh[pousr]_)[A-Za-z0-9_\-.]{12,}/g;

/** Redacts every key-shaped token in free text. */
export function scrubKeyShapes(text: string): string {
  return text.replace(KEY_SHAPED, (token) => redact(token));
}
