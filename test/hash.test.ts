// src/hash.ts: the JavaScript SHA-256 a run uses for its first values, and the switch to node:crypto.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex, sha256Js } from '../src/hash.js';

const native = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Js', () => {
  it('gives the SHA-256 of the UTF-8 text, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 300 })), (text) => {
        expect(sha256Js(text)).toBe(native(text));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['', 0],
    ['x', 55],
    ['x', 56],
    ['x', 63],
    ['x', 64],
    ['x', 119],
    ['日本語', 40],
    ['\ud800', 1],
  ])('gives it at the block edges: %j times %i', (unit, count) => {
    const text = unit.repeat(count);
    expect(sha256Js(text)).toBe(native(text));
  });
});

describe('sha256Hex', () => {
  it('gives the same digests before and after node:crypto takes over', () => {
    const texts = Array.from({ length: 200 }, (_, i) => `value-${i}-${'z'.repeat(i % 70)}`);
    expect(texts.map(sha256Hex)).toEqual(texts.map(native));
  });
});
