// End to end: the built CLI on a Zed user's home and on Open WebUI's and LibreChat's folders
// (fixtures/app-clients/), each with the failure the reference names for it (other-clients.md, 5-7).
import { describe, expect, it } from 'vitest';
import {
  leaked,
  prepareCase,
  runCli,
  runJson,
  codes,
  byCode,
  profilesOf as client,
  type JsonReport,
} from '../support/fixture-case.js';
import { apiKey } from '../support/keys.js';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';

async function check(name: string, env: Record<string, string> = {}, args: string[] = []) {
  const dir = prepareCase(`app-clients/${name}`);
  const run = await runJson(['check', ...args], join(dir, 'proj'), { HOME: join(dir, 'home'), ...env });
  expect(leaked(run.stdout + run.stderr)).toEqual([]);
  return { ...run, dir };
}

describe('Zed: api_url with /v1 (zed#23730 in the reference), the key in the keychain', () => {
  it('reports /v1 at its line in settings.json and the keychain key as not read', async () => {
    const { json, code } = await check('zed');
    expect(codes(json)).toEqual(['url/v1-suffix', 'zed/key-in-keychain']);
    expect(byCode(json, 'url/v1-suffix').location).toMatchObject({
      path: '~/.config/zed/settings.json',
      line: 10,
      column: 18,
    });
    expect(client(json, 'zed')[0]).toMatchObject({ model: 'claude-sonnet-4-6' });
    expect(code).toBe(1);
  });

  it('an ANTHROPIC_API_KEY in the environment beats the keychain, and is checked', async () => {
    const { json } = await check('zed', { ANTHROPIC_API_KEY: apiKey(1) });
    expect(byCode(json, 'zed/env-key-beats-keychain')).toMatchObject({ severity: 'info' });
    expect(codes(json)).not.toContain('zed/key-in-keychain');
    expect(client(json, 'zed')[0]!.sources.apiKey).toMatchObject({ kind: 'env', name: 'ANTHROPIC_API_KEY' });
  });

  it('in Japanese too', async () => {
    const dir = prepareCase('app-clients/zed');
    const run = await runCli(['check', '--lang', 'ja'], join(dir, 'proj'), { HOME: join(dir, 'home') });
    expect(run.stdout).toContain('Zed は ~/.config/zed/settings.json で Anthropic を使うよう設定されています');
  });
});

describe('Open WebUI: a connection to Anthropic without /v1, and variables read on first start (open-webui#2289)', () => {
  it('reports the missing /v1 at its column in the compose file, and that a changed value may be ignored', async () => {
    const { json, code } = await check('open-webui');
    const noV1 = byCode(json, 'open-webui/base-url-no-v1');
    expect(noV1.location).toMatchObject({ path: 'docker-compose.yml', line: 7, column: 56 });
    expect(byCode(json, 'open-webui/env-read-once')).toMatchObject({ severity: 'warning' });
    const [webui] = client(json, 'open-webui');
    // The key item is one reference: it is where ANTHROPIC_API_KEY is set, the .env beside the compose file.
    expect(webui!.sources.apiKey).toMatchObject({ path: '.env', line: 2 });
    expect(codes(json)).not.toContain('url/v1-suffix');
    expect(code).toBe(1);
  });

  it('ENABLE_PERSISTENT_CONFIG=False in the environment: no warning about the first start', async () => {
    const { json } = await check('open-webui', { ENABLE_PERSISTENT_CONFIG: 'False' });
    expect(codes(json)).not.toContain('open-webui/env-read-once');
  });
});

