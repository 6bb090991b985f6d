// Shell words as sh would split them, for the simple cases only: unquoted text, '…', "…" without
// expansion, and a backslash outside quotes. Anything that needs the shell itself to know (a `$`, a
// backquote, a glob, `~`) makes the word unresolvable; nothing is ever run.

export interface Words {
  /** The words before the first operator (`;`, `|`, `&`, `<`, `>`, `(`, `)`, a comment) or the end. */
  words: string[];
  /** Where the words stopped: the end of the text, an operator, or a word the shell would expand. */
  stop: 'end' | 'operator' | 'unresolved';
  /** The offset where each word starts, for columns. */
  starts: number[];
  /** The offset where the words stopped. */
  at: number;
}

const BLANK = /[ \t]/;
const OPERATOR = /[;|&<>()\n\r]/;
const EXPANDS = /[$`*?[]/;

/** `vars`: variables whose `$NAME` / `${NAME}` the caller knows (HOME in a start-up file). */
export function shellWords(text: string, vars: Readonly<Record<string, string>> = {}): Words {
  const out: Words = { words: [], stop: 'end', starts: [], at: 0 };
  let at = 0;
  for (;;) {
    while (at < text.length && BLANK.test(text[at]!)) at++;
    if (at >= text.length) return { ...out, at };
    const c = text[at]!;
    if (OPERATOR.test(c) || c === '#') return { ...out, stop: 'operator', at };
    if (c === '~') return { ...out, stop: 'unresolved', at };
    const word = readWord(text, at, vars);
    if (!word) return { ...out, stop: 'unresolved', at };
    out.words.push(word.value);
    out.starts.push(at);
    at = word.end;
  }
}

/** One word from `at`, or undefined when the shell would expand something in it. */
function readWord(
  text: string,
  from: number,
  vars: Readonly<Record<string, string>>,
): { value: string; end: number } | undefined {
  let value = '';
  let at = from;
  while (at < text.length) {
    const c = text[at]!;
    if (BLANK.test(c) || OPERATOR.test(c)) break;
    const known = c === '$' ? knownVariable(text, at, vars) : undefined;
    if (known) {
      value += known.value;
      at = known.end;
      continue;
    }
    if (EXPANDS.test(c)) return undefined;
    if (c === "'") {
      const close = text.indexOf("'", at + 1);
      if (close === -1) return undefined;
      value += text.slice(at + 1, close);
      at = close + 1;
    } else if (c === '"') {
      const close = text.indexOf('"', at + 1);
      if (close === -1) return undefined;
      const inner = inDoubleQuotes(text.slice(at + 1, close), vars);
      if (inner === undefined) return undefined;
      value += inner;
      at = close + 1;
    } else if (c === '\\') {
      if (at + 1 >= text.length || text[at + 1] === '\n') return undefined;
      value += text[at + 1];
      at += 2;
    } else {
      value += c;
      at++;
    }
  }
  return { value, end: at };
}

/** `$NAME` or `${NAME}` for a variable in `vars`. */
function knownVariable(
  text: string,
  at: number,
  vars: Readonly<Record<string, string>>,
): { value: string; end: number } | undefined {
  const m = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/.exec(text.slice(at, at + 256));
  const name = m?.[1] ?? m?.[2];
  if (!m || name === undefined || !Object.hasOwn(vars, name)) return undefined;
  return { value: vars[name]!, end: at + m[0].length };
}

/** The inside of "…": known variables substituted; undefined for any other expansion or escape. */
function inDoubleQuotes(inner: string, vars: Readonly<Record<string, string>>): string | undefined {
  let out = '';
  for (let at = 0; at < inner.length; ) {
    const c = inner[at]!;
    const known = c === '$' ? knownVariable(inner, at, vars) : undefined;
    if (known) {
      out += known.value;
      at = known.end;
    } else if (c === '$' || c === '`' || c === '\\') return undefined;
    else {
      out += c;
      at++;
    }
  }
  return out;
}
