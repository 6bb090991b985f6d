// Redaction by shape in free text: every provider's key, keys broken by an odd character, the contexts
// that announce a credential, what must stay readable around them, what is not a secret, and time.
import { describe, expect, it } from 'vitest';
import { credentialIn, redact, redactUrl, scrubCodeLine, scrubKeyShapes, showText } from '../src/secrets.js';
import { apiKey, body, oauthToken, PROVIDER_KEYS } from './support/keys.js';
import { fragmentLeaked } from './support/leaks.js';
import { underStryker } from './support/stryker.js';

const key = apiKey(11);
const oat = oauthToken(12);

describe('scrubKeyShapes: every provider', () => {
  const contexts: [string, (k: string) => string][] = [
    ['alone', (k) => k],
    ['in prose', (k) => `the key ${k} was rejected`],
    ['in a JSON body', (k) => `{"error":{"message":"invalid key ${k}"},"type":"error"}`],
    ['in escaped JSON', (k) => `{\\"api_key\\":\\"${k}\\"}`],
    ['as a header echo', (k) => `x-api-key: ${k}`],
    ['after Bearer', (k) => `Authorization: Bearer ${k}`],
    ['in an assignment', (k) => `ANTHROPIC_API_KEY=${k}`],
    ['in a URL path', (k) => `GET https://gateway.example/${k}/v1/messages`],
    ['in a URL query', (k) => `https://gateway.example/v1?key=${k}&x=1`],
    ['in a Python dict', (k) => `{'x-api-key': '${k}', 'anthropic-version': '2023-06-01'}`],
    ['glued to a colon', (k) => `key:${k};`],
  ];
  for (const [provider, make] of Object.entries(PROVIDER_KEYS)) {
    it.each(contexts)(`${provider} %s`, (_, place) => {
      const k = make(3);
      const out = scrubKeyShapes(place(k));
      expect(fragmentLeaked(out, k), out).toBeUndefined();
      expect(out).toContain(redact(k));
    });
  }
});

describe('scrubKeyShapes: keys glued to other text', () => {
  it.each([
    ['a word before', `my-${key}`, [key]],
    ['two keys glued together', `${PROVIDER_KEYS.OpenAI!(4)}${key}`, [PROVIDER_KEYS.OpenAI!(4), key]],
    ['a key glued after another', `${key}${oat}`, [key, oat]],
  ])('%s', (_, text, keys) => {
    const out = scrubKeyShapes(text);
    for (const k of keys) expect(fragmentLeaked(out, k), out).toBeUndefined();
  });
});

describe('scrubKeyShapes: a key broken by an odd character is redacted whole', () => {
  const odd: [string, string][] = [
    ['a space', ' '],
    ['a tab', '\t'],
    ['a no-break space', '\u00a0'],
    ['a zero-width space', '\u200b'],
    ['a zero-width joiner', '\u200d'],
    ['a BOM', '\ufeff'],
    ['a narrow no-break space', '\u202f'],
    ['an ideographic space', '\u3000'],
    ['a double quote', '"'],
    ['an escaped quote', '\\"'],
    ['a single quote', "'"],
    ['a full-width letter', '\uff21'],
    ['an escaped zero-width space', '\\u200b'],
    ['a percent-encoded space', '%20'],
    ['a soft hyphen', '\u00ad'],
    ['two odd characters', ' \u200b'],
  ];
  it.each(odd)('%s, at every position of an API key', (_, ch) => {
    for (let at = 'sk-ant-api03-'.length; at < key.length; at++) {
      const broken = `${key.slice(0, at)}${ch}${key.slice(at)}`;
      const out = scrubKeyShapes(`401 invalid x-api-key ${broken} for this request`);
      expect(fragmentLeaked(out, key), `${at}: ${out}`).toBeUndefined();
      expect(out.endsWith(' for this request'), `${at}: ${out}`).toBe(true);
    }
  });

  it.each(odd)('%s, at every position of an OAuth token (no known length)', (_, ch) => {
    for (let at = 'sk-ant-oat01-'.length; at < oat.length; at++) {
      const out = scrubKeyShapes(`token ${oat.slice(0, at)}${ch}${oat.slice(at)} expired`);
      expect(fragmentLeaked(out, oat), `${at}: ${out}`).toBeUndefined();
    }
  });

  it('the same character replacing one of the key, and a key cut by two breaks', () => {
    for (let at = 20; at < 100; at += 7) {
      const replaced = scrubKeyShapes(`key ${key.slice(0, at)}\u00a0${key.slice(at + 1)} rejected`);
      expect(fragmentLeaked(replaced, key), replaced).toBeUndefined();
      const twice = scrubKeyShapes(
        `key ${key.slice(0, at)} ${key.slice(at, at + 5)}\u200b${key.slice(at + 5)} rejected`,
      );
      expect(fragmentLeaked(twice, key), twice).toBeUndefined();
    }
  });

  it('the example of the issue: a run of one letter, a space, another run', () => {
    const k = ['sk-ant-api03-', 'A'.repeat(50), ' ', 'B'.repeat(43), 'AA'].join('');
    const out = scrubKeyShapes(`got ${k} from the UI`);
    expect(out).not.toContain('BBBBBBBB');
    expect(out).toBe(`got ${redact(k)} from the UI`);
  });
});

