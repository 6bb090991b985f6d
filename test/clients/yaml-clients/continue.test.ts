// Continue: models[] of ~/.continue/config.yaml (or config.json), `${{ secrets.X }}` resolved in
// LocalPlatformClient.ts's order, and its failures: no apiKey (continue#4243), a secret set nowhere or only
// in the shell, an apiBase that misses /v1/messages.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContinue } from '../../../src/clients/continue/checks.js';
import { resolveContinue } from '../../../src/clients/continue/precedence.js';
import { readContinue, sdkBase } from '../../../src/clients/continue/sources.js';
import type { Setting } from '../../../src/types.js';
import { apiKey } from '../../support/keys.js';
import { envSetting } from '../../support/settings.js';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function setup(files: Record<string, string>) {
  root = mkdtempSync(join(tmpdir(), 'cd-continue-'));
  for (const d of ['home', 'ws']) mkdirSync(join(root, d), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { cwd: join(root, 'ws'), home: join(root, 'home') };
}

const CONFIG = (apiKeyLine: string, extra = '') =>
  `name: A\nversion: 1.0.0\nschema: v1\nmodels:\n  - name: Claude\n    provider: anthropic\n    model: claude-sonnet-4-6\n${apiKeyLine}${extra}  - name: Local\n    provider: ollama\n    model: llama3\n    apiKey: x\n`;

/** What doctor.ts hands the client: its own settings plus the shared env and .env ones. */
function run(files: Record<string, string>, env: Record<string, string> = {}, shared: Setting[] = []) {
  const places = setup(files);
  const read = readContinue({ ...places, env, useEnv: true, sharedReadsDotenv: true });
  const settings = [...read.settings, ...shared];
  const profiles = resolveContinue(read.facts.models, settings).map((p, i) => ({ ...p, id: `p${i + 1}` }));
  return { read, profiles, findings: checkContinue(read.facts, profiles, settings) };
}

describe('Continue', () => {
  it('one profile per anthropic model; other providers are not read', () => {
    const { read, profiles } = run({ 'home/.continue/config.yaml': CONFIG(`    apiKey: ${apiKey(1)}\n`) });
    expect(profiles).toHaveLength(1);
    expect(profiles[0]).toMatchObject({
      client: 'continue',
      label: 'Claude',
      apiKey: { value: apiKey(1), location: { path: '~/.continue/config.yaml', line: 8, key: 'models[0].apiKey' } },
      model: { value: 'claude-sonnet-4-6' },
    });
    expect(read.settings.map((s) => s.name)).toEqual(['models[0].apiKey', 'models[0].model']);
  });

  it('a model with no apiKey is continue/no-api-key at its provider line', () => {
    const { findings } = run({ 'home/.continue/config.yaml': CONFIG('') });
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'continue/no-api-key',
        severity: 'error',
        profile: 'p1',
        args: { model: 'Claude' },
        location: expect.objectContaining({ line: 6, key: 'models[0]' }),
      }),
    ]);
  });

  it('a secret comes from ~/.continue/.env first, then the workspace .continue/.env, then its .env', () => {
    const files = {
      'home/.continue/config.yaml': CONFIG(`    apiKey: \${{ secrets.WORK_KEY }}\n`),
      'ws/.continue/.env': `WORK_KEY=${apiKey(2)}\n`,
      'ws/.env': `WORK_KEY=${apiKey(3)}\n`,
    };
    const mid = run(files);
    expect(mid.profiles[0]!.apiKey).toMatchObject({ value: apiKey(2), location: { path: '.continue/.env' } });
    expect(mid.profiles[0]!.ignored.map((i) => i.setting.location)).toEqual([
      expect.objectContaining({ path: '.env' }),
    ]);
    expect(mid.findings).toEqual([]);
    const home = run({ ...files, 'home/.continue/.env': `WORK_KEY=${apiKey(1)}\n` }, { WORK_KEY: apiKey(4) });
    expect(home.profiles[0]!.apiKey).toMatchObject({ value: apiKey(1), location: { path: '~/.continue/.env' } });
    expect(home.profiles[0]!.ignored).toHaveLength(3);
  });

  it('a secret set nowhere is continue/secret-unresolved; an empty one counts as not set', () => {
    const { findings, profiles } = run({
      'home/.continue/config.yaml': CONFIG(`    apiKey: \${{ secrets.ANTHROPIC_API_KEY }}\n`),
      'home/.continue/.env': 'ANTHROPIC_API_KEY=\n',
    });
    expect(profiles[0]!.apiKey).toBeUndefined();
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'continue/secret-unresolved',
        args: { secret: 'ANTHROPIC_API_KEY', model: 'Claude' },
        location: expect.objectContaining({ line: 8, key: 'models[0].apiKey' }),
      }),
    ]);
  });

  it('a secret found only in the environment is continue/secret-only-in-shell; the shared env setting is used', () => {
    const files = { 'home/.continue/config.yaml': CONFIG(`    apiKey: \${{ secrets.ANTHROPIC_API_KEY }}\n`) };
    const shared = envSetting('ANTHROPIC_API_KEY', apiKey(1));
    const { findings, profiles, read } = run(files, { ANTHROPIC_API_KEY: apiKey(1) }, [shared]);
    // ANTHROPIC_API_KEY is the shared env source's: Continue adds no second setting for it.
    expect(read.settings.filter((s) => s.source === 'env')).toEqual([]);
    expect(profiles[0]!.apiKey).toBe(shared);
    expect(findings.map((f) => f.code)).toEqual(['continue/secret-only-in-shell']);
    // A name of no role of its own is read here.
    const own = run({ 'home/.continue/config.yaml': CONFIG(`    apiKey: \${{ secrets.MY_KEY }}\n`) }, { MY_KEY: 'v' });
    expect(own.read.settings.filter((s) => s.source === 'env').map((s) => s.name)).toEqual(['MY_KEY']);
  });

  it('apiBase: the SDK base of a right one is what is checked and probed; a wrong one is reported', () => {
    expect(sdkBase('https://api.anthropic.com/v1/')).toBe('https://api.anthropic.com');
    expect(sdkBase('https://proxy.example/anthropic/v1/')).toBe('https://proxy.example/anthropic');
    expect(sdkBase('https://api.anthropic.com/v1')).toEqual({ target: 'https://api.anthropic.com/messages' });
    expect(sdkBase('https://api.anthropic.com')).toEqual({ target: 'https://api.anthropic.com/messages' });
    expect(sdkBase('not a url')).toBe('not a url');
    const { findings, profiles } = run({
      'home/.continue/config.yaml': CONFIG(`    apiKey: ${apiKey(1)}\n    apiBase: https://api.anthropic.com/v1\n`),
    });
    expect(profiles[0]!.baseUrl).toBeUndefined();
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'continue/api-base-path',
        profile: 'p1',
        args: { model: 'Claude', target: 'https://api.anthropic.com/messages' },
        location: expect.objectContaining({ line: 9 }),
      }),
    ]);
  });

  it('the legacy config.json is read when there is no config.yaml, with lines', () => {
    const json = JSON.stringify(
      { models: [{ title: 'Old', provider: 'anthropic', model: 'claude-3-5-sonnet-20240620' }] },
      null,
      2,
    );
    const { profiles, findings } = run({ 'home/.continue/config.json': json });
    expect(profiles[0]).toMatchObject({
      label: 'Old',
      model: { location: { path: '~/.continue/config.json', line: 6 } },
    });
    expect(findings.map((f) => f.code)).toEqual(['continue/no-api-key']);
  });

  it('an unreadable workspace .env is the shared source’s to report; an unreadable ~/.continue/.env is Continue’s', () => {
    const files = { 'home/.continue/config.yaml': CONFIG(`    apiKey: \${{ secrets.K }}\n`) };
    root = mkdtempSync(join(tmpdir(), 'cd-continue-'));
    mkdirSync(join(root, 'ws/.env'), { recursive: true });
    mkdirSync(join(root, 'home/.continue/.env'), { recursive: true });
    writeFileSync(join(root, 'home/.continue/config.yaml'), files['home/.continue/config.yaml']);
    const places = { cwd: join(root, 'ws'), home: join(root, 'home') };
    const shared = readContinue({ ...places, env: {}, useEnv: true, sharedReadsDotenv: true });
    expect(shared.problems.map((p) => p.location)).toEqual([expect.objectContaining({ path: '~/.continue/.env' })]);
    const own = readContinue({ ...places, env: {}, useEnv: true, sharedReadsDotenv: false });
    expect(own.problems).toHaveLength(2);
  });

  it('nothing without a config; a broken config is source/yaml-invalid and no profile', () => {
    expect(run({}).profiles).toEqual([]);
    const broken = run({ 'home/.continue/config.yaml': 'models:\n  - name: [x\n' });
    expect(broken.read.problems.map((p) => p.code)).toEqual(['source/yaml-invalid']);
    expect(broken.profiles).toEqual([]);
  });
});

