// isKeyword replaced one case-insensitive regular expression (slow to compile at start-up); it must say
// the same for every word made of the pieces that matter, and for random words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKeyword } from '../src/key-scan.js';

const AS_REGEX = new RegExp(
  [
    '(?:^|[_-]|api|auth|access|secret|private|client|session|refresh|master|admin|bearer)(?:key|token|secret|password|passwd|credentials?)$',
    '^(?:authorization|auth|bearer)$',
  ].join('|'),
  'i',
);

const PIECES = [
  '',
  'api',
  'Api',
  '_',
  '-',
  'x',
  'auth',
  'AUTH',
  'bearer',
  'secret',
  'key',
  'Key',
  'token',
  'TOKEN',
  'password',
  'passwd',
  'credential',
  'credentials',
  'authorization',
  'foo',
  'admin',
  'master',
  'refresh',
  'session',
  'keys',
  'apikey',
];

describe('isKeyword', () => {
  it('agrees with the regular expression on every three-piece word', () => {
    for (const a of PIECES)
      for (const b of PIECES)
        for (const c of PIECES) {
          const word = a + b + c;
          if (word) expect(isKeyword(word), word).toBe(AS_REGEX.test(word));
        }
  });

  it('agrees on random words of key characters', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/);
    fc.assert(
      fc.property(word, (w) => isKeyword(w) === AS_REGEX.test(w)),
      { seed: 20261130, numRuns: 2000 },
    );
  });
});
