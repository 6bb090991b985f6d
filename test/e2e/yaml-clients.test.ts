// End to end: the built CLI on homes and projects of aider, Continue and Goose users
// (fixtures/yaml-clients/), each with its real failure, and one home with all three configured.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leaked, prepareCase, runCli, runJson, codes, byCode, profilesOf as client } from '../support/fixture-case.js';

async function check(name: string, env: Record<string, string> = {}, args: string[] = []) {
  const dir = prepareCase(`yaml-clients/${name}`);
  // A repository (aider reads its git root's files); git cannot commit a .git folder as a fixture.
  mkdirSync(join(dir, 'proj/.git'), { recursive: true });
  const run = await runJson(['check', ...args], join(dir, 'proj'), { HOME: join(dir, 'home'), ...env });
  expect(leaked(run.stdout + run.stderr)).toEqual([]);
  return { ...run, dir };
}

describe('aider: a key in one place silently loses to another (Aider-AI/aider#950)', () => {
  it('says which key aider uses, which it ignores and why, at their lines', async () => {
    const { json, code } = await check('aider-overridden');
    const found = byCode(json, 'aider/key-overridden');
    expect(found).toMatchObject({ severity: 'warning', location: { path: '~/.aider.conf.yml', line: 5, column: 20 } });
    expect(found.message).toContain('.env:2');
    expect(found.message).toContain('AIDER_* variable beats the same option in .aider.conf.yml');
    const [aider] = client(json, 'aider');
    expect(aider).toMatchObject({
      model: 'anthropic/claude-sonnet-4-6',
      sources: { apiKey: { path: '.env', line: 2 }, model: { path: '~/.aider.conf.yml', line: 2 } },
    });
    expect(aider!.ignored).toEqual([expect.objectContaining({ name: 'anthropic-api-key' })]);
    expect(code).toBe(0);
  });

  it('in Japanese too', async () => {
    const dir = prepareCase('yaml-clients/aider-overridden');
    const run = await runCli(['check', '--lang', 'ja'], join(dir, 'proj'), { HOME: join(dir, 'home') });
    expect(run.stdout).toContain('aider は .env:2:25（AIDER_ANTHROPIC_API_KEY）のキーを使い');
    expect(leaked(run.stdout + run.stderr)).toEqual([]);
  });
});

describe('Continue: a model with no apiKey ("x-api-key header is required", continue#4243)', () => {
  it('reports it at the model, resolves a secret from ~/.continue/.env, and one that is set nowhere', async () => {
    const { json, code } = await check('continue');
    expect(codes(json)).toEqual(['continue/no-api-key', 'continue/secret-unresolved']);
    expect(byCode(json, 'continue/no-api-key').location).toMatchObject({ path: '~/.continue/config.yaml', line: 6 });
    expect(byCode(json, 'continue/secret-unresolved').message).toContain('CLAUDE_WORK_KEY');
    expect(client(json, 'continue').map((p) => [p.label, p.sources.apiKey?.path])).toEqual([
      ['Claude Sonnet', undefined],
      ['Claude Opus', '~/.continue/.env'],
      ['Claude Haiku', undefined],
    ]);
    expect(code).toBe(1);
  });

  it('a secret found only in the shell environment is a warning: an IDE may not have it', async () => {
    const { json } = await check('continue', { CLAUDE_WORK_KEY: 'x'.repeat(20) });
    expect(byCode(json, 'continue/secret-only-in-shell')).toMatchObject({ severity: 'warning' });
    expect(codes(json)).not.toContain('continue/secret-unresolved');
  });
});

describe('Goose: the key in the keyring, never read', () => {
  it('says the key is in the keyring, not read', async () => {
    const { json, code } = await check('goose-keyring');
    expect(codes(json)).toEqual(['goose/key-in-keyring']);
    expect(client(json, 'goose')[0]).toMatchObject({ model: 'claude-sonnet-4-6' });
    expect(code).toBe(0);
  });
});

describe('a home with all three', () => {
  it('one profile each; a subscription token in aider, an apiBase Continue cannot use, a retired Goose model', async () => {
    const { json } = await check('all', { GOOSE_DISABLE_KEYRING: '1' });
    expect(json.profiles.map((p) => p.client)).toEqual(['aider', 'continue', 'goose']);
    expect(byCode(json, 'key/oauth-token').location).toMatchObject({ path: '~/.aider.conf.yml', line: 4 });
    expect(byCode(json, 'continue/api-base-path').location).toMatchObject({ path: '~/.continue/config.yaml', line: 9 });
    expect(byCode(json, 'model/retired').location).toMatchObject({ path: '~/.config/goose/config.yaml', line: 2 });
    expect(client(json, 'goose')[0]!.sources.apiKey).toMatchObject({ path: '~/.config/goose/secrets.yaml' });
    // Continue's /v1 is right for Continue: no url/v1-suffix for it.
    expect(codes(json)).not.toContain('url/v1-suffix');
  });

  it('every format and language keeps the keys out', async () => {
    const dir = prepareCase('yaml-clients/all');
    for (const format of ['text', 'json', 'github', 'sarif'])
      for (const lang of ['en', 'ja']) {
        const run = await runCli(['check', '--format', format, '--lang', lang], join(dir, 'proj'), {
          HOME: join(dir, 'home'),
          GOOSE_DISABLE_KEYRING: '1',
        });
        expect([0, 1]).toContain(run.code);
        expect(leaked(run.stdout + run.stderr)).toEqual([]);
      }
  });
});
