// Shell words as sh splits them (simple cases only), and the assignments a start-up file line makes.
import { describe, expect, it } from 'vitest';
import { assignments } from '../../../src/clients/claude-code/sources/rc-files.js';
import { shellWords } from '../../../src/clients/claude-code/sources/shell-words.js';

describe('shellWords', () => {
  it.each([
    ['a b', ['a', 'b'], 'end', [0, 2]],
    ["  'a b'  c", ['a b', 'c'], 'end', [2, 9]],
    ['"a b"c\'d\'', ['a bcd'], 'end', [0]],
    ['a\\ b', ['a b'], 'end', [0]],
    ['a; b', ['a'], 'operator', [0]],
    ['a | b', ['a'], 'operator', [0]],
    ['a # b', ['a'], 'operator', [0]],
    ['a#b', ['a#b'], 'end', [0]],
    ['a $b', ['a'], 'unresolved', [0]],
    ['a "$b"', ['a'], 'unresolved', [0]],
    ['a "x\\"', ['a'], 'unresolved', [0]],
    ["a 'open", ['a'], 'unresolved', [0]],
    ['a "open', ['a'], 'unresolved', [0]],
    ['a `b`', ['a'], 'unresolved', [0]],
    ['a *.txt', ['a'], 'unresolved', [0]],
    ['~/x', [], 'unresolved', []],
    ['a\\', [], 'unresolved', []],
    ['', [], 'end', []],
  ])('%j', (text, words, stop, starts) => {
    expect(shellWords(text)).toMatchObject({ words, stop, starts });
  });

  it('substitutes only the variables it is given', () => {
    const vars = { HOME: '/h' };
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell text, not a template
    expect(shellWords('$HOME/x "${HOME}/y" ${HOME}z', vars).words).toEqual(['/h/x', '/h/y', '/hz']);
    expect(shellWords('$HOMEDIR/x', vars).stop).toBe('unresolved');
    expect(shellWords('"$USER"', vars).stop).toBe('unresolved');
    expect(shellWords("'$HOME'", vars).words).toEqual(['$HOME']);
  });
});

describe('assignments in a start-up file line', () => {
  const sh = { fish: false, home: '/h' };
  const fish = { fish: true, home: '/h' };
  it.each([
    ['export A=1', [{ name: 'A', value: '1', column: 10 }]],
    [
      'export A=1 B="two words"',
      [
        { name: 'A', value: '1', column: 10 },
        { name: 'B', value: 'two words', column: 14 },
      ],
    ],
    ['A=1', [{ name: 'A', value: '1', column: 3 }]],
    ['  A=', [{ name: 'A', value: '', column: 5 }]],
    ['A=1 cmd', []],
    ['export', []],
    ['export -n A', []],
    ['1A=x', []],
    ['echo A=1', []],
    ['export A=$(cat k)', [{ name: 'A', value: '$(cat k)', column: 10, dynamic: true }]],
    ['A="$X"', [{ name: 'A', value: '"$X"', column: 3, dynamic: true }]],
    ['export A=~/ca.pem', [{ name: 'A', value: '~/ca.pem', column: 10 }]],
    ['export A="$HOME/ca.pem"', [{ name: 'A', value: '/h/ca.pem', column: 10 }]],
  ])('sh: %j', (line, expected) => {
    expect(assignments(line, sh)).toEqual(expected);
  });

  it.each([
    ['set -gx A 1', [{ name: 'A', value: '1', column: 11 }]],
    ['set -x A "a b" c', [{ name: 'A', value: 'a b c', column: 10 }]],
    ['set --export A 1', [{ name: 'A', value: '1', column: 16 }]],
    ['set -Ux A 1', [{ name: 'A', value: '1', column: 11 }]],
    ['set -g A 1', []],
    ['set --erase A', []],
    ['set -x A', []],
    ['export A=1', []],
    ['set -gx A (cat k)', []],
    ['set -gx A $k', [{ name: 'A', value: '$k', column: 11, dynamic: true }]],
  ])('fish: %j', (line, expected) => {
    expect(assignments(line, fish)).toEqual(expected);
  });
});
