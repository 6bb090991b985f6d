// checks/credential.ts: the whole finding for each code (what the renderer gets: its arguments, where
// the value is, and the value's redacted form), and the limits between masked, placeholder and key.
import { describe, expect, it } from 'vitest';
import { checkCredential, type CredentialContext } from '../../src/checks/credential.js';
import { redact } from '../../src/secrets.js';
import type { Setting } from '../../src/types.js';
import { adminKey, apiKey, body, googleKey, oauthToken, refreshToken } from '../support/keys.js';
import { envSetting } from '../support/settings.js';

const ctx: CredentialContext = { models: [], viaProxy: false, showSecrets: false };
const NAME = 'LLM_API_KEY';
const location = { kind: 'env', name: NAME } as const;
const check = (value: string, role: Setting['role'] = 'api_key', c = ctx) =>
  checkCredential(envSetting(NAME, value, role), c);
/** The finding as the check should make it: the value's place and its redacted form. */
const expected = (code: string, severity: string, value: string, args: object) => ({
  code,
  severity,
  args: { name: NAME, ...args },
  location,
  credential: redact(value),
});

const key = apiKey(9);

describe('checkCredential: the whole finding', () => {
  it('key/empty points at the variable and has no credential to show', () => {
    expect(check('  ')).toEqual([{ code: 'key/empty', severity: 'error', args: { name: NAME }, location }]);
  });

  it.each([
    ['key/quoted', `'${key}'`, { quote: "'" }],
    ['key/quoted', `\u201c${key}\u201d`, { quote: '\u201c\u201d' }],
    ['key/quoted', `\u201d${key}\u201d`, { quote: '\u201c\u201d' }],
    ['key/quoted', `\u2018${key}\u2019`, { quote: '\u2018\u2019' }],
    ['key/quoted', `\`${key}\``, { quote: '`' }],
    ['key/bearer-prefix', `Bearer ${key}`, { prefix: 'Bearer ' }],
    ['key/bearer-prefix', `x-api-key:${key}`, { prefix: 'x-api-key:' }],
    ['key/bearer-prefix', `"authorization: bearer  ${key}"`, { prefix: 'authorization: bearer  ' }],
    ['key/admin-key', adminKey(), { kind: 'console-admin' }],
    ['key/admin-key', `sk-ant-api01-${body(93)}AA`, { kind: 'enterprise-admin' }],
    ['key/oauth-token', oauthToken(), {}],
    ['key/refresh-token', refreshToken(), {}],
    ['key/unknown-format', `sk-ant-sid01-${body(60)}`, {}],
    ['key/unknown-format', `gw-${body(40)}`, {}],
    ['key/other-provider', googleKey(), { provider: 'Google (Gemini)' }],
    ['key/masked', `sk-ant-api03-${body(4)}...${body(4, 2)}AA`, { mask: '...' }],
    ['key/masked', '**********', { mask: '**********' }],
  ])('%s for %s', (code, value, args) => {
    const found = check(value).filter((f) => f.code === code);
    expect(found).toEqual([expected(code, expect.any(String) as never, value, args)]);
  });

  it('shows a short placeholder as it was written, without the spaces around it', () => {
    expect(check('  your-api-key-here ')).toEqual([
      expected('key/placeholder', 'error', '  your-api-key-here ', { placeholder: 'your-api-key-here' }),
    ]);
  });

  it('redacts a placeholder longer than 40 characters', () => {
    const long = `paste-your-${'x'.repeat(30)}-key`;
    expect(long.length).toBeGreaterThan(40);
    expect(check(long)[0]!.args).toEqual({ name: NAME, placeholder: redact(long) });
    const forty = `your-key${'z'.repeat(32)}`;
    expect(check(forty)[0]!.args).toEqual({ name: NAME, placeholder: forty });
  });

  it('takes template text up to 60 characters as a placeholder, a longer value as a key of unknown shape', () => {
    const at60 = `your-key-${'q'.repeat(51)}`;
    const at61 = `your-key-${'q'.repeat(52)}`;
    expect(check(at60).map((f) => f.code)).toEqual(['key/placeholder']);
    expect(check(at61).map((f) => f.code)).toEqual(['key/unknown-format']);
  });

  it('lists at most five bad positions of a key of the right shape', () => {
    const bad = `sk-ant-api03-${'!'.repeat(7)}${body(86)}AA`;
    expect(check(bad)[0]).toMatchObject({
      code: 'key/truncated',
      args: { problems: ['alphabet'], badPositions: [14, 15, 16, 17, 18] },
    });
  });
});

describe('masked copies and template text', () => {
  it.each([
    // Four characters besides the key prefix and the mask: enough to be a copy of a real key.
    ['four characters kept', 'sk-ant-api03-ab…cd', ['key/masked']],
    // Fewer: a damaged key, not a copy.
    ['three characters kept', 'sk-ant-api03-ab…c', ['key/invisible-character', 'key/truncated']],
    ['no prefix, four characters kept', 'ab…cd', ['key/masked']],
    ['"sk-" counts as a prefix only at the start', 'xsk-a…', ['key/masked']],
    ['"sk-ant-" counts as a prefix only at the start', 'ab-sk-ant-…', ['key/masked']],
    ['sk-ant-... alone is template text', 'sk-ant-...', ['key/placeholder']],
    ['asterisks alone are a mask', '***', ['key/masked']],
    ['dots alone are template text', '...', ['key/placeholder']],
    ['bullets', 'sk-ant-api03-abcd••••wxyz', ['key/masked']],
  ])('%s: %s', (_, value, codes) => {
    expect(check(value).map((f) => f.code)).toEqual(codes);
  });
});
