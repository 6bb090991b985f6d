// The profile part of --format text: each slot on its own line under a common width, optional slots only
// when set, the default base URL, ignored settings with their reason, the probe line, and a finding's
// place and key; every outside string neutralised and the colours where asked.
import { describe, expect, it } from 'vitest';
import { UI } from '../../src/catalog/ui.js';
import { clientName } from '../../src/catalog/words.js';
import type { Report } from '../../src/doctor.js';
import { finding } from '../../src/findings.js';
import { paint } from '../../src/report/color.js';
import { textReport, type TextOptions } from '../../src/report/text.js';
import { redact } from '../../src/secrets.js';
import type { Profile } from '../../src/types.js';
import { apiKey } from '../support/keys.js';
import { okProbe } from '../support/report.js';
import { envSetting, fileSetting } from '../support/settings.js';

const opts = (more: Partial<TextOptions> = {}): TextOptions => ({
  lang: 'en',
  strict: false,
  showSecrets: false,
  version: '1.2.3',
  offline: false,
  // The profile blocks of clean setups are --verbose's: these tests read every block.
  verbosity: 'verbose',
  ...more,
  // Not paint(false) when a colour was given: kleur's switch is global.
  color: more.color ?? paint(false),
});
const report = (profiles: Profile[], more: Partial<Report> = {}): Report => ({
  sources: ['environment'],
  settings: [],
  profiles,
  probes: [],
  findings: [],
  ...more,
});
const key = envSetting('ANTHROPIC_API_KEY', apiKey(5));
const sdk = (more: Partial<Profile> = {}): Profile => ({
  id: 'p1',
  client: 'anthropic-sdk',
  apiKey: key,
  ignored: [],
  ...more,
});
const linesOf = (out: string) => out.split('\n');

describe('textReport profile lines', () => {
  it('shows the key, a model not set, the default base URL, and no optional slot', () => {
    const lines = linesOf(textReport(report([sdk()]), opts()));
    const at = lines.indexOf(`Profile p1 · ${clientName('anthropic-sdk', 'en')}`);
    expect(lines.slice(at + 1, at + 4)).toEqual([
      `  API key      ${redact(key.value)}  from environment variable ANTHROPIC_API_KEY`,
      '  model        (not set)',
      '  base URL     (default: https://api.anthropic.com)',
    ]);
    expect(lines[at + 4]).toBe('');
  });

  it('shows every slot that is set, in order, and the label', () => {
    const p = sdk({
      label: '[llm.x]',
      authToken: envSetting('ANTHROPIC_AUTH_TOKEN', apiKey(6), 'auth_token'),
      model: envSetting('ANTHROPIC_MODEL', 'claude-sonnet-4-6', 'model'),
      baseUrl: envSetting('ANTHROPIC_BASE_URL', 'https://gw.example', 'base_url'),
      provider: envSetting('LLM_CUSTOM_LLM_PROVIDER', 'anthropic', 'model'),
      apiVersion: envSetting('LLM_API_VERSION', '2023-06-01', 'model'),
    });
    const lines = linesOf(textReport(report([p]), opts()));
    const at = lines.findIndex((l) => l.startsWith('Profile p1'));
    expect(lines[at]).toBe(`Profile p1 · ${clientName('anthropic-sdk', 'en')} [llm.x]`);
    expect(lines.slice(at + 1, at + 7).map((l) => l.slice(0, 15))).toEqual([
      '  API key      ',
      '  auth token   ',
      '  model        ',
      '  base URL     ',
      '  provider     ',
      '  API version  ',
    ]);
    expect(lines[at + 4]).toBe('  base URL     https://gw.example  from environment variable ANTHROPIC_BASE_URL');
    expect(lines[at + 6]).toBe('  API version  2023-06-01  from environment variable LLM_API_VERSION');
  });

  it('lists ignored settings with the reason, naming the other variable that wins', () => {
    const loser = fileSetting('ANTHROPIC_API_KEY', apiKey(7), '.env', { line: 4 });
    const other = envSetting('ANTHROPIC_AUTH_TOKEN', apiKey(8), 'auth_token');
    const p = sdk({
      ignored: [
        { setting: loser, reason: { kind: 'overridden', by: key } },
        { setting: other, reason: { kind: 'overridden', by: key } },
      ],
    });
    const lines = linesOf(textReport(report([p]), opts()));
    expect(lines).toContain(
      `  ignored      ANTHROPIC_API_KEY ${redact(loser.value)} (.env:4:19 (ANTHROPIC_API_KEY)): ${UI.en.overriddenBy.envOverDotenv}`,
    );
    expect(lines).toContain(
      `  ignored      ANTHROPIC_AUTH_TOKEN ${redact(other.value)} (environment variable ANTHROPIC_AUTH_TOKEN): ANTHROPIC_API_KEY takes precedence for this client`,
    );
  });

  it('neutralises the label and names the profile comes with', () => {
    const out = textReport(
      report([sdk({ label: 'x\x1b]0;t\x07' })], { sources: ['environment', 'a\nb/.env'] }),
      opts(),
    );
    expect(out).toContain(' x\\x1b]0;t\\x07\n');
    expect(linesOf(out)[0]).toBe('claude-doctor 1.2.3 — checked: environment, a\\nb/.env');
  });

  it('writes the environment in the chosen language', () => {
    expect(linesOf(textReport(report([]), opts({ lang: 'ja' })))[0]).toBe(
      `claude-doctor 1.2.3 — ${UI.ja.checked}: ${UI.ja.environment}`,
    );
  });
});

