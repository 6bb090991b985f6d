// The signature automaton on small word lists: ASCII case folding (letters only), words found through
// the failure links, and the list of signatures itself, each one found and each one needed.
import { describe, expect, it } from 'vitest';
import { type Automaton, buildAutomaton, SIGNATURES } from '../../src/signatures.js';

/** Whether the automaton of `words` sees one of them anywhere in `text`. */
const sees = (words: readonly string[] | Automaton, text: string) => {
  const { next, accepting } = 'next' in words ? words : buildAutomaton(words);
  let state = 0;
  for (const byte of Buffer.from(text, 'latin1')) {
    state = next[state * 256 + byte]!;
    if (accepting[state]) return true;
  }
  return false;
};

describe('buildAutomaton', () => {
  it.each([
    [['abc'], 'xxABCxx', true],
    [['abc'], 'aBc', true],
    [['ABC'], 'abc', true],
    [['z'], 'Z', true],
    [['a'], 'A', true],
    [['abc'], 'abd', false],
    // Only letters fold: @ and ` are 32 apart, as are [ and {, but they are different characters.
    [['a@b'], 'a@b', true],
    [['a@b'], 'a`b', false],
    [['a`b'], 'a@b', false],
    [['a[b'], 'a[b', true],
    [['a[b'], 'a{b', false],
    [['a{b'], 'a[b', false],
    // A word inside another one's path, found through the failure links.
    [['xbcd', 'bc'], 'xbc', true],
    [['aab'], 'aaab', true],
    [['abab'], 'abaabab', true],
    [['he', 'she', 'hers'], 'ushers', true],
    [['hers'], 'ushe', false],
    [[], 'anything', false],
  ])('%j in %j: %s', (words, text, found) => {
    expect(sees(words, text)).toBe(found);
  });

  it('has one accepting flag per state, set only where a word ends', () => {
    const { next, accepting } = buildAutomaton(['ab', 'b']);
    // States: root, a, ab, b.
    expect(next).toHaveLength(4 * 256);
    expect([...accepting]).toEqual([0, 0, 1, 1]);
  });
});

describe('SIGNATURES', () => {
  // One automaton for the whole list: built with Stryker's counters, it takes a second.
  it('sees each signature, in any case, and nothing in a line without one', () => {
    const all = buildAutomaton(SIGNATURES);
    expect(SIGNATURES.filter((w) => !sees(all, `-- ${w.toUpperCase()} --`))).toEqual([]);
    expect(sees(all, 'INFO request ok in 212 ms')).toBe(false);
  });

  it('needs each signature: none holds another one (case ignored)', () => {
    const lower = SIGNATURES.map((w) => w.toLowerCase());
    const held = lower.filter((w, i) => lower.some((other, j) => j !== i && w.includes(other)));
    expect(held).toEqual([]);
  });
});
