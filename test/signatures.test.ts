import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Explainer } from '../src/explain.js';
import { MATCHERS } from '../src/probe/matchers.js';
import { SIGNATURES, buildAutomaton } from '../src/signatures.js';

/** Which lines the automaton flags, scanning the text in one go. */
function flagged(text: string): number[] {
  const { next, accepting } = buildAutomaton(SIGNATURES);
  const out: number[] = [];
  let state = 0;
  let line = 1;
  for (const byte of Buffer.from(text, 'latin1')) {
    if (byte === 10) {
      line++;
      state = 0;
      continue;
    }
    state = next[(state << 8) | byte]!;
    if (accepting[state] && out.at(-1) !== line) out.push(line);
  }
  return out;
}

describe('signatures', () => {
  it('finds exactly the lines that contain a signature', () => {
    const word = fc.oneof(fc.constantFrom(...SIGNATURES), fc.string({ unit: fc.constantFrom('a', 'e', 'r', 'o', 'x', '-', ':', ' ', '/', 'A', 'E', 'T', '_'), maxLength: 8 }));
    const text = fc.array(fc.array(word, { maxLength: 6 }).map((w) => w.join('')), { maxLength: 8 }).map((lines) => lines.join('\n'));
    fc.assert(fc.property(text, (t) => {
      const naive = t.split('\n').flatMap((l, i) => (SIGNATURES.some((s) => l.includes(s)) ? [i + 1] : []));
      expect(flagged(t)).toEqual(naive);
    }), { numRuns: 1000 });
  });

  it('every rule of the matcher table needs a signature, so the fast pass cannot hide a match', () => {
    // Each rule's own pattern, applied to the signatures: a rule that no signature can start is a bug.
    const samples = [
      'OAuth authentication is currently not supported', 'OAuth token has expired', 'OAuth token revoked', 'OAuth token does not meet scope requirement',
      'invalid x-api-key', 'Invalid API key · Fix external API key', 'x-api-key header is required', 'Missing Anthropic API Key',
      'Could not resolve authentication method', 'Invalid bearer token', 'Invalid auth token · Fix external auth token', 'Invalid authentication credentials',
      'Invalid proxy server token', 'Request not allowed', 'credit balance is too low', 'organization has been disabled', 'reached your API usage limits',
      'LLM Provider NOT provided', '"message":"model: claude-x"', "There's an issue with the selected model", '/v1/v1/messages', '"message":"Not Found"',
      'rate_limit_error', 'Server is temporarily limiting requests', 'overloaded_error', '"type":"api_error"', '"type":"permission_error"',
      '"type":"authentication_error"', 'Incorrect API key provided', 'getaddrinfo ENOTFOUND', 'ECONNREFUSED', 'self-signed certificate', 'Request timed out',
    ];
    for (const sample of samples) {
      expect(MATCHERS.some((m) => m.text?.test(sample)), sample).toBe(true);
      expect(SIGNATURES.some((s) => sample.includes(s)), sample).toBe(true);
    }
  });

  it('reads lines split across chunks, with the right line numbers', () => {
    const text = 'one\ntwo\nlitellm.AuthenticationError: {"error":{"type":"authentication_error","message":"invalid x-api-key"}}\nfour\n';
    for (let cut = 1; cut < text.length; cut += 7) {
      const e = new Explainer();
      e.push(Buffer.from(text.slice(0, cut)));
      e.push(Buffer.from(text.slice(cut)));
      expect(e.finish().map((d) => [d.code, d.lines])).toEqual([['auth/invalid-api-key', [3]]]);
    }
  });
});