describe('textReport probe lines', () => {
  it('shows the status, request id and latency it has', () => {
    const failed = { ...okProbe(), status: undefined, requestId: 'req_\x1b[2J', code: 'net/refused' as const };
    const out = textReport(report([sdk()], { probes: [okProbe(), failed, okProbe('p9')] }), opts());
    const probes = linesOf(out).filter((l) => l.startsWith('  probe'));
    expect(probes).toEqual([
      '  probe       https://api.anthropic.com → api/ok (HTTP 200, req_011, 42 ms)',
      '  probe       https://api.anthropic.com → net/refused (req_\\x1b[2J, 42 ms)',
    ]);
  });

  it('colours an ok probe apart from a failed one', () => {
    const failed = { ...okProbe(), code: 'net/refused' as const };
    const out = textReport(report([sdk()], { probes: [okProbe(), failed] }), opts({ color: paint(true) }));
    paint(false);
    expect(out).toContain('\x1b[36mapi/ok\x1b[39m');
    expect(out).toContain('\x1b[31mnet/refused\x1b[39m');
  });
});

describe('textReport findings', () => {
  it('indents every line of a message, and shows the place and the key', () => {
    const f = {
      ...finding(
        'openhands/config-parse-error',
        { path: 'config.toml', line: 4, column: 1, detail: 'bad', frame: '4: x\n   ^' },
        { location: { kind: 'file', path: 'config.toml', line: 4 } },
      ),
      profile: 'p1',
      credential: redact(key.value),
    };
    const lines = linesOf(textReport(report([sdk()], { findings: [f] }), opts()));
    const at = lines.findIndex((l) => l.includes('openhands/config-parse-error'));
    expect(lines.slice(at, at + 6)).toEqual([
      '  ✖ openhands/config-parse-error  config.toml is not valid TOML',
      '    config.toml has a TOML syntax error at line 4, column 1: bad',
      '    4: x',
      '       ^',
      `    at config.toml:4 · key ${redact(key.value)}`,
      '    Fix:',
    ]);
  });

  it('marks each severity and colours it', () => {
    const of = (severity: 'error' | 'warning' | 'info') =>
      finding('hygiene/world-readable', { path: '.env', mode: '644' }, { severity });
    const plainOut = textReport(report([], { findings: [of('error'), of('warning'), of('info')] }), opts());
    expect(
      linesOf(plainOut)
        .filter((l) => l.includes('hygiene/world-readable  '))
        .map((l) => l.slice(0, 4)),
    ).toEqual(['  ✖ ', '  ▲ ', '  ℹ ']);
    const coloured = textReport(
      report([], { findings: [of('error'), of('warning'), of('info')] }),
      opts({ color: paint(true) }),
    );
    paint(false);
    expect(coloured).toContain('\x1b[31m✖ hygiene/world-readable\x1b[39m');
    expect(coloured).toContain('\x1b[33m▲ hygiene/world-readable\x1b[39m');
    expect(coloured).toContain('\x1b[36mℹ hygiene/world-readable\x1b[39m');
    expect(coloured).toContain('\x1b[31m\x1b[1m✖ problems found\x1b[39m\x1b[22m');
    const clean = textReport(report([]), opts({ color: paint(true), offline: true }));
    paint(false);
    expect(clean).toContain('\x1b[32m\x1b[1m✔ No problems found (no setup to check)\x1b[39m\x1b[22m');
    expect(clean).toContain(`\x1b[2m (${UI.en.offlineNote})\x1b[22m`);
  });

  it('shows no place line for a finding with neither place nor key', () => {
    const f = finding('hygiene/world-readable', { path: '.env', mode: '644' });
    const lines = linesOf(textReport(report([], { findings: [f] }), opts()));
    const at = lines.findIndex((l) => l.includes('hygiene/world-readable  '));
    expect(lines[at + 2]).toBe('    Fix:');
  });
});