describe('LibreChat: a custom Anthropic endpoint whose key reference is set nowhere (LibreChat#14403)', () => {
  it('reports the reference at its line and user_provided as no key to check', async () => {
    const { json, code } = await check('librechat');
    expect(byCode(json, 'librechat/ref-unresolved')).toMatchObject({
      severity: 'error',
      location: { path: 'librechat.yaml', line: 8, column: 15 },
    });
    expect(byCode(json, 'librechat/user-provided').location).toMatchObject({ path: '.env', line: 12 });
    expect(client(json, 'librechat').map((p) => [p.label, p.model])).toEqual([
      ['anthropic', 'claude-sonnet-4-6'],
      ['Anthropic', 'claude-sonnet-4-6'],
    ]);
    // ANTHROPIC_MODELS is LibreChat's own name, not a misspelt ANTHROPIC_MODEL.
    expect(json.findings.filter((f) => f.code === 'env/misnamed-variable').map((f) => f.location)).toEqual([
      expect.objectContaining({ key: 'CLAUDE_KEY' }),
    ]);
    expect(code).toBe(1);
  });

  it('the reference set in the environment resolves, and the key is checked', async () => {
    const { json } = await check('librechat', { ANTHROPIC_KEY: apiKey(3).slice(0, 50) });
    expect(codes(json)).not.toContain('librechat/ref-unresolved');
    expect(byCode(json, 'key/truncated').location).toMatchObject({ kind: 'env', name: 'ANTHROPIC_KEY' });
  });
});

describe("LibreChat's ANTHROPIC_API_KEY=user_provided is its marker, no client's key", () => {
  const atMarker = (json: JsonReport) =>
    json.findings.filter((f) => (f.location as { key?: string; line?: number } | undefined)?.line === 12);
  it.each([[[]], [['--env-file', '.env']]])('no SDK profile, no key finding at its line (args %j)', async (args) => {
    const { json } = await check('librechat', {}, args);
    expect(client(json, 'anthropic-sdk')).toEqual([]);
    expect(atMarker(json).map((f) => f.code)).toEqual(['librechat/user-provided']);
    expect(codes(json)).not.toContain('key/missing');
  });

  it('a key in the environment is used; the marker neither conflicts with it nor is checked', async () => {
    const { json } = await check('librechat', { ANTHROPIC_API_KEY: apiKey(1) });
    for (const name of ['anthropic-sdk', 'librechat'])
      expect(client(json, name)[0]!.sources.apiKey).toMatchObject({ kind: 'env', name: 'ANTHROPIC_API_KEY' });
    expect(codes(json)).not.toContain('key/conflict');
    expect(atMarker(json)).toEqual([]);
  });

  it('an SDK profile made by another variable reads no key from the marker', async () => {
    const { json } = await check('librechat', { ANTHROPIC_BASE_URL: 'https://gateway.example' });
    const [sdk] = client(json, 'anthropic-sdk');
    expect(sdk!.apiKey).toBeUndefined();
    expect(byCode(json, 'key/missing').profile).toBe(sdk!.id);
    expect(atMarker(json).map((f) => f.code)).toEqual(['librechat/user-provided']);
  });

  it("in a .env that is not LibreChat's, user_provided is a value like any other", async () => {
    const dir = prepareCase();
    writeFileSync(join(dir, '.env'), 'ANTHROPIC_API_KEY=user_provided\n');
    const { json } = await runJson(['check'], dir);
    expect(client(json, 'anthropic-sdk')[0]!.sources.apiKey).toMatchObject({ path: '.env', line: 1 });
    expect(codes(json)).toContain('key/unknown-format');
    expect(codes(json)).not.toContain('librechat/user-provided');
  });
});

describe('every format and language keeps the keys out', () => {
  it.each(['zed', 'open-webui', 'librechat'])('%s', async (name) => {
    const dir = prepareCase(`app-clients/${name}`);
    for (const format of ['text', 'json', 'github', 'sarif'])
      for (const lang of ['en', 'ja']) {
        const run = await runCli(['check', '--format', format, '--lang', lang], join(dir, 'proj'), {
          HOME: join(dir, 'home'),
          ANTHROPIC_KEY: apiKey(3),
        });
        expect(leaked(run.stdout + run.stderr), `${format} ${lang}`).toEqual([]);
        expect(run.stdout).not.toContain(apiKey(3).slice(20, 44));
      }
  });
});
