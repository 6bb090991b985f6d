// Where a key sits in a TOML text. smol-toml gives values without positions, so the sources find the
// line of `key =` inside its table by scanning headers; good enough for the tables OpenHands uses.
// The text is scanned once and every key's first place is kept: looking each key up by a scan of
// its own made 7,000 groups take a minute.

/** `[table]` (not `[[array]]`) with an optional comment after it: the table's name, or undefined. */
function headerName(line: string): string | undefined {
  const text = line.trim();
  if (text[0] !== '[' || text[1] === '[') return undefined;
  const close = text.indexOf(']');
  if (close === -1) return undefined;
  const inner = text.slice(1, close).trim();
  const rest = text.slice(close + 1).trimStart();
  if (!inner || inner.includes('[') || (rest !== '' && rest[0] !== '#')) return undefined;
  return inner
    .split('.')
    .map((part) => part.trim().replace(/^["']|["']$/g, ''))
    .join('.');
}

export class TomlLocator {
  private readonly places = new Map<string, { line: number; column: number }>();

  constructor(text: string) {
    const lines = text.split('\n');
    let table = '';
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const header = headerName(line);
      if (header !== undefined) {
        table = header;
        continue;
      }
      // `key = value`, the key bare or quoted: what comes before the first `=`.
      const eq = line.indexOf('=');
      if (eq === -1) continue;
      const key = line
        .slice(0, eq)
        .trim()
        .replace(/^["']|["']$/g, '');
      const place = `${table}\0${key}`;
      if (key === '' || this.places.has(place)) continue;
      let column = eq + 1;
      while (column < line.length && /\s/.test(line[column]!)) column++;
      this.places.set(place, { line: i + 1, column: column + 1 });
    }
  }

  /** 1-based line and column of the value of `key` in table `group` (`` for the top level). */
  locate(group: string, key: string): { line?: number; column?: number } {
    return this.places.get(`${group}\0${key}`) ?? {};
  }
}
