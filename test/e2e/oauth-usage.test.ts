// --probe-oauth's usage check end to end (issue #16): the built CLI sends a CLAUDE_CODE_OAUTH_TOKEN to the fake
// API's GET /api/oauth/usage (undocumented) and reports what it said; the tests assert what the server received.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCase, checkCaseText, claudeProfile, codesOf, findingOf } from '../support/claude-code-case.js';
import { type FakeApi, startFakeApi, type UsageScenario } from '../support/fake-anthropic.js';
import type { JsonReport } from '../support/fixture-case.js';
import { oauthToken } from '../support/keys.js';

interface ProbeJson {
  profile: string;
  endpoint: string;
  code: string;
  documented?: boolean;
  status?: number;
  usage?: { window: string; utilization: number; resetsAt?: string }[];
}
const probes = (r: JsonReport) => (r as unknown as { probes: ProbeJson[] }).probes;
const usageEntry = (r: JsonReport) => probes(r).find((p) => p.endpoint === 'GET /api/oauth/usage');

describe('--probe-oauth asks GET /api/oauth/usage', () => {
  let api: FakeApi;
  const token = (s: number) => oauthToken(300 + s);
  const usage: Record<string, UsageScenario> = {
    [token(1)]: 'ok',
    [token(2)]: 'expired',
    [token(3)]: 'scope',
    [token(4)]: 'html',
    [token(5)]: 'hang',
    [token(6)]: 'expired',
  };
  // The models probe: every token works there except the last, expired on both.
  const keys = Object.fromEntries(
    Object.keys(usage).map((t) => [t, t === token(6) ? ('oauth-expired' as const) : ('ok' as const)]),
  );

  beforeAll(async () => {
    api = await startFakeApi(keys, 0, { usage });
  });
  afterAll(() => api.close());

  const run = async (seed: number, more: { args?: string[]; setup?: (dir: string) => void } = {}) => {
    const before = api.requests.length;
    const started = Date.now();
    const result = await checkCase(undefined, {
      args: ['--no-offline', '--probe-oauth', '--client', 'claude-code', ...(more.args ?? ['--base-url', api.url])],
      env: { CLAUDE_CODE_OAUTH_TOKEN: token(seed) },
      ...(more.setup ? { setup: more.setup } : {}),
    });
    expect(result.stdout + result.stderr).not.toContain(token(seed));
    const requests = api.requests.slice(before);
    return {
      ...result,
      ms: Date.now() - started,
      requests,
      asked: requests.filter((r) => r.path === '/api/oauth/usage'),
    };
  };

  it('a working token: its usage windows and reset times, said to come from an undocumented endpoint', async () => {
    const { json, code, asked } = await run(1);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.headers.authorization).toBe(`Bearer ${token(1)}`);
    expect(asked[0]!.headers['anthropic-beta']).toBe('oauth-2025-04-20');
    const found = findingOf(json, 'api/oauth-usage')!;
    expect(found).toMatchObject({ severity: 'info', profile: claudeProfile(json).id });
    expect(found.message).toContain('(undocumented endpoint)');
    expect(found.message).toContain('five-hour window 12% used, resets 2026-12-02 05:00 UTC');
    expect(found.message).toContain('seven-day window 40.5% used');
    expect(usageEntry(json)).toEqual({
      profile: claudeProfile(json).id,
      endpoint: 'GET /api/oauth/usage',
      documented: false,
      status: 200,
      requestId: expect.stringMatching(/^req_/),
      latencyMs: expect.any(Number),
      code: 'api/oauth-usage',
      usage: [
        { window: 'five_hour', utilization: 12, resetsAt: '2026-12-02T05:00:00.600Z' },
        { window: 'seven_day', utilization: 40.5, resetsAt: '2026-12-06T00:00:00.600Z' },
      ],
    });
    expect(code).toBe(0);
  });

  it('in Japanese, the same, with the endpoint said to be undocumented', async () => {
    const dir = await checkCaseText(undefined, {
      args: ['--no-offline', '--probe-oauth', '--client', 'claude-code', '--base-url', api.url, '--lang', 'ja'],
      env: { CLAUDE_CODE_OAUTH_TOKEN: token(1) },
    });
    expect(dir.stdout).toContain('GET /api/oauth/usage（非公開のエンドポイント）');
    expect(dir.stdout).toContain('5 時間の枠 12% 使用、2026-12-02 05:00 UTC にリセット');
  });

  it('401 expired: auth/oauth-expired naming the endpoint, with the fix, and exit 1', async () => {
    const { json, code } = await run(2);
    const found = findingOf(json, 'auth/oauth-expired')!;
    expect(found).toMatchObject({ severity: 'error', profile: claudeProfile(json).id });
    expect(found.message).toContain('GET /api/oauth/usage (undocumented endpoint) answered HTTP 401');
    expect(found.remediation.join(' ')).toContain('claude setup-token');
    expect(found.remediation.join(' ')).toContain('/login');
    expect(usageEntry(json)).toMatchObject({ status: 401, code: 'auth/oauth-expired', documented: false });
    expect(code).toBe(1);
  });

  it('expired at both endpoints: said once', async () => {
    const { json, code } = await run(6);
    expect(codesOf(json).filter((c) => c === 'auth/oauth-expired')).toHaveLength(1);
    expect(code).toBe(1);
  });

  it('403: the token lacks the usage scope (a setup-token token), an info, exit 0', async () => {
    const { json, code } = await run(3);
    expect(findingOf(json, 'api/oauth-usage-scope')).toMatchObject({ severity: 'info' });
    expect(findingOf(json, 'api/oauth-usage-scope')!.message).toContain('may still work for messages');
    expect(code).toBe(0);
  });

  it('a web page instead of the usage: unchecked, a warning, no stack trace', async () => {
    const { json, code, stderr } = await run(4);
    expect(findingOf(json, 'api/oauth-usage-unchecked')).toMatchObject({ severity: 'warning' });
    expect(findingOf(json, 'api/oauth-usage-unchecked')!.message).toContain('not the usage JSON');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('a server that never answers: the run ends within --timeout + 1 s, unchecked', async () => {
    const { json, ms } = await run(5, { args: ['--base-url', api.url, '--timeout', '1500'] });
    expect(findingOf(json, 'api/oauth-usage-unchecked')!.message).toContain('no answer came within --timeout');
    expect(ms).toBeLessThan(2500);
  });

  it("a loopback base URL from the home folder's settings: probed, but the token's usage is not asked there", async () => {
    const { json, requests, asked } = await run(1, {
      args: [],
      setup: (dir) => {
        mkdirSync(join(dir, 'home', '.claude'), { recursive: true });
        const settings = { env: { ANTHROPIC_BASE_URL: api.url } };
        writeFileSync(join(dir, 'home', '.claude', 'settings.json'), JSON.stringify(settings));
      },
    });
    expect(requests.length).toBe(1);
    expect(asked).toEqual([]);
    expect(findingOf(json, 'api/oauth-usage-unchecked')!.message).toContain("is not Anthropic's API");
  });

  it("a project's settings file naming the base URL: the token is sent nowhere", async () => {
    const { json, requests } = await run(1, {
      args: [],
      setup: (dir) => {
        mkdirSync(join(dir, 'proj', '.claude'), { recursive: true });
        const settings = { env: { ANTHROPIC_BASE_URL: api.url } };
        writeFileSync(join(dir, 'proj', '.claude', 'settings.json'), JSON.stringify(settings));
      },
    });
    expect(requests).toEqual([]);
    expect(codesOf(json)).toContain('url/untrusted-base-url');
    expect(usageEntry(json)).toBeUndefined();
  });

  it('without --probe-oauth nothing is asked', async () => {
    const before = api.requests.length;
    await checkCase(undefined, {
      args: ['--no-offline', '--client', 'claude-code', '--base-url', api.url],
      env: { CLAUDE_CODE_OAUTH_TOKEN: token(1) },
    });
    expect(api.requests.slice(before).filter((r) => r.path === '/api/oauth/usage')).toEqual([]);
  });
});
