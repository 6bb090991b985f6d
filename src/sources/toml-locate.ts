// Where a key sits in a TOML text. smol-toml gives values without positions, so the sources find the
// line of `key =` inside its table by scanning headers; good enough for the tables OpenHands uses.

const HEADER = /^\s*\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$/;

function tableName(raw: string): string {
  return raw.split('.').map((part) => part.trim().replace(/^["']|["']$/g, '')).join('.');
}

/** 1-based line and column of the value of `key` in table `group` (`` for the top level). */
export function locateTomlKey(text: string, group: string, key: string): { line?: number; column?: number } {
  const lines = text.split('\n');
  let current = '';
  const keyLine = new RegExp(`^(\\s*["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*=\\s*)`);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const header = HEADER.exec(line);
    if (header) {
      current = tableName(header[1]!);
      continue;
    }
    const m = current === group ? keyLine.exec(line) : null;
    if (m) return { line: i + 1, column: m[1]!.length + 1 };
  }
  return {};
}
