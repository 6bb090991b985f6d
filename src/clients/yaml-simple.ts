// A reader for the plain YAML that people write by hand in these configurations: block maps and sequences
// of one-line scalars. It gives exactly what eemeli/yaml gives for such a file (the same values, lines and
// columns; test/clients/yaml-simple.test.ts compares the two on generated files) and answers undefined for
// anything else: flow collections, anchors, tags, block scalars, escapes, multi-line scalars, tabs, CR,
// several documents, and every error. Then the library reads the file. Loading the library costs a run
// about 5 ms, most of a check's time on a home with several YAML clients.

/** Where a node starts (1-based): a map at its first key, a sequence at its first `-`, as the library places them. */
interface At {
  line: number;
  column: number;
}

export type SimpleNode =
  | ({ kind: 'map'; pairs: ({ key: string; value: SimpleNode } & At)[] } & At)
  | ({ kind: 'seq'; items: SimpleNode[] } & At)
  /** `isNull`: nothing, `~` or `null`, which reads as ''; a quoted '' is a value. */
  | ({ kind: 'scalar'; value: string; isNull: boolean } & At);

interface Row {
  /** 1-based line number. */
  line: number;
  /** Columns of leading spaces: where the content starts, 0-based. */
  indent: number;
  text: string;
}

/** Deeper than this is left to the library (recursion here is one frame per level). */
const MAX_DEPTH = 64;
/** Characters the library treats specially or refuses, anywhere in the file. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it looks for
const UNSUPPORTED_CHARACTERS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/;
/** A plain scalar may not start with these (YAML's indicators); `-`, `?` and `:` are left to the library too. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

/** Not in the plain subset (or an error): thrown to the top, which leaves the file to the library. */
class Unsupported extends Error {}
const unsupported = (): never => {
  throw new Unsupported();
};

/** The document's root node, or undefined when the file is not in the plain subset this reader knows. */
export function readSimpleYaml(text: string): SimpleNode | undefined {
  if (UNSUPPORTED_CHARACTERS.test(text)) return undefined;
  const rows = contentRows(text);
  if (!rows || rows.length === 0) return undefined;
  try {
    const reader = new Reader(rows);
    const root = reader.block(rows[0]!.indent, 0);
    // Each block takes the lines of its own indentation only: a line left over (a scalar's continuation, an
    // indentation error) means the file is not plain.
    return reader.done() ? root : undefined;
  } catch {
    // Unsupported, or anything this reader did not foresee: the library reads the file.
    return undefined;
  }
}

/** The lines that hold content: no blank or comment-only lines, one optional leading `---`. */
function contentRows(text: string): Row[] | undefined {
  const rows: Row[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const indent = raw.length - raw.trimStart().length;
    const content = raw.slice(indent).trimEnd();
    if (content === '' || content.startsWith('#')) continue;
    if (indent === 0 && /^(---|\.\.\.|%)/.test(content)) {
      if (content === '---' && rows.length === 0) continue;
      return undefined;
    }
    rows.push({ line: i + 1, indent, text: raw.slice(indent) });
  }
  return rows;
}

class Reader {
  private next = 0;
  constructor(private readonly rows: Row[]) {}

  done(): boolean {
    return this.next === this.rows.length;
  }

  private peek(): Row | undefined {
    return this.rows[this.next];
  }

  /** A map or a sequence whose entries start at `indent`. */
  block(indent: number, depth: number): SimpleNode {
    const row = this.peek()!;
    return isItem(row.text) ? this.sequence(indent, depth) : this.map(indent, depth);
  }

  private sequence(indent: number, depth: number): SimpleNode {
    if (depth > MAX_DEPTH) unsupported();
    const at = { line: this.peek()!.line, column: indent + 1 };
    const items: SimpleNode[] = [];
    for (let row = this.peek(); row && row.indent === indent; row = this.peek()) {
      // A key at this indentation ends a sequence that was the value of the key above it.
      if (!isItem(row.text)) break;
      const gap = spacesAfter(row.text, 1);
      const rest = row.text.slice(1 + gap);
      if (rest === '' || rest.startsWith('#')) {
        this.next++;
        items.push(this.valueBelow(row, { indent, offset: 1 + gap, isKey: false }, depth));
      } else if (keyEnd(rest) !== undefined) {
        // `- key: value`: a map whose keys line up under this first one.
        const inner = indent + 1 + gap;
        this.rows[this.next] = { line: row.line, indent: inner, text: rest };
        items.push(this.map(inner, depth + 1));
      } else {
        this.next++;
        items.push(scalar(row, indent + 1 + gap, rest));
      }
    }
    return { kind: 'seq', items, ...at };
  }

