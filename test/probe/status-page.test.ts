// The status page's answer as data (issue #16): the real summary.json shape, tolerant component names, and
// every way a page can fail reading as unknown, never operational.
import { describe, expect, it } from 'vitest';
import { finding } from '../../src/findings.js';
import { clock, needsStatus, statusConsult, statusFinding } from '../../src/probe/status-consult.js';
import { parseSummary, readStatus, STATUS_URL, statusUrl } from '../../src/probe/status-page.js';
import { startFakeStatus, summary } from '../support/fake-status.js';
import { probeResult } from '../support/probe-result.js';

const NOW = Date.parse('2026-12-01T09:00:00Z');
const page = (components: object[], incidents: unknown[] = [], indicator = 'none') =>
  JSON.stringify({ page: {}, status: { indicator, description: '' }, components, incidents });

describe('parseSummary', () => {
  it('reads the Claude API component, the indicator and the unresolved incidents', () => {
    expect(parseSummary(JSON.stringify(summary('major_outage', [{ name: 'Elevated errors' }])))).toEqual({
      known: true,
      indicator: 'major',
      component: { name: 'Claude API (api.anthropic.com)', status: 'major_outage', since: '2026-12-01T07:02:00.000Z' },
      incidents: [
        { name: 'Elevated errors', impact: 'major', status: 'investigating', startedAt: '2026-12-01T07:00:00.000Z' },
      ],
    });
  });

  it.each(['Claude API (api.anthropic.com)', 'Claude API', 'api.anthropic.com', 'API', 'Anthropic API'])(
    'matches the component named %s',
    (name) => {
      const s = parseSummary(
        page([
          { name: 'claude.ai', status: 'major_outage' },
          { name, status: 'partial_outage' },
        ]),
      );
      expect(s).toMatchObject({ known: true, component: { name, status: 'partial_outage' } });
    },
  );

  it.each(['Public API docs', 'API documentation', 'claude.ai', 'Claude Code'])(
    'does not take %s for the API',
    (name) => {
      expect(parseSummary(page([{ name, status: 'major_outage' }]))).not.toHaveProperty('component');
    },
  );

  it('a name of exactly 160 characters stays whole; 161 is cut', () => {
    const at = (n: number) =>
      (parseSummary(page([], [{ name: 'n'.repeat(n) }])) as { incidents: { name: string }[] }).incidents[0]!.name;
    expect(at(160)).toBe('n'.repeat(160));
    expect(at(161)).toBe(`${'n'.repeat(159)}…`);
    expect((parseSummary(page([], [{ name: '   ' }])) as { incidents: { name: string }[] }).incidents[0]!.name).toBe(
      '?',
    );
  });

  it('no API component, an unknown component status, or a bad date: left out, not made up', () => {
    expect(parseSummary(page([{ name: 'claude.ai', status: 'major_outage' }]))).not.toHaveProperty('component');
    expect(parseSummary(page([{ name: 'Claude API', status: 'on fire' }]))).not.toHaveProperty('component');
    const s = parseSummary(page([{ name: 'Claude API', status: 'operational', updated_at: 'yesterday' }]));
    expect(s).toMatchObject({ component: { status: 'operational' } });
    expect((s as { component: object }).component).not.toHaveProperty('since');
  });

  it('keeps unresolved incidents only, three at most, and their words cut short and cleaned', () => {
    const incidents = [
      { name: 'done', status: 'resolved', impact: 'minor' },
      { name: 'post', status: 'postmortem', impact: 'minor' },
      {
        name: `a\u001b[31mb\u202ec${'x'.repeat(300)}`,
        status: 'identified',
        impact: 'critical',
        created_at: '2026-12-01T08:00:00Z',
      },
      { name: 2, status: 'monitoring' },
      { name: 'c' },
      { name: 'd' },
      'not an object',
    ];
    const s = parseSummary(page([], incidents)) as Extract<ReturnType<typeof parseSummary>, { known: true }>;
    expect(s.incidents.map((i) => i.name.slice(0, 5))).toEqual(['a [31', '?', 'c']);
    expect(s.incidents[0]!.name.length).toBe(160);
    expect(s.incidents[0]!.name.endsWith('…')).toBe(true);
    expect(s.incidents[0]).toMatchObject({
      impact: 'critical',
      status: 'identified',
      startedAt: '2026-12-01T08:00:00.000Z',
    });
    expect(s.incidents[1]).toEqual({ name: '?', impact: 'unknown', status: 'monitoring' });
  });

  it('a key-shaped string in a name never comes out', () => {
    const key = ['sk-ant-', 'api03-', 'A'.repeat(93), 'AA'].join('');
    const s = parseSummary(page([], [{ name: `leaked ${key}`, status: 'investigating', impact: 'none' }]));
    expect(JSON.stringify(s)).not.toContain(key);
  });

  it.each([
    ['not JSON', '<html>All Systems Operational</html>', 'not-json'],
    ['no status', JSON.stringify({ components: [] }), 'garbled'],
    ['no components', JSON.stringify({ status: {} }), 'garbled'],
    ['an array', '[]', 'garbled'],
    ['null', 'null', 'garbled'],
  ])('%s is unknown', (_name, body, reason) => {
    expect(parseSummary(body)).toEqual({ known: false, reason });
  });
});

