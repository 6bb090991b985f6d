// report/text.ts on a small Report built here: findings grouped by profile, the rest apart, and the
// verdict line that matches the exit status.
import { beforeEach, describe, expect, it } from 'vitest';
import { UI } from '../../src/catalog/ui.js';
import type { Finding } from '../../src/findings.js';
import { paint } from '../../src/report/color.js';
import { textReport, type TextOptions } from '../../src/report/text.js';
import { apiKey } from '../support/keys.js';
import { committedKey, envInfo, missingKey, okProbe, readableKeyFile, sampleReport } from '../support/report.js';

const OPTS: TextOptions = {
  lang: 'en',
  strict: false,
  showSecrets: false,
  version: '9.8.7',
  color: paint(false),
  offline: false,
};
const text = (findings: Finding[], opts: Partial<TextOptions> = {}, probes = [okProbe()]) =>
  textReport(sampleReport(findings, probes), { ...OPTS, ...opts });
const last = (out: string) => out.trimEnd().split('\n').at(-1);

describe('textReport grouping', () => {
  const forP2: Finding = { ...readableKeyFile('.env'), profile: 'p2' };
  const unknownProfile: Finding = { ...committedKey('b.env'), profile: 'p9' };
  // Made for each test, not once: a mutant is run against the tests that reached it.
  let out: string;
  beforeEach(() => {
    out = text([missingKey(), forP2, envInfo(), unknownProfile]);
  });
  // The details, after the overview lines (which name the profiles and "Not tied to a profile" too).
  const at = (needle: string) => out.indexOf(needle, out.indexOf('\nProfile p1'));

  it('starts with the version and the sources checked', () => {
    expect(out.split('\n')[0]).toBe('claude-doctor 9.8.7 — checked: environment, .env');
  });

  it('puts each finding under its profile, and the rest under their own heading', () => {
    const order = [
      'Profile p1 · ',
      'key/missing',
      'Profile p2 · ',
      'hygiene/world-readable',
      'Not tied to a profile',
      'key/unknown-format',
      'hygiene/key-committed',
    ];
    const places = order.map(at);
    expect(places.every((p) => p >= 0)).toBe(true);
    expect([...places].sort((a, b) => a - b)).toEqual(places);
  });

  it('leads with one overview line per profile, and one for the findings tied to none', () => {
    const lines = out.split('\n');
    expect(lines[1]).toBe('');
    // A key/ finding on p1: its key is not confirmed.
    expect(lines[2]).toBe('✖ p1 · Anthropic SDK (ANTHROPIC_* variables) — 1 error: probe OK 42 ms');
    expect(lines[3]).toMatch(/^! p2 · OpenHands .* — 1 warning: key well-formed, model current, not probed$/);
    expect(lines[4]).toBe('✖ Not tied to a profile — 1 error');
    expect(lines[5]).toBe('');
  });

  it("shows each profile's values, the key redacted, and (--verbose) its probe", () => {
    out = text([missingKey(), forP2, envInfo(), unknownProfile], { verbosity: 'verbose' });
    const p1 = out.slice(at('Profile p1'), at('Profile p2'));
    expect(p1).toMatch(/sk-ant-api03-…\S{4} \(108 chars, #[0-9a-f]{8}\)/);
    expect(p1).toContain('https://api.anthropic.com → api/ok (HTTP 200, req_011, 42 ms)');
    expect(out).not.toContain(apiKey(9).slice(13, 60));
  });

  it('gives a finding its place, numbered fix steps and docs page', () => {
    const block = out.slice(at('hygiene/world-readable'), at('Not tied to a profile'));
    expect(block).toMatch(/\n {4}at \.env\b/);
    expect(block).toMatch(/\n {4}Fix:\n {6}1\. /);
    expect(block).toContain(
      'Docs: https://github.com/claude-doctor/claude-doctor/blob/main/docs/codes/hygiene-world-readable.md',
    );
  });

  it('has no "not tied" heading when every finding has its profile', () => {
    expect(text([missingKey()])).not.toContain('Not tied to a profile');
  });
});

describe('textReport verdict', () => {
  it.each<[string, Finding[], Partial<TextOptions>, string]>([
    ['nothing found', [], {}, '✔ No problems found: 2 setups checked'],
    [
      'warnings present',
      [readableKeyFile('.env'), envInfo()],
      {},
      '! passes, with warnings — 0 errors, 1 warning, 1 info',
    ],
    ['--strict', [readableKeyFile('a')], { strict: true }, '✖ problems found — 0 errors, 1 warning, 0 info'],
    ['infos under --strict', [envInfo()], { strict: true }, '✔ No problems found: 2 setups checked'],
    ['an error', [missingKey(), envInfo()], {}, '✖ problems found — 1 error, 0 warnings, 1 info'],
    ['offline', [], { offline: true }, `✔ No problems found: 2 setups checked (${UI.en.offlineNote})`],
  ])('%s', (_, findings, opts, verdict) => {
    expect(last(text(findings, opts))).toBe(verdict);
  });

  it('says the same in Japanese', () => {
    const ja = last(text([readableKeyFile('.env')], { lang: 'ja' }));
    expect(ja).toBe(`! ${UI.ja.verdictPassWithWarnings} — ${UI.ja.summary(0, 1, 0)}`);
    expect(text([missingKey()], { lang: 'ja' })).toContain(UI.ja.profile);
  });

  it('colours only when asked', () => {
    expect(text([missingKey()])).not.toContain('\u001b[');
    expect(text([missingKey()], { color: paint(true) })).toContain('\u001b[31m');
    paint(false);
  });
});
