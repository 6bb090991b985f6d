import { describe, expect, it } from 'vitest';
import { outsideText } from '../../src/probe/outside-text.js';
import { apiKey } from '../support/keys.js';

describe('outsideText', () => {
  it('keeps a plain string as it is, and is undefined for anything else', () => {
    expect(outsideText('Claude API', 20)).toBe('Claude API');
    expect(outsideText(' spaced ', 20)).toBe(' spaced ');
    for (const value of [undefined, null, 3, {}, ['x']]) expect(outsideText(value, 20)).toBeUndefined();
  });

  it('replaces controls and bidi overrides with "?", or with a space and then trims', () => {
    const hostile = '\u001b[31mred\u0007\u202eevil\u2066\u0085';
    expect(outsideText(hostile, 80)).toBe('?[31mred??evil??');
    expect(outsideText(`\n${hostile}\t`, 80, ' ')).toBe('[31mred  evil');
  });

  it('cuts at max characters with an ellipsis, only past max', () => {
    expect(outsideText('abcdef', 6)).toBe('abcdef');
    expect(outsideText('abcdefg', 6)).toBe('abcde…');
  });

  it('scrubs a key shape', () => {
    const key = apiKey(7);
    const shown = outsideText(`key ${key} here`, 400)!;
    expect(shown).not.toContain(key.slice(20, 40));
    expect(shown.startsWith('key ')).toBe(true);
  });
});
