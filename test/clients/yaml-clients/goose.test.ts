// Goose: config.yaml's GOOSE_PROVIDER / GOOSE_MODEL / ANTHROPIC_HOST under the variables of the same name,
// the key from the environment or (GOOSE_DISABLE_KEYRING) secrets.yaml, and the keyring never opened.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkGoose } from '../../../src/clients/goose/checks.js';
import { resolveGoose } from '../../../src/clients/goose/precedence.js';
import { readGoose } from '../../../src/clients/goose/sources.js';
import type { Setting } from '../../../src/types.js';
import { apiKey } from '../../support/keys.js';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function run(files: Record<string, string>, env: Record<string, string> = {}) {
  root = mkdtempSync(join(tmpdir(), 'cd-goose-'));
  mkdirSync(join(root, 'home'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const read = readGoose({ cwd: root, home: join(root, 'home'), env, useEnv: true });
  // The shared env source's ANTHROPIC_API_KEY, as doctor.ts hands it over.
  const shared: Setting[] = env.ANTHROPIC_API_KEY
    ? [
        {
          role: 'api_key',
          name: 'ANTHROPIC_API_KEY',
          value: env.ANTHROPIC_API_KEY,
          source: 'env',
          location: { kind: 'env', name: 'ANTHROPIC_API_KEY' },
        },
      ]
    : [];
  const profiles = resolveGoose([...read.settings, ...shared], read.facts);
  return { read, profiles, findings: profiles[0] ? checkGoose(profiles[0], read.facts) : [] };
}

const CONFIG = 'GOOSE_PROVIDER: anthropic\nGOOSE_MODEL: claude-sonnet-4-6\nANTHROPIC_HOST: https://api.anthropic.com\n';
const at = (p: string) => `home/.config/goose/${p}`;

describe('Goose', () => {
  it('reads config.yaml with lines; the keyring holds the key: goose/key-in-keyring, never read', () => {
    const { profiles, findings } = run({ [at('config.yaml')]: CONFIG });
    expect(profiles[0]).toMatchObject({
      client: 'goose',
      model: { value: 'claude-sonnet-4-6', location: { path: '~/.config/goose/config.yaml', line: 2 } },
      baseUrl: { value: 'https://api.anthropic.com', location: { line: 3 } },
    });
    expect(profiles[0]!.apiKey).toBeUndefined();
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'goose/key-in-keyring',
        severity: 'info',
        args: { provider: 'anthropic' },
        location: expect.objectContaining({ line: 1, key: 'GOOSE_PROVIDER' }),
      }),
    ]);
  });

  it('a variable beats config.yaml; the environment key wins and nothing is said of the keyring', () => {
    const env = { GOOSE_MODEL: 'claude-opus-4-6', ANTHROPIC_API_KEY: apiKey(1) };
    const { profiles, findings } = run({ [at('config.yaml')]: CONFIG }, env);
    expect(profiles[0]!.model).toMatchObject({ value: 'claude-opus-4-6', location: { kind: 'env' } });
    expect(profiles[0]!.ignored.map((i) => i.setting.location)).toEqual([expect.objectContaining({ line: 2 })]);
    expect(profiles[0]!.apiKey?.value).toBe(apiKey(1));
    expect(findings).toEqual([]);
  });

  it('secrets.yaml is read only with GOOSE_DISABLE_KEYRING, and then loses to the environment', () => {
    const files = { [at('config.yaml')]: CONFIG, [at('secrets.yaml')]: `ANTHROPIC_API_KEY: ${apiKey(2)}\n` };
    expect(run(files).read.settings.some((s) => s.role === 'api_key')).toBe(false);
    const file = run(files, { GOOSE_DISABLE_KEYRING: '1' });
    expect(file.profiles[0]!.apiKey).toMatchObject({
      value: apiKey(2),
      location: { path: '~/.config/goose/secrets.yaml' },
    });
    expect(file.read.sources).toEqual(['~/.config/goose/config.yaml', '~/.config/goose/secrets.yaml']);
    const both = run(files, { GOOSE_DISABLE_KEYRING: '1', ANTHROPIC_API_KEY: apiKey(1) });
    expect(both.profiles[0]!.apiKey?.value).toBe(apiKey(1));
    expect(both.profiles[0]!.ignored.map((i) => i.setting.value)).toEqual([apiKey(2)]);
    const none = run({ [at('config.yaml')]: CONFIG }, { GOOSE_DISABLE_KEYRING: '1' });
    expect(none.findings).toEqual([]);
  });

  it('no profile for another provider, or without config.yaml; GOOSE_PROVIDER in the environment wins', () => {
    expect(run({ [at('config.yaml')]: 'GOOSE_PROVIDER: openai\nGOOSE_MODEL: gpt-4o\n' }).profiles).toEqual([]);
    expect(run({}, { GOOSE_PROVIDER: 'anthropic' }).profiles).toEqual([]);
    const env = run({ [at('config.yaml')]: 'GOOSE_PROVIDER: openai\n' }, { GOOSE_PROVIDER: ' Anthropic ' });
    expect(env.profiles).toHaveLength(1);
    expect(env.findings[0]?.location).toEqual({ kind: 'env', name: 'GOOSE_PROVIDER' });
  });
});
