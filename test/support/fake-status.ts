// A fake Anthropic status page (Atlassian Statuspage v2, /api/v2/summary.json) on 127.0.0.1, with the real
// shape from reference/status-and-admin.md §1, or the ways a page fails: HTML, a hang, garbage, an error.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export type StatusMode = { json: unknown } | 'html' | 'hang' | 'garbled' | 'error' | 'redirect';

export interface FakeStatus {
  url: string;
  requests: IncomingMessage['headers'][];
  close(): Promise<void>;
}

type ComponentStatus = 'operational' | 'degraded_performance' | 'partial_outage' | 'major_outage';

/** A summary.json as status.claude.com serves it. */
export function summary(
  api: ComponentStatus | undefined,
  incidents: { name: string; impact?: string; status?: string; started_at?: string }[] = [],
  indicator = api && api !== 'operational' ? 'major' : 'none',
) {
  return {
    page: { id: 'tymt9n04zgry', name: 'Claude', url: 'https://status.claude.com', updated_at: '2026-12-01T08:00:00Z' },
    status: { indicator, description: indicator === 'none' ? 'All Systems Operational' : 'Partial System Outage' },
    components: [
      { id: 'c1', name: 'claude.ai', status: 'operational', updated_at: '2026-12-01T06:00:00Z' },
      { id: 'c2', name: 'platform.claude.com (formerly console.anthropic.com)', status: 'operational' },
      ...(api
        ? [{ id: 'c3', name: 'Claude API (api.anthropic.com)', status: api, updated_at: '2026-12-01T07:02:00Z' }]
        : []),
      { id: 'c4', name: 'Claude Code', status: 'operational' },
    ],
    incidents: incidents.map((i, n) => ({
      id: `inc${n}`,
      name: i.name,
      status: i.status ?? 'investigating',
      impact: i.impact ?? 'major',
      shortlink: 'https://stspg.io/x',
      started_at: i.started_at ?? '2026-12-01T07:00:00Z',
      incident_updates: [],
      components: [],
    })),
    scheduled_maintenances: [],
  };
}

export async function startFakeStatus(mode: StatusMode): Promise<FakeStatus> {
  const requests: FakeStatus['requests'] = [];
  const server = createServer((req, res) => {
    requests.push(req.headers);
    if (mode === 'hang') return; // no answer, ever
    if (mode === 'html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('<!DOCTYPE html><html><body><h1>All Systems Operational</h1></body></html>');
    }
    if (mode === 'garbled') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end('{"status":{"indicator":"none"},"components":');
    }
    if (mode === 'error') {
      res.writeHead(503, { 'content-type': 'text/plain' });
      return res.end('Service Unavailable');
    }
    if (mode === 'redirect') {
      res.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere.json' });
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(mode.json));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v2/summary.json`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
