import { describe, expect, it } from 'vitest';
import { checkCredential, type CredentialContext } from '../../src/checks/credential.js';
import {
  adminKey,
  apiKey,
  body,
  googleKey,
  groqKey,
  oauthToken,
  openaiKey,
  openrouterKey,
  refreshToken,
} from '../support/keys.js';
import { envSetting } from '../support/settings.js';

const ctx: CredentialContext = { models: [], viaProxy: false, showSecrets: false };
const codes = (value: string, role: 'api_key' | 'auth_token' = 'api_key', c = ctx) =>
  checkCredential(envSetting('LLM_API_KEY', value, role), c).map((f) => f.code);
const args = (value: string, code: string) =>
  checkCredential(envSetting('LLM_API_KEY', value), ctx).find((f) => f.code === code)?.args;

const key = apiKey(7);

describe('checkCredential', () => {
  it.each([
    ['a well-formed API key', key, []],
    ['empty', '', ['key/empty']],
    ['only spaces', '   ', ['key/empty']],
    ['a trailing newline', `${key}\n`, ['key/whitespace']],
    ['a trailing CR', `${key}\r`, ['key/whitespace']],
    ['a leading space', ` ${key}`, ['key/whitespace']],
    ['a tab inside', `${key.slice(0, 50)}\t${key.slice(50)}`, ['key/whitespace']],
    ['double quotes', `"${key}"`, ['key/quoted']],
    ['single quotes', `'${key}'`, ['key/quoted']],
    ['smart quotes', `\u201c${key}\u201d`, ['key/quoted']],
    ['Bearer prefix', `Bearer ${key}`, ['key/bearer-prefix']],
    ['x-api-key: prefix', `x-api-key: ${key}`, ['key/bearer-prefix']],
    ['Authorization: Bearer prefix', `Authorization: Bearer ${key}`, ['key/bearer-prefix']],
    ['a zero-width space', `${key.slice(0, 40)}\u200b${key.slice(40)}`, ['key/invisible-character']],
    ['a no-break space at the end', `${key}\u00a0`, ['key/invisible-character']],
    ['a full-width letter', `${key.slice(0, 40)}\uff21${key.slice(41)}`, ['key/invisible-character', 'key/truncated']],
    ['cut short', key.slice(0, 90), ['key/truncated']],
    ['one character too many', `${key.slice(0, 60)}x${key.slice(60)}`, ['key/truncated']],
    ['a wrong ending', `${key.slice(0, -2)}AB`, ['key/truncated']],
    ['a bad character', `${key.slice(0, 30)}!${key.slice(31)}`, ['key/truncated']],
    ['placeholder your-api-key', 'your-api-key', ['key/placeholder']],
    ['placeholder YOUR_ANTHROPIC_API_KEY', 'YOUR_ANTHROPIC_API_KEY', ['key/placeholder']],
    ['placeholder sk-ant-xxxx', 'sk-ant-xxxx', ['key/placeholder']],
    ['placeholder sk-ant-...', 'sk-ant-...', ['key/placeholder']],
    ['placeholder <...>', '<your Anthropic key>', ['key/placeholder']],
    ['placeholder changeme', 'changeme', ['key/placeholder']],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text of an unexpanded variable
    ['unexpanded variable', '${ANTHROPIC_API_KEY}', ['key/placeholder']],
    ['masked with asterisks', '**********', ['key/masked']],
    ['masked with an ellipsis', `sk-ant-api03-${body(4, 3)}…${body(4, 4)}AA`, ['key/masked']],
    ['masked with three dots', `sk-ant-api03-${body(6, 3)}...${body(4, 4)}`, ['key/masked']],
    ['an OAuth access token', oauthToken(), ['key/oauth-token']],
    ['an OAuth refresh token', refreshToken(), ['key/refresh-token']],
    ['an admin key', adminKey(), ['key/admin-key']],
    ['an Enterprise admin key', `sk-ant-api01-${body(93)}AA`, ['key/admin-key']],
    ['another sk-ant- kind', `sk-ant-api04-${body(93)}AA`, ['key/unknown-format']],
    ['an OpenAI key', openaiKey(), ['key/other-provider']],
    ['an OpenRouter key', openrouterKey(), ['key/other-provider']],
    ['a Google key', googleKey(), ['key/other-provider']],
    ['a Groq key', groqKey(), ['key/other-provider']],
    ['a Sourcegraph token', `sgp_${body(40, 2, 'abcdef0123456789')}`, ['key/other-provider']],
    ['an unknown format', body(40, 9), ['key/unknown-format']],
    ['quotes and a trailing newline', `"${key}"\n`, ['key/whitespace', 'key/quoted']],
  ])('%s', (_name, value, expected) => {
    expect(codes(value)).toEqual(expected);
  });

  it('accepts an OAuth token in an auth-token slot', () => {
    expect(codes(oauthToken(), 'auth_token')).toEqual([]);
  });

  it("accepts another provider's key when the model is that provider's", () => {
    expect(codes(openaiKey(), 'api_key', { ...ctx, models: ['openai/gpt-4o'] })).toEqual([]);
    expect(codes(openaiKey(), 'api_key', { ...ctx, models: ['anthropic/claude-sonnet-4-6'] })).toEqual([
      'key/other-provider',
    ]);
  });

  it('lowers an unknown format to info behind a proxy', () => {
    const [f] = checkCredential(envSetting('LLM_API_KEY', 'sk-1234'), { ...ctx, viaProxy: true });
    expect(f).toMatchObject({ code: 'key/unknown-format', severity: 'info' });
  });

  it('names each whitespace problem and its position', () => {
    expect(args(` ${key}\r\n`, 'key/whitespace')).toEqual({
      name: 'LLM_API_KEY',
      problems: [
        { at: 'leading', char: 'space', position: 1 },
        { at: 'trailing', char: 'cr', position: 110 },
        { at: 'trailing', char: 'lf', position: 111 },
      ],
    });
  });

  it('does not count the space of a "Bearer " prefix as whitespace damage', () => {
    expect(codes(`Bearer ${key}`)).toEqual(['key/bearer-prefix']);
  });

  it('names an invisible character and its position', () => {
    expect(args(`${key.slice(0, 40)}\u200b${key.slice(40)}`, 'key/invisible-character')).toEqual({
      name: 'LLM_API_KEY',
      chars: [{ codePoint: 'U+200B', charName: 'ZERO WIDTH SPACE', position: 41 }],
    });
  });

  it('says how a truncated key differs', () => {
    expect(args(key.slice(0, 100), 'key/truncated')).toMatchObject({
      length: 100,
      expected: 108,
      problems: ['length', 'ending'],
    });
    expect(args(`${key.slice(0, 30)}!${key.slice(31)}`, 'key/truncated')).toMatchObject({
      problems: ['alphabet'],
      badPositions: [31],
    });
  });

  it('names the provider', () => {
    expect(args(openrouterKey(), 'key/other-provider')).toMatchObject({ provider: 'OpenRouter' });
  });

  it('never puts the raw key into a finding', () => {
    for (const value of [key.slice(0, 90), `"${key}"`, `${key}\n`, `Bearer ${key}`]) {
      const text = JSON.stringify(checkCredential(envSetting('LLM_API_KEY', value), ctx));
      expect(text).not.toContain(key.slice(13, 80));
    }
  });
});
