// `claude-doctor explain`: every known error in a pasted text or a whole log, each diagnosis once with
// its line numbers, a redacted excerpt and the fix. The same matcher table as the live probe. A log is
// streamed in chunks and never held in memory; one pass over its bytes finds the lines that hold a
// signature (signatures.ts), and only those are matched against the rules. A line up to 64 kB is
// matched whole; past that, only the text around each signature is kept (line-window.ts), so a
// 200 kB JSON log line is still diagnosed and an endless one still takes flat memory.
import type { Code } from './catalog/index.js';
import { MATCHERS, modelIn } from './probe/matchers.js';
import { firstRule, fromEnvelope } from './errors/classify.js';
import { envelopeIn, normalize } from './errors/envelope.js';
import { scrubKeyShapes } from './secrets.js';
import { buildAutomaton, SIGNATURES } from './signatures.js';
import { LineWindows, type Window } from './line-window.js';
import { InputDecoder } from './input-decoder.js';

export interface Diagnosis {
  code: Code;
  /** Lines (1-based) where it was seen; the first ones only, as a long log can repeat an error. */
  lines: number[];
  count: number;
  excerpt: string;
  model?: string;
  /** The HTTP status, when no rule named the error and only its structure told what it was. */
  status?: number;
}

const MAX_LINES = 20;
const MAX_EXCERPT = 240;
/** A line up to this long is matched whole; a longer one by the windows around its signatures. */
const MAX_LINE = 64 * 1024;

const AUTOMATON = buildAutomaton(SIGNATURES);
const TEXT_MATCHERS = MATCHERS.filter((m) => m.text);

/** The first rule (in table order) that matches `text`, looking only at rules before `before`. */
function firstMatch(text: string, before = TEXT_MATCHERS.length): number {
  return firstRule(normalize(text), before);
}

/** A terminal or a UI wraps an error over a few lines: a line with a signature and the next ones are read joined. */
const GROUP_LINES = 4;
const GROUP_LINE_MAX = 4096;

interface Group {
  start: number;
  texts: string[];
  /** The same lines normalised (errors/envelope.ts), once each. */
  norms: string[];
  /** Each line's own diagnosis: rule index, line number and text. */
  found: { index: number; line: number; text: string }[];
}

export class Explainer {
  private readonly found = new Map<Code, Diagnosis>();
  private line = 1;
  private state = 0;
  /** A signature was seen in the part of the current line kept in `carry`. */
  private hit = false;
  /** The start of the current line (at most MAX_LINE bytes), when it began in an earlier chunk. */
  private carry: Buffer[] = [];
  private carried = 0;
  /** Set once the current line is longer than MAX_LINE. */
  private long?: LineWindows;
  /** The best rule found so far in a long line, and the window it matched in. */
  private best?: { index: number; window: Window };
  private readonly hits: number[] = [];
  private group?: Group;