describe('Continue precedence, data in and out', () => {
  it('ranks the places whatever order the settings come in; a .env Continue does not read is not a place', () => {
    const files = {
      'home/.continue/config.yaml': CONFIG(`    apiKey: \${{ secrets.ANTHROPIC_API_KEY }}\n`),
      'home/.continue/.env': `ANTHROPIC_API_KEY=${apiKey(1)}\n`,
      'ws/.continue/.env': `ANTHROPIC_API_KEY=${apiKey(2)}\n`,
    };
    const given: Setting = {
      ...envSetting('ANTHROPIC_API_KEY', apiKey(3)),
      source: 'dotenv',
      location: { kind: 'file', path: 'given.env', line: 1, key: 'ANTHROPIC_API_KEY' },
    };
    const places = setup(files);
    const read = readContinue({ ...places, env: {}, useEnv: true, sharedReadsDotenv: true });
    const shell = envSetting('ANTHROPIC_API_KEY', apiKey(4));
    const [p] = resolveContinue(read.facts.models, [given, shell, ...read.settings.reverse()]);
    expect(p!.apiKey?.value).toBe(apiKey(1));
    expect(p!.ignored.map((i) => i.setting.value)).toEqual([apiKey(2), apiKey(4)]);
  });

  it('provider is matched without case or spaces; the literal is the config file’s own setting', () => {
    const places = setup({
      'home/.continue/config.yaml': `models:\n  - name: A\n    provider: " Anthropic "\n    apiKey: ${apiKey(1)}\n`,
    });
    const read = readContinue({ ...places, env: {}, useEnv: false, sharedReadsDotenv: true });
    const decoy: Setting = { ...read.settings[0]!, value: apiKey(2), source: 'dotenv' };
    const [p] = resolveContinue(read.facts.models, [decoy, ...read.settings]);
    expect(p).toMatchObject({ client: 'continue', label: 'A', apiKey: { value: apiKey(1) } });
  });

  it('a bad apiBase is reported on its own model’s profile', () => {
    const text = `models:\n  - name: A\n    provider: anthropic\n    apiKey: k\n    apiBase: https://api.anthropic.com/v1/\n  - name: B\n    provider: anthropic\n    apiKey: k\n    apiBase: https://api.anthropic.com\n`;
    const { findings, profiles } = run({ 'home/.continue/config.yaml': text });
    expect(profiles[0]!.baseUrl?.value).toBe('https://api.anthropic.com');
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'continue/api-base-path',
        profile: 'p2',
        args: expect.objectContaining({ model: 'B' }),
      }),
    ]);
  });

  it('converts an apiBase given through a secret as it converts a literal one', () => {
    const base = `    apiBase: \${{ secrets.MY_BASE }}\n`;
    const { profiles } = run(
      { 'home/.continue/config.yaml': CONFIG(`    apiKey: ${apiKey(1)}\n`, base) },
      { MY_BASE: 'https://gateway.example/anthropic/v1/' },
    );
    expect(profiles[0]?.baseUrl?.value).toBe('https://gateway.example/anthropic');
    const { profiles: fromFile } = run({
      'home/.continue/config.yaml': CONFIG(`    apiKey: ${apiKey(1)}\n`, base),
      'home/.continue/.env': 'MY_BASE=https://api.anthropic.com/v1/\n',
    });
    expect(fromFile[0]?.baseUrl?.value).toBe('https://api.anthropic.com');
  });
});
