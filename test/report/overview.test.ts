// The overview (report/overview.ts) and the verbosity of --format text: one line per setup with its mark,
// verdict and what was confirmed; --quiet's errors and verdict only; --verbose's ignored settings and sources.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/doctor.js';
import { finding } from '../../src/findings.js';
import type { ProbeResult } from '../../src/probe/anthropic.js';
import { paint } from '../../src/report/color.js';
import { confirmed, looseLine, markOf, overviewLine, type OverviewInput } from '../../src/report/overview.js';
import { textReport, type TextOptions } from '../../src/report/text.js';
import type { Profile } from '../../src/types.js';
import { apiKey } from '../support/keys.js';
import { committedKey, okProbe } from '../support/report.js';
import { envSetting, fileSetting } from '../support/settings.js';

const key = envSetting('ANTHROPIC_API_KEY', apiKey(4));
const model = envSetting('ANTHROPIC_MODEL', 'claude-sonnet-4-6', 'model');
const sdk = (more: Partial<Profile> = {}): Profile => ({
  id: 'p1',
  client: 'anthropic-sdk',
  apiKey: key,
  model,
  ignored: [],
  ...more,
});
const input = (more: Partial<OverviewInput> = {}): OverviewInput => ({
  profile: sdk(),
  findings: [],
  probes: [],
  offline: false,
  strict: false,
  ...more,
});
const c = paint(false);
const failedProbe: ProbeResult = { ...okProbe(), code: 'net/refused', status: undefined, latencyMs: 3 };

describe('overviewLine', () => {
  it('a clean probed setup: ✔, the client, ok, and what was confirmed', () => {
    expect(overviewLine(input({ probes: [okProbe()] }), 'en', c)).toBe(
      '✔ p1 · Anthropic SDK (ANTHROPIC_* variables) — ok: key well-formed, model current, probe OK 42 ms',
    );
  });

  it('offline, not probed, a label, and Japanese', () => {
    expect(overviewLine(input({ offline: true, profile: sdk({ label: '[llm.x]' }) }), 'en', c)).toBe(
      '✔ p1 · Anthropic SDK (ANTHROPIC_* variables) [llm.x] — ok: key well-formed, model current, not probed (offline)',
    );
    expect(confirmed(input(), 'en').at(-1)).toBe('not probed');
    expect(overviewLine(input({ probes: [okProbe()] }), 'ja', c)).toMatch(
      /^✔ p1 · .* — 問題なし: キーの形式は正常、モデルは現行、ライブ検査 OK 42 ms$/,
    );
  });

  it('a warning is "!", an error "✖", with their counts; the troubled part is not claimed', () => {
    const keyWarning = { code: 'key/unknown-format', severity: 'warning' as const };
    const modelError = { code: 'model/retired', severity: 'error' as const };
    expect(overviewLine(input({ findings: [keyWarning] }), 'en', c)).toBe(
      '! p1 · Anthropic SDK (ANTHROPIC_* variables) — 1 warning: model current, not probed',
    );
    expect(overviewLine(input({ findings: [modelError, keyWarning, keyWarning] }), 'en', c)).toBe(
      '✖ p1 · Anthropic SDK (ANTHROPIC_* variables) — 1 error, 2 warnings: not probed',
    );
    // An info finding changes nothing.
    expect(confirmed(input({ findings: [{ code: 'key/x', severity: 'info' }] }), 'en')).toContain('key well-formed');
  });

  it('a probe that did not reach the API says the key was not checked; another answer is named', () => {
    expect(confirmed(input({ probes: [failedProbe] }), 'en').at(-1)).toBe('API not reached: key not checked');
    const denied = { ...okProbe(), code: 'auth/invalid-api-key' as const };
    expect(confirmed(input({ probes: [denied] }), 'en').at(-1)).toBe('probe answered auth/invalid-api-key');
  });

  it('no key: nothing claimed about it; a subscription login is named', () => {
    expect(confirmed(input({ profile: sdk({ apiKey: undefined, model: undefined }) }), 'en')).toEqual(['not probed']);
    const sub = sdk({ client: 'claude-code', apiKey: undefined, credential: { kind: 'subscription', losers: [] } });
    expect(confirmed(input({ profile: sub }), 'en')[0]).toBe('subscription login');
  });

  it('marks: --strict makes a warning fail; the loose line says the same', () => {
    expect(markOf([{ severity: 'warning' }], false)).toBe('warn');
    expect(markOf([{ severity: 'warning' }], true)).toBe('fail');
    expect(markOf([{ severity: 'info' }], true)).toBe('ok');
    expect(looseLine([{ severity: 'error' }], { lang: 'en', strict: false, c })).toBe(
      '✖ Not tied to a profile — 1 error',
    );
    expect(looseLine([{ severity: 'info' }], { lang: 'en', strict: false, c })).toBe('✔ Not tied to a profile — ok');
  });

  it('colours the mark', () => {
    const coloured = overviewLine(
      input({ findings: [{ code: 'model/retired', severity: 'error' }] }),
      'en',
      paint(true),
    );
    paint(false);
    expect(coloured.startsWith('\x1b[31m✖\x1b[39m')).toBe(true);
  });
});

