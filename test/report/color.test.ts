// When the reports colour their output: FORCE_COLOR first (as Node reads it), then NO_COLOR and TERM=dumb,
// then whether stdout is a terminal.
import { describe, expect, it } from 'vitest';
import { colorEnabled, paint } from '../../src/report/color.js';

describe('colorEnabled', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '3', NO_COLOR: '1', TERM: 'dumb' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
    [{ FORCE_COLOR: '' }, false, false],
    [{ FORCE_COLOR: '', NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ TERM: 'dumb' }, true, false],
    [{ TERM: 'xterm-256color' }, true, true],
  ])('%j on a terminal: %s -> %s', (env, isTTY, expected) => {
    expect(colorEnabled(env, isTTY)).toBe(expected);
  });
});

describe('colorEnabled with --color / --no-color', () => {
  it.each([
    [{}, false, true, true],
    [{ NO_COLOR: '1', TERM: 'dumb' }, false, true, true],
    [{ FORCE_COLOR: '1' }, true, false, false],
    [{}, true, false, false],
    [{ FORCE_COLOR: '1' }, true, undefined, true],
    [{ NO_COLOR: '1' }, true, undefined, false],
  ])('%j, terminal %s, flag %s -> %s (the flag beats the environment)', (env, isTTY, flag, expected) => {
    expect(colorEnabled(env, isTTY, flag)).toBe(expected);
  });
});

describe('paint', () => {
  it('colours when enabled, and writes plain text when not', () => {
    expect(paint(true).red('x')).toBe('\x1b[31mx\x1b[39m');
    expect(paint(false).red('x')).toBe('x');
  });
});
