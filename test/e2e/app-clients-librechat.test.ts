// End to end: the built CLI on a LibreChat folder whose .env points CONFIG_PATH at config/librechat.yaml
// (fixtures/app-clients/librechat-config-path): endpoints.anthropic's models and a custom endpoint without /v1
// at their lines, CONFIG_PATH from the environment first, a missing file, and a URL that is never fetched.
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byCode, codes, leaked, prepareCase, profilesOf, runCli, runJson } from '../support/fixture-case.js';
import { apiKey } from '../support/keys.js';

async function check(env: Record<string, string> = {}, args: string[] = [], edit?: (proj: string) => void) {
  const dir = prepareCase('app-clients/librechat-config-path');
  edit?.(join(dir, 'proj'));
  const run = await runJson(['check', ...args], join(dir, 'proj'), { HOME: join(dir, 'home'), ...env });
  expect(leaked(run.stdout + run.stderr)).toEqual([]);
  return run;
}

const at = (f: { location?: unknown }) => {
  const l = f.location as { path?: string; line?: number; key?: string };
  return [l.path, l.line, l.key];
};

describe('LibreChat: librechat.yaml where CONFIG_PATH says', () => {
  it('reads config/librechat.yaml, not ./librechat.yaml: its models and the endpoint without /v1', async () => {
    const { json, code } = await check();
    // ./librechat.yaml (a decoy without /v1) is not LibreChat's file here.
    expect(json.findings.filter((f) => at(f)[0] === 'librechat.yaml')).toEqual([]);
    const retired = json.findings.filter((f) => f.code === 'model/retired');
    expect(retired.map(at)).toEqual([
      ['config/librechat.yaml', 6, 'endpoints.anthropic.titleModel'],
      ['config/librechat.yaml', 10, 'endpoints.anthropic.models.default[1]'],
    ]);
    const [native, custom] = profilesOf(json, 'librechat');
    // The native endpoint sends them, so they are its errors.
    expect(retired.map((f) => [f.severity, f.profile])).toEqual([
      ['error', native!.id],
      ['error', native!.id],
    ]);
    const noV1 = byCode(json, 'librechat/base-url-no-v1');
    expect(noV1).toMatchObject({ severity: 'error', profile: custom!.id });
    expect(at(noV1)).toEqual(['config/librechat.yaml', 14, 'endpoints.custom[0].baseURL']);
    expect(noV1.message).toContain('https://api.anthropic.com/chat/completions');
    expect((json as unknown as { sources: string[] }).sources).toContain('config/librechat.yaml');
    expect(code).toBe(1);
  });

  it('CONFIG_PATH in the environment beats the .env; a missing file is a warning naming both', async () => {
    const { json } = await check({ CONFIG_PATH: 'deploy/librechat.yaml' });
    const missing = byCode(json, 'librechat/config-path-missing');
    expect(missing).toMatchObject({ severity: 'warning', location: { kind: 'env', name: 'CONFIG_PATH' } });
    expect(missing.message).toContain('CONFIG_PATH in the environment names deploy/librechat.yaml');
    expect(codes(json)).not.toContain('librechat/base-url-no-v1');
  });

  it('a missing file named in .env, in Japanese too', async () => {
    const dir = prepareCase('app-clients/librechat-config-path');
    const proj = join(dir, 'proj');
    writeFileSync(join(proj, '.env'), 'CREDS_KEY=x\nCONFIG_PATH=nowhere.yaml\n');
    const run = await runCli(['check', '--lang', 'ja'], proj, { HOME: join(dir, 'home') });
    expect(run.stdout).toContain('.env の 2 行目の CONFIG_PATH は nowhere.yaml を指していますが');
    expect(run.stderr).toBe('');
  });

  it('malformed or binary YAML at CONFIG_PATH is a finding about that file, never a stack trace', async () => {
    for (const text of ['endpoints:\n  custom: [\n', 'a\u0000b\n']) {
      const { json, stderr } = await check({}, [], (proj) => writeFileSync(join(proj, 'config/librechat.yaml'), text));
      const problem = json.findings.find((f) => f.code.startsWith('source/'));
      expect(problem?.location).toMatchObject({ path: 'config/librechat.yaml' });
      expect(stderr).not.toMatch(/\bat .*\.c?js:\d+/);
    }
  });

  it('a URL is an info finding, and nothing fetches it (the probe goes to the same server)', async () => {
    const asked: string[] = [];
    const server = createServer((req, res) => {
      asked.push(req.url ?? '');
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"type":"error","error":{"type":"not_found_error","message":"no"}}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const { json } = await check({ CONFIG_PATH: `${base}/lc/librechat.yaml?token=secret` }, ['--base-url', base]);
      const info = byCode(json, 'librechat/config-url-not-read');
      expect(info).toMatchObject({ severity: 'info', location: { kind: 'env', name: 'CONFIG_PATH' } });
      expect(info.message).toContain(`${base}/lc/librechat.yaml`);
      expect(JSON.stringify(json)).not.toContain('token=secret');
      // LibreChat uses the remote file: the local ones are not read.
      expect(codes(json)).not.toContain('librechat/base-url-no-v1');
      expect(asked.length).toBeGreaterThan(0);
      expect(asked.filter((u) => u.includes('librechat'))).toEqual([]);
    } finally {
      server.close();
    }
  });

  it('keeps the key out of every format and language', async () => {
    const dir = prepareCase('app-clients/librechat-config-path');
    for (const format of ['text', 'json', 'github', 'sarif'])
      for (const lang of ['en', 'ja']) {
        const run = await runCli(['check', '--format', format, '--lang', lang], join(dir, 'proj'), {
          HOME: join(dir, 'home'),
        });
        expect(leaked(run.stdout + run.stderr), `${format} ${lang}`).toEqual([]);
        expect(run.stdout).not.toContain(apiKey(1).slice(20, 44));
      }
  });
});
