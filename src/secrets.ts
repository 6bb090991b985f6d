// The only module that formats a credential for output. Everything a reporter prints about a key
// goes through `redact`, which shows the known prefix, the last 4 characters (escaped, so a trailing
// newline is visible), the length and a short fingerprint: enough to tell two keys apart, never
// enough to use one.
import { TEXT_SHAPES } from './data/key-shapes.js';
import { sha256Hex } from './hash.js';
import { findKeySpans, findUserinfo, type KeySpan, type ScanOptions } from './key-scan.js';

declare const redactedBrand: unique symbol;
/** A string that is safe to print: produced only by this module. */
export type Redacted = string & { readonly [redactedBrand]: true };

const KNOWN_PREFIXES = [...TEXT_SHAPES.map((s) => s.prefix), 'Bearer '];

/** First 8 hex digits of SHA-256: compares keys across sources without revealing them. */
export function fingerprint(value: string): string {
  let print = fingerprints.get(value);
  if (print === undefined) {
    print = sha256Hex(value).slice(0, 8);
    if (fingerprints.size < MEMO_LIMIT) fingerprints.set(value, print);
  }
  return print;
}
// A report redacts the same few keys dozens of times; the hash runs in JavaScript (see hash.ts). A huge
// file's thousands of values are hashed natively and not kept.
const MEMO_LIMIT = 256;
const fingerprints = new Map<string, string>();

/**
 * Makes control and non-ASCII characters visible: `\n`, `\r`, `\t`, `\u200b`. The two marks of a
 * redacted form (… and ␠) stay as they are, so escaping a redacted text changes nothing.
 */
export function escapeInvisible(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === '…' || ch === '␠') out += ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp > 0x7e) out += `\\u{${cp.toString(16)}}`;
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
  const tail =
    chars.length - [...prefix].length >= 16 ? escapeInvisible(chars.slice(-4).join('')).replace(/ /g, '␠') : '';
  return `${escapeInvisible(prefix)}…${tail} (${meta})` as Redacted;
}

/** The length and fingerprint of a redacted form, as `redact` writes them (the JSON contract's form). */
const KEY_META = / \((\d+) chars, #([0-9a-f]{8})\)/g;

/**
 * `text` with the length and fingerprint of every redacted form in the reader's words (`meta`), for a
 * report in another language than English; the JSON fields keep the form `redact` writes.
 */
export function localizeKeyMeta(text: string, meta: (chars: number, fingerprint: string) => string): string {
  return text.replace(KEY_META, (_all, chars: string, print: string) => meta(Number(chars), print));
}

/** A URL is not a secret, but its user-info part can be (`https://user:token@proxy`), and so can its path. */
export function redactUrl(value: string): Redacted {
  return scrubKeyShapes(value) as Redacted;
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

/** `scheme://user:password@host` -> `scheme://***@host`, wherever a URL is in the text. */
function hideUserinfo(text: string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of findUserinfo(text)) {
    out += `${text.slice(at, start)}***`;
    at = end;
  }
  return out + text.slice(at);
}

function replaceSpans(text: string, spans: KeySpan[], plain: (s: string) => string = (s) => s): string {
  let out = '';
  let at = 0;
  for (const { start, end } of spans) {
    out += plain(text.slice(at, start)) + redact(text.slice(start, end));
    at = end;
  }
  return out + plain(text.slice(at));
}

/**
 * Redacts everything in free text that looks like a credential, for text we did not write ourselves
 * (log excerpts, server answers, error messages, values in the wrong field): keys by their prefix
 * (every provider of the key-shape table), values after `x-api-key:` / `Bearer` / `api_key=`, long
 * random tokens, the user-info of URLs. A broken key (a space, a zero-width space, a quote inside) is
 * redacted whole. Linear in the text; a redacted form passes through unchanged.
 */
export function scrubKeyShapes(text: string): string {
  const clean = hideUserinfo(text);
  return replaceSpans(clean, findKeySpans(clean));
}

/** For display: credentials redacted, and invisible characters made visible in the rest. */
export function showText(text: string): string {
  const clean = hideUserinfo(text);
  return replaceSpans(clean, findKeySpans(clean), escapeInvisible);
}

/**
 * The first credential in a value, for the checks that find a key where it does not belong. In the
 * user-info of a URL, only a key by its prefix counts: that is a place for a password (still redacted
 * when shown).
 */
export function credentialIn(value: string): string | undefined {
  const userinfo = findUserinfo(value);
  const inUserinfo = (s: KeySpan) => userinfo.some(([from, to]) => s.start >= from && s.end <= to);
  const span = findKeySpans(value).find((s) => s.kind === 'shape' || !inUserinfo(s));
  return span && value.slice(span.start, span.end);
}

const SECRET_NAME = /(?:key|token|secret|password|passwd|credentials?)["'`\s\]]*$/i;
const FRAME_SCAN: ScanOptions = { randomMin: 20, hex: true };

/**
 * One line of a configuration file shown in a parse error. The line may be broken (that is why it is
 * shown), so a key body may stand there without its prefix: the value of any key-like name is
 * redacted whole, and so is any long random-looking or hexadecimal token.
 */
export function scrubCodeLine(line: string): string {
  const clean = hideUserinfo(line);
  // No `=` or `:` (-1) leaves no name to test, as does one at the very start.
  const eq = clean.search(/[=:]/);
  if (SECRET_NAME.test(clean.slice(Math.max(0, eq - 64), Math.max(0, eq)))) {
    const value = clean.slice(eq + 1);
    // Past the end, `value[i]` is undefined: '' matches neither class, so each loop stops there.
    let from = 0;
    while (/[\s"'`]/.test(value[from] ?? '')) from++;
    let to = value.length;
    while (/[\s"'`,]/.test(value[to - 1] ?? '')) to--;
    if (to > from)
      return `${clean.slice(0, eq + 1)}${value.slice(0, from)}${redact(value.slice(from, to))}${value.slice(to)}`;
  }
  return replaceSpans(clean, findKeySpans(clean, FRAME_SCAN));
}

/** Every string inside a finding's arguments or location, scrubbed (arrays and plain objects walked). */
export function scrubDeep<T>(value: T): T {
  if (typeof value === 'string') return scrubKeyShapes(value) as T;
  if (Array.isArray(value)) return value.map(scrubDeep) as T;
  // Only plain objects (a Date, a Map or a class instance is left as it is); a primitive's prototype is never Object's.
  if (value && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v)])) as T;
  }
  return value;
}
