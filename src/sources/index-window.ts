// A window onto git's index for git-index.ts: a reused buffer refilled from the open file, so that a
// large index never sits in memory at once.
import type { OpenedFile } from './safe-read.js';

// Stryker disable next-line all: any size gives the same answers, only more or fewer reads
const CHUNK = 256 * 1024;

export class IndexWindow {
  readonly size: number;
  /** bytes[p] is the file's byte start + p, for p below filled. */
  bytes = Buffer.alloc(0);
  start = 0;
  filled = 0;

  constructor(
    private readonly file: OpenedFile,
    private readonly chunk = CHUNK,
  ) {
    this.size = file.size;
  }

  /**
   * Makes the file's bytes from `offset`, `length` of them or up to its end, readable in `bytes`.
   * False when the file ended early (it shrank since it was opened): the reader then says "unknown".
   */
  cover(offset: number, length: number): boolean {
    const stop = Math.min(offset + length, this.size);
    if (offset >= this.start && stop <= this.start + this.filled) return true;
    const want = Math.max(stop - offset, Math.min(this.chunk, this.size - offset));
    // Stryker disable next-line all: a buffer larger than needed, or a new one each time, reads the same
    if (want > this.bytes.length) this.bytes = Buffer.allocUnsafe(Math.max(want, Math.min(this.chunk, this.size)));
    let got = 0;
    while (got < want) {
      const n = this.file.read(this.bytes, got, want - got, offset + got);
      if (n === 0) break;
      got += n;
    }
    this.start = offset;
    this.filled = got;
    return got === want;
  }
}
