// Whether and where text output wraps: only on a terminal, never in CI; at COLUMNS when set, else at the
// terminal's own width, else at 80.
import { describe, expect, it } from 'vitest';
import { output, wrapWidth } from '../../src/cli/stdio.js';

describe('wrapWidth', () => {
  const tty = { isTTY: true, columns: 120 };
  it.each([
    ['a pipe or a file', { isTTY: false, columns: 120 }, {}, undefined],
    ['a pipe, even with COLUMNS', { isTTY: false }, { COLUMNS: '80' }, undefined],
    ['a terminal', tty, {}, 120],
    ['a terminal with COLUMNS', tty, { COLUMNS: '72' }, 72],
    ['a terminal with a COLUMNS that is no width', tty, { COLUMNS: 'wide' }, 120],
    ['a terminal with COLUMNS=0', tty, { COLUMNS: '0' }, 120],
    ['a terminal with a fractional COLUMNS', tty, { COLUMNS: '7.5' }, 120],
    ['a terminal that gives no width', { isTTY: true, columns: 0 }, {}, 80],
    ['a terminal that says nothing', { isTTY: true }, {}, 80],
    ['a terminal in CI', tty, { CI: 'true' }, undefined],
    ['a terminal in CI=1', tty, { CI: '1' }, undefined],
    ['a terminal with CI=false', tty, { CI: 'false' }, 120],
    ['a terminal with CI=0', tty, { CI: '0' }, 120],
    ['a terminal with CI empty', tty, { CI: '' }, 120],
  ])('%s: %j', (_name, out, env, width) => {
    expect(wrapWidth(out, env)).toBe(width);
  });

  it('asks nothing of a descriptor that is not a terminal', () => {
    // Under vitest fd 1 is a pipe: no terminal, no width.
    const out = output(1);
    expect(out.isTTY).toBe(false);
    expect(out.columns).toBeUndefined();
  });
});