describe('scrubKeyShapes: every break the scanner knows, written out or escaped', () => {
  // Each form a break takes in a log, a JSON or HTML error page or a URL; near the end of the key, the
  // tail after the break is too short to pass for a token of its own, so only knowing the break hides it.
  const breaks = [
    ...['\\"', "\\'", '\\\\', '\\t', '\\n', '\\r', '\\u{a0}', '\\u00a0', '\\U200B', '\\x20'],
    ...['%20', '%09', '%22', '%27', '%C2%A0', '%e2%80%8b', '%E2%80%8F', '%E2%81%A0', '%EF%BB%BF', '%E3%80%80'],
    ...['&nbsp;', '&QUOT;', '&#160;', '&#xa0;', '&#x00A0;', '&#8203;', '&#x200b;', '&#34;', '&#39;', '\\'],
    ...['\u2003', '\u00ad', '\u034f', '\u115f', '\u1160', '\u17b4', '\u17b5', '\u180b', '\u180f', '\u2800'],
    ...['\u3164', '\ufe00', '\ufe0f', '\uffa0', '\u2018', '\u201f', '\uff01', '\uff5e', '`'],
  ];
  it.each(breaks)('%j', (gap) => {
    for (const at of [20, key.length - 12, key.length - 9]) {
      const out = scrubKeyShapes(`401 invalid x-api-key ${key.slice(0, at)}${gap}${key.slice(at)} for this request`);
      expect(fragmentLeaked(out, key), `${at}: ${out}`).toBeUndefined();
      expect(out.endsWith(' for this request'), `${at}: ${out}`).toBe(true);
    }
  });

  it.each([
    ['a lone %', '%'],
    ['a lone &', '&'],
    ['an unknown entity', '&amp;'],
    ['an unknown percent code', '%41'],
    ['a letter outside the odd ones', '\u00e9'],
    ['a Mongolian letter', '\u1820'],
    ['three breaks in a row', ' \u200b '],
  ])('not %s: the tail is a word of its own', (_, gap) => {
    // A token of no fixed length, which a known break would join to the word after it.
    const tail = 'AbCdEfGh12';
    const out = scrubKeyShapes(`token ${oat}${gap}${tail} done`);
    expect(out).toBe(`token ${redact(oat)}${gap}${tail} done`);
    expect(scrubKeyShapes(`token ${oat}\u00a0${tail} done`)).toBe(`token ${redact(`${oat}\u00a0${tail}`)} done`);
  });
});