describe('readStatus', () => {
  it('reads a page; a hang ends at the deadline; an error, HTML and a redirect are unknown', async () => {
    const good = await startFakeStatus({ json: summary('operational') });
    const hang = await startFakeStatus('hang');
    const error = await startFakeStatus('error');
    const redirect = await startFakeStatus('redirect');
    try {
      expect(await readStatus(good.url, Date.now() + 2000)).toMatchObject({ known: true, incidents: [] });
      expect(good.requests[0]!['user-agent']).toBe('claude-doctor');
      const started = Date.now();
      expect(await readStatus(hang.url, Date.now() + 300)).toEqual({ known: false, reason: 'timeout' });
      expect(Date.now() - started).toBeLessThan(1000);
      expect(await readStatus(error.url, Date.now() + 2000)).toEqual({ known: false, reason: 'http', status: 503 });
      expect(await readStatus(redirect.url, Date.now() + 2000)).toEqual({ known: false, reason: 'http', status: 302 });
      expect(await readStatus('http://127.0.0.1:9/x', Date.now() + 2000)).toEqual({
        known: false,
        reason: 'unreachable',
      });
      const stop = new AbortController();
      stop.abort();
      expect(await readStatus(good.url, Date.now() + 2000, stop.signal)).toEqual({ known: false, reason: 'timeout' });
    } finally {
      await Promise.all([good, hang, error, redirect].map((s) => s.close()));
    }
  });

  it('a page past the size limit is garbled, not read on', async () => {
    const huge = await startFakeStatus({ json: { ...summary('operational'), padding: 'x'.repeat(300 * 1024) } });
    try {
      expect(await readStatus(huge.url, Date.now() + 3000)).toEqual({ known: false, reason: 'garbled' });
    } finally {
      await huge.close();
    }
  });

  it('the URL: CLAUDE_DOCTOR_STATUS_URL, else status.claude.com', () => {
    expect(statusUrl({})).toBe('https://status.claude.com/api/v2/summary.json');
    expect(STATUS_URL).toBe('https://status.claude.com/api/v2/summary.json');
    expect(statusUrl({ CLAUDE_DOCTOR_STATUS_URL: ' http://mirror/x.json ' })).toBe('http://mirror/x.json');
    expect(statusUrl({ CLAUDE_DOCTOR_STATUS_URL: '  ' })).toBe(STATUS_URL);
  });
});

const result = probeResult;

