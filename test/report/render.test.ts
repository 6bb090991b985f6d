// The one formatter every reporter builds on: a finding's code and arguments in, its words out, with every
// outside string neutralised first; and the summary counts that decide the exit status.
import { describe, expect, it } from 'vitest';
import { finding } from '../../src/findings.js';
import { failed, numbered, renderFinding, safeLocation, summarize } from '../../src/report/render.js';
import type { Location } from '../../src/types.js';

const parseError = (frame: string, detail = 'unrecognized value') =>
  finding('openhands/config-parse-error', { path: 'config.toml', line: 4, column: 11, detail, frame });

describe('renderFinding', () => {
  it('words a finding in the chosen language, with its docs page', () => {
    const f = finding('hygiene/world-readable', { path: '.env', mode: '644' });
    expect(renderFinding(f, 'en')).toEqual({
      code: 'hygiene/world-readable',
      severity: 'warning',
      title: 'A file with a key is readable by other users',
      message: '.env holds a key and has mode 644: other users can read it.',
      remediation: ['`chmod 600 .env`'],
      docs: 'docs/codes/hygiene-world-readable.md',
      docsUrl: 'https://github.com/claude-doctor/claude-doctor/blob/main/docs/codes/hygiene-world-readable.md',
    });
    expect(renderFinding(f, 'ja').title).toBe('キーを含むファイルが他のユーザーから読めます');
  });

  it('keeps the line breaks of a code frame, and escapes those of any other argument', () => {
    const out = renderFinding(parseError('4:  api_key = x\x1b[31m\n      ^', 'bad\nline'), 'en');
    expect(out.message).toBe(
      'config.toml has a TOML syntax error at line 4, column 11: bad\\nline\n4:  api_key = x\\x1b[31m\n      ^',
    );
  });

  it('neutralises the profile, the credential and the location the fix steps name', () => {
    const location: Location = { kind: 'file', path: 'a\nb/.env', line: 2, key: 'K' };
    const f = {
      ...finding('dotenv/export-prefix', { name: 'ANTHROPIC_API_KEY' }, { location }),
      profile: 'p\x1b1',
      credential: 'sk-…\u202e' as never,
    };
    const out = renderFinding(f, 'en');
    expect(out.profile).toBe('p\\x1b1');
    expect(out.credential).toBe('sk-…\\u{202e}');
    expect(out.remediation[0]).toBe('Edit a\\nb/.env line 2 (ANTHROPIC_API_KEY).');
    // The location stays data: JSON and SARIF encode it themselves.
    expect(out.location).toEqual(location);
  });

  it('leaves out what the finding does not have', () => {
    const out = renderFinding(finding('hygiene/world-readable', { path: '.env', mode: '644' }), 'en');
    expect(Object.keys(out).sort()).toEqual(['code', 'docs', 'docsUrl', 'message', 'remediation', 'severity', 'title']);
  });

  it('neutralises arguments that are not a plain object too', () => {
    const f = { ...finding('hygiene/world-readable', { path: '.env', mode: '644' }), args: ['x\ny'] as never };
    expect(() => renderFinding(f, 'en')).not.toThrow();
  });
});

describe('safeLocation', () => {
  it('neutralises every name of a location, and passes no location through', () => {
    expect(safeLocation({ kind: 'container', id: 'abc', name: 'n\x07', image: 'i\u2028' })).toEqual({
      kind: 'container',
      id: 'abc',
      name: 'n\\x07',
      image: 'i\\u{2028}',
    });
    expect(safeLocation(undefined)).toBeUndefined();
  });
});

describe('numbered, summarize, failed', () => {
  it('numbers the steps from 1', () => {
    expect(numbered(['a', 'b'])).toEqual(['1. a', '2. b']);
  });

  it('counts each severity', () => {
    const of = (...s: ('error' | 'warning' | 'info')[]) => s.map((severity) => ({ severity }));
    expect(summarize(of('error', 'info', 'warning', 'info', 'error', 'error'))).toEqual({
      errors: 3,
      warnings: 1,
      infos: 2,
    });
  });

  it.each([
    [{ errors: 1, warnings: 0, infos: 0 }, false, true],
    [{ errors: 0, warnings: 1, infos: 0 }, false, false],
    [{ errors: 0, warnings: 1, infos: 0 }, true, true],
    [{ errors: 0, warnings: 0, infos: 5 }, true, false],
    [{ errors: 0, warnings: 0, infos: 0 }, false, false],
  ])('%j, strict %s: failed %s', (summary, strict, expected) => {
    expect(failed(summary, strict)).toBe(expected);
  });
});