describe('scrubKeyShapes: long random tokens', () => {
  const mixed = (n: number) => 'aB3'.repeat(n).slice(0, n);
  it('takes a run of 32 characters with upper case, lower case and digits, not 31', () => {
    expect(scrubKeyShapes(`id ${mixed(32)} end`)).toBe(`id ${redact(mixed(32))} end`);
    expect(scrubKeyShapes(`id ${mixed(31)} end`)).toBe(`id ${mixed(31)} end`);
    const twoClasses = 'ab3'.repeat(20);
    expect(scrubKeyShapes(`id ${twoClasses} end`)).toBe(`id ${twoClasses} end`);
  });

  it('a token runs over every digit, letter, - and _, and stops at any other character', () => {
    const token = `${mixed(16)}09AZaz-_${mixed(16)}`;
    expect(scrubKeyShapes(`id ${token} end`)).toBe(`id ${redact(token)} end`);
    for (const stop of ['/', ':', '@', '[', '{', '.', '~', '+', '=', '!']) {
      const out = scrubKeyShapes(`${mixed(40)}${stop}xyz`);
      expect(out, stop).toBe(`${redact(mixed(40))}${stop}xyz`);
    }
  });
});

describe('scrubKeyShapes: what comes after a key stays readable', () => {
  it.each([
    ['prose', (k: string) => `${k} is invalid, please check`, ' is invalid, please check'],
    ['a sentence end', (k: string) => `The key was ${k}.`, '.'],
    ['JSON structure', (k: string) => `{"key":"${k}","type":"error","n":1}`, '","type":"error","n":1}'],
    ['escaped JSON', (k: string) => `{\\"key\\":\\"${k}\\",\\"type\\":\\"error\\"}`, '\\",\\"type\\":\\"error\\"}'],
    ['a parenthesis', (k: string) => `(${k})`, ')'],
    [
      'a request id',
      (k: string) => `${k} request_id=req_011CSHoEeqs5C35K2UUqR7Fy`,
      ' request_id=req_011CSHoEeqs5C35K2UUqR7Fy',
    ],
    ['a bare request id', (k: string) => `${k} req_011CSHoEeqs5C35K2UUqR7Fy`, ' req_011CSHoEeqs5C35K2UUqR7Fy'],
    ['another key', (k: string) => `${k} ${apiKey(12)}`, ` ${redact(apiKey(12))}`],
    ['a status', (k: string) => `${k} 401 Unauthorized`, ' 401 Unauthorized'],
  ])('%s after a whole key', (_, make, rest) => {
    const out = scrubKeyShapes(make(key));
    expect(out.endsWith(rest), out).toBe(true);
    expect(fragmentLeaked(out, key)).toBeUndefined();
  });

  it.each([
    ['prose', (k: string) => `${k} is invalid, please check`, ' is invalid, please check'],
    ['JSON structure', (k: string) => `{"key":"${k}","type":"error"}`, '","type":"error"}'],
    ['a quoted word', (k: string) => `${k} "Unauthorized"`, ' "Unauthorized"'],
    ['a request id', (k: string) => `${k} req_011CSHoEeqs5C35K2UUqR7Fy`, ' req_011CSHoEeqs5C35K2UUqR7Fy'],
  ])('%s after a truncated key or token', (_, make, rest) => {
    for (const cut of [key.slice(0, 60), oat.slice(0, 50)]) {
      const out = scrubKeyShapes(make(cut));
      expect(out.endsWith(rest), out).toBe(true);
      expect(fragmentLeaked(out, cut)).toBeUndefined();
    }
  });

  it('prose after a broken key', () => {
    const out = scrubKeyShapes(`x-api-key: ${key.slice(0, 50)}\u200b${key.slice(50)} is not valid. Please try again.`);
    expect(out).toBe(
      `x-api-key: ${redact(`${key.slice(0, 50)}\u200b${key.slice(50)}`)} is not valid. Please try again.`,
    );
  });
});

