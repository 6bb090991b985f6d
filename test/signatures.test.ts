import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Explainer, explainText } from '../src/explain.js';
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
    const cased = fc.constantFrom(...SIGNATURES).chain((w) => fc.constantFrom(w, w.toUpperCase(), w.toLowerCase()));
    const word = fc.oneof(
      cased,
      fc.string({
        unit: fc.constantFrom('a', 'e', 'r', 'o', 'x', '-', ':', ' ', '/', 'A', 'E', 'T', '_'),
        maxLength: 8,
      }),
    );
    const text = fc
      .array(
        fc.array(word, { maxLength: 6 }).map((w) => w.join('')),
        { maxLength: 8 },
      )
      .map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(text, (t) => {
        const naive = t
          .split('\n')
          .flatMap((l, i) => (SIGNATURES.some((s) => l.toLowerCase().includes(s.toLowerCase())) ? [i + 1] : []));
        expect(flagged(t)).toEqual(naive);
      }),
      { numRuns: 1000, seed: 20261130 },
    );
  });

  // Strings each rule of the matcher table matches, generated from the rule itself: none may get past
  // the fast pass. fast-check cannot generate from a case-insensitive pattern or from \b, so strings
  // are generated from the pattern without them, their letters' case is flipped at random, and only
  // the strings that the real rule matches are kept.
  it.each(MATCHERS.filter((m) => m.text).map((m) => [m.code, m.text!] as const))(
    'every string that %s matches (%s) has a signature',
    (_code, rule) => {
      const plain = new RegExp(rule.source.replace(/\\b/g, ''), rule.flags.replace('i', ''));
      const flips = fc.array(fc.boolean(), { minLength: 64, maxLength: 64 });
      const text = fc
        .tuple(fc.stringMatching(plain, { size: 'small' }), flips)
        .map(([s, flip]) =>
          rule.flags.includes('i')
            ? [...s].map((c, i) => (flip[i % 64] ? c.toUpperCase() : c.toLowerCase())).join('')
            : s,
        );
      let kept = 0;
      fc.assert(
        fc.property(text, (s) => {
          if (!rule.test(s) || s.includes('\n')) return;
          kept++;
          expect(flagged(s), JSON.stringify(s)).toEqual([1]);
        }),
        { numRuns: 300, seed: 20261130 },
      );
      expect(kept).toBeGreaterThan(0);
    },
  );

  it('finds an error written in another case, as the rules do', () => {
    for (const text of ['INVALID X-API-KEY', 'Your Credit Balance Is Too Low', 'Request TIMED OUT']) {
      expect(
        explainText(text).map((d) => d.code),
        text,
      ).toHaveLength(1);
    }
  });

  it('every rule of the matcher table needs a signature, so the fast pass cannot hide a match', () => {
    // Each rule's own pattern, applied to the signatures: a rule that no signature can start is a bug.
    const samples = [
      'OAuth authentication is currently not supported',
      'OAuth token has expired',
      'OAuth token revoked',
      'OAuth token does not meet scope requirement',
      'invalid x-api-key',
      'Invalid API key · Fix external API key',
      'x-api-key header is required',
      'Missing Anthropic API Key',
      'Could not resolve authentication method',
      'Invalid bearer token',
      'Invalid auth token · Fix external auth token',
      'Invalid authentication credentials',
      'Invalid proxy server token',
      'Request not allowed',
      'credit balance is too low',
      'organization has been disabled',
      'reached your API usage limits',
      'LLM Provider NOT provided',
      '"message":"model: claude-x"',
      "There's an issue with the selected model",
      '/v1/v1/messages',
      '"message":"Not Found"',
      'rate_limit_error',
      'Server is temporarily limiting requests',
      'overloaded_error',
      '"type":"api_error"',
      '"type":"permission_error"',
      '"type":"authentication_error"',
      'Incorrect API key provided',
      'getaddrinfo ENOTFOUND',
      'ECONNREFUSED',
      'self-signed certificate',
      'Request timed out',
    ];
    for (const sample of samples) {
      expect(
        MATCHERS.some((m) => m.text?.test(sample)),
        sample,
      ).toBe(true);
      expect(
        // The automaton ignores case, so the signatures are matched as it does.
        SIGNATURES.some((s) => sample.toLowerCase().includes(s.toLowerCase())),
        sample,
      ).toBe(true);
    }
  });

  it('reads lines split across chunks, with the right line numbers', () => {
    const text =
      'one\ntwo\nlitellm.AuthenticationError: {"error":{"type":"authentication_error","message":"invalid x-api-key"}}\nfour\n';
    for (let cut = 1; cut < text.length; cut += 7) {
      const e = new Explainer();
      e.push(Buffer.from(text.slice(0, cut)));
      e.push(Buffer.from(text.slice(cut)));
      expect(e.finish().map((d) => [d.code, d.lines])).toEqual([['auth/invalid-api-key', [3]]]);
    }
  });
});
