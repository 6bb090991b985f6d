// One GET to a Docker engine, through dockerode's transport (unix socket, tcp, TLS, ssh) but with our
// own limits: the answer is read as a stream and dropped past a size cap, and the call ends when the
// run's deadline aborts it. dockerode's own calls buffer a whole answer (an endless container list
// grew to 1.5 GB in 2 s) and put the engine's text into JavaScript error messages.
import type { Readable } from 'node:stream';

/** What the transport needs from dockerode's modem. */
export interface Modem {
  dial(options: Record<string, unknown>, callback: (error: Error | null, stream?: Readable) => void): void;
}

/** Why an engine call failed, in the reasons of docker/unreachable (plus permission, a code of its own). */
export class EngineError extends Error {
  constructor(
    readonly reason: 'timeout' | 'refused' | 'permission' | 'not-docker' | 'too-large' | 'error',
    readonly detail?: string,
    /** For too-large: what was read before the cap, for a caller that can say more from the start. */
    readonly partial?: Buffer,
  ) {
    super(detail ?? reason);
  }
}

// Every status is handed to us as a stream: dockerode would read an error answer whole, unbounded.
const ANY_STATUS: Record<number, boolean> = {};
for (let status = 100; status < 600; status++) ANY_STATUS[status] = true;

export interface Answer {
  status: number;
  body: Buffer;
}

/** One GET: `path` with its query in `query` (the way docker-modem builds it); at most `cap` bytes read. */
export interface EngineRequest {
  path: string;
  query: Record<string, unknown>;
  cap: number;
}

/** GETs the request and reads at most `cap` bytes of the answer. Rejects with an EngineError; `signal` aborts
 * the call at the deadline. */
export function engineGet(modem: Modem, { path, query, cap }: EngineRequest, signal: AbortSignal): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    if (signal.aborted) return reject(new EngineError('timeout'));
    let response: Readable | undefined;
    let settled = false;
    const done = (error?: EngineError, answer?: Answer) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      // Close the connection whatever happened: an engine that keeps talking must not keep us alive.
      response?.destroy();
      if (error) reject(error);
      else resolve(answer!);
    };
    const onAbort = () => done(new EngineError('timeout'));
    signal.addEventListener('abort', onAbort);
    modem.dial(
      { path, method: 'GET', options: query, isStream: true, statusCodes: ANY_STATUS, abortSignal: signal },
      (error, stream) => {
        if (signal.aborted) {
          stream?.destroy();
          return;
        }
        if (error || !stream) return done(transportError(error));
        response = stream;
        const status = (stream as Readable & { statusCode?: number }).statusCode ?? 0;
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > cap) return done(new EngineError('too-large', `more than ${cap} bytes`, head(chunks)));
          chunks.push(chunk);
        });
        stream.on('end', () => done(undefined, { status, body: Buffer.concat(chunks) }));
        stream.on('error', (e) => done(transportError(e)));
        // A connection closed before the end of the answer (an Error costs a stack trace: only when it is one).
        stream.on(
          'close',
          () => settled || done(new EngineError('error', 'the connection closed before the answer ended')),
        );
      },
    );
  });
}

/** The first 64 kB of what was read: enough for any header, without copying a whole capped answer. */
function head(chunks: Buffer[]): Buffer {
  const out: Buffer[] = [];
  let size = 0;
  for (const chunk of chunks) {
    if (size >= 64 * 1024) break;
    out.push(chunk);
    size += chunk.length;
  }
  return Buffer.concat(out);
}

/** A transport failure, named by its code: never the message of a parser that quotes the engine's text. */
function transportError(error: Error | null | undefined): EngineError {
  const e = (error ?? {}) as NodeJS.ErrnoException;
  const code = e.code ?? '';
  if (code === 'ABORT_ERR') return new EngineError('timeout');
  if (code === 'EACCES' || code === 'EPERM') return new EngineError('permission');
  if (code === 'ECONNREFUSED' || code === 'ENOENT' || code === 'ENOTSOCK') return new EngineError('refused');
  if (code === 'ETIMEDOUT') return new EngineError('timeout');
  // llhttp could not read the answer as HTTP at all.
  if (code.startsWith('HPE_')) return new EngineError('not-docker');
  if (code) return new EngineError('error', code);
  // ssh2 and a few others give no code; their messages are their own words, kept short.
  return new EngineError(
    'error',
    String(e.message ?? 'unknown error')
      .split('\n')[0]!
      .slice(0, 200),
  );
}

/** The answer as JSON of the expected shape, or why it is not a Docker engine's answer. */
export function answerJson<T>(answer: Answer, valid: (json: unknown) => json is T): T {
  if (answer.status !== 200) throw statusError(answer);
  let json: unknown;
  try {
    json = JSON.parse(answer.body.toString('utf8'));
  } catch {
    throw new EngineError('not-docker');
  }
  if (!valid(json)) throw new EngineError('not-docker');
  return json;
}

/** A Docker engine's error answers are JSON with a message; anything else is not an engine. */
export function statusError(answer: Answer): EngineError {
  try {
    const message = (JSON.parse(answer.body.toString('utf8')) as { message?: unknown }).message;
    if (typeof message === 'string')
      return new EngineError('error', `HTTP ${answer.status}: ${message.split('\n')[0]!.slice(0, 200)}`);
  } catch {
    // Not JSON: below.
  }
  return new EngineError('not-docker');
}