describe('scrubKeyShapes: contexts that announce a credential', () => {
  const token = body(40, 21);
  it.each([
    ['Bearer', `Authorization: Bearer ${token}`, 'Authorization: Bearer '],
    ['x-api-key header', `x-api-key: ${token}`, 'x-api-key: '],
    ['api_key=', `api_key=${token}&model=claude`, 'api_key='],
    ['JSON field', `{"api_key": "${token}"}`, '{"api_key": "'],
    ['escaped JSON field', `{\\"apiKey\\": \\"${token}\\"}`, '{\\"apiKey\\": \\"'],
    ['environment variable', `LLM_API_KEY=${token}`, 'LLM_API_KEY='],
    ['auth token', `ANTHROPIC_AUTH_TOKEN: '${token}'`, "ANTHROPIC_AUTH_TOKEN: '"],
    ['a JWT', `Authorization: Bearer ${body(20, 1)}.${body(60, 2)}.${body(30, 3)}`, 'Authorization: Bearer '],
    ['a password', `password = "${token}"`, 'password = "'],
  ])('%s', (_, text, kept) => {
    const out = scrubKeyShapes(text);
    expect(out.startsWith(kept), out).toBe(true);
    expect(fragmentLeaked(out, token)).toBeUndefined();
  });

  // Lower case and digits only: no random-token rule takes it, only the word before it can.
  const plain = body(40, 22, 'abcdefghijklmnopqrstuvwxyz0123456789');
  it.each([
    ['Basic', 'Authorization: Basic ', ''],
    ['Token', 'Authorization: Token ', ''],
    ['Bot', 'authorization: Bot ', ''],
    ['Digest', 'Authorization: Digest\t', ''],
    ['bearer in lower case', 'authorization: bearer ', ' end'],
    ['Bearer without a colon', 'Bearer ', ' end'],
    ['an arrow', 'x-api-key => ', ''],
    ['escaped JSON', '{\\"api_key\\": \\"', '\\"}'],
    ['a quoted name', '"token": "', '"'],
    ['single quotes', "api_key='", "'"],
    ['a backquote', 'secret = `', '`'],
  ])('exactly the value after %s', (_, before, after) => {
    expect(scrubKeyShapes(`${before}${plain}${after}`)).toBe(`${before}${redact(plain)}${after}`);
  });

  it('looks for the value within 32 characters of the name only', () => {
    expect(scrubKeyShapes(`x-api-key:${' '.repeat(20)}${plain}`)).toBe(`x-api-key:${' '.repeat(20)}${redact(plain)}`);
    const far = `x-api-key:${' '.repeat(40)}${plain}`;
    expect(scrubKeyShapes(far)).toBe(far);
  });

  it('takes a value 31 spaces after the name, not 32', () => {
    expect(scrubKeyShapes(`x-api-key:${' '.repeat(31)}${plain}`)).toBe(`x-api-key:${' '.repeat(31)}${redact(plain)}`);
    const far = `x-api-key:${' '.repeat(32)}${plain}`;
    expect(scrubKeyShapes(far)).toBe(far);
  });

  it('takes a name of up to 64 characters, and a value of up to 4096', () => {
    const name64 = `${'a'.repeat(60)}_key`;
    expect(scrubKeyShapes(`${name64}: ${plain}`)).toBe(`${name64}: ${redact(plain)}`);
    expect(scrubKeyShapes(`a${name64}: ${plain}`)).toBe(`a${name64}: ${plain}`);
    const value = 'a1'.repeat(2048);
    expect(scrubKeyShapes(`api_key=${value}`)).toBe(`api_key=${redact(value)}`);
    expect(scrubKeyShapes(`api_key=${value}b`)).toBe(`api_key=${value}b`);
  });

  it('a token after Bearer may hold . ~ + / and =', () => {
    const [a, b, c, d, e] = [0, 8, 16, 24, 32].map((at) => plain.slice(at, at + 8));
    const token = `${a}.${b}~${c}+${d}/${e}==`;
    expect(scrubKeyShapes(`Authorization: Bearer ${token} end`)).toBe(`Authorization: Bearer ${redact(token)} end`);
  });

  it('keeps ordinary words after the same names', () => {
    for (const text of [
      'x-api-key header is required',
      'invalid x-api-key',
      'Invalid bearer token',
      'Authorization: Bearer <your key>',
      'api_key = your-api-key-here',
      '"max_tokens": 1024',
      'token: 12345',
      'x-api-key: ********',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell variable reference, as a user would write it
      'api_key=${ANTHROPIC_API_KEY}',
    ]) {
      expect(scrubKeyShapes(text)).toBe(text);
    }
  });
});

