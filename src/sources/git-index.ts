// A reader of git's index file (.git/index), versions 2, 3 and 4, as documented in git's
// gitformat-index(5): which of some paths git tracks, without running git. Only the paths are
// read, compared as bytes in place (building a string per entry costs ~50 ms on a 100,000-file
// index); stat data, object names and most extensions are skipped. Anything malformed yields
// undefined, never an exception, so that the caller can say "unknown".

const STAT_BYTES = 40; // ctime, mtime, dev, ino, mode, uid, gid, size: ten 32-bit fields
const MODE_OFFSET = 24;
const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const EXTENDED = 0x4000;
const NAME_MASK = 0x0fff;

/**
 * Which of `paths` (relative to the work tree, `/`-separated) the index tracks: a path is tracked
 * when it has an entry, or lies under a directory entry of a sparse index. `hashSize` is 20 for
 * SHA-1 repositories and 32 for SHA-256 ones (extensions.objectFormat).
 */
export function trackedAmong(bytes: Buffer, paths: readonly string[], hashSize = 20): Set<string> | undefined {
  if (bytes.length < 12 + hashSize || bytes.toString('latin1', 0, 4) !== 'DIRC') return undefined;
  const version = bytes.readUInt32BE(4);
  if (version < 2 || version > 4) return undefined;
  const count = bytes.readUInt32BE(8);
  // The file ends with a checksum of everything before it: no entry may reach into it.
  const end = bytes.length - hashSize;
  // An entry takes at least header + 1 name byte + NUL: a count the file cannot hold is corrupt.
  if (count > (end - 12) / (STAT_BYTES + hashSize + 4)) return undefined;
  const targets = paths.map((path) => ({ path, bytes: Buffer.from(path, 'utf8') }));
  const tracked = new Set<string>();
  // v4 names are stored as "drop N bytes of the previous name, then append": keep the last one.
  let name: Buffer = Buffer.alloc(version === 4 ? 4096 : 0);
  let nameLength = 0;
  let offset = 12;
  // Plain byte reads and loops: this runs once per entry, cold, and native calls cost more here.
  for (let i = 0; i < count; i++) {
    const start = offset;
    let at = start + STAT_BYTES + hashSize + 2;
    if (at > end) return undefined;
    const flags = (bytes[at - 2]! << 8) | bytes[at - 1]!;
    if (flags & EXTENDED) {
      if (version < 3) return undefined;
      at += 2;
    }
    const length = flags & NAME_MASK; // exact below 0xFFF, "0xFFF or more" at 0xFFF
    let source: Buffer = bytes;
    let from = at;
    if (version === 4) {
      // Git's offset encoding: 7 bits a byte, high bit "more", each continuation adding one first.
      let byte = bytes[at++]!;
      let drop = byte & 0x7f;
      while (byte & 0x80 && at < end && drop < 0xffffff) {
        byte = bytes[at++]!;
        drop = ((drop + 1) << 7) | (byte & 0x7f);
      }
      if (at >= end || byte & 0x80 || drop > nameLength) return undefined;
      let w = nameLength - drop;
      const nul = length < NAME_MASK ? at + length - w : bytes.indexOf(0, at);
      if (nul < at || nul >= end || bytes[nul] !== 0) return undefined;
      if (w + nul - at > name.length) name = grow(name, w + nul - at);
      while (at < nul) name[w++] = bytes[at++]!;
      nameLength = w;
      offset = nul + 1;
      source = name;
      from = 0;
    } else {
      const nul = length < NAME_MASK ? at + length : bytes.indexOf(0, at);
      if (nul < at || nul >= end || bytes[nul] !== 0) return undefined;
      nameLength = nul - at;
      // v2/v3: the entry is padded with 1 to 8 NULs to a multiple of 8 bytes.
      offset = start + ((at - start + nameLength + 8) & ~7);
    }
    if (nameLength === 0 || (length === NAME_MASK && nameLength < NAME_MASK)) return undefined;
    // S_IFMT sits in the low 16 bits of the big-endian 32-bit mode.
    const isDir = ((bytes[start + MODE_OFFSET + 2]! << 8) & S_IFMT) === S_IFDIR;
    for (let k = 0; k < targets.length; k++) {
      const t = targets[k]!;
      // A sparse directory entry ("dir/") covers every path below it.
      if (isDir ? t.bytes.length < nameLength : t.bytes.length !== nameLength) continue;
      if (source.compare(t.bytes, 0, nameLength, from, from + nameLength) === 0) tracked.add(t.path);
    }
  }
  if (offset > end || hasSplitIndex(bytes, offset, end)) return undefined;
  return tracked;
}

function grow(buffer: Buffer, needed: number): Buffer {
  const bigger = Buffer.alloc(Math.max(needed, buffer.length * 2));
  buffer.copy(bigger);
  return bigger;
}

/**
 * A split index ("link" extension) keeps most entries in a shared file and marks deletions in
 * bitmaps: its entries alone are not the tracked set, so the answer is "unknown" rather than wrong.
 */
function hasSplitIndex(bytes: Buffer, offset: number, end: number): boolean {
  while (offset + 8 <= end) {
    if (bytes.toString('latin1', offset, offset + 4) === 'link') return true;
    offset += 8 + bytes.readUInt32BE(offset + 4);
  }
  return false;
}
