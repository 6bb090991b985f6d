// A window onto git's index for git-index.ts: the whole file when it is already in memory, or a
// reused buffer refilled from an open file, so that a large index never sits in memory at once.
import type { OpenedFile } from './safe-read.js';

const CHUNK = 256 * 1024;

export class IndexWindow {
  readonly size: number;
  /** bytes[p] is the file's byte start + p, for p below filled. */
  bytes: Buffer;
  start = 0;
  filled: number;
  private readonly file: OpenedFile | undefined;
  private readonly chunk: number;

  constructor(index: Buffer | OpenedFile, chunk = CHUNK) {
    this.chunk = chunk;
    if (Buffer.isBuffer(index)) {
      this.file = undefined;
      this.bytes = index;
      this.size = this.filled = index.length;
    } else {
      this.file = index;
      this.size = index.size;
      this.bytes = Buffer.alloc(0);
      this.filled = 0;
    }
  }

  /**
   * Makes the file's bytes from `offset`, `length` of them or up to its end, readable in `bytes`.
   * False when the file ended early (it shrank since it was opened): the reader then says "unknown".
   */
  cover(offset: number, length: number): boolean {
    const stop = Math.min(offset + length, this.size);
    if (offset >= this.start && stop <= this.start + this.filled) return true;
    if (!this.file) return false;
    const want = Math.max(stop - offset, Math.min(this.chunk, this.size - offset));
    if (want > this.bytes.length) this.bytes = Buffer.allocUnsafe(Math.max(want, Math.min(this.chunk, this.size)));
    let got = 0;
    for (let n = -1; n !== 0 && got < want; got += n) n = this.file.read(this.bytes, got, want - got, offset + got);
    this.start = offset;
    this.filled = got;
    return got === want;
  }
}
