// The reports of `explain`, from diagnoses given here: each problem once, where it was seen, the API's own
// message when the excerpt quotes one, a neutralised excerpt, and the fix.
import { describe, expect, it } from 'vitest';
import { entry } from '../../src/catalog/index.js';
import type { Diagnosis } from '../../src/explain.js';
import { paint } from '../../src/report/color.js';
import { explainJson, explainText } from '../../src/report/explain.js';

const invalidKey: Diagnosis = {
  code: 'auth/invalid-api-key',
  lines: [3],
  count: 1,
  excerpt: '{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}',
};
const modelGone: Diagnosis = {
  code: 'api/model-not-found',
  lines: [2, 9],
  count: 5,
  excerpt: 'NotFoundError: model: claude-old\x1b]0;pwned\x07',
  model: 'claude-old',
};
const plain = () => paint(false);

describe('explainJson', () => {
  it('gives each diagnosis its code, words, lines, excerpt, fix and docs page', () => {
    const out = JSON.parse(explainJson([invalidKey, modelGone], 'en'));
    const spec = entry('auth/invalid-api-key');
    expect(out.schemaVersion).toBe(1);
    expect(out.findings[0]).toEqual({
      code: 'auth/invalid-api-key',
      severity: 'error',
      title: spec.title.en,
      message: spec.message.en({ apiMessage: 'invalid x-api-key' }),
      line: 3,
      lines: [3],
      count: 1,
      excerpt: invalidKey.excerpt,
      remediation: spec.fix.en({ apiMessage: 'invalid x-api-key' }),
      docs: 'docs/codes/auth-invalid-api-key.md',
      docsUrl: 'https://github.com/claude-doctor/claude-doctor/blob/main/docs/codes/auth-invalid-api-key.md',
    });
    expect(out.findings[0].message).toContain('"invalid x-api-key"');
  });

  it('says why, with no message quoted, and names the model', () => {
    const [f] = JSON.parse(explainJson([modelGone], 'en')).findings;
    expect(f.message).toBe(entry('api/model-not-found').why.en);
    expect(f).toMatchObject({
      line: 2,
      lines: [2, 9],
      count: 5,
      excerpt: 'NotFoundError: model: claude-old\\x1b]0;pwned\\x07',
    });
  });

  it('reads a quoted message with escaped quotes in it', () => {
    const quoted = { ...invalidKey, excerpt: '{"message":"bad \\"key\\" here"}' };
    expect(JSON.parse(explainJson([quoted], 'en')).findings[0].message).toContain('bad \\"key\\" here');
  });

  it('neutralises the message the log quotes', () => {
    const evil = { ...invalidKey, excerpt: '{"message":"x\u202ey"}' };
    expect(JSON.parse(explainJson([evil], 'en')).findings[0].message).toContain('x\\u{202e}y');
  });

  it('writes Japanese words in Japanese', () => {
    const [f] = JSON.parse(explainJson([modelGone], 'ja')).findings;
    expect(f.title).toBe(entry('api/model-not-found').title.ja);
  });
});

describe('explainText', () => {
  it('says so when nothing was found', () => {
    expect(explainText([], 'en', plain())).toBe(
      'No known Anthropic, LiteLLM, OpenHands or SDK error found in this text.\n',
    );
  });

  it('shows each problem with its place, excerpt, numbered fix and docs', () => {
    const out = explainText([invalidKey, modelGone], 'en', plain());
    const spec = entry('auth/invalid-api-key');
    const lines = out.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      `✖ auth/invalid-api-key  ${spec.title.en}`,
      `  ${spec.message.en({ apiMessage: 'invalid x-api-key' })}`,
      '  seen on line 3',
      `  > ${invalidKey.excerpt}`,
      '  Fix:',
    ]);
    expect(lines[5]).toMatch(/^ {4}1\. /);
    expect(out).toContain(
      '  Docs: https://github.com/claude-doctor/claude-doctor/blob/main/docs/codes/auth-invalid-api-key.md\n\n',
    );
    expect(out).toContain('  seen 5 times, on lines 2, 9, …\n');
    expect(out).toContain('  > NotFoundError: model: claude-old\\x1b]0;pwned\\x07\n');
    expect(out.endsWith('\n2 distinct problems found.\n')).toBe(true);
  });

  it('lists every line when it saw no more than it lists', () => {
    const out = explainText([{ ...modelGone, count: 2 }], 'en', plain());
    expect(out).toContain('  seen 2 times, on lines 2, 9\n');
  });

  it('marks a warning apart from an error, and colours when asked', () => {
    const warning: Diagnosis = { code: 'api/overloaded', lines: [1], count: 1, excerpt: 'overloaded_error' };
    expect(entry('api/overloaded').severity).toBe('warning');
    expect(explainText([warning], 'en', plain())).toMatch(/^▲ api\/overloaded {2}/);
    const coloured = explainText([invalidKey], 'en', paint(true));
    expect(coloured).toContain('\x1b[1m\x1b[31m✖\x1b[39m auth/invalid-api-key');
    expect(coloured).toContain('\x1b[2m  seen on line 3\x1b[22m');
    paint(false);
  });
});
