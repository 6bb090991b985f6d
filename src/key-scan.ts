// Finds credentials in text we did not write (log lines, server answers, values in the wrong field):
// a known prefix and its body (src/data/key-shapes.ts), a long random-looking value after a word such
// as `x-api-key:` or `Bearer`, and long random runs. A token runs from its start to the next real
// delimiter: a key broken by a space, a no-break or zero-width space, a quote or an escape sequence is
// one token while what follows still looks like key body. One pass, each character looked at a
// bounded number of times, no backtracking regular expression: linear in the text.
import { TEXT_SHAPES, type TextShape } from './data/key-shapes.js';

export interface KeySpan {
  start: number;
  end: number;
  kind: 'shape' | 'context' | 'random';
}

export interface ScanOptions {
  /** Runs of key characters at least this long, with upper and lower case and digits, are taken. */
  randomMin?: number;
  /** Also take long hexadecimal runs (a code frame of a config file, where a hex secret is likely). */
  hex?: boolean;
}

/** The characters of a key body: base64url. */
const isBody = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95;
/** A token after `Bearer` or `api_key=` can be base64 or a JWT (RFC 6750 b64token). */
const isWide = (c: number) => isBody(c) || c === 46 || c === 126 || c === 43 || c === 47 || c === 61;

/** Characters that break a key by mistake: spaces of every kind, invisible ones, quotes, full-width forms. */
const ODD =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: lone combining marks on purpose, tested one at a time
  /[\p{Zs}\p{Cf}\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2800\u3164\ufe00-\ufe0f\uffa0\u2018-\u201f\uff01-\uff5e]/u;
/** The same, written as an escape: `\"`, `\u200b`, `\u{a0}`, `\x20`, `\n`, `%20`, `%E2%80%8B`, `&nbsp;`. */
const ESCAPED = new RegExp(
  [
    String.raw`\\(?:["'\\tnr]|u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2})`,
    '%(?:20|09|22|27|C2%A0|E2%80%8[B-F]|E2%81%A0|EF%BB%BF|E3%80%80)',
    '&(?:nbsp|quot|#160|#x0*a0|#8203|#x0*200b|#34|#39);',
  ].join('|'),
  'iy',
);
/**
 * Words after which a value is a credential: `x-api-key`, `ANTHROPIC_AUTH_TOKEN`, `apiKey`, `password`.
 * Plain string tests rather than one case-insensitive regular expression, which took ~1 ms to compile
 * on first use: most of a CI preflight's run.
 */
const KEY_WORDS = ['key', 'token', 'secret', 'password', 'passwd', 'credential', 'credentials'];
const QUALIFIERS = [
  '_',
  '-',
  'api',
  'auth',
  'access',
  'secret',
  'private',
  'client',
  'session',
  'refresh',
  'master',
  'admin',
  'bearer',
];

export function isKeyword(run: string): boolean {
  const word = run.toLowerCase();
  if (word === 'authorization' || word === 'auth' || word === 'bearer') return true;
  return KEY_WORDS.some((k) => {
    if (!word.endsWith(k)) return false;
    const before = word.slice(0, word.length - k.length);
    return before === '' || QUALIFIERS.some((q) => before.endsWith(q));
  });
}

/** Anthropic's public object ids (`req_011C…`, `msg_01…`, `toolu_01…`): for support, never secret. */
const OBJECT_ID = /^[a-z]{2,16}_0[0-9A-Za-z]{8,}$/;
/** A scheme before the credential itself: `Authorization: Bearer <token>`. */
const SCHEME = /(?:bearer|basic|token|bot|digest)[ \t]+/iy;

/** Length of the break at `i`: one odd character or escape sequence, else 0. */
function gapAt(t: string, i: number): number {
  if (i >= t.length) return 0;
  const c = t.charCodeAt(i);
  if (c === 32 || c === 9 || c === 34 || c === 39 || c === 96) return 1;
  if (c === 92 || c === 37 || c === 38) {
    ESCAPED.lastIndex = i;
    if (ESCAPED.exec(t)) return ESCAPED.lastIndex - i;
    // A lone backslash is a break still (a mangled escape); a lone `%` or `&` is not.
    return c === 92 ? 1 : 0;
  }
  // Not for the result (ODD holds no ASCII character) but for time: the common case skips a Unicode
  // regular expression (the 1 MiB .env bounds of test/hostile/limits-time.test.ts fail without it).
  if (c < 0x80) return 0;
  const ch = String.fromCodePoint(t.codePointAt(i)!);
  return ODD.test(ch) ? ch.length : 0;
}