  /** Feeds bytes as they arrive; signatures and lines may be split across chunks. */
  push(chunk: Buffer): void {
    const { next, accepting } = AUTOMATON;
    const hits = this.hits;
    let state = this.state;
    let lineStart = 0;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (byte === 10) {
        // Most lines hold no signature and began in this chunk: nothing to do but count them.
        if (hits.length || this.carried || this.long || this.group) this.segment(chunk, lineStart, i, true);
        else this.line++;
        lineStart = i + 1;
        state = 0;
        continue;
      }
      state = next[(state << 8) | byte]!;
      // Where a signature ends, relative to the segment of the line in this chunk.
      if (accepting[state]) hits.push(i - lineStart);
    }
    this.state = state;
    if (lineStart < chunk.length) this.segment(chunk, lineStart, chunk.length, false);
  }

  /** Ends the input and returns the diagnoses, in the order they first appeared. */
  finish(): Diagnosis[] {
    this.endLine();
    this.closeGroup();
    return [...this.found.values()];
  }

  /** Bytes [start, end) of the current line, with the signature ends in `this.hits`; `ends`: a newline follows. */
  private segment(chunk: Buffer, start: number, end: number, ends: boolean): void {
    const part = chunk.subarray(start, end);
    if (!this.long && this.carried + part.length > MAX_LINE) {
      // The line just became long: match its head whole, as for any line, then keep windows only.
      const head = Buffer.concat(this.carry);
      this.long = new LineWindows(head);
      this.closeGroup();
      if (this.hit || this.hits.length)
        this.checkWhole(Buffer.concat([head, part.subarray(0, MAX_LINE - this.carried)]));
      this.carry = [];
      this.carried = 0;
    }
    if (this.long) {
      this.long.push(part, this.hits, (w) => this.checkWindow(w));
    } else if (ends) {
      const hit = this.hit || this.hits.length > 0;
      if (hit || this.group) this.onLine(this.carried ? Buffer.concat([...this.carry, part]) : part, hit);
      this.hit = false;
      this.carried = 0;
    } else {
      // Copied: a kept slice would keep the whole (up to 1 MB) chunk alive.
      this.carry.push(Buffer.from(part));
      this.carried += part.length;
      this.hit ||= this.hits.length > 0;
    }
    this.hits.length = 0;
    if (ends) this.endLine();
  }

  private endLine(): void {
    if (this.long) {
      this.long.end((w) => this.checkWindow(w));
      if (this.best) this.recordWindow(this.best.index, this.best.window);
    } else if ((this.hit || this.group) && this.carried) {
      // Only at the end of the input: a last line without a newline.
      this.onLine(Buffer.concat(this.carry), this.hit);
    }
    this.long = undefined;
    this.best = undefined;
    this.carry = [];
    this.carried = 0;
    this.hit = false;
    this.line++;
  }

  /** A whole line that holds a signature (`hit`) or follows one: read alone and joined with its group. */
  private onLine(bytes: Buffer, hit: boolean): void {
    const text = bytes.toString('utf8').replace(/\r$/, '');
    if (!text.trim() || text.length > GROUP_LINE_MAX) {
      this.closeGroup();
      if (hit) this.checkWhole(bytes);
      return;
    }
    if (!this.group) this.group = { start: this.line, texts: [], norms: [], found: [] };
    const group = this.group;
    const norm = normalize(text);
    group.texts.push(text);
    group.norms.push(norm);
    const index = hit ? firstRule(norm) : -1;
    if (index !== -1) group.found.push({ index, line: this.line, text });
    if (group.texts.length >= GROUP_LINES) this.closeGroup();
  }

  /**
   * The group's lines joined (as a terminal broke them, even mid-word) may name a more specific rule
   * than any line alone; when no rule names anything, the HTTP error the envelope shows is reported.
   */
  private closeGroup(): void {
    const group = this.group;
    if (!group) return;
    this.group = undefined;
    const joined = group.texts.map((t, i) => (i ? t.trimStart() : t)).join('');
    const best = Math.min(...group.found.map((f) => f.index), TEXT_MATCHERS.length);
    // Rejoined as the terminal broke them (no space between), then normalised whole: a quoted string
    // may span the lines.
    // When every line was read on its own, no line is a broken piece of another: nothing to rejoin.
    const broken = group.found.length < group.texts.length;
    const index = broken && group.texts.length > 1 ? firstMatch(joined, best) : -1;
    if (index !== -1) this.recordAt(TEXT_MATCHERS[index]!.code, joined, group.start);
    for (const f of group.found) this.recordAt(TEXT_MATCHERS[f.index]!.code, f.text, f.line);
    if (index !== -1 || group.found.length) return;
    const envelope = envelopeIn(group.norms.join(' '));
    const code = fromEnvelope(envelope);
    if (!code) return;
    this.recordAt(code, joined, group.start);
    const found = this.found.get(code)!;
    if (envelope?.status !== undefined && found.status === undefined) found.status = envelope.status;
  }

  private recordAt(code: Code, text: string, line: number): void {
    const known = this.found.get(code);
    if (known) {
      // A repeated error: counted, and its excerpt (the costly part) is not built again.
      known.count++;
      if (known.lines.length < MAX_LINES) known.lines.push(line);
      return;
    }
    const excerpt = scrubKeyShapes(text.trim().replace(/\s+/g, ' '));
    const saved = this.line;
    this.line = line;
    this.record(code, text, excerpt.length > MAX_EXCERPT ? `${excerpt.slice(0, MAX_EXCERPT - 1)}…` : excerpt);
    this.line = saved;
  }

  private checkWhole(bytes: Buffer): void {
    const text = bytes.toString('utf8').replace(/\r$/, '');
    const index = firstMatch(text);
    if (index === -1) return;
    if (this.long) {
      // The head of a long line: the windows after it may still find an earlier rule.
      this.best = { index, window: { text, atLineStart: true } };
      return;
    }
    const excerpt = scrubKeyShapes(text.trim());
    this.record(
      TEXT_MATCHERS[index]!.code,
      text,
      excerpt.length > MAX_EXCERPT ? `${excerpt.slice(0, MAX_EXCERPT - 1)}…` : excerpt,
    );
  }

  private checkWindow(window: Window): void {
    const index = firstMatch(window.text, this.best?.index);
    if (index !== -1) this.best = { index, window };
  }

  /** A long line's diagnosis, with an excerpt around the error rather than the line's head. */
  private recordWindow(index: number, window: Window): void {
    const rule = TEXT_MATCHERS[index]!;
    // A window that starts inside a token may have cut a key's prefix off: drop that partial token.
    const text = window.atLineStart ? window.text : window.text.replace(/^[^\s"',;=()<>{}[\]]*/, '');
    const scrubbed = scrubKeyShapes(text);
    const at = Math.max(0, (rule.text!.exec(scrubbed)?.index ?? 0) - 80);
    const excerpt = scrubbed.slice(at).trim();
    const shown = excerpt.length > MAX_EXCERPT - 2 ? `${excerpt.slice(0, MAX_EXCERPT - 2)}…` : excerpt;
    this.record(rule.code, text, at > 0 || !window.atLineStart ? `…${shown}` : shown);
  }

  private record(code: Code, text: string, excerpt: string): void {
    const line = this.line;
    const known = this.found.get(code);
    if (known) {
      known.count++;
      if (known.lines.length < MAX_LINES) known.lines.push(line);
      return;
    }
    const model = code === 'api/model-not-found' ? scrubKeyShapes(modelIn(text) ?? '') || undefined : undefined;
    this.found.set(code, { code, lines: [line], count: 1, excerpt, ...(model ? { model } : {}) });
  }
}

/** Explains a readable stream (a log file, stdin) chunk by chunk; UTF-16 with a BOM is read as such. */
export async function explainStream(
  stream: AsyncIterable<string | Buffer> | Iterable<string | Buffer>,
): Promise<Diagnosis[]> {
  const explainer = new Explainer();
  const input = new InputDecoder();
  for await (const chunk of stream) {
    const out = input.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    if (out.length) explainer.push(out);
  }
  const rest = input.end();
  if (rest.length) explainer.push(rest);
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
