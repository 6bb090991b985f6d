// The Admin API's key records as data, and what they say about a refused or working key (issue #16).
import { describe, expect, it } from 'vitest';
import { listApiKeys, MAX_PAGES, parseKey, partialHint, type ApiKeyRecord } from '../../src/probe/admin-keys.js';
import { adminFindings, adminKeyOf, EXPIRY_WARNING_DAYS, expiring, explain } from '../../src/probe/admin-lookup.js';
import type { ProbeResult, ProbeTarget } from '../../src/probe/anthropic.js';
import { keyRecord, startFakeApi } from '../support/fake-anthropic.js';
import { probeResult } from '../support/probe-result.js';
import { startServer } from '../support/hostile.js';
import { adminKey, apiKey } from '../support/keys.js';

const NOW = Date.parse('2026-12-01T09:00:00Z');
const DAY = 86_400_000;
const rec = (fields: Partial<ApiKeyRecord>): ApiKeyRecord => ({
  id: 'apikey_1',
  name: 'k',
  status: 'active',
  workspaceId: null,
  expiresAt: null,
  hint: null,
  ...fields,
});

describe('records', () => {
  it('the hint is the first 16 characters, ..., the last 4', () => {
    const key = apiKey(7);
    expect(partialHint(key)).toBe(`${key.slice(0, 16)}...${key.slice(-4)}`);
    expect(partialHint(key)).toHaveLength(23);
  });

  it('reads the real shape; drops what is not a record; cleans names', () => {
    const key = apiKey(8);
    expect(
      parseKey(
        keyRecord(key, {
          id: 'apikey_9',
          name: 'ci',
          status: 'inactive',
          workspace_id: 'wrkspc_1',
          expires_at: '2026-12-05T00:00:00Z',
        }),
      ),
    ).toEqual({
      id: 'apikey_9',
      name: 'ci',
      status: 'inactive',
      workspaceId: 'wrkspc_1',
      expiresAt: '2026-12-05T00:00:00.000Z',
      hint: partialHint(key),
    });
    expect(parseKey(null)).toBeUndefined();
    expect(parseKey('x')).toBeUndefined();
    expect(parseKey({ name: 'no id' })).toBeUndefined();
    expect(parseKey({ id: 'a', status: 'weird', expires_at: 'soon', name: 'a\u001bb', partial_key_hint: 3 })).toEqual({
      id: 'a',
      name: 'a?b',
      status: 'unknown',
      workspaceId: null,
      expiresAt: null,
      hint: null,
    });
    expect(parseKey({ id: 'a', name: 'n'.repeat(300) })!.name).toHaveLength(120);
  });
});

describe('explain and expiring', () => {
  it.each([
    [[], 'admin/key-not-found'],
    [[rec({ status: 'inactive' })], 'admin/key-disabled'],
    [[rec({ status: 'archived', workspaceId: 'wrkspc_1' })], 'admin/key-archived'],
    [[rec({ status: 'expired', expiresAt: '2026-11-20T00:00:00.000Z' })], 'admin/key-expired'],
    [[rec({ status: 'expired' })], 'admin/key-expired'],
    [[rec({ status: 'active', expiresAt: new Date(NOW - 1000).toISOString() })], 'admin/key-expired'],
    [[rec({ status: 'active', expiresAt: new Date(NOW).toISOString() })], 'admin/key-expired'],
    [[rec({ status: 'active', expiresAt: new Date(NOW + DAY).toISOString() })], 'admin/key-active'],
    [[rec({ status: 'active' })], 'admin/key-active'],
    [[rec({ status: 'inactive' }), rec({ status: 'archived' })], 'admin/key-archived'],
    [[rec({ status: 'active' }), rec({ status: 'inactive' })], 'admin/key-disabled'],
  ] as const)('%j → %s', (matches, code) => {
    expect(explain([...matches], NOW).code).toBe(code);
  });

  it('names every record, the Default Workspace as default, and the expiry date', () => {
    const f = explain(
      [
        rec({ name: 'a', status: 'expired', expiresAt: '2026-11-20T10:00:00.000Z' }),
        rec({ name: 'b', id: 'apikey_2', workspaceId: 'wrkspc_9' }),
      ],
      NOW,
    );
    expect(f.args).toEqual({
      keys: [
        { name: 'a', id: 'apikey_1', workspace: 'default', status: 'expired' },
        { name: 'b', id: 'apikey_2', workspace: 'wrkspc_9', status: 'active' },
      ],
      date: '2026-11-20',
    });
    expect(explain([rec({ status: 'expired' })], NOW).args).not.toHaveProperty('date');
  });

  it('warns within 7 days, not after, not when already expired or without a date', () => {
    expect(EXPIRY_WARNING_DAYS).toBe(7);
    const at = (ms: number) => [rec({ expiresAt: new Date(NOW + ms).toISOString() })];
    expect(expiring(at(3 * DAY - 1000), NOW)).toMatchObject({
      code: 'admin/key-expires-soon',
      args: { days: 3, date: '2026-12-04' },
    });
    expect(expiring(at(7 * DAY), NOW)?.args).toMatchObject({ days: 7 });
    expect(expiring(at(7 * DAY + 1), NOW)).toBeUndefined();
    expect(expiring(at(0), NOW)).toBeUndefined();
    expect(expiring(at(-DAY), NOW)).toBeUndefined();
    expect(expiring([rec({})], NOW)).toBeUndefined();
    expect(expiring([], NOW)).toBeUndefined();
  });
});

