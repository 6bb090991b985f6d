// Zed: settings.json's language_models.anthropic (JSON with comments) and agent.default_model; the key in
// the environment, else the keychain (never read).
import { afterEach, describe, expect, it } from 'vitest';
import { checkZed } from '../../../src/clients/zed/checks.js';
import { resolveZed } from '../../../src/clients/zed/precedence.js';
import { readZed } from '../../../src/clients/zed/sources.js';
import type { Setting } from '../../../src/types.js';
import { apiKey } from '../../support/keys.js';
import { caseDir, envSetting } from './support.js';

let done = () => {};
afterEach(() => done());

const PATH = 'home/.config/zed/settings.json';

function run(text: string, shared: Setting[] = []) {
  const c = caseDir({ [PATH]: text });
  done = c.done;
  const read = readZed({ cwd: c.cwd, home: c.home });
  const profiles = resolveZed([...read.settings, ...shared], read.facts).map((p, i) => ({ ...p, id: `p${i + 1}` }));
  return { read, profiles, findings: profiles[0] ? checkZed(profiles[0], read.facts.anthropic!) : [] };
}

const SETTINGS = `// Zed settings
{
  "theme": "One Dark",
  "language_models": {
    "anthropic": {
      "api_url": "https://api.anthropic.com/v1", // copied from a guide
      "available_models": [{ "name": "claude-sonnet-4-6", "max_tokens": 64000 },],
    },
  },
}
`;

describe('Zed', () => {
  it('reads api_url and the first custom model with their lines; the keychain holds the key', () => {
    const { read, profiles, findings } = run(SETTINGS);
    expect(read.sources).toEqual(['~/.config/zed/settings.json']);
    expect(profiles).toHaveLength(1);
    expect(profiles[0]).toMatchObject({
      client: 'zed',
      baseUrl: { value: 'https://api.anthropic.com/v1', location: { line: 6, column: 18 } },
      model: { value: 'claude-sonnet-4-6', location: { line: 7 } },
    });
    expect(profiles[0]!.apiKey).toBeUndefined();
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'zed/key-in-keychain',
        severity: 'info',
        profile: 'p1',
        args: { path: '~/.config/zed/settings.json' },
        location: { kind: 'file', path: '~/.config/zed/settings.json' },
      }),
    ]);
  });

  it('a non-empty ANTHROPIC_API_KEY beats the keychain, and says so; an empty one does not', () => {
    const withKey = run(SETTINGS, [envSetting('ANTHROPIC_API_KEY', apiKey(3))]);
    expect(withKey.profiles[0]!.apiKey?.value).toBe(apiKey(3));
    expect(withKey.findings.map((f) => [f.code, f.location, f.args, f.profile])).toEqual([
      [
        'zed/env-key-beats-keychain',
        { kind: 'env', name: 'ANTHROPIC_API_KEY' },
        { path: '~/.config/zed/settings.json' },
        'p1',
      ],
    ]);
    const empty = run(SETTINGS, [envSetting('ANTHROPIC_API_KEY', '')]);
    expect(empty.profiles[0]!.apiKey).toBeUndefined();
    expect(empty.findings.map((f) => f.code)).toEqual(['zed/key-in-keychain']);
  });

  it('agent.default_model with provider anthropic is the model, before available_models', () => {
    const text = `{
  "agent": { "default_model": { "provider": "anthropic", "model": "claude-opus-4-6" } },
  "language_models": { "anthropic": { "available_models": [{ "name": "claude-sonnet-4-6" }] } }
}`;
    const { profiles } = run(text);
    expect(profiles[0]!.model).toMatchObject({ value: 'claude-opus-4-6', name: 'agent.default_model.model' });
    expect(profiles[0]!.baseUrl).toBeUndefined();
  });

  it('a default model of another provider, and no language_models.anthropic: no Zed profile', () => {
    const text = '{ "agent": { "default_model": { "provider": "openai", "model": "gpt-4o" } } }';
    expect(run(text).profiles).toEqual([]);
    expect(run('{ "theme": "One Dark" }').profiles).toEqual([]);
  });

  it('only a default model of anthropic is enough to be set up for Anthropic', () => {
    const text = '{ "agent": { "default_model": { "provider": "Anthropic", "model": "claude-sonnet-4-6" } } }';
    const { profiles, findings } = run(text);
    expect(profiles[0]!.model?.value).toBe('claude-sonnet-4-6');
    expect(findings.map((f) => f.code)).toEqual(['zed/key-in-keychain']);
  });

  it('a file that is not JSON is zed/settings-invalid at its line, never quoting a key', () => {
    const text = `{\n  "language_models": {\n    "anthropic": { "api_url": ${apiKey(4)} }\n  }\n}\n`;
    const { read, profiles } = run(text);
    expect(profiles).toEqual([]);
    expect(read.problems).toEqual([
      expect.objectContaining({ code: 'zed/settings-invalid', args: expect.objectContaining({ line: 3 }) }),
    ]);
    expect(JSON.stringify(read.problems)).not.toContain(apiKey(4).slice(12, 30));
  });

  it('settings carry their names and source; a default model of another provider leaves available_models', () => {
    const text = `{
  "agent": { "default_model": { "provider": "openai", "model": "gpt-4o" } },
  "language_models": { "anthropic": { "api_url": "https://gw.example", "available_models": [{ "name": "claude-opus-4-6" }] } }
}`;
    const { read } = run(text);
    expect(read.settings.map((s) => [s.role, s.name, s.value, s.source])).toEqual([
      ['base_url', 'language_models.anthropic.api_url', 'https://gw.example', 'zed-settings'],
      ['model', 'language_models.anthropic.available_models[0].name', 'claude-opus-4-6', 'zed-settings'],
    ]);
    const spaced = run('{ "agent": { "default_model": { "provider": " anthropic ", "model": "claude-sonnet-4-6" } } }');
    expect(spaced.read.settings.map((s) => s.name)).toEqual(['agent.default_model.model']);
    expect(run('{ "language_models": { "anthropic": { "available_models": ["claude"] } } }').read.settings).toEqual([]);
  });

  it('a top level that is not an object is zed/settings-invalid at 1:1', () => {
    const { read } = run('[1, 2]');
    expect(read.problems).toEqual([
      {
        code: 'zed/settings-invalid',
        args: { path: '~/.config/zed/settings.json', line: 1, column: 1, detail: 'the top level is not a JSON object' },
        location: { kind: 'file', path: '~/.config/zed/settings.json', line: 1, column: 1 },
      },
    ]);
    expect(read.sources).toEqual(['~/.config/zed/settings.json']);
  });

  it('no settings file: nothing read, no profile', () => {
    const c = caseDir({});
    done = c.done;
    const read = readZed({ cwd: c.cwd, home: c.home });
    expect(read).toMatchObject({ settings: [], problems: [], sources: [], facts: {} });
    expect(resolveZed([envSetting('ANTHROPIC_API_KEY', apiKey(1))], undefined)).toEqual([]);
  });
});
