// The one function that makes a string from outside (a file name, a variable or TOML key, a log line,
// a server's answer) safe to print on a terminal or a CI runner: every character that can move the
// cursor, change the title, clear the screen, start a new line, or reorder what the reader sees is
// shown as a visible escape instead. Reporters apply it to every outside string before they add
// their own words, newlines and colours, so what the tool writes itself still works.

/**
 * C0 controls (newline, CR and tab included: an outside newline could forge a line of the report),
 * DEL, C1 (U+0085 NEL and U+009B CSI among them), the Arabic letter mark, zero-width characters and
 * the left-to-right / right-to-left marks, line and paragraph separators, bidi embeddings, overrides
 * and isolates, invisible operators, the BOM, interlinear annotations and tag characters (which hide
 * text from the reader).
 */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it finds
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(ch: string): string {
  const cp = ch.codePointAt(0)!;
  // Stryker disable next-line EqualityOperator: U+0100 is not in UNSAFE, so `cp <= 0x100` never differs
  return SHORT[ch] ?? (cp < 0x100 ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u{${cp.toString(16)}}`);
}

/** An outside string, with every unsafe character shown as `\x1b`, `\n`, `\u{202e}`, … */
export function neutralise(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** The runs of safe characters between the unsafe ones (what can be quoted where no escape exists). */
export function safeRuns(text: string): string[] {
  return text.split(UNSAFE);
}

/** A block of outside lines (a code frame): each line neutralised, the line breaks kept. */
export function neutraliseLines(text: string): string {
  return text.split('\n').map(neutralise).join('\n');
}

/** Every string in a value (arguments of a finding, a location), arrays and plain objects included. */
export function neutraliseDeep<T>(value: T): T {
  if (typeof value === 'string') return neutralise(value) as T;
  if (Array.isArray(value)) return value.map(neutraliseDeep) as T;
  // No primitive has Object.prototype as its prototype: the typeof test only narrows the type.
  // Stryker disable next-line ConditionalExpression: equivalent, as said above
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, neutraliseDeep(v)])) as T;
  }
  return value;
}

// Colours kleur adds (SGR: ESC [ digits and semicolons m), and the newlines the reporter writes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts the colour sequences it lets through
const OWN = /\x1b\[[0-9;]*m|\n/y;

/**
 * The last guard over a whole terminal report, after every outside string was neutralised: anything
 * unsafe left (a place a reporter forgot) is escaped, except the reporter's own newlines and colours.
 */
export function guardTerminal(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(UNSAFE)) {
    const at = match.index;
    OWN.lastIndex = at;
    if (OWN.test(text)) continue;
    out += text.slice(last, at) + escapeChar(match[0]);
    last = at + match[0].length;
  }
  return out + text.slice(last);
}

// What JSON.stringify leaves raw inside strings: DEL, C1, bidi controls and separators. `\uXXXX` is
// the same JSON value, and keeps a `--format json` run in a terminal inert.
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

/** JSON text with the characters above written as `\uXXXX` escapes: the parsed value is unchanged. */
export function jsonSafe(json: string): string {
  return json.replace(JSON_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
