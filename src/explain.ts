// `claude-doctor explain`: every known error in a pasted text or a whole log, each diagnosis once with
// its line numbers, a redacted excerpt and the fix. The same matcher table as the live probe. A log is
// streamed in chunks and never held in memory; a chunk with none of the signatures is skipped whole,
// so a large log costs little more than reading it.
import type { Code } from './catalog/index.js';
import { MATCHERS, modelIn } from './probe/matchers.js';
import { scrubKeyShapes } from './secrets.js';

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

// Every signature the matchers can recognise contains one of these: a cheap test for a whole chunk.
const PREFILTER = /x-api-key|X-Api-Key|OAuth|authentication|credential|credit balance|organization|usage limits|usage threshold|spend_limit|model: |selected model|Not Found|\/v1\/v1\/|rate limit|rate_limit|limiting requests|verloaded|api_error|timeout_error|LLM Provider|proxy|Litellm_proxy|ENOTFOUND|EAI_AGAIN|getaddrinfo|ECONNREFUSED|CERT_|certificate|ERR_TLS|SSL routines|self.signed|timed out|Timed out|ETIMEDOUT|APITimeoutError|permission_error|Request not allowed|Invalid API key|Invalid auth|Invalid bearer|Incorrect API key|Missing Anthropic|authentication method/;

const TEXT_MATCHERS = MATCHERS.filter((m) => m.text);

export class Explainer {
  private readonly found = new Map<Code, Diagnosis>();
  private line = 0;
  private rest = '';

  /** `decode` turns a matched line back into text: a stream is scanned as latin1, one byte a character. */
  constructor(private readonly decode: (line: string) => string = (line) => line) {}

  /** Feeds text as it arrives; lines are split across chunks correctly. */
  push(chunk: string): void {
    const text = this.rest + chunk;
    const end = text.lastIndexOf('\n');
    if (end === -1) {
      this.rest = text;
      return;
    }
    this.rest = text.slice(end + 1);
    this.scan(text.slice(0, end));
  }

  /** Ends the input and returns the diagnoses, in the order they first appeared. */
  finish(): Diagnosis[] {
    if (this.rest) this.scan(this.rest);
    this.rest = '';
    return [...this.found.values()];
  }

  private scan(block: string): void {
    const first = this.line;
    const lines = block.split('\n');
    this.line += lines.length;
    if (!PREFILTER.test(block)) return;
    lines.forEach((text, i) => {
      if (!PREFILTER.test(text)) return;
      const matcher = TEXT_MATCHERS.find((m) => m.text!.test(text));
      if (matcher) this.record(matcher.code, first + i + 1, text);
    });
  }

  private record(code: Code, line: number, text: string): void {
    const known = this.found.get(code);
    if (known) {
      known.count++;
      if (known.lines.length < MAX_LINES) known.lines.push(line);
      return;
    }
    const model = code === 'api/model-not-found' ? modelIn(text) : undefined;
    const excerpt = scrubKeyShapes(this.decode(text).trim());
    this.found.set(code, {
      code, lines: [line], count: 1,
      excerpt: excerpt.length > MAX_EXCERPT ? `${excerpt.slice(0, MAX_EXCERPT - 1)}…` : excerpt,
      ...(model ? { model } : {}),
    });
  }
}

/** Explains a readable stream (a log file, stdin) chunk by chunk. */
export async function explainStream(stream: AsyncIterable<string | Buffer>): Promise<Diagnosis[]> {
  // latin1 keeps every byte one character: the signatures are ASCII, and no byte sequence can fail.
  const explainer = new Explainer((line) => Buffer.from(line, 'latin1').toString('utf8'));
  for await (const chunk of stream) explainer.push(typeof chunk === 'string' ? chunk : chunk.toString('latin1'));
  return explainer.finish();
}

export function explainText(text: string): Diagnosis[] {
  const explainer = new Explainer();
  explainer.push(text);
  return explainer.finish();
}
