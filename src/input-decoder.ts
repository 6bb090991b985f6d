// `explain` reads bytes as UTF-8, except input that starts with a UTF-16 byte order mark (what Windows
// PowerShell's `>` writes): that is decoded to UTF-8 as it streams, chunk by chunk. A chunk may end
// in the middle of a code unit or of a surrogate pair; TextDecoder's stream mode carries that over.
import { TextDecoder } from 'node:util';

export class InputDecoder {
  private start: Buffer | undefined = Buffer.alloc(0);
  private decoder?: TextDecoder;

  /** The UTF-8 bytes for this chunk (possibly none yet). */
  push(chunk: Buffer): Buffer {
    if (this.start) {
      // Two bytes decide; a first chunk of one byte waits for the next.
      const head = Buffer.concat([this.start, chunk]);
      if (head.length < 2) {
        this.start = head;
        return Buffer.alloc(0);
      }
      this.start = undefined;
      const encoding = byteOrder(head);
      // The decoder drops the byte order mark itself.
      if (encoding) this.decoder = new TextDecoder(encoding);
      chunk = head;
    }
    return this.decoder ? Buffer.from(this.decoder.decode(chunk, { stream: true }), 'utf8') : chunk;
  }

  /** The input ended: whatever was held back. */
  end(): Buffer {
    if (this.start) {
      const rest = this.start;
      this.start = undefined;
      return rest;
    }
    return this.decoder ? Buffer.from(this.decoder.decode(), 'utf8') : Buffer.alloc(0);
  }
}

/** The UTF-16 encoding a byte order mark names, or undefined for anything else (UTF-8 passes as it is). */
function byteOrder(head: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return undefined;
}
