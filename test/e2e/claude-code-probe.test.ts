// The live probe on the Claude Code profile, end to end: the built CLI and the real SDK talk real HTTP to
// the fake Anthropic API, and the tests assert what the server received. The credential sits in
// ~/.claude/settings.json's env (only Claude Code reads it there), so the request is Claude Code's own.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCase, claudeProfile, codesOf, findingOf } from '../support/claude-code-case.js';
import { type FakeApi, startFakeApi } from '../support/fake-anthropic.js';
import type { JsonReport } from '../support/fixture-case.js';
import { apiKey, oauthToken } from '../support/keys.js';

interface ProbeJson {
  profile: string;
  endpoint: string;
  code: string;
}
const probes = (r: JsonReport) => (r as unknown as { probes: ProbeJson[] }).probes;

describe('probe of the Claude Code profile', () => {
  let api: FakeApi;
  const token = apiKey(201);
  const key = apiKey(202);
  const oauth = oauthToken(203);

  beforeAll(async () => {
    api = await startFakeApi({ [token]: 'ok', [key]: 'ok', [oauth]: 'ok' });
  });
  afterAll(() => api.close());

  /** A run with these variables in ~/.claude/settings.json's env, returning the requests it made. */
  const probe = async (
    env: Record<string, string>,
    opts: { shell?: Record<string, string>; args?: string[]; settings?: object } = {},
  ) => {
    const before = api.requests.length;
    const settings = {
      ...opts.settings,
      env: { ANTHROPIC_BASE_URL: api.url, ANTHROPIC_MODEL: 'claude-sonnet-4-6', ...env },
    };
    const run = await checkCase(undefined, {
      args: ['--no-offline', ...(opts.args ?? [])],
      env: opts.shell ?? {},
      setup: (dir) => {
        mkdirSync(join(dir, 'home', '.claude'), { recursive: true });
        writeFileSync(join(dir, 'home', '.claude', 'settings.json'), JSON.stringify(settings, null, 2));
      },
    });
    for (const secret of [token, key, oauth]) expect(run.stdout + run.stderr).not.toContain(secret);
    return { ...run, requests: api.requests.slice(before) };
  };

  it('sends ANTHROPIC_AUTH_TOKEN as Authorization: Bearer, and no x-api-key', async () => {
    const { json, requests, stdout } = await probe({ ANTHROPIC_AUTH_TOKEN: token });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.path).toBe('/v1/models/claude-sonnet-4-6');
    expect(requests[0]!.headers.authorization).toBe(`Bearer ${token}`);
    expect(requests[0]!.headers['x-api-key']).toBeUndefined();
    const profile = claudeProfile(json);
    expect(probes(json)).toEqual([expect.objectContaining({ profile: profile.id, code: 'api/ok' })]);
    expect(stdout).not.toContain(token);
  });

  it('sends ANTHROPIC_API_KEY as x-api-key, and no Authorization', async () => {
    const { json, requests } = await probe({ ANTHROPIC_API_KEY: key });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.headers['x-api-key']).toBe(key);
    expect(requests[0]!.headers.authorization).toBeUndefined();
    expect(probes(json)[0]).toMatchObject({ profile: claudeProfile(json).id, code: 'api/ok' });
  });

  it("sends an apiKeyHelper's key as Claude Code does: as x-api-key and as Authorization: Bearer", async () => {
    const { json, requests } = await probe({}, { settings: { apiKeyHelper: `echo ${key}` } });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.headers['x-api-key']).toBe(key);
    expect(requests[0]!.headers.authorization).toBe(`Bearer ${key}`);
    expect((claudeProfile(json) as { credential?: object }).credential).toMatchObject({ kind: 'api-key-helper' });
    expect(probes(json)[0]).toMatchObject({ profile: claudeProfile(json).id, code: 'api/ok' });
  });

  it('does not probe a winning CLAUDE_CODE_OAUTH_TOKEN: oauth-not-probed, and no request at all', async () => {
    const { json, requests, code } = await probe({}, { shell: { CLAUDE_CODE_OAUTH_TOKEN: oauth } });
    expect(requests).toEqual([]);
    expect(probes(json)).toEqual([]);
    expect(findingOf(json, 'claude-code/oauth-not-probed')).toMatchObject({
      severity: 'info',
      location: { kind: 'env', name: 'CLAUDE_CODE_OAUTH_TOKEN' },
    });
    expect(code).toBe(0);
  });

  it('with --probe-oauth, sends the CLAUDE_CODE_OAUTH_TOKEN as Bearer', async () => {
    const { json, requests } = await probe({}, { shell: { CLAUDE_CODE_OAUTH_TOKEN: oauth }, args: ['--probe-oauth'] });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.headers.authorization).toBe(`Bearer ${oauth}`);
    expect(requests[0]!.headers['x-api-key']).toBeUndefined();
    expect(codesOf(json)).not.toContain('claude-code/oauth-not-probed');
    expect(probes(json)[0]).toMatchObject({ profile: claudeProfile(json).id, code: 'api/ok' });
  });
});
