// LibreChat: .env's ANTHROPIC_API_KEY (user_provided is not a key), ANTHROPIC_MODELS, ANTHROPIC_REVERSE_PROXY;
// librechat.yaml's custom endpoints to Anthropic with their ${VAR} references resolved or reported.
import { afterEach, describe, expect, it } from 'vitest';
import { checkLibrechat } from '../../../src/clients/librechat/checks.js';
import { resolveLibrechat } from '../../../src/clients/librechat/precedence.js';
import { readLibrechat } from '../../../src/clients/librechat/sources.js';
import type { Setting } from '../../../src/types.js';
import { apiKey } from '../../support/keys.js';
import { caseDir, dotenvSetting, envSetting } from './support.js';

let done = () => {};
afterEach(() => done());

interface Options {
  env?: Record<string, string>;
  shared?: Setting[];
  sharedReadsDotenv?: boolean;
}

function run(files: Record<string, string>, { env = {}, shared = [], sharedReadsDotenv = true }: Options = {}) {
  const c = caseDir(files);
  done = c.done;
  const read = readLibrechat({ cwd: c.cwd, home: c.home, env, useEnv: true, sharedReadsDotenv });
  const profiles = resolveLibrechat([...read.settings, ...shared], read.facts);
  return { read, profiles, findings: checkLibrechat(read.facts) };
}

const YAML = [
  'version: 1.2.1',
  'endpoints:',
  '  custom:',
  '    - name: "Mistral"',
  `      apiKey: "\${MISTRAL_API_KEY}"`,
  '      baseURL: "https://api.mistral.ai/v1"',
  '    - name: "Claude"',
  '      provider: anthropic',
  `      apiKey: "\${ANTHROPIC_KEY}"`,
  '      baseURL: "https://api.anthropic.com"',
  '      models:',
  '        default: ["claude-sonnet-4-6", "claude-opus-4-6"]',
  '',
].join('\n');

