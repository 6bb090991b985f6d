// Boundaries of the one module that formats credentials, on plain data (found by mutation testing,
// docs/mutation.md): where a tail starts to show, which characters are escaped, what counts as a secret.
import { describe, expect, it } from 'vitest';
import {
  credentialIn,
  escapeInvisible,
  fingerprint,
  redact,
  redactUrl,
  scrub,
  scrubCodeLine,
  scrubDeep,
  showText,
} from '../src/secrets.js';
import { apiKey, body } from './support/keys.js';

const fp = fingerprint;

describe('escapeInvisible', () => {
  it.each([
    ['…␠', '…␠'],
    ['\n\r\t', '\\n\\r\\t'],
    ['\x00\x1f', '\\u{0}\\u{1f}'],
    [' ~!', ' ~!'],
    ['\x7f', '\\u{7f}'],
    ['é', '\\u{e9}'],
    ['\u{1f600}', '\\u{1f600}'],
    ['\u200b', '\\u{200b}'],
  ])('%j is shown as %j', (text, shown) => {
    expect(escapeInvisible(text)).toBe(shown);
  });
});

describe('redact', () => {
  it('fingerprints with the first 8 hex digits of SHA-256', () => {
    expect(fingerprint('abc')).toBe('ba7816bf');
  });

  it('shows a tail from 16 characters after the prefix on, not before', () => {
    const at16 = `sk-ant-api03-${body(16, 5)}`;
    expect(redact(at16)).toBe(`sk-ant-api03-…${at16.slice(-4)} (29 chars, #${fp(at16)})`);
    const at15 = `sk-ant-api03-${body(15, 5)}`;
    expect(redact(at15)).toBe(`sk-ant-api03-… (28 chars, #${fp(at15)})`);
    const plain16 = body(16, 6);
    expect(redact(plain16)).toBe(`…${plain16.slice(-4)} (16 chars, #${fp(plain16)})`);
    expect(redact(body(15, 6))).toBe(`… (15 chars, #${fp(body(15, 6))})`);
  });

  it('counts characters, not UTF-16 units, and shows every trailing space', () => {
    const value = `${'\u{1f600}'.repeat(16)}a  `;
    expect(redact(value)).toBe(`…\\u{1f600}a␠␠ (19 chars, #${fp(value)})`);
  });

  it('knows the Bearer prefix, and shows the whole value, quoted, only when asked', () => {
    const token = `Bearer ${body(40, 7)}`;
    expect(redact(token)).toBe(`Bearer …${token.slice(-4)} (47 chars, #${fp(token)})`);
    expect(redact('abc', true)).toBe(`"abc" (3 chars, #${fp('abc')})`);
  });
});

describe('scrub', () => {
  it('replaces every occurrence of a secret of 8 characters or more, and none shorter', () => {
    expect(scrub('a 12345678 b 12345678', ['12345678'])).toBe(`a ${redact('12345678')} b ${redact('12345678')}`);
    expect(scrub('a 1234567 b', ['1234567'])).toBe('a 1234567 b');
    expect(scrub('a 12345678 b', ['12345678'], true)).toBe('a 12345678 b');
  });
});

describe('URLs and free text', () => {
  it('hides the user-info of every URL in a text, and leaves a text without any as it is', () => {
    expect(redactUrl('a http://u:p@h.example/ b https://x:y@k.example c')).toBe(
      'a http://***@h.example/ b https://***@k.example c',
    );
    expect(redactUrl('no url here')).toBe('no url here');
  });

  it('showText escapes the plain text around a redacted key', () => {
    const key = apiKey(8);
    expect(showText(`\t${key}\n`)).toBe(`\\t${redact(key)}\\n`);
    expect(showText('http://u:p@h.example\n')).toBe('http://***@h.example\\n');
  });

  it("credentialIn: in a URL's user-info only a key by its prefix counts", () => {
    const key = apiKey(9);
    const token = body(40, 9);
    expect(credentialIn(`https://user:${key}@proxy.example`)).toBe(key);
    expect(credentialIn(`https://user:${token}@proxy.example`)).toBeUndefined();
    expect(credentialIn(`https://proxy.example/${token}`)).toBe(token);
    expect(credentialIn('claude-sonnet-4-6')).toBeUndefined();
  });

  it('credentialIn: the user-info has bounds; the token right after :// is inside, the URL around it is not', () => {
    const token = body(40, 9);
    const other = body(40, 12);
    // A password with no user name starts right where the user-info does.
    expect(credentialIn(`https://${token}@proxy.example`)).toBeUndefined();
    // Before the URL, and in the path of a URL with a user-info: not in the user-info.
    expect(credentialIn(`${token} https://user:pw@proxy.example`)).toBe(token);
    expect(credentialIn(`https://user:pw@proxy.example/${token}`)).toBe(token);
    // The second URL's token counts although the first has a user-info.
    expect(credentialIn(`https://u:${other}@a.example https://b.example/${token}`)).toBe(token);
  });
});

describe('scrubCodeLine', () => {
  const secret = body(30, 10);
  it.each([
    [`api_key = "${secret}",`, `api_key = "${redact(secret)}",`],
    [`password: '${secret}'  `, `password: '${redact(secret)}'  `],
    [`"token"\t=\t\`${secret}\``, `"token"\t=\t\`${redact(secret)}\``],
    ['api_key = ""', 'api_key = ""'],
    [`model = "${'x'.repeat(8)}"`, `model = "${'x'.repeat(8)}"`],
    [`credentials=${secret}`, `credentials=${redact(secret)}`],
    ['api_key = short', `api_key = ${redact('short')}`],
    ['credential = short', `credential = ${redact('short')}`],
    ['"api_key"  = short', `"api_key"  = ${redact('short')}`],
    ['monkey_business = short', 'monkey_business = short'],
    // Nothing left once the quotes and the comma are trimmed: no value to redact.
    ['api_key = ,', 'api_key = ,'],
    ['api_key = "",', 'api_key = "",'],
    ['api_key=,', 'api_key=,'],
    ['api_key', 'api_key'],
    // No = or : at all: the name before the end of the line is no name.
    ['a password?', 'a password?'],
    ['= short', '= short'],
  ])('%s', (line, shown) => {
    expect(scrubCodeLine(line)).toBe(shown);
  });

  it('looks at the name just before the = only, and redacts a long token anywhere else', () => {
    const far = `api_key${' '.repeat(70)}= short`;
    expect(scrubCodeLine(far)).toBe(far);
    expect(scrubCodeLine(`api_key${' '.repeat(50)}= short`)).toBe(`api_key${' '.repeat(50)}= ${redact('short')}`);
    const hex = 'a1b2c3d4'.repeat(4);
    expect(scrubCodeLine(`model = ${hex}`)).toBe(`model = ${redact(hex)}`);
    expect(scrubCodeLine(`=${secret}`)).not.toContain(secret);
  });
});

describe('scrubDeep', () => {
  it('scrubs every string in arrays and plain objects, and leaves other values as they are', () => {
    const key = apiKey(11);
    const date = new Date(0);
    const out = scrubDeep({ a: key, b: [key, { c: key }], n: 1, z: null, date });
    expect(out).toEqual({ a: redact(key), b: [redact(key), { c: redact(key) }], n: 1, z: null, date });
    expect(out.date).toBe(date);
    expect(scrubDeep(key)).toBe(redact(key));
    expect(scrubDeep(7)).toBe(7);
  });
});
