// A reader of git's index file (.git/index), versions 2, 3 and 4, as documented in git's
// gitformat-index(5): which of some paths git tracks, without running git. Only the paths are
// read, compared as bytes in place (building a string per entry costs ~50 ms on a 100,000-file
// index); stat data, object names and most extensions are skipped. Anything malformed yields
// undefined, never an exception, so that the caller can say "unknown".
//
// The open file is read a window at a time (index-window.ts): a 100,000-file index is ~10 MB, and
// first touching that much fresh memory cost ~40 ms, more than reading it.
import { IndexWindow } from './index-window.js';
import type { OpenedFile } from './safe-read.js';

const STAT_BYTES = 40; // ctime, mtime, dev, ino, mode, uid, gid, size: ten 32-bit fields
const MODE_OFFSET = 24;
const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const EXTENDED = 0x4000;
const NAME_MASK = 0x0fff;
/** The bytes made readable before an entry is parsed; a longer entry asks for twice as many, and so on. */
const ENTRY_ROOM = 256;

/**
 * Which of `paths` (relative to the work tree, `/`-separated) the index tracks: a path is tracked
 * when it has an entry, or lies under a directory entry of a sparse index. `hashSize` is 20 for
 * SHA-1 repositories and 32 for SHA-256 ones (extensions.objectFormat). `chunk` sets how much of the
 * file is read at a time (tests make it small).
 */
export function trackedAmong(
  index: OpenedFile,
  paths: readonly string[],
  hashSize = 20,
  chunk?: number,
): Set<string> | undefined {
  const w = new IndexWindow(index, chunk);
  if (w.size < 12 + hashSize || !w.cover(0, 12)) return undefined;
  if (w.bytes.toString('latin1', 0, 4) !== 'DIRC') return undefined;
  const version = w.bytes.readUInt32BE(4);
  if (version < 2 || version > 4) return undefined;
  const count = w.bytes.readUInt32BE(8);
  // The file ends with a checksum of everything before it: no entry may reach into it.
  const end = w.size - hashSize;
  const targets = paths.map((path) => ({ path, bytes: Buffer.from(path) }));
  const tracked = new Set<string>();
  // v4 names are stored as "drop N bytes of the previous name, then append": keep the last one.
  let name: Buffer = Buffer.alloc(0);
  let nameLength = 0;
  let offset = 12;
  let room = ENTRY_ROOM;
  // The window: b[p] is the file's byte d + p, readable below stop.
  let b = w.bytes;
  let d = 0;
  let stop = 0;
  // Plain byte reads and loops: this runs once per entry, cold, and native calls cost more here.
  // A count the file cannot hold ends in an entry that runs into the checksum.
  for (let i = 0; i < count; ) {
    // Stryker disable next-line all: only a shortcut past cover() (a call per entry costs ~5 ms cold)
    if (offset + room > d + stop && d + stop < end) {
      if (!w.cover(offset, room)) return undefined;
      b = w.bytes;
      d = w.start;
      stop = Math.min(end, d + w.filled) - d;
    }
    const start = offset - d;
    // Parsed in window positions; an entry that runs past the window is read again with more room,
    // and is corrupt only where the window already reaches the checksum.
    let at = start + STAT_BYTES + hashSize + 2;
    let past = at > stop;
    const flags = past ? 0 : (b[at - 2]! << 8) | b[at - 1]!;
    if (flags & EXTENDED) {
      if (version < 3) return undefined;
      at += 2;
      past = at > stop;
    }
    const length = flags & NAME_MASK; // exact below 0xFFF, "0xFFF or more" at 0xFFF
    let source: Buffer = b;
    let from = at;
    let drop = 0;
    let nul = -1;
    if (!past && version === 4) {
      // Git's offset encoding: 7 bits a byte, high bit "more", each continuation adding one first.
      let byte = b[at++]!;
      drop = byte & 0x7f;
      while (byte & 0x80 && at < stop && drop < 0xffffff) {
        byte = b[at++]!;
        drop = ((drop + 1) << 7) | (byte & 0x7f);
      }
      if (at >= stop) past = true;
      else if (byte & 0x80 || drop > nameLength) return undefined;
    }
    if (!past) {
      // v4 stores only what the previous name lacks; -1 from indexOf: no NUL in the window.
      nul = length < NAME_MASK ? at + length - (version === 4 ? nameLength - drop : 0) : b.indexOf(0, at);
      if (length < NAME_MASK && nul < at) return undefined;
      if (nul < 0 || nul >= stop) past = true;
      else if (b[nul] !== 0) return undefined;
    }
    if (past) {
      if (d + stop >= end) return undefined;
      room *= 2; // read this entry again, with more room
      stop = 0;
      continue;
    }
    if (version === 4) {
      let k = nameLength - drop;
      if (k + nul - at > name.length) name = grow(name, k + nul - at);
      while (at < nul) name[k++] = b[at++]!;
      nameLength = k;
      offset = d + nul + 1;
      source = name;
      from = 0;
    } else {
      nameLength = nul - at;
      // v2/v3: the entry is padded with 1 to 8 NULs to a multiple of 8 bytes.
      offset = d + start + ((at - start + nameLength + 8) & ~7);
    }
    if (nameLength === 0 || (length === NAME_MASK && nameLength < NAME_MASK)) return undefined;
    // S_IFMT sits in the low 16 bits of the big-endian 32-bit mode.
    const isDir = ((b[start + MODE_OFFSET + 2]! << 8) & S_IFMT) === S_IFDIR;
    for (let k = 0; k < targets.length; k++) {
      const t = targets[k]!;
      // A sparse directory entry ("dir/") covers every path below it.
      if (isDir ? t.bytes.length < nameLength : t.bytes.length !== nameLength) continue;
      if (source.compare(t.bytes, 0, nameLength, from, from + nameLength) === 0) tracked.add(t.path);
    }
    i++;
    room = ENTRY_ROOM;
  }
  if (offset > end || hasSplitIndex(w, offset, end)) return undefined;
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
 * Also true when an extension's header cannot be read: the caller then answers "unknown" too.
 */
function hasSplitIndex(w: IndexWindow, offset: number, end: number): boolean {
  while (offset + 8 <= end) {
    if (!w.cover(offset, 8)) return true;
    const at = offset - w.start;
    if (w.bytes.toString('latin1', at, at + 4) === 'link') return true;
    offset += 8 + w.bytes.readUInt32BE(at + 4);
  }
  return false;
}