describe('scrubKeyShapes: what is not a secret stays as it is', () => {
  it.each([
    'req_011CSHoEeqs5C35K2UUqR7Fy',
    'request-id: req_011CSHoEeqs5C35K2UUqR7Fy',
    '{"type":"error","error":{"type":"not_found_error","message":"model: claude-sonnet-4-20250514"},"request_id":"req_011CSHoEeqs5C35K2UUqR7Fy"}',
    'anthropic/claude-3-5-sonnet-20241022',
    'bedrock/anthropic.claude-3-sonnet-20240229-v1:0',
    'openrouter/anthropic/claude-sonnet-4',
    'gpt-4o-2024-08-06',
    'https://api.anthropic.com/v1/messages',
    'https://gateway.ai.cloudflare.com/v1/3f2a9c1b7d4e/gw/anthropic',
    'http://localhost:4000/v1',
    'anthropic-organization-id: 5f1c2a9e-0000-4000-8000-000000000001',
    'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    'commit 7455020c1e0d4bb1f1c0a3d5b9e8f7a6c5d4e3f2',
    'cf-ray: 8f1e2d3c4b5a6978-NRT',
    'The task-management service and the risk-assessment-framework-v2 are fine.',
    'ANTHROPIC_API_KEY is not set',
    'キーが無効です（401 invalid x-api-key）',
    'keys start with sk-ant-api03- and end with AA',
    'placeholder sk-ant-api03-xxxxxxxxxxxxxxxxxxxx',
    'sk-ant-api03-your-key-here',
    'docker run -e ANTHROPIC_API_KEY -p 3000:3000 openhands',
    'at Object.<anonymous> (/home/user/project/node_modules/@anthropic-ai/sdk/core.js:312:15)',
  ])('%s', (text) => {
    expect(scrubKeyShapes(text)).toBe(text);
  });

  it('a redacted form, and a scrubbed text, pass through unchanged', () => {
    for (const k of [key, oat, ` ${key}\u200b`, `Bearer ${key}`, body(50, 4)]) {
      expect(scrubKeyShapes(redact(k))).toBe(redact(k));
      const once = scrubKeyShapes(`error: ${k} and ${key.slice(0, 40)} ${key.slice(40)}`);
      expect(scrubKeyShapes(once)).toBe(once);
      expect(showText(redact(k))).toBe(redact(k));
    }
  });

  it('a header value that holds a key is redacted, a request id is not', () => {
    expect(scrubKeyShapes(key)).toBe(redact(key));
    expect(scrubKeyShapes(`Bearer ${key}`)).toBe(`Bearer ${redact(key)}`);
    expect(scrubKeyShapes('req_011CSHoEeqs5C35K2UUqR7Fy')).toBe('req_011CSHoEeqs5C35K2UUqR7Fy');
  });

  it('a long random token with no prefix is redacted, a short one and a hash are not', () => {
    const token = body(48, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
    expect(scrubKeyShapes(`got ${token} back`)).toBe(`got ${redact(token)} back`);
    expect(scrubKeyShapes(`id ${token.slice(0, 24)}`)).toBe(`id ${token.slice(0, 24)}`);
  });
});

describe('URLs', () => {
  it.each([
    ['tcp://user:s3cr3tT0ken@docker.example:2376', 'tcp://***@docker.example:2376', 's3cr3tT0ken'],
    ['ssh://deploy:hunter2@10.0.0.5', 'ssh://***@10.0.0.5', 'hunter2'],
    ['https://me:tok@proxy.example.com/x', 'https://***@proxy.example.com/x', 'tok@'],
    ['https://user:p@ss@word@host.example/', 'https://***@host.example/', 'word@'],
    ['engine at tcp://a:b@h:1 refused; also http://c:d@e', 'engine at tcp://***@h:1 refused; also http://***@e', ':b@'],
  ])('%s', (text, expected, secret) => {
    expect(scrubKeyShapes(text)).toBe(expected);
    expect(redactUrl(text)).not.toContain(secret);
  });

  it('a key in the path or the query', () => {
    expect(redactUrl(`https://gw.example/${key}/v1`)).toBe(`https://gw.example/${redact(key)}/v1`);
    expect(redactUrl(`https://gw.example/v1?api_key=${body(40, 5)}`)).not.toContain(body(40, 5).slice(0, 12));
  });
});

describe('credentialIn', () => {
  it.each([
    ['a key as the model', key, key],
    ['a key after a provider prefix', `anthropic/${key}`, key],
    ['a broken key', `anthropic/${key.slice(0, 40)} ${key.slice(40)}`, `${key.slice(0, 40)} ${key.slice(40)}`],
    ['a key in a URL path', `https://gw.example/${key}/v1`, key],
    ['a key as a URL password', `https://user:${key}@gw.example`, key],
    ['a token in a URL query', `https://gw.example/v1?key=${body(40, 6)}`, body(40, 6)],
  ])('%s', (_, value, found) => {
    expect(credentialIn(value)).toBe(found);
  });

  it.each([
    'claude-sonnet-4-6',
    'anthropic/claude-3-5-sonnet-20241022',
    'https://api.anthropic.com',
    'https://user:pass@proxy.example:8080',
    'http://localhost:4000',
  ])('none in %s', (value) => expect(credentialIn(value)).toBeUndefined());
});

describe('scrubCodeLine: a line of a config file in a parse error', () => {
  const naked = body(60, 31);
  it.each([
    ['an unterminated key', `api_key = "${naked}`],
    ['a key body alone on a line', `  ${naked}`],
    ['a quoted body alone', `"${naked.slice(0, 30)}",`],
    ['a token field', `token: '${naked}'`],
    ['a secret in an inline table', `llm = { secret_key = "${naked.slice(0, 24)}" }`],
    ['a hexadecimal secret', `auth = "${'9f86d081884c7d659a2feaa0c55ad015a3bf4f1b'}"`],
    ['a prefixed key after something broken', `model = "x" ${key}`],
  ])('%s', (_, line) => {
    const out = scrubCodeLine(line);
    expect(fragmentLeaked(out, naked.slice(0, 24), 8), out).toBeUndefined();
    expect(fragmentLeaked(out, key), out).toBeUndefined();
    expect(out).not.toContain('9f86d081884c');
  });

  it.each([
    '[llm]',
    'model = "anthropic/claude-sonnet-4-6"',
    'base_url = "https://api.anthropic.com"',
    'api_key = ""',
    '# a comment',
  ])('keeps %s', (line) => expect(scrubCodeLine(line)).toBe(line));
});

describe.skipIf(underStryker)('linear time', () => {
  const MB = 1 << 20;
  const fill = (unit: string, size = MB) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  // Quadratic work on 1 MB is minutes; linear is a fraction of a second (bounds allow for a loaded CI machine).
  it.each([
    ['sk-ant- repeated', fill('sk-ant-')],
    ['sk-ant- and a space, repeated', fill('sk-ant- ')],
    ['an API key prefix and a zero-width space, repeated', fill('sk-ant-api03-\u200b')],
    ['one run of key characters', fill('aB3_')],
    ['one run of a letter', fill('A')],
    ['pieces of key body', fill('AbCd1234 ')],
    ['truncated keys with tails', fill('sk-ant-oat01-AbCdEfGh12 AbCdEfGh12 ')],
    ['key= repeated', fill('key=')],
    ['Bearer repeated', fill('Bearer ')],
    ['URL schemes', fill('a://x')],
    ['URL user-info', fill('http://a@')],
    ['escaped quotes', fill('\\"')],
  ])('%s (1 MB)', (_, text) => {
    const timed = (scrub: (t: string) => string, input: string) => {
      const started = performance.now();
      scrub(input);
      return performance.now() - started;
    };
    expect(timed(scrubKeyShapes, text)).toBeLessThan(6000);
    // The same scanner with other options and output: a quarter of the input is enough to tell.
    expect(timed(scrubCodeLine, text.slice(0, MB / 4))).toBeLessThan(3000);
    expect(timed(showText, text.slice(0, MB / 4))).toBeLessThan(3000);
  });
});