  private map(indent: number, depth: number): SimpleNode {
    if (depth > MAX_DEPTH) unsupported();
    const at = { line: this.peek()!.line, column: indent + 1 };
    const pairs: ({ key: string; value: SimpleNode } & At)[] = [];
    for (let row = this.peek(); row && row.indent === indent; row = this.peek()) {
      const end = keyEnd(row.text) ?? unsupported();
      const key = plainKey(row.text.slice(0, end));
      const gap = spacesAfter(row.text, end + 1);
      const rest = row.text.slice(end + 1 + gap);
      this.next++;
      const keyAt = { line: row.line, column: indent + 1 };
      if (rest === '' || rest.startsWith('#')) {
        pairs.push({
          key,
          ...keyAt,
          value: this.valueBelow(row, { indent, offset: end + 1 + gap, isKey: true }, depth),
        });
      } else {
        pairs.push({ key, ...keyAt, value: scalar(row, indent + end + 1 + gap, rest) });
      }
    }
    return { kind: 'map', pairs, ...at };
  }

  /**
   * The value of a key or an item with nothing after it on its line: the block indented below it (for a key,
   * also a sequence at the key's own indentation), else null, which the library places after the indicator.
   */
  private valueBelow(row: Row, place: { indent: number; offset: number; isKey: boolean }, depth: number): SimpleNode {
    const { indent, offset, isKey } = place;
    const below = this.peek();
    if (below && below.indent > indent) return this.block(below.indent, depth + 1);
    if (isKey && below && below.indent === indent && isItem(below.text)) return this.sequence(indent, depth + 1);
    return { kind: 'scalar', value: '', isNull: true, line: row.line, column: indent + offset + 1 };
  }
}

const isItem = (text: string) => text === '-' || text.startsWith('- ');

const spacesAfter = (text: string, from: number) => {
  let n = 0;
  while (text[from + n] === ' ') n++;
  return n;
};

/** Where a `key:` ends (the colon's index), when the text is a plain key followed by `: ` or `:` at the end. */
function keyEnd(text: string): number | undefined {
  if (INDICATOR_START.test(text)) return undefined;
  const comment = text.indexOf(' #');
  const colon = text.search(/:( |$)/);
  // An implicit key longer than 1024 characters is an error to the library (YAML 1.2): left to it.
  if (colon === -1 || colon > 1024 || (comment !== -1 && comment < colon)) return undefined;
  return colon;
}

function plainKey(raw: string): string {
  const key = raw.trimEnd();
  // A key the library would read as a number, a boolean or null is left to it.
  if (resolvePlain(key) !== key) unsupported();
  return key;
}

/** A one-line scalar (plain, or quoted without escapes), with nothing after it but a comment. */
function scalar(row: Row, column: number, text: string): SimpleNode {
  const at = { line: row.line, column: column + 1 };
  if (text.startsWith('"') || text.startsWith("'")) {
    const { value, end } = quoted(text);
    if (!/^( +(#.*)?)?$/.test(text.slice(end))) unsupported();
    return { kind: 'scalar', value, isNull: false, ...at };
  }
  if (INDICATOR_START.test(text)) unsupported();
  const comment = text.indexOf(' #');
  const plain = (comment === -1 ? text : text.slice(0, comment)).trimEnd();
  // `a: b: c` and `a: b:` are errors; the library says so.
  if (/:( |$)/.test(plain)) unsupported();
  return { kind: 'scalar', value: resolvePlain(plain), isNull: /^(~|null|Null|NULL)$/.test(plain), ...at };
}

/** A quoted scalar on one line: '…' with '' for a quote, or "…" without backslash escapes. */
function quoted(text: string): { value: string; end: number } {
  const quote = text[0]!;
  let value = '';
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (quote === '"' && c === '\\') unsupported();
    if (c !== quote) value += c;
    else if (quote === "'" && text[i + 1] === "'") value += text[i++];
    else return { value, end: i + 1 };
  }
  return unsupported();
}

/**
 * A plain scalar as the library's YAML 1.2 core schema reads it, written back as text: null as '',
 * booleans and decimal numbers as JavaScript writes them. The rarer forms (.inf, octal, hex, numbers too
 * long for a double) are left to the library.
 */
function resolvePlain(text: string): string {
  if (/^(~|null|Null|NULL)$/.test(text)) return '';
  if (/^(true|True|TRUE)$/.test(text)) return 'true';
  if (/^(false|False|FALSE)$/.test(text)) return 'false';
  if (/^[-+]?[0-9]{1,15}$/.test(text)) return String(Number(text));
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text)) return unsupported();
  if (/^[-+]?[0-9]+$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$|^0o[0-7]+$|^0x[0-9a-fA-F]+$/.test(text))
    return unsupported();
  return text;
}