describe('LibreChat', () => {
  it('user_provided is reported, not used as a key; the first of ANTHROPIC_MODELS is the model', () => {
    const dotenv = 'ANTHROPIC_API_KEY=user_provided\nANTHROPIC_MODELS=claude-sonnet-4-6, claude-opus-4-6\n';
    const { read, profiles, findings } = run(
      { 'proj/.env': dotenv },
      { shared: [dotenvSetting('ANTHROPIC_API_KEY', 'user_provided', 1)] },
    );
    expect(profiles).toHaveLength(1);
    expect(profiles[0]).toMatchObject({
      client: 'librechat',
      label: 'anthropic',
      model: { value: 'claude-sonnet-4-6', location: { path: '.env', line: 2 } },
    });
    expect(profiles[0]!.apiKey).toBeUndefined();
    // The place is marked: doctor.ts leaves every client's setting there out (src/clients/markers.ts).
    expect(read.markers).toEqual([{ kind: 'file', path: '.env', line: 1, column: 19, key: 'ANTHROPIC_API_KEY' }]);
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'librechat/user-provided',
        severity: 'info',
        args: { path: '.env' },
        location: expect.objectContaining({ line: 1 }),
      }),
    ]);
  });

  it("the marker in .env is marked even where the environment's key wins, and never read as LibreChat's own", () => {
    const dotenv = 'ANTHROPIC_API_KEY= user_provided\nANTHROPIC_MODELS=claude-sonnet-4-6\n';
    const env = { ANTHROPIC_API_KEY: apiKey(2) };
    const { read, findings } = run({ 'proj/.env': dotenv }, { env, sharedReadsDotenv: false });
    expect(read.markers).toEqual([expect.objectContaining({ path: '.env', line: 1 })]);
    expect(read.settings.filter((s) => s.role === 'api_key')).toEqual([]);
    expect(findings).toEqual([]);
    const own = run({ 'proj/.env': 'ANTHROPIC_API_KEY=user_provided\nCREDS_KEY=x\n' }, { sharedReadsDotenv: false });
    expect(own.read.settings).toEqual([]);
    expect(own.read.markers).toHaveLength(1);
  });

  it('the environment beats .env (dotenv never overrides); ANTHROPIC_REVERSE_PROXY is the base URL', () => {
    const dotenv = `ANTHROPIC_API_KEY=${apiKey(1)}\nANTHROPIC_REVERSE_PROXY=https://gw.example\n`;
    const shared = [dotenvSetting('ANTHROPIC_API_KEY', apiKey(1), 1), envSetting('ANTHROPIC_API_KEY', apiKey(2))];
    const env = { ANTHROPIC_API_KEY: apiKey(2), ANTHROPIC_MODELS: ' claude-opus-4-6 ,claude-sonnet-4-6' };
    const { profiles, findings } = run({ 'proj/.env': dotenv }, { shared, env });
    expect(profiles[0]!.apiKey?.value).toBe(apiKey(2));
    const model = { role: 'model', value: 'claude-opus-4-6', source: 'env', location: { kind: 'env' } };
    expect(profiles[0]!.model).toMatchObject(model);
    expect(profiles[0]!.baseUrl).toMatchObject({
      role: 'base_url',
      source: 'librechat-config',
      location: { kind: 'file' },
    });
    expect(profiles[0]!.ignored.map((i) => i.setting.location)).toEqual([expect.objectContaining({ path: '.env' })]);
    expect(profiles[0]!.baseUrl).toMatchObject({ value: 'https://gw.example', location: { line: 2 } });
    expect(findings).toEqual([]);
  });

  it('user_provided with spaces is no key either, nor a blank value', () => {
    for (const value of [' user_provided ', '  ']) {
      const shared = [dotenvSetting('ANTHROPIC_API_KEY', value, 1)];
      const { profiles } = run({ 'proj/.env': `ANTHROPIC_API_KEY=${value}\nCREDS_KEY=x\n` }, { shared });
      expect(profiles[0]!.apiKey, JSON.stringify(value)).toBeUndefined();
    }
  });

  it('with --env-file the shared source does not read ./.env: the client reads its key itself', () => {
    const { profiles } = run(
      { 'proj/.env': `ANTHROPIC_API_KEY=${apiKey(3)}\nCREDS_KEY=x\n` },
      { sharedReadsDotenv: false },
    );
    expect(profiles[0]!.apiKey).toMatchObject({ role: 'api_key', value: apiKey(3), source: 'librechat-config' });
  });

  it(`a custom endpoint to Anthropic is a profile; an unresolved \${VAR} is a finding at its line (LibreChat#14403)`, () => {
    const { profiles, findings } = run({ 'proj/librechat.yaml': YAML });
    expect(profiles).toEqual([
      expect.objectContaining({
        client: 'librechat',
        ignored: [],
        label: 'Claude',
        model: expect.objectContaining({ value: 'claude-sonnet-4-6' }),
        baseUrl: expect.objectContaining({ value: 'https://api.anthropic.com' }),
      }),
    ]);
    expect(profiles[0]!.apiKey).toBeUndefined();
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'librechat/ref-unresolved',
        severity: 'error',
        args: { name: 'ANTHROPIC_KEY', field: 'endpoints.custom[1].apiKey' },
        location: expect.objectContaining({ path: 'librechat.yaml', line: 9, column: 15 }),
      }),
    ]);
  });

  it('a reference resolved from .env carries the .env line; the environment beats .env', () => {
    const files = { 'proj/librechat.yaml': YAML, 'proj/.env': `ANTHROPIC_KEY=${apiKey(4)}\n` };
    expect(run(files).profiles[0]!.apiKey).toMatchObject({ value: apiKey(4), location: { path: '.env', line: 1 } });
    const fromEnv = run(files, { env: { ANTHROPIC_KEY: apiKey(5) } }).profiles[0]!.apiKey;
    expect(fromEnv).toMatchObject({ value: apiKey(5), location: { kind: 'env', name: 'ANTHROPIC_KEY' } });
  });

  it('a value with more than one reference is where the YAML writes it', () => {
    const yaml = `endpoints:\n  custom:\n    - provider: anthropic\n      apiKey: "\${A}\${B}"\n`;
    const files = {
      'proj/librechat.yaml': yaml,
      'proj/.env': `CREDS_KEY=x\nA=${apiKey(1).slice(0, 50)}\nB=${apiKey(1).slice(50)}\n`,
    };
    expect(run(files).profiles[0]!.apiKey).toMatchObject({
      value: apiKey(1),
      location: { path: 'librechat.yaml', line: 4 },
    });
  });

  it("an OpenAI-compatible endpoint's /v1 is dropped for the SDK-style base; a literal user_provided key is reported", () => {
    const yaml = [
      'endpoints:',
      '  custom:',
      '    - name: Anthropic',
      '      apiKey: user_provided',
      '      baseURL: https://api.anthropic.com/v1',
      '',
    ].join('\n');
    const { profiles, findings } = run({ 'proj/librechat.yaml': yaml });
    expect(profiles[0]!.baseUrl?.value).toBe('https://api.anthropic.com');
    expect(profiles[0]!.apiKey).toBeUndefined();
    expect(findings.map((f) => [f.code, f.args])).toEqual([['librechat/user-provided', { path: 'librechat.yaml' }]]);
  });

  it('a librechat.yaml that is not YAML is source/yaml-invalid; an unrelated .env is not claimed', () => {
    expect(run({ 'proj/librechat.yaml': 'endpoints: [\n' }).read.problems.map((p) => p.code)).toEqual([
      'source/yaml-invalid',
    ]);
    const other = run({ 'proj/.env': `ANTHROPIC_API_KEY=${apiKey(6)}\n` });
    expect(other.read).toMatchObject({ settings: [], sources: [], facts: { native: false, custom: [] } });
    expect(other.profiles).toEqual([]);
  });
});