describe('adminKeyOf', () => {
  const key = adminKey(3);
  it('--admin-key-env always; ANTHROPIC_ADMIN_KEY only with the environment', () => {
    expect(adminKeyOf({ ORG: ` ${key} ` }, 'ORG', false)).toEqual({ name: 'ORG', value: key });
    expect(adminKeyOf({}, 'ORG', true)).toEqual({ name: 'ORG', value: undefined });
    expect(adminKeyOf({ ORG: ' ' }, 'ORG', true)).toEqual({ name: 'ORG', value: undefined });
    expect(adminKeyOf({ ANTHROPIC_ADMIN_KEY: key }, undefined, true)).toEqual({
      name: 'ANTHROPIC_ADMIN_KEY',
      value: key,
    });
    expect(adminKeyOf({ ANTHROPIC_ADMIN_KEY: key }, undefined, false)).toBeUndefined();
    expect(adminKeyOf({ ANTHROPIC_ADMIN_KEY: '  ' }, undefined, true)).toBeUndefined();
  });
});

describe('listApiKeys and adminFindings against a fake Admin API', () => {
  const admin = adminKey(11);
  const refused = apiKey(12);
  const target = (baseUrl: string, credential = refused, extra: Partial<ProbeTarget> = {}): ProbeTarget => ({
    credential,
    scheme: 'x-api-key',
    baseUrl,
    profiles: ['p1'],
    origin: 'argument', // the fake API, named with --base-url
    ...extra,
  });
  const probe = (code: string, status?: number) => probeResult(code, status);
  const run = (
    targets: ProbeTarget[],
    probes: ProbeResult[],
    value: string | undefined = admin,
    deadline = Date.now() + 3000,
  ) =>
    adminFindings({
      targets,
      probes,
      admin: { name: 'ANTHROPIC_ADMIN_KEY', value },
      deadline,
      now: NOW,
      showSecrets: false,
    });

  it('pages through every key, stops at MAX_PAGES, and reads the failures', async () => {
    const records = Array.from({ length: 7 }, (_, i) => keyRecord(apiKey(20 + i), { id: `apikey_${i}` }));
    const api = await startFakeApi({}, 0, {
      admin: { keys: [admin, adminKey(13)], forbidden: [adminKey(13)], records, pageSize: 3 },
    });
    try {
      const list = await listApiKeys(api.url, admin, Date.now() + 3000);
      expect(list.ok && list.keys.map((k) => k.id)).toEqual(records.map((r) => r.id));
      expect(api.requests.length).toBe(3);
      expect(await listApiKeys(api.url, adminKey(13), Date.now() + 3000)).toEqual({
        ok: false,
        status: 403,
        reason: 'http',
      });
      expect(await listApiKeys(api.url, adminKey(14), Date.now() + 3000)).toEqual({
        ok: false,
        status: 401,
        reason: 'http',
      });
      expect(await listApiKeys('http://127.0.0.1:9', admin, Date.now() + 3000)).toEqual({
        ok: false,
        reason: 'unreachable',
      });
    } finally {
      await api.close();
    }
    expect(MAX_PAGES).toBe(50);
  });

  it('a 403 (the key was accepted) is not looked up; a working key whose lookup fails is not a finding', async () => {
    const api = await startFakeApi({}, 0, {
      admin: { keys: [admin], records: [keyRecord(refused, { status: 'active' })] },
    });
    try {
      expect(await run([target(api.url)], [probe('auth/permission-denied', 403)])).toEqual([]);
      expect(api.requests.length).toBe(0);
      expect(await run([target(api.url)], [probe('api/ok', 200)], adminKey(14))).toEqual([]);
      // The same failure for a refused key is said.
      const refusedRun = await run([target(api.url)], [probe('auth/invalid-api-key', 401)], adminKey(14));
      expect(refusedRun.map((f) => f.code)).toEqual(['admin/key-rejected']);
    } finally {
      await api.close();
    }
  });

  it('a server that says has_more forever, one that hangs, one that sends garbage', async () => {
    let pages = 0;
    const forever = await startServer((_req, res) => {
      pages++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: [], has_more: true, last_id: `apikey_${pages}` }));
    });
    const same = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: [], has_more: true, last_id: 'apikey_same' }));
    });
    const garbage = await startServer((_req, res) => {
      res.writeHead(200);
      res.end('{"data": nope');
    });
    const noData = await startServer((_req, res) => {
      res.writeHead(200);
      res.end('{"has_more": false}');
    });
    const hang = await startServer(() => undefined);
    try {
      expect(await listApiKeys(forever.url, admin, Date.now() + 5000)).toEqual({ ok: true, keys: [] });
      expect(pages).toBe(MAX_PAGES);
      expect(await listApiKeys(same.url, admin, Date.now() + 3000)).toEqual({ ok: true, keys: [] });
      expect(same.requests.length).toBe(2);
      expect(await listApiKeys(garbage.url, admin, Date.now() + 3000)).toEqual({ ok: false, reason: 'garbled' });
      expect(await listApiKeys(noData.url, admin, Date.now() + 3000)).toEqual({ ok: false, reason: 'garbled' });
      const started = Date.now();
      expect(await listApiKeys(hang.url, admin, Date.now() + 300)).toEqual({ ok: false, reason: 'timeout' });
      expect(Date.now() - started).toBeLessThan(1000);
      // The run's findings: one lookup failure, with its reason.
      expect(
        await run(
          [target(garbage.url), target(garbage.url, apiKey(50))],
          [probe('auth/invalid-api-key', 401), probe('auth/invalid-api-key', 401)],
        ),
      ).toMatchObject([{ code: 'admin/lookup-failed', args: { reason: 'garbled' }, profile: 'p1' }]);
    } finally {
      await Promise.all([forever, same, garbage, noData, hang].map((s) => s.close()));
    }
  });

  it('looks up refused and working Console keys only, once per Admin API, with the redacted key', async () => {
    const working = apiKey(30);
    const records = [
      keyRecord(refused, { status: 'inactive' }),
      keyRecord(working, { expires_at: new Date(Date.now() + 2 * DAY).toISOString() }),
    ];
    const api = await startFakeApi({}, 0, {
      admin: { keys: [admin, adminKey(13)], forbidden: [adminKey(13)], records },
    });
    try {
      const found = await run(
        [
          target(api.url),
          target(api.url, working),
          target(api.url, apiKey(31)),
          target(api.url, 'sk-ant-oat01-abcdefghijklmnopqrstuvwxyz'),
          target(api.url, apiKey(32)),
          target(api.url, apiKey(33)),
        ],
        [
          probe('auth/invalid-api-key', 401),
          probe('api/ok', 200),
          probe('auth/region-blocked', 403),
          probe('auth/oauth-expired', 401),
          probe('auth/litellm-proxy-key', 401),
          probe('api/server-error', 500),
        ],
      );
      expect(found.map((f) => f.code).sort()).toEqual(['admin/key-disabled', 'admin/key-expires-soon']);
      expect(found.find((f) => f.code === 'admin/key-disabled')!.credential).toMatch(/^sk-ant-api03-…/);
      expect((found.find((f) => f.code === 'admin/key-disabled')!.args as { keys: unknown[] }).keys).toHaveLength(1);
      expect(api.requests.length).toBe(1);
      // 403 and 401 to the Admin key: said once, whatever the number of keys.
      const forbidden = await run(
        [target(api.url), target(api.url, apiKey(34))],
        [probe('auth/invalid-api-key', 401), probe('auth/permission-denied', 403)],
        adminKey(13),
      );
      expect(forbidden.map((f) => f.code)).toEqual(['admin/no-permission']);
      const wrong = await run([target(api.url)], [probe('auth/invalid-api-key', 401)], adminKey(14));
      expect(wrong.map((f) => f.code)).toEqual(['admin/key-rejected']);
    } finally {
      await api.close();
    }
  });

  it('a gateway: said once per host, only for a refused key; an unset variable is its own finding', async () => {
    const gw = 'https://llm-gateway.example.net';
    const found = await run(
      [target(gw), target(gw, apiKey(40)), target(gw, apiKey(41))],
      [probe('auth/invalid-api-key', 401), probe('auth/invalid-api-key', 401), probe('api/ok', 200)],
    );
    expect(found).toMatchObject([{ code: 'admin/not-sent', args: { host: 'llm-gateway.example.net' } }]);
    expect(await run([target(gw, apiKey(41))], [probe('api/ok', 200)])).toEqual([]);
    const unset = { name: 'ANTHROPIC_ADMIN_KEY' };
    const args = { targets: [target(gw)], probes: [probe('auth/invalid-api-key', 401)], deadline: Date.now() + 1000 };
    expect(await adminFindings({ ...args, admin: unset, now: NOW, showSecrets: false })).toMatchObject([
      { code: 'admin/key-unset', args: { name: 'ANTHROPIC_ADMIN_KEY' } },
    ]);
  });
});
