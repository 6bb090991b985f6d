// dotenv's parse() is one regular expression run over the whole text:
//   ^\s*(export\s+)?([\w.-]+)(\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?$
// with the m and g flags. Its leading \s* spans blank lines, so on hostile input the regex takes
// quadratic time (40,000 blank lines: 9 s). This scanner finds the same matches in one pass. Why it
// can: every part of the pattern has only one way to succeed, except the quoted values (closing quote
// candidates, tried greedy-first) — see the comments below. test/sources/dotenv-parse.test.ts checks
// it against the real package on random input.

/** One match: where the name, the separator's end and the value are, and where the match ends. */
export interface DotenvMatch {
  exported: boolean;
  nameStart: number;
  nameEnd: number;
  /** Just after `=` (or `: `), where the value group starts. */
  valueStart: number;
  /** The value group as matched (leading spaces and quotes included), when there is one. */
  raw?: string;
  end: number;
}

// JavaScript's \s, and the line terminators that ^, $ and . know (no \r here: the text is normalized).
const isSpace = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
const isBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
// [\w.-]
const isName = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45;
const HASH = 35;
const BACKSLASH = 92;

/** Every match of dotenv's pattern in `text` (line endings already normalized to \n). */
export function scanDotenv(text: string): DotenvMatch[] {
  const n = text.length;
  const at = (i: number) => (i < n ? text.charCodeAt(i) : -1);
  // Past the end charCodeAt is NaN, which no character test accepts: the loops below need no bound.
  const skipSpace = (i: number) => {
    while (isSpace(text.charCodeAt(i))) i++;
    return i;
  };
  const nextLine = (i: number) => {
    // Stryker disable next-line EqualityOperator: equivalent, at n the test below gives -1 all the same
    while (i < n && !isBreak(text.charCodeAt(i))) i++;
    // n + 1 would end the scan as -1 does (from < n): only the -1 itself matters.
    // Stryker disable next-line EqualityOperator,ConditionalExpression: equivalent, as said above
    return i < n ? i + 1 : -1;
  };

  /** `\s*(?:#.*)?$` from i: where it ends, or -1. \s* is greedy and gives back down to a line break. */
  const tail = (i: number): number => {
    let lastBreak = -1;
    let z = i;
    for (; isSpace(text.charCodeAt(z)); z++) if (isBreak(text.charCodeAt(z))) lastBreak = z;
    if (z === n) return n;
    if (text.charCodeAt(z) === HASH) {
      while (z < n && !isBreak(text.charCodeAt(z))) z++;
      return z;
    }
    return lastBreak;
  };

  /** The name and separator from i: `[\w.-]+` can only be the longest run, `\s*=` only the longest spaces. */
  const nameAt = (i: number) => {
    let e = i;
    while (isName(text.charCodeAt(e))) e++;
    if (e === i) return undefined;
    const eq = skipSpace(e);
    // The lazy \s*? after = and \s+? after : take the fewest spaces: the value alternatives never fail there.
    if (at(eq) === 61) return { nameStart: i, nameEnd: e, valueStart: eq + 1 };
    if (at(e) === 58 && isSpace(text.charCodeAt(e + 1))) return { nameStart: i, nameEnd: e, valueStart: e + 2 };
    return undefined;
  };

  const out: DotenvMatch[] = [];
  // `from` is a line start, or the line break where a match ended ($), from which ^\s* reaches the same q.
  let from = 0;
  while (from !== -1 && from < n) {
    // ^\s*: the same q for every line start up to q, so one failure here stands for all of them.
    const q = skipSpace(from);
    let head: ReturnType<typeof nameAt>;
    let exported = false;
    if (text.startsWith('export', q) && isSpace(at(q + 6))) {
      head = nameAt(skipSpace(q + 6));
      exported = head !== undefined;
    }
    head ??= nameAt(q);
    if (!head) {
      from = nextLine(q);
      continue;
    }
    const value = valueAt(head.valueStart);
    out.push({ exported, ...head, ...value });
    from = value.end;
  }
  return out;

  function valueAt(v: number): { raw?: string; end: number } {
    const u = skipSpace(v);
    const quote = at(u);
    if (quote === 39 || quote === 34 || quote === 96) {
      // (?:\\q|[^q])* passes a quote only when a backslash precedes it, so greedy matching stops at the
      // first unescaped quote; backtracking then tries the escaped ones, last first.
      const escaped: number[] = [];
      let first = -1;
      for (let s = text.indexOf(text[u]!, u + 1); s !== -1; s = text.indexOf(text[u]!, s + 1)) {
        if (text.charCodeAt(s - 1) !== BACKSLASH) {
          first = s;
          break;
        }
        escaped.push(s);
      }
      const candidates = first === -1 ? escaped.reverse() : [first, ...escaped.reverse()];
      for (const close of candidates) {
        const end = tail(close + 1);
        if (end !== -1) return { raw: text.slice(v, close + 1), end };
      }
    }
    // [^#\r\n]+ then the tail, which always succeeds after it (at #, a line break or the end).
    const c = at(v);
    if (c !== -1 && c !== HASH && c !== 10 && c !== 13) {
      let r = v;
      while (r < n && text.charCodeAt(r) !== HASH && text.charCodeAt(r) !== 10 && text.charCodeAt(r) !== 13) r++;
      return { raw: text.slice(v, r), end: tail(r) };
    }
    // No value: the tail succeeds at #, a line break or the end.
    return { end: tail(v) };
  }
}

/** `value.replace(/^(['"`])([\s\S]*)\1$/gm, '$2')`, without its quadratic backtracking on many lines. */
export function unquoteLines(value: string): string {
  const n = value.length;
  // For each quote, the last one that ends a line: greedy [\s\S]* always reaches that one first.
  const last: Record<string, number> = {};
  // Stryker disable next-line EqualityOperator: equivalent, value[n] is undefined, which is no quote
  for (let j = 0; j < n; j++) {
    const ch = value[j]!;
    if ((ch === "'" || ch === '"' || ch === '`') && (j + 1 === n || isBreak(value.charCodeAt(j + 1)))) last[ch] = j;
  }
  let out = '';
  let copied = 0;
  // Stryker disable next-line EqualityOperator: equivalent, at n the line loop below steps past the end
  for (let i = 0; i < n; ) {
    // `last` holds quotes only: any other character finds no j.
    const j = last[value[i]!] ?? -1;
    if (j > i) {
      out += value.slice(copied, i) + value.slice(i + 1, j);
      copied = j + 1;
      // From j - 1 the line loop below reaches the same line start: no line break lies between.
      // Stryker disable next-line ArithmeticOperator: equivalent, as said above
      i = j + 1;
    }
    // The next ^: just after a line break.
    // Stryker disable next-line EqualityOperator: equivalent, at n or n + 1 the scan ends all the same
    while (i < n && !isBreak(value.charCodeAt(i))) i++;
    i++;
  }
  return out + value.slice(copied);
}
