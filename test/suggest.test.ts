import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../src/suggest.js';

/** The textbook distance, whole table, no early stop: what the fast one must agree with. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => i + j * (i === 0 ? 1 : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length]![b.length]!;
}

const word = fc.string({ unit: fc.constantFrom('A', 'B', 'C', '_'), maxLength: 9 });

describe('editDistance', () => {
  it.each([
    ['ANTHROPIC_API_KEY', 'ANTHROPIC_API_KEY', 0],
    ['ANTROPIC_API_KEY', 'ANTHROPIC_API_KEY', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
  ])('%s / %s: %d', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });

  it('agrees with the textbook distance, and says bound + 1 past the bound', () => {
    fc.assert(
      fc.property(word, word, fc.nat(5), (a, b, bound) => {
        const exact = reference(a, b);
        expect(editDistance(a, b)).toBe(exact);
        expect(editDistance(a, b, bound)).toBe(exact <= bound ? exact : bound + 1);
      }),
    );
  });
});

describe('suggest', () => {
  it('picks the closest candidate, the first of equals, within the distance', () => {
    expect(suggest('ANTHROPIC_APIKEY', ['ANTHROPIC_MODEL', 'ANTHROPIC_API_KEY'])).toBe('ANTHROPIC_API_KEY');
    expect(suggest('abcd', ['abxx', 'abcx', 'abcy'])).toBe('abcx');
    expect(suggest('abcd', ['wxyz'])).toBeUndefined();
    expect(suggest('abcd', ['abcd'], 0)).toBe('abcd');
    expect(suggest('abcd', ['abce'], 0)).toBeUndefined();
  });

  it('is the first candidate at the smallest distance, when that is close enough', () => {
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 6 }), fc.nat(4), (text, candidates, max) => {
        const distances = candidates.map((c) => reference(text, c));
        const smallest = Math.min(...distances);
        const expected = smallest <= max ? candidates[distances.indexOf(smallest)] : undefined;
        expect(suggest(text, candidates, max)).toBe(expected);
      }),
    );
  });
});
