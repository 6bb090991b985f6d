// Reading an error by its structure, whatever wraps it: the API's envelope as plain JSON, as JSON inside a
// JSON string (any depth of escaping), as a Python dict repr or LiteLLM's b'…' bytes, an OpenAI-shaped
// gateway error, Google's and Cloudflare's; and the HTTP status from an SDK's `Error code: 401 - {…}`, a
// status line or a `401 Unauthorized`. Regular expressions over one line (at most 64 kB): bounded work.

export interface Envelope {
  status?: number;
  /** `error.type` (Anthropic, OpenAI shape) or Google's `status` (PERMISSION_DENIED). */
  type?: string;
  message?: string;
  requestId?: string;
}

/**
 * One spelling for every wrapping: escapes undone (`\"`, `\\\"`, `\n`), Python's single-quoted keys and
 * values turned to JSON's double quotes, runs of whitespace made one space. Only for matching and parsing.
 */
export function normalize(text: string): string {
  // Most lines hold no escape and no quote: each pass runs only when it can change something.
  let out = text;
  if (out.includes('\\'))
    out = out
      .replace(/\\+u0027/g, "'")
      .replace(/\\+"/g, '"')
      .replace(/\\+[nrt]/g, ' ');
  if (out.includes("'"))
    out = out.replace(/'([\w@-]+)'(\s*:)/g, '"$1"$2').replace(/(:\s*)'((?:[^'\\]|\\.)*)'/g, '$1"$2"');
  return out.replace(/\s{2,}|(?! )\s/g, ' ');
}

const REASONS: Record<string, number> = {
  'bad request': 400,
  unauthorized: 401,
  'payment required': 402,
  forbidden: 403,
  'not found': 404,
  'payload too large': 413,
  'request entity too large': 413,
  'unavailable for legal reasons': 451,
  'too many requests': 429,
  'internal server error': 500,
  'bad gateway': 502,
  'service unavailable': 503,
  'gateway timeout': 504,
};

// An HTTP status as clients print it; the number is taken only in the range of errors (400–599).
const STATUS_FORMS = [
  /\b(?:error code|api error|status code|statuscode|status|http(?:\/[\d.]+)?|http_status)["']?\s*[:=_]?\s*\(?([45]\d\d)\b/i,
  /(?:^|[\s"[(]|Error: )([45]\d\d) (?=[{<]|[A-Z][a-z]|status code)/,
];
const REASON_FORM = new RegExp(`\\b([45]\\d\\d) (${Object.keys(REASONS).join('|')})\\b`, 'i');

/** `… Error (503 …)`, `Request rejected (429)`: a status in brackets shortly after an error word. */
function bracketed(text: string): number | undefined {
  const m = /\(([45]\d\d)\b/.exec(text);
  if (!m) return undefined;
  return /\b(?:error|exception|failed|rejected)\b/i.test(text.slice(Math.max(0, m.index - 48), m.index))
    ? Number(m[1])
    : undefined;
}

export function statusIn(text: string): number | undefined {
  for (const form of STATUS_FORMS) {
    const m = form.exec(text);
    if (m) return Number(m[1]);
  }
  const inBrackets = bracketed(text);
  if (inBrackets !== undefined) return inBrackets;
  const m = REASON_FORM.exec(text);
  return m ? Number(m[1]) : undefined;
}

const STRING = '"((?:[^"\\\\]|\\\\.){0,2000})"';
const FIELD = (name: string) => new RegExp(`"${name}"\\s*:\\s*${STRING}`);
const ERROR_OBJECT = /"error"\s*:\s*\{/;

/** The first error envelope in a normalised text (see normalize), or undefined when there is none. */
export function envelopeIn(normalised: string): Envelope | undefined {
  const status = statusIn(normalised);
  const requestId = /"request_id"\s*:\s*"(req_\w+)"/.exec(normalised)?.[1];
  const at = normalised.search(ERROR_OBJECT);
  // The error object's own fields: its type (or Google's status) and its message, near its start.
  const inner = at === -1 ? '' : normalised.slice(at, at + 4000);
  const type = FIELD('type').exec(inner)?.[1] ?? FIELD('status').exec(inner)?.[1];
  const message = FIELD('message').exec(inner)?.[1] ?? FIELD('detail').exec(normalised)?.[1];
  if (status === undefined && !type && !message) return undefined;
  return {
    ...(status !== undefined ? { status } : {}),
    ...(type ? { type } : {}),
    ...(message ? { message } : {}),
    ...(requestId ? { requestId } : {}),
  };
}
