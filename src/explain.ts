// `claude-doctor explain`: every known error in a pasted text or a whole log, each diagnosis once with
// its line numbers, a redacted excerpt and the fix. The same matcher table as the live probe. A log is
// streamed in chunks and never held in memory; one pass over its bytes finds the lines that hold a
// signature (signatures.ts), and only those are matched against the rules.
import type { Code } from './catalog/index.js';
import { MATCHERS, modelIn } from './probe/matchers.js';
import { scrubKeyShapes } from './secrets.js';
import { buildAutomaton, SIGNATURES } from './signatures.js';

export interface Diagnosis {
  code: Code;
  /** Lines (1-based) where it was seen; the first ones only, as a long log can repeat an error. */
  lines: number[];
  count: number;
  excerpt: string;
  model?: string;
}

const MAX_LINES = 20;
const MAX_EXCERPT = 240;
/** A line longer than this is kept only in part for the rules and the excerpt. */
const MAX_LINE = 64 * 1024;

const AUTOMATON = buildAutomaton(SIGNATURES);
const TEXT_MATCHERS = MATCHERS.filter((m) => m.text);
const EMPTY = Buffer.alloc(0);

export class Explainer {
  private readonly found = new Map<Code, Diagnosis>();
  private line = 1;
  private state = 0;
  private hit = false;
  /** The start of the current line, when it began in an earlier chunk. */
  private carry: Buffer = EMPTY;

  /** Feeds bytes as they arrive; signatures and lines may be split across chunks. */
  push(chunk: Buffer): void {
    const { next, accepting } = AUTOMATON;
    let { state, hit, line } = this;
    let lineStart = 0;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (byte === 10) {
        if (hit) this.check(this.lineText(chunk, lineStart, i), line);
        line++;
        lineStart = i + 1;
        hit = false;
        state = 0;
        this.carry = EMPTY;
        continue;
      }
      state = next[(state << 8) | byte]!;
      if (accepting[state]) hit = true;
    }
    if (lineStart < chunk.length && this.carry.length < MAX_LINE) {
      this.carry = Buffer.concat([this.carry, chunk.subarray(lineStart, lineStart + MAX_LINE - this.carry.length)]);
    }
    Object.assign(this, { state, hit, line });
  }

  /** Ends the input and returns the diagnoses, in the order they first appeared. */
  finish(): Diagnosis[] {
    if (this.hit) this.check(this.carry.toString('utf8'), this.line);
    this.carry = EMPTY;
    this.hit = false;
    return [...this.found.values()];
  }

  private lineText(chunk: Buffer, start: number, end: number): string {
    const head = this.carry.length ? Buffer.concat([this.carry, chunk.subarray(start, end)]) : chunk.subarray(start, end);
    return head.subarray(0, MAX_LINE).toString('utf8').replace(/\r$/, '');
  }

  private check(text: string, line: number): void {
    const matcher = TEXT_MATCHERS.find((m) => m.text!.test(text));
    if (matcher) this.record(matcher.code, line, text);
  }

  private record(code: Code, line: number, text: string): void {
    const known = this.found.get(code);
    if (known) {
      known.count++;
      if (known.lines.length < MAX_LINES) known.lines.push(line);
      return;
    }
    const model = code === 'api/model-not-found' ? scrubKeyShapes(modelIn(text) ?? '') || undefined : undefined;
    const excerpt = scrubKeyShapes(text.trim());
    this.found.set(code, {
      code, lines: [line], count: 1,
      excerpt: excerpt.length > MAX_EXCERPT ? `${excerpt.slice(0, MAX_EXCERPT - 1)}…` : excerpt,
      ...(model ? { model } : {}),
    });
  }
}

/** Explains a readable stream (a log file, stdin) chunk by chunk. */
export async function explainStream(stream: AsyncIterable<string | Buffer>): Promise<Diagnosis[]> {
  const explainer = new Explainer();
  for await (const chunk of stream) explainer.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  return explainer.finish();
}

export function explainText(text: string): Diagnosis[] {
  const explainer = new Explainer();
  explainer.push(Buffer.from(text, 'utf8'));
  const found = explainer.finish();
  if (found.length || !text.includes('\n')) return found;
  // A pasted error is often wrapped by a terminal or a chat window, even mid-word: read it as one line.
  const joined = new Explainer();
  joined.push(Buffer.from(text.replace(/\r?\n\s*/g, ''), 'utf8'));
  return joined.finish();
}
