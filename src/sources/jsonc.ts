// JSON with the position of every property, and with comments and trailing commas accepted but noted:
// Claude Code rejects a settings file that has them, and users write them anyway. JSON.parse gives no
// positions, and a text search for `"key":` finds the one in a comment or a nested object. Error
// messages never quote the text (a settings file can hold a key).

export interface Position {
  line: number;
  column: number;
}

/** Where each property's value starts, by object (the last of duplicate keys wins, as in JSON.parse). */
export type Positions = WeakMap<object, Map<string, Position>>;

export type JsoncResult =
  | { ok: true; value: unknown; positions: Positions; comments: boolean; trailingComma: boolean }
  | { ok: false; line: number; column: number; message: string };

const MAX_DEPTH = 256;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class JsoncError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

export function parseJsonc(text: string): JsoncResult {
  const parser = new Parser(text);
  try {
    parser.space();
    const value = parser.value(0);
    parser.space();
    if (parser.at < text.length) throw new JsoncError('unexpected text after the end of the JSON value', parser.at);
    return {
      ok: true,
      value,
      positions: parser.positions,
      comments: parser.comments,
      trailingComma: parser.trailingComma,
    };
  } catch (error) {
    if (!(error instanceof JsoncError)) throw error;
    return { ok: false, ...positionOf(lineStarts(text), error.at), message: error.message };
  }
}

/** The offset of every line's start, for positionOf. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) starts.push(nl + 1);
  return starts;
}

/** 1-based line and column of an offset; a CR before the LF ends the line, it is not a column. */
export function positionOf(starts: number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

class Parser {
  at = 0;
  comments = false;
  trailingComma = false;
  positions: Positions = new WeakMap();
  private readonly starts: number[];

  constructor(private readonly text: string) {
    this.starts = lineStarts(text);
  }

  space(): void {
    const t = this.text;
    while (this.at < t.length) {
      const c = t[this.at]!;
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.at++;
      else if (t.startsWith('//', this.at)) {
        this.comments = true;
        const end = t.indexOf('\n', this.at);
        this.at = end === -1 ? t.length : end;
      } else if (t.startsWith('/*', this.at)) {
        this.comments = true;
        const end = t.indexOf('*/', this.at + 2);
        if (end === -1) throw new JsoncError('a comment is not closed', this.at);
        this.at = end + 2;
      } else return;
    }
  }

  value(depth: number): unknown {
    if (depth > MAX_DEPTH) throw new JsoncError('nested too deeply', this.at);
    const c = this.text[this.at];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = this.at;
    const m = NUMBER.exec(this.text);
    if (m) {
      this.at += m[0].length;
      return Number(m[0]);
    }
    throw new JsoncError(c === undefined ? 'the text ends too early' : 'unexpected character', this.at);
  }

  private object(depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const where = new Map<string, Position>();
    this.positions.set(out, where);
    this.at++;
    this.space();
    if (this.text[this.at] === '}') {
      this.at++;
      return out;
    }
    for (;;) {
      if (this.text[this.at] !== '"') throw new JsoncError('expected a property name in double quotes', this.at);
      const key = this.string();
      this.space();
      if (this.text[this.at] !== ':') throw new JsoncError("expected ':' after a property name", this.at);
      this.at++;
      this.space();
      where.delete(key);
      where.set(key, positionOf(this.starts, this.at));
      // defineProperty: a key named __proto__ is data, as with JSON.parse.
      Object.defineProperty(out, key, {
        value: this.value(depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      if (this.separator('}')) return out;
    }
  }

  private array(depth: number): unknown[] {
    const out: unknown[] = [];
    this.at++;
    this.space();
    if (this.text[this.at] === ']') {
      this.at++;
      return out;
    }
    for (;;) {
      out.push(this.value(depth + 1));
      if (this.separator(']')) return out;
    }
  }

  /** After a member: true at the closing bracket (consumed), false after a comma with more to come. */
  private separator(close: '}' | ']'): boolean {
    this.space();
    const c = this.text[this.at];
    if (c === close) {
      this.at++;
      return true;
    }
    if (c !== ',') throw new JsoncError(`expected ',' or '${close}'`, this.at);
    this.at++;
    this.space();
    if (this.text[this.at] === close) {
      this.trailingComma = true;
      this.at++;
      return true;
    }
    return false;
  }

  private string(): string {
    const t = this.text;
    const start = this.at;
    let out = '';
    this.at++;
    for (;;) {
      const c = t[this.at];
      if (c === undefined) throw new JsoncError('a string is not closed', start);
      if (c === '"') {
        this.at++;
        return out;
      }
      if (c < ' ') throw new JsoncError('a control character inside a string', this.at);
      if (c !== '\\') {
        out += c;
        this.at++;
        continue;
      }
      const e = t[this.at + 1];
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(t.slice(this.at + 2, this.at + 6))) {
        out += String.fromCharCode(Number.parseInt(t.slice(this.at + 2, this.at + 6), 16));
        this.at += 6;
      } else if (e !== undefined && Object.hasOwn(ESCAPES, e)) {
        out += ESCAPES[e];
        this.at += 2;
      } else throw new JsoncError('an invalid escape inside a string', this.at);
    }
  }
}