describe('when and what', () => {
  it.each([
    ['api/server-error', 500, true],
    ['api/overloaded', 529, true],
    ['api/unexpected-response', 502, true],
    ['auth/invalid-api-key', 401, false],
    ['api/rate-limited', 429, false],
    ['api/ok', 200, false],
    ['net/timeout', undefined, true],
    ['net/refused', undefined, true],
    ['net/dns', undefined, true],
    ['net/redirect', undefined, false],
    ['net/proxy', undefined, false],
  ] as const)('%s (%s) asks the page: %s', (code, status, asks) => {
    expect(needsStatus(result(code, status))).toBe(asks);
  });

  it('the finding: incident, operational, unknown; profiles named once', () => {
    const failed = [result('api/overloaded', 529, ['p1', 'p2']), result('net/timeout', undefined, ['p2', 'p3'])];
    const down = statusFinding(
      {
        known: true,
        indicator: 'major',
        component: { name: 'Claude API', status: 'major_outage', since: '2026-12-01T07:02:00.000Z' },
        incidents: [
          { name: 'Errors', impact: 'major', status: 'investigating', startedAt: '2026-11-30T23:00:00.000Z' },
        ],
      },
      failed,
      NOW,
    );
    expect(down).toEqual({
      ...finding('status/incident', {
        profiles: ['p1', 'p2', 'p3'],
        component: 'Claude API',
        state: 'major_outage',
        since: '07:02 UTC',
        incidents: [{ name: 'Errors', impact: 'major', since: '2026-11-30 23:00 UTC' }],
      }),
      profile: 'p1',
    });
    const incidentOnly = statusFinding(
      {
        known: true,
        indicator: 'none',
        component: { name: 'API', status: 'operational' },
        incidents: [{ name: 'x', impact: 'minor', status: 'identified' }],
      },
      failed,
      NOW,
    );
    expect(incidentOnly.args).toEqual({ profiles: ['p1', 'p2', 'p3'], incidents: [{ name: 'x', impact: 'minor' }] });
    expect(
      statusFinding(
        { known: true, indicator: 'none', component: { name: 'API', status: 'operational' }, incidents: [] },
        failed,
        NOW,
      ),
    ).toMatchObject({
      code: 'status/operational',
      args: { profiles: ['p1', 'p2', 'p3'] },
    });
    expect(statusFinding({ known: true, indicator: 'none', incidents: [] }, failed, NOW).args).toEqual({
      profiles: ['p1', 'p2', 'p3'],
      unlisted: true,
    });
    expect(statusFinding({ known: false, reason: 'timeout' }, failed, NOW)).toMatchObject({
      code: 'status/unknown',
      args: { reason: 'timeout', profiles: ['p1', 'p2', 'p3'] },
      profile: 'p1',
    });
  });

  it('clock: the time today, the date before', () => {
    expect(clock('2026-12-01T14:02:00.000Z', NOW)).toBe('14:02 UTC');
    expect(clock('2026-11-30T14:02:00.000Z', NOW)).toBe('2026-11-30 14:02 UTC');
  });
});

describe('statusConsult', () => {
  it('the early ask starts half-way when less than twice the budget is left', async () => {
    const s = await startFakeStatus({ json: summary('operational') });
    try {
      const consult = statusConsult({ CLAUDE_DOCTOR_STATUS_URL: s.url }, Date.now() + 3000);
      consult.watch();
      await new Promise((r) => setTimeout(r, 1200));
      expect(s.requests.length).toBe(0);
      await new Promise((r) => setTimeout(r, 500));
      expect(s.requests.length).toBe(1);
      consult.cancel();
    } finally {
      await s.close();
    }
  });

  it('asks once, ahead of the deadline while probes wait, and not at all when cancelled', async () => {
    const s = await startFakeStatus({ json: summary('operational') });
    try {
      const env = { CLAUDE_DOCTOR_STATUS_URL: s.url };
      const early = statusConsult(env, Date.now() + 400);
      early.watch();
      await new Promise((r) => setTimeout(r, 300));
      expect(s.requests.length).toBe(1);
      early.start();
      expect(await early.result()).toMatchObject({ known: true });
      expect(s.requests.length).toBe(1);
      const cancelled = statusConsult(env, Date.now() + 400);
      cancelled.watch();
      cancelled.cancel();
      await new Promise((r) => setTimeout(r, 300));
      expect(s.requests.length).toBe(1);
      const late = statusConsult(env, Date.now() + 5000);
      late.watch();
      late.watch();
      await new Promise((r) => setTimeout(r, 100));
      expect(s.requests.length).toBe(1);
      expect(await late.result()).toMatchObject({ known: true });
      expect(s.requests.length).toBe(2);
    } finally {
      await s.close();
    }
  });
});