const hasDigit = (s: string) => /\d/.test(s);
const hasLower = (s: string) => /[a-z]/.test(s);
const hasUpper = (s: string) => /[A-Z]/.test(s);
const classes = (s: string) => Number(hasDigit(s)) + Number(hasLower(s)) + Number(hasUpper(s));
/** A word of prose: `invalid`, `Please`. */
const proseWord = (s: string) => /^[A-Za-z][a-z]*$/.test(s);

/** Not a word of prose: letters mixed with digits, a capital inside lower case, or a long run of capitals. */
function bodyLike(s: string): boolean {
  if (proseWord(s)) return false;
  return (hasDigit(s) && /[A-Za-z]/.test(s)) || (hasUpper(s.slice(1)) && hasLower(s)) || /^[A-Z]{16,}$/.test(s);
}

/** What follows `x-api-key:` or `Bearer` is a credential when it is long and not a word, a placeholder or an id. */
const contextValue = (v: string) => v.length >= 12 && classes(v) >= 2 && !placeholderBody(v) && !OBJECT_ID.test(v);
const hexToken = (s: string) => s.length >= 32 && /^[0-9a-fA-F]+$/.test(s);

/** Template text in place of a key body: `xxxx`, `...`, `your-key-here`. */
export function placeholderBody(body: string): boolean {
  if (/^[xX0*._-]*$/.test(body)) return true;
  return (
    /^[A-Za-z_-]+$/.test(body) && /your|here|insert|paste|replace|change|example|dummy|fake|placeholder/i.test(body)
  );
}

/** The shape whose prefix starts `run` at `offset`: any at its start, else `sk-ant-` anywhere in it (`xsk-ant-…`). */
function shapeIn(run: string): { offset: number; shape: TextShape } | undefined {
  const first = TEXT_SHAPES.find((s) => run.startsWith(s.prefix));
  if (first) return { offset: 0, shape: first };
  const offset = run.indexOf('sk-ant-');
  const shape = offset > 0 ? TEXT_SHAPES.find((s) => run.startsWith(s.prefix, offset)) : undefined;
  return shape ? { offset, shape } : undefined;
}

interface Token {
  end: number;
  body: string;
}

/** No credential is longer; longer runs are data, and bounding them keeps the scan linear. */
const MAX_PIECE = 4096;

interface Run {
  start: number;
  /** Where the first run of `cls` characters ends. */
  runEnd: number;
  cls: (c: number) => boolean;
  /** The key shape the token starts with, when it has one. */
  shape?: TextShape;
}

/**
 * From `start`, whose run of `cls` characters ends at `runEnd`, across breaks while what follows still
 * looks like the same key. With a known length, the next piece must fit in what is left of the key.
 */
function extend(t: string, { start, runEnd, cls, shape }: Run): Token {
  let end = runEnd;
  let body = t.slice(start, runEnd);
  for (;;) {
    let g = end;
    for (let units = 0; units < 2; units++) {
      const n = gapAt(t, g);
      if (!n) break;
      g += n;
    }
    if (g === end) break;
    let r = g;
    while (r < t.length && r - g <= MAX_PIECE && cls(t.charCodeAt(r))) r++;
    // A piece longer than MAX_PIECE fails the length tests below.
    if (r === g) break;
    const piece = t.slice(g, r);
    if (TEXT_SHAPES.some((s) => piece.startsWith(s.prefix)) || OBJECT_ID.test(piece)) break;
    if (shape?.length) {
      // The rest of the key, give or take the character the break replaced, or a random-looking part of it.
      const left = shape.length - body.length;
      if (piece.length > left || (piece.length < left - 1 && !bodyLike(piece))) break;
    } else if (piece.length < 8 || !bodyLike(piece) || body.length + piece.length > MAX_PIECE) break;
    end = r;
    body += piece;
  }
  return { end, body };
}

