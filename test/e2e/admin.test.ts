// Issue #16 end to end through dist/cli.cjs: why a refused key was refused, from the Admin API's record of it
// (a fake Admin API on 127.0.0.1 with the real API key object shape), read-only, and the Admin key never shown.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyRecord, startFakeApi, type FakeApi } from '../support/fake-anthropic.js';
import { byCode, codes, prepareCase, runCli, runJson } from '../support/fixture-case.js';
import { adminKey, apiKey } from '../support/keys.js';

const DAY = 86_400_000;
const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString();

describe('Admin API key status', () => {
  let api: FakeApi;
  const admin = adminKey(401);
  const forbidden = adminKey(402);
  const k = (seed: number) => apiKey(400 + seed);
  // Refused keys (the fake API knows none of them: 401 invalid x-api-key), and one working key.
  const [disabled, archived, expired, pastDate, active, missing, twice, paged, working, later] = [
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
  ].map(k) as [string, string, string, string, string, string, string, string, string, string];
  const records = [
    keyRecord(disabled, { name: 'ci-deploy', status: 'inactive' }),
    keyRecord(archived, { name: 'old-team', status: 'archived', workspace_id: 'wrkspc_01Archived' }),
    keyRecord(expired, { name: 'temp', status: 'expired', expires_at: '2026-11-20T00:00:00Z' }),
    keyRecord(pastDate, { name: 'dated', status: 'active', expires_at: iso(-2) }),
    keyRecord(active, { name: 'laptop', status: 'active', workspace_id: 'wrkspc_01Dev' }),
    keyRecord(twice, { name: 'first-of-two', status: 'inactive' }),
    keyRecord(twice, { name: 'second-of-two', status: 'inactive' }),
    ...Array.from({ length: 5 }, (_, i) => keyRecord(apiKey(900 + i), { name: `filler-${i}` })),
    keyRecord(paged, { name: 'on-the-last-page', status: 'archived' }),
    keyRecord(working, { name: 'expiring', status: 'active', expires_at: iso(3) }),
    keyRecord(later, { name: 'fine', status: 'active', expires_at: iso(30) }),
  ];

  beforeAll(async () => {
    api = await startFakeApi({ [working]: 'ok', [later]: 'ok' }, 0, {
      admin: { keys: [admin, forbidden], forbidden: [forbidden], records, pageSize: 4 },
    });
  });
  afterAll(() => api.close());

  const run = (key: string, extra: Record<string, string> = {}, args: string[] = []) =>
    // A loopback test server gets the Admin key only when named with --base-url (trust.ts, adminApiUrl).
    runJson(['check', '--no-offline', '--base-url', api.url, ...args], prepareCase(), {
      ANTHROPIC_MODEL: 'claude-sonnet-4-6',
      ANTHROPIC_API_KEY: key,
      ANTHROPIC_ADMIN_KEY: admin,
      ...extra,
    });

  it.each([
    [disabled, 'admin/key-disabled', 'ci-deploy'],
    [archived, 'admin/key-archived', 'workspace wrkspc_01Archived'],
    [expired, 'admin/key-expired', 'expired on 2026-11-20'],
    [pastDate, 'admin/key-expired', 'dated'],
    [active, 'admin/key-active', 'laptop'],
    [missing, 'admin/key-not-found', 'deleted, or it belongs to another organization'],
    [paged, 'admin/key-archived', 'on-the-last-page'],
  ])('a refused key is explained (%#: %s)', async (key, code, words) => {
    const { json, stdout, stderr } = await run(key);
    expect(codes(json)).toContain('auth/invalid-api-key');
    expect(byCode(json, code).message).toContain(words);
    expect(stdout + stderr).not.toContain(admin);
    expect(stdout + stderr).not.toContain(key);
  });

  it('the Default Workspace is named so, and several records with one hint are all named', async () => {
    const { json } = await run(twice);
    const message = byCode(json, 'admin/key-disabled').message;
    expect(message).toContain('"first-of-two"');
    expect(message).toContain('"second-of-two"');
    expect(message).toContain('Default Workspace');
  });

  it('reads every page with after_id, with GET only, and sends the Admin key as x-api-key', async () => {
    const before = api.requests.length;
    await run(paged);
    const lists = api.requests.slice(before).filter((r) => r.path.startsWith('/v1/organizations/api_keys'));
    expect(lists.length).toBe(4);
    expect(lists.slice(1).every((r) => /after_id=apikey_/.test(r.path))).toBe(true);
    expect(lists.every((r) => r.method === 'GET' && r.headers['x-api-key'] === admin)).toBe(true);
    expect(api.requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it('a working key that expires within 7 days is a warning; later is nothing', async () => {
    const soon = await run(working);
    expect(byCode(soon.json, 'admin/key-expires-soon')).toMatchObject({ severity: 'warning' });
    expect(byCode(soon.json, 'admin/key-expires-soon').message).toMatch(/"expiring".*in 3 days/);
    expect(codes((await run(later)).json).filter((c) => c.startsWith('admin/'))).toEqual([]);
  });

  it('an Admin key without the permission (403) is a finding of its own', async () => {
    const { json, stdout } = await run(disabled, { ANTHROPIC_ADMIN_KEY: forbidden });
    expect(byCode(json, 'admin/no-permission').message).toContain('ANTHROPIC_ADMIN_KEY');
    expect(stdout).not.toContain(forbidden);
  });

  it('a wrong Admin key is admin/key-rejected', async () => {
    const { json } = await run(disabled, { ANTHROPIC_ADMIN_KEY: adminKey(499) });
    expect(codes(json)).toContain('admin/key-rejected');
  });

  it('--admin-key-env names the variable; an unset one is a finding; a key as its value is refused unseen', async () => {
    const named = await run(disabled, { ANTHROPIC_ADMIN_KEY: '', ORG_ADMIN: admin }, ['--admin-key-env', 'ORG_ADMIN']);
    expect(codes(named.json)).toContain('admin/key-disabled');
    const unset = await run(disabled, {}, ['--admin-key-env', 'NOT_SET_HERE']);
    expect(byCode(unset.json, 'admin/key-unset').message).toContain('NOT_SET_HERE');
    const value = await runCli(['check', '--admin-key-env', admin], prepareCase(), {});
    expect(value.code).toBe(2);
    expect(value.stderr).toContain('never the key itself');
    expect(value.stdout + value.stderr).not.toContain(admin);
  });

  it('no Admin key, or --offline, or --no-env without --admin-key-env: the Admin API is never asked', async () => {
    const before = api.requests.length;
    await run(disabled, { ANTHROPIC_ADMIN_KEY: '' });
    await runJson(['check', '--offline'], prepareCase(), { ANTHROPIC_API_KEY: disabled, ANTHROPIC_ADMIN_KEY: admin });
    const dir = prepareCase();
    writeFileSync(join(dir, 'x.env'), `ANTHROPIC_API_KEY=${disabled}\nANTHROPIC_BASE_URL=${api.url}\n`);
    await runJson(['check', '--no-offline', '--no-env', '--env-file', 'x.env'], dir, { ANTHROPIC_ADMIN_KEY: admin });
    expect(api.requests.slice(before).filter((r) => r.path.startsWith('/v1/organizations'))).toEqual([]);
  });

  it('in Japanese too', async () => {
    const ja = await runCli(['check', '--no-offline', '--lang', 'ja', '--base-url', api.url], prepareCase(), {
      ANTHROPIC_API_KEY: disabled,
      ANTHROPIC_ADMIN_KEY: admin,
    });
    expect(ja.stdout).toContain('管理者が無効にしています');
    expect(ja.stdout).not.toContain(admin);
  });
});
