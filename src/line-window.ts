// What `explain` keeps of a line too long to hold whole: windows of text around each signature
// (CONTEXT bytes either side), a window growing while signatures keep coming but never past
// MAX_WINDOW. Memory stays flat whatever the line's length; each byte is copied at most twice.

export interface Window {
  text: string;
  /** The window begins with the line's first byte (nothing was cut off before it). */
  atLineStart: boolean;
}

const CONTEXT = 2 * 1024;
const MAX_WINDOW = 16 * 1024;
/** Room for the signature itself before its end. */
const SIGNATURE = 64;

export class LineWindows {
  /** The last CONTEXT bytes of the line so far (copied, never a slice of a chunk). */
  private tail: Buffer;
  /** How many bytes of the line came before the part being pushed. */
  private offset: number;
  private open?: { parts: Buffer[]; length: number; need: number; atLineStart: boolean };

  constructor(head: Buffer) {
    this.tail = Buffer.from(head.subarray(Math.max(0, head.length - CONTEXT)));
    this.offset = head.length;
  }

  /** The next part of the line; `hits` are where signatures end in it (ascending). */
  push(part: Buffer, hits: readonly number[], emit: (w: Window) => void): void {
    let i = 0;
    for (const hit of hits) {
      const end = hit + 1;
      if (this.open) {
        const gap = end - i;
        if (gap <= this.open.need && this.open.length + gap <= MAX_WINDOW) {
          this.add(part.subarray(i, end));
          this.open.need = CONTEXT;
          i = end;
          continue;
        }
        this.add(part.subarray(i, i + Math.max(0, Math.min(this.open.need, MAX_WINDOW - this.open.length))));
        this.close(emit);
      }
      const from = end - CONTEXT - SIGNATURE;
      const before = from >= 0 ? [] : [this.tail.subarray(Math.max(0, this.tail.length + from))];
      const start = this.offset + Math.max(from, -this.tail.length);
      this.open = { parts: [], length: 0, need: CONTEXT, atLineStart: start === 0 };
      for (const b of before) this.add(b);
      this.add(part.subarray(Math.max(0, from), end));
      i = end;
    }
    if (this.open) {
      const take = Math.min(this.open.need, part.length - i);
      this.add(part.subarray(i, i + take));
      this.open.need -= take;
      if (this.open.need === 0) this.close(emit);
    }
    this.tail =
      part.length >= CONTEXT
        ? Buffer.from(part.subarray(part.length - CONTEXT))
        : Buffer.concat([this.tail, part]).subarray(-CONTEXT);
    this.offset += part.length;
  }

  /** The line ended: the open window is complete with what it has. */
  end(emit: (w: Window) => void): void {
    if (this.open) this.close(emit);
  }

  private add(bytes: Buffer): void {
    this.open!.parts.push(Buffer.from(bytes));
    this.open!.length += bytes.length;
  }

  private close(emit: (w: Window) => void): void {
    const { parts, atLineStart } = this.open!;
    this.open = undefined;
    emit({ text: Buffer.concat(parts).toString('utf8').replace(/\r$/, ''), atLineStart });
  }
}
