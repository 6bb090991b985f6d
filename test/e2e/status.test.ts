// Issue #16 end to end through dist/cli.cjs: whose key answered (organization and workspace ids), what
// Anthropic's status page says when a probe fails, and `claude-doctor status` on its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeApi, type FakeApi } from '../support/fake-anthropic.js';
import { startFakeStatus, summary, type FakeStatus } from '../support/fake-status.js';
import { byCode, codes, prepareCase, runCli, runJson, type JsonReport } from '../support/fixture-case.js';
import { apiKey } from '../support/keys.js';

interface ProbeJson {
  profile: string;
  code: string;
  organizationId?: string;
  workspaceId?: string;
}
const probes = (r: JsonReport) => (r as unknown as { probes: ProbeJson[] }).probes;

describe('whose key, and what the status page says', () => {
  let api: FakeApi;
  const ok = apiKey(301);
  const other = apiKey(302);
  const noWorkspace = apiKey(303);
  const failing = apiKey(304);
  const down = apiKey(305);
  const statuses: FakeStatus[] = [];
  const page = async (mode: Parameters<typeof startFakeStatus>[0]) => {
    const s = await startFakeStatus(mode);
    statuses.push(s);
    return s;
  };

  beforeAll(async () => {
    api = await startFakeApi(
      { [ok]: 'ok', [other]: 'ok', [noWorkspace]: 'ok', [failing]: 'overloaded', [down]: 'server-error' },
      0,
      {
        orgs: {
          [other]: { organization: '9d3b7c41-0000-4000-8000-000000000002', workspace: 'wrkspc_01Other' },
          [noWorkspace]: { organization: '5f1c2a9e-0000-4000-8000-000000000001' },
        },
      },
    );
  });
  afterAll(async () => {
    await api.close();
    await Promise.all(statuses.map((s) => s.close()));
  });

  const env = (extra: Record<string, string>) => ({
    ANTHROPIC_BASE_URL: api.url,
    ANTHROPIC_MODEL: 'claude-sonnet-4-6',
    ...extra,
  });
  const check = (extra: Record<string, string>, args: string[] = []) =>
    runJson(['check', '--no-offline', ...args], prepareCase(), env(extra));

  it('every successful probe names its organization and workspace, in JSON and text', async () => {
    const { json } = await check({ ANTHROPIC_API_KEY: ok });
    expect(probes(json)[0]).toMatchObject({
      code: 'api/ok',
      organizationId: '5f1c2a9e-0000-4000-8000-000000000001',
      workspaceId: 'wrkspc_01FakeWorkspace00000001',
    });
    const text = await runCli(['check', '--no-offline'], prepareCase(), env({ ANTHROPIC_API_KEY: ok }));
    expect(text.stdout).toContain('organization 5f1c2a9e-0000-4000-8000-000000000001');
    expect(text.stdout).toContain('workspace wrkspc_01FakeWorkspace00000001');
    const ja = await runCli(['check', '--no-offline', '--lang', 'ja'], prepareCase(), env({ ANTHROPIC_API_KEY: ok }));
    expect(ja.stdout).toContain('組織 5f1c2a9e-0000-4000-8000-000000000001');
  });

  it('a key without a workspace header has no workspaceId, never an empty one', async () => {
    const { json } = await check({ ANTHROPIC_API_KEY: noWorkspace });
    expect(probes(json)[0]!.organizationId).toBe('5f1c2a9e-0000-4000-8000-000000000001');
    expect(probes(json)[0]).not.toHaveProperty('workspaceId');
  });

  it('two setups whose keys belong to different organizations are pointed out', async () => {
    const { json } = await check({
      ANTHROPIC_API_KEY: ok,
      LLM_API_KEY: other,
      LLM_MODEL: 'anthropic/claude-sonnet-4-6',
    });
    const f = byCode(json, 'api/different-organizations');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('5f1c2a9e-0000-4000-8000-000000000001 (p1)');
    expect(f.message).toContain('9d3b7c41-0000-4000-8000-000000000002 (p2)');
    const same = await check({
      ANTHROPIC_API_KEY: ok,
      LLM_API_KEY: noWorkspace,
      LLM_MODEL: 'anthropic/claude-sonnet-4-6',
    });
    expect(codes(same.json)).not.toContain('api/different-organizations');
  });

  it('a 529 quotes the Claude API component and the open incident', async () => {
    const status = await page({
      json: summary('major_outage', [{ name: 'Elevated errors on the Claude API', impact: 'critical' }]),
    });
    const { json } = await check({ ANTHROPIC_API_KEY: failing, CLAUDE_DOCTOR_STATUS_URL: status.url });
    const f = byCode(json, 'status/incident');
    expect(f.message).toContain('Anthropic reports a major outage of Claude API (api.anthropic.com) since');
    expect(f.message).toContain('"Elevated errors on the Claude API" (impact critical');
    expect(status.requests.length).toBe(1);
  });

  it('an incident that names no component is shown while the components are green', async () => {
    const status = await page({
      json: summary('operational', [{ name: 'Errors creating API keys', impact: 'minor' }], 'none'),
    });
    const { json } = await check({ ANTHROPIC_API_KEY: down, CLAUDE_DOCTOR_STATUS_URL: status.url });
    expect(byCode(json, 'status/incident').message).toContain('"Errors creating API keys"');
  });

  it('a green page says so; an HTML page, an error or garbage is unknown, never operational', async () => {
    const green = await page({ json: summary('operational') });
    expect(codes((await check({ ANTHROPIC_API_KEY: down, CLAUDE_DOCTOR_STATUS_URL: green.url })).json)).toContain(
      'status/operational',
    );
    for (const mode of ['html', 'error', 'garbled', 'redirect'] as const) {
      const bad = await page(mode);
      const { json } = await check({ ANTHROPIC_API_KEY: down, CLAUDE_DOCTOR_STATUS_URL: bad.url });
      expect(codes(json)).toContain('status/unknown');
      expect(codes(json)).not.toContain('status/operational');
    }
  });

  it('a working key, or --offline, never asks the page', async () => {
    const status = await page({ json: summary('operational') });
    await check({ ANTHROPIC_API_KEY: ok, CLAUDE_DOCTOR_STATUS_URL: status.url });
    await runJson(
      ['check', '--offline'],
      prepareCase(),
      env({ ANTHROPIC_API_KEY: down, CLAUDE_DOCTOR_STATUS_URL: status.url }),
    );
    expect(status.requests.length).toBe(0);
  });

  it('a page that hangs: the run still ends within --timeout plus one second', async () => {
    const status = await page('hang');
    const started = Date.now();
    const { json } = await check({ ANTHROPIC_API_KEY: down, CLAUDE_DOCTOR_STATUS_URL: status.url }, [
      '--timeout',
      '1500',
    ]);
    expect(Date.now() - started).toBeLessThan(2500);
    expect(byCode(json, 'status/unknown').message).toContain('did not answer in time');
  });

  it('a probe that times out still gets the page, asked ahead of the deadline', async () => {
    const status = await page({ json: summary('partial_outage') });
    const slow = await startFakeApi({ [ok]: 'stall' });
    try {
      const started = Date.now();
      const { json } = await runJson(['check', '--no-offline', '--timeout', '1500'], prepareCase(), {
        ...env({ ANTHROPIC_API_KEY: ok, CLAUDE_DOCTOR_STATUS_URL: status.url }),
        ANTHROPIC_BASE_URL: slow.url,
      });
      expect(Date.now() - started).toBeLessThan(2500);
      expect(byCode(json, 'status/incident').message).toContain('a partial outage');
    } finally {
      await slow.close();
    }
  });

  describe('claude-doctor status', () => {
    it('prints the page in text and JSON, in both languages; exit 1 unless operational', async () => {
      const status = await page({ json: summary('major_outage', [{ name: 'Elevated errors', impact: 'major' }]) });
      const text = await runCli(['status'], prepareCase(), { CLAUDE_DOCTOR_STATUS_URL: status.url });
      expect(text.code).toBe(1);
      expect(text.stdout).toContain('Claude API (api.anthropic.com): major outage since');
      expect(text.stdout).toContain('"Elevated errors" (impact major, investigating');
      const ja = await runCli(['status', '--lang', 'ja'], prepareCase(), { CLAUDE_DOCTOR_STATUS_URL: status.url });
      expect(ja.stdout).toContain('「Claude API (api.anthropic.com)」：大規模な障害');
      const json = await runCli(['status', '--format', 'json'], prepareCase(), {
        CLAUDE_DOCTOR_STATUS_URL: status.url,
      });
      expect(JSON.parse(json.stdout)).toMatchObject({
        schemaVersion: 1,
        known: true,
        component: { name: 'Claude API (api.anthropic.com)', status: 'major_outage' },
        incidents: [{ name: 'Elevated errors', impact: 'major' }],
      });
    });

    it('operational: exit 0; unreachable: unknown, exit 1', async () => {
      const green = await page({ json: summary('operational') });
      const ok0 = await runCli(['status'], prepareCase(), { CLAUDE_DOCTOR_STATUS_URL: green.url });
      expect(ok0).toMatchObject({ code: 0 });
      expect(ok0.stdout).toContain('Claude API (api.anthropic.com): operational');
      const closed = await runCli(['status', '--format', 'json'], prepareCase(), {});
      expect(closed.code).toBe(1);
      expect(JSON.parse(closed.stdout)).toMatchObject({ known: false, reason: 'unreachable' });
    });

    it('a hanging page ends at --timeout', async () => {
      const hang = await page('hang');
      const started = Date.now();
      const run = await runCli(['status', '--timeout', '800'], prepareCase(), { CLAUDE_DOCTOR_STATUS_URL: hang.url });
      expect(Date.now() - started).toBeLessThan(1800);
      expect(run.stdout).toContain('unknown (the status page did not answer in time)');
    });

    it('has --help in both languages and refuses a bad --timeout', async () => {
      expect((await runCli(['status', '--help'], prepareCase())).stdout).toContain("Anthropic's status page");
      expect((await runCli(['status', '--help', '--lang', 'ja'], prepareCase())).stdout).toContain('ステータスページ');
      expect((await runCli(['status', '--timeout', '0'], prepareCase())).code).toBe(2);
    });
  });
});
