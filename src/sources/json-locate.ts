// Where a value sits in a JSON text: JSON.parse gives no positions, so find `"key":` for each segment
// of the path in turn. Good enough for the settings files OpenHands writes.

export function locateJsonPath(text: string, path: string[]): { line?: number; column?: number } {
  let from = 0;
  for (const segment of path) {
    const re = new RegExp(`"${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*:\\s*`, 'g');
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) return {};
    from = m.index + m[0].length;
  }
  const before = text.slice(0, from);
  const line = before.split('\n').length;
  return { line, column: from - before.lastIndexOf('\n') };
}