/** Where a value starts after a keyword ending at `j`: `: `, ` = "`, `":"`, `\": \"`, `: Bearer `; or undefined. */
function valueStart(t: string, j: number, bearer: boolean): number | undefined {
  const limit = Math.min(t.length, j + 32);
  const spaces = (k: number) => {
    while (k < limit && (t[k] === ' ' || t[k] === '\t')) k++;
    return k;
  };
  const isQuote = (c: string | undefined) => c === '"' || c === "'" || c === '`';
  const quote = (k: number) => {
    if (t[k] === '\\' && isQuote(t[k + 1])) return k + 2;
    return isQuote(t[k]) ? k + 1 : k;
  };
  if (bearer && spaces(j) > j) return spaces(j);
  let k = spaces(quote(j));
  if (t[k] !== ':' && t[k] !== '=') return undefined;
  k = spaces(quote(spaces(t[k + 1] === '>' ? k + 2 : k + 1)));
  SCHEME.lastIndex = k;
  return SCHEME.exec(t) ? SCHEME.lastIndex : k;
}

/** Every credential in `text`, in order, not overlapping. */
export function findKeySpans(text: string, opts: ScanOptions = {}): KeySpan[] {
  const randomMin = opts.randomMin ?? 32;
  const spans: KeySpan[] = [];
  const n = text.length;
  let wideFrom = -1;
  let wideTo = -1;
  let i = 0;
  while (i < n) {
    if (!isBody(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let e = i;
    while (e < n && isBody(text.charCodeAt(e))) e++;
    const run = text.slice(i, e);
    const hit = shapeIn(run);
    if (hit) {
      const start = i + hit.offset;
      const { shape } = hit;
      const token = extend(text, { start, runEnd: e, cls: isBody, shape });
      const body = token.body.slice(shape.prefix.length);
      if (body.length >= shape.min && !placeholderBody(body) && (shape.strong || classes(body) >= 2)) {
        spans.push({ start, end: token.end, kind: 'shape' });
        i = token.end;
        continue;
      }
    } else if (run.length <= 64 && isKeyword(run)) {
      const v = valueStart(text, e, /bearer$/i.test(run));
      // A prefixed key: the shape rule takes it, and its redacted form keeps the prefix.
      if (v !== undefined && TEXT_SHAPES.some((s) => text.startsWith(s.prefix, v))) {
        i = v;
        continue;
      }
      // At the end of the text, charCodeAt is NaN: not a token character.
      if (v !== undefined && isWide(text.charCodeAt(v))) {
        // The end of the run of token characters at v; remembered, as `a=b=c=…` asks for it again and again.
        if (!(v >= wideFrom && v < wideTo)) {
          wideFrom = v;
          for (wideTo = v; wideTo < n && isWide(text.charCodeAt(wideTo)); wideTo++);
        }
        const token = wideTo - v <= MAX_PIECE ? extend(text, { start: v, runEnd: wideTo, cls: isWide }) : undefined;
        if (token && contextValue(token.body)) {
          spans.push({ start: v, end: token.end, kind: 'context' });
          i = token.end;
          continue;
        }
      }
    } else if (run.length >= randomMin && !OBJECT_ID.test(run) && (classes(run) === 3 || (opts.hex && hexToken(run)))) {
      const token = extend(text, { start: i, runEnd: e, cls: isBody });
      spans.push({ start: i, end: token.end, kind: 'random' });
      i = token.end;
      continue;
    }
    i = e;
  }
  return spans;
}

/** `scheme://user:password@host`: the user-info part of every URL in the text, as [start, end) pairs. */
export function findUserinfo(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 3)) {
    let s = at;
    while (s > 0 && at - s < 32 && /[A-Za-z0-9+.-]/.test(text[s - 1]!)) s--;
    if (s === at || !/[A-Za-z]/.test(text[s]!)) continue;
    let end = at + 3;
    let lastAt = -1;
    while (end < text.length && !/[\s/?#"'<>\\]/.test(text[end]!)) {
      if (text[end] === '@') lastAt = end;
      end++;
    }
    if (lastAt > at + 3) out.push([at + 3, lastAt]);
    at = end - 3;
  }
  return out;
}
