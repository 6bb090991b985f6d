// A one-pass search for many literal strings at once (Aho–Corasick, as a byte-level DFA), so that
// `explain` reads a large log at close to the speed of the disk: every byte is looked at once, and
// only the lines that hold a signature are matched against the full rules.

/**
 * Words (never two: a terminal may break a line or drop a space between words) that every rule of
 * probe/matchers.ts contains at least one of, in any case, and the words of an HTTP error's structure
 * (status, code, http, error, the reason phrases) that errors/envelope.ts reads.
 */
export const SIGNATURES: readonly string[] = [
  'x-api-key',
  'oauth',
  'cors',
  'conflict',
  'invalid',
  'authenticat',
  'missing',
  'required',
  'credential',
  'proxy',
  'upstream',
  'unauthorized',
  'allowed',
  'credit',
  'disabled',
  'usage',
  'denied',
  'bedrock',
  'specified',
  'quota',
  'online_prediction',
  'publisher',
  'on-demand',
  'provider',
  'model:',
  'selected',
  'found',
  '/v1/v1/',
  'limit',
  'throttl',
  'tokens',
  'verloaded',
  'exception',
  'large',
  'incorrect',
  'prompt',
  'schema',
  'bad_request',
  'eai_again',
  'getaddrinfo',
  'resolve',
  'servname',
  'known',
  'resolution',
  'such',
  'lookup',
  'refused',
  'connect',
  'cert',
  'tls',
  'ssl',
  'signed',
  'altnames',
  'timed',
  'timeout',
  'tunneling',
  'und_err',
  'reset',
  'socket',
  'forbidden',
  'status',
  'code',
  'http',
  'error',
  'gateway',
  'unavailable',
  'internal',
  'payment',
  'legal',
  'many',
  'helper',
];

/** The automaton: next[state * 256 + byte], and which states end a signature. */
export interface Automaton {
  next: Int32Array;
  accepting: Uint8Array;
}

const lowerAscii = (byte: number) => (byte >= 65 && byte <= 90 ? byte + 32 : byte);

/**
 * Case-insensitive for ASCII letters, as most rules of the matcher table are: the words go in lower
 * case, and an upper-case letter then moves the automaton exactly as its lower-case form does.
 */
export function buildAutomaton(words: readonly string[]): Automaton {
  const goto: Map<number, number>[] = [new Map()];
  const accept = [0];
  for (const word of words) {
    let state = 0;
    for (const byte of Buffer.from(word, 'latin1').map(lowerAscii)) {
      let to = goto[state]!.get(byte);
      if (to === undefined) {
        to = goto.length;
        goto.push(new Map());
        accept.push(0);
        goto[state]!.set(byte, to);
      }
      state = to;
    }
    accept[state] = 1;
  }
  // Breadth first: each state's failure link, folded into a full transition table.
  const next = new Int32Array(goto.length * 256);
  const fail = new Int32Array(goto.length);
  const queue: number[] = [];
  for (let byte = 0; byte < 256; byte++) {
    const to = goto[0]!.get(byte) ?? 0;
    next[byte] = to;
    if (to) queue.push(to);
  }
  while (queue.length) {
    const state = queue.shift()!;
    if (accept[fail[state]!]) accept[state] = 1;
    for (let byte = 0; byte < 256; byte++) {
      const to = goto[state]!.get(byte);
      if (to === undefined) {
        next[state * 256 + byte] = next[fail[state]! * 256 + byte]!;
      } else {
        next[state * 256 + byte] = to;
        fail[to] = next[fail[state]! * 256 + byte]!;
        queue.push(to);
      }
    }
  }
  for (let state = 0; state < goto.length; state++) {
    for (let byte = 65; byte <= 90; byte++) next[state * 256 + byte] = next[state * 256 + byte + 32]!;
  }
  return { next, accepting: Uint8Array.from(accept) };
}