const OPTS: TextOptions = { lang: 'en', strict: false, showSecrets: false, version: '1.0.0', color: c, offline: false };
function sample(): Report {
  const dotenvKey = fileSetting('ANTHROPIC_API_KEY', apiKey(5), '.env', { line: 1 });
  const profile = sdk({ ignored: [{ setting: dotenvKey, reason: { kind: 'overridden', by: key } }] });
  const retired = {
    ...finding('model/retired', { name: 'ANTHROPIC_MODEL', model: 'claude-3-haiku-20240307', retiredOn: '2025-01-01' }),
    profile: 'p1',
  };
  const unknown = { ...finding('key/unknown-format', { name: 'X' }, { severity: 'warning' }), profile: 'p1' };
  return {
    sources: ['environment', '.env'],
    settings: [],
    profiles: [profile, { id: 'p2', client: 'openhands-headless', apiKey: key, ignored: [] }],
    probes: [okProbe('p2')],
    findings: [retired, unknown, committedKey('.env')],
  };
}

describe('textReport verbosity', () => {
  it('normal: overview lines first, details for troubled setups only, no ignored lines but a hint', () => {
    const out = textReport(sample(), OPTS);
    const lines = out.split('\n');
    expect(lines[2]).toMatch(/^✖ p1 · .* — 1 error, 1 warning: not probed$/);
    expect(lines[3]).toMatch(/^✔ p2 · OpenHands .* — ok: key well-formed, probe OK 42 ms$/);
    expect(lines[4]).toBe('✖ Not tied to a profile — 1 error');
    expect(out).toContain('Profile p1 · ');
    expect(out).not.toContain('Profile p2 · ');
    expect(out).not.toMatch(/\n {2}ignored /);
    expect(out).not.toContain('Sources read');
    expect(out).toContain('1 ignored setting not shown: --verbose shows them and why.');
  });

  it('verbose: every setup, its ignored settings, its probe and every source read', () => {
    const out = textReport(sample(), { ...OPTS, verbosity: 'verbose' });
    expect(out).toContain('Profile p2 · ');
    expect(out).toMatch(/\n {2}ignored +ANTHROPIC_API_KEY .*the environment variable wins/);
    expect(out).toMatch(/→ api\/ok \(HTTP 200, req_011, 42 ms\)/);
    expect(out).toContain('\nSources read\n  environment\n  .env\n');
    expect(out).not.toContain('--verbose shows them');
  });

  it('quiet: the errors and the verdict line, nothing else', () => {
    const out = textReport(sample(), { ...OPTS, verbosity: 'quiet' });
    expect(out).not.toMatch(/claude-doctor 1|p1 · |Profile|key\/unknown-format/);
    expect(out.split('\n')[0]).toMatch(/^ {2}✖ hygiene\/key-committed|^ {2}✖ model\/retired/);
    expect(out).toContain('model/retired');
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ problems found — 2 errors, 1 warning, 0 info');
    const clean = textReport({ ...sample(), findings: [] }, { ...OPTS, verbosity: 'quiet', offline: true });
    expect(clean).toBe('✔ No problems found: 2 setups checked (offline: no live probe was made)\n');
  });

  it("--show-secrets shows every setup's values (the keys asked for)", () => {
    const out = textReport(sample(), { ...OPTS, showSecrets: true });
    expect(out).toContain('Profile p2 · ');
    expect(out).toContain(apiKey(4));
  });

  it('many sources: counted in the header, listed by --verbose', () => {
    const sources = Array.from({ length: 9 }, (_, i) => `container openhands-app-${i}`);
    const report = { ...sample(), sources };
    expect(textReport(report, OPTS).split('\n')[0]).toBe(
      'claude-doctor 1.0.0 — checked 9 sources (--verbose lists them)',
    );
    expect(textReport(report, { ...OPTS, verbosity: 'verbose' }).split('\n')[0]).toContain('container openhands-app-8');
  });

  it('a failure reported once for two setups marks both', () => {
    const shared = {
      ...finding('net/refused', { baseUrl: 'http://127.0.0.1:1', profiles: ['p1', 'p2'] }),
      profile: 'p1',
    };
    const probe = { ...failedProbe, profiles: ['p1', 'p2'] };
    const report = { ...sample(), findings: [shared], probes: [probe] };
    const lines = textReport(report, OPTS).split('\n');
    expect(lines[2]).toMatch(/^✖ p1 · .* — 1 error: .*API not reached: key not checked$/);
    expect(lines[3]).toMatch(/^✖ p2 · .* — 1 error: key well-formed, API not reached: key not checked$/);
  });
});
