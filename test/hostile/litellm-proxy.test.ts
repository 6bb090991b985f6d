// A LiteLLM proxy's answers are hostile too (src/probe/litellm-proxy.ts): an endless body, no answer at all,
// a redirect elsewhere, model names and messages that carry the key back, control characters or workflow
// commands. The promise: the run ends within --timeout + 1 s in bounded memory, no redirect is followed,
// and nothing the proxy says reaches the report raw.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { leaked, prepareCase } from '../support/fixture-case.js';
import { runTimed, startServer, type Handler, type Recorder } from '../support/hostile.js';
import { startConnectProxy } from '../support/connect-proxy.js';

const KEY = `sk-${'h'.repeat(12)}${process.pid}`;
const TIMEOUT = 2000;
const MEMORY_MB = 160;

/** A folder whose LiteLLM compose file publishes `port`: a client pointed there is probed as the proxy. */
function proxyFolder(port: string): string {
  const dir = prepareCase();
  writeFileSync(
    join(dir, 'config.yaml'),
    'model_list:\n  - model_name: claude\n    litellm_params:\n      model: claude-sonnet-4-6\n',
  );
  writeFileSync(
    join(dir, 'docker-compose.yml'),
    `services:\n  litellm:\n    image: ghcr.io/berriai/litellm:main\n    ports:\n      - "${port}:4000"\n`,
  );
  return dir;
}

const run = (server: Recorder, format = 'json', env: Record<string, string> = {}) =>
  runTimed(
    ['check', '--no-docker', '--format', format, '--timeout', String(TIMEOUT)],
    proxyFolder(new URL(server.url).port),
    { ANTHROPIC_API_KEY: KEY, ANTHROPIC_BASE_URL: server.url, ANTHROPIC_MODEL: 'claude', ...env },
  );
const proxyProbe = (stdout: string) =>
  (JSON.parse(stdout) as { probes: { code: string; endpoint: string }[] }).probes.find(
    (p) => p.endpoint === 'GET /v1/models (LiteLLM proxy)',
  )!;

describe('hostile LiteLLM proxies', () => {
  const servers: Recorder[] = [];
  const start = async (h: Handler) => {
    const s = await startServer(h);
    servers.push(s);
    return s;
  };
  afterAll(() => Promise.all(servers.map((s) => s.close())));

  it.each<[string, Handler, RegExp]>([
    [
      'an endless model list',
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"data":[');
        const chunk = Buffer.from('{"id":"claude","object":"model"},'.repeat(2000));
        const pump = () => {
          while (res.write(chunk)) {
            /* fill the socket */
          }
          res.once('drain', pump);
        };
        pump();
      },
      /^api\/unexpected-response$/,
    ],
    ['headers that never come', () => undefined, /^net\/timeout$/],
    [
      'a 200 that is not a model list',
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html>LiteLLM UI</html>');
      },
      /^api\/unexpected-response$/,
    ],
  ])('%s: bounded in time and memory', async (_name, handler, code) => {
    const server = await start(handler);
    const result = await run(server);
    expect(result.ms).toBeLessThan(TIMEOUT + 1000);
    expect(result.maxRssMb).toBeLessThan(MEMORY_MB);
    const report = JSON.parse(result.stdout) as { probes: { code: string; endpoint: string }[] };
    const probe = report.probes.find((p) => p.endpoint === 'GET /v1/models (LiteLLM proxy)')!;
    expect(probe.code).toMatch(code);
  });

  it('a redirect is not followed: the key never reaches the place it points to', async () => {
    const elsewhere = await start((_req, res) => res.end('{}'));
    const server = await start((_req, res) => {
      res.writeHead(307, { location: `${elsewhere.url}/v1/models` });
      res.end();
    });
    const result = await run(server);
    const report = JSON.parse(result.stdout) as { probes: { code: string; endpoint: string }[] };
    expect(report.probes.find((p) => p.endpoint === 'GET /v1/models (LiteLLM proxy)')!.code).toBe('net/redirect');
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('through HTTP_PROXY as well: no redirect followed, a body that stalls ends within --timeout + 1 s', async () => {
    const tunnel = await startConnectProxy();
    try {
      const elsewhere = await start((_req, res) => res.end('{}'));
      const redirecting = await start((_req, res) => {
        res.writeHead(307, { location: `${elsewhere.url}/v1/models` });
        res.end();
      });
      const redirected = await run(redirecting, 'json', { HTTP_PROXY: tunnel.url });
      expect(proxyProbe(redirected.stdout).code).toBe('net/redirect');
      expect(elsewhere.requests).toHaveLength(0);
      const stalling = await start((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"data":[');
      });
      const stalled = await run(stalling, 'json', { HTTP_PROXY: tunnel.url });
      expect(stalled.ms).toBeLessThan(TIMEOUT + 1000);
      expect(proxyProbe(stalled.stdout).code).toBe('net/timeout');
      // Each run probes the same URL twice, as the LiteLLM proxy and as the Anthropic API: both through the tunnel.
      expect(tunnel.tunnels()).toBe(4);
    } finally {
      tunnel.close();
    }
  });

  it.each(['json', 'text', 'github'])(
    'model names and messages echoing the key, control characters: --format %s',
    async (format) => {
      const server = await start((req, res) => {
        const echoed = String(req.headers.authorization).replace(/^Bearer /, '');
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            data: [{ id: echoed }, { id: `claude-x\u001b[31m\n::error::pwned ${echoed}` }, { id: `\r\n::add-mask::x` }],
          }),
        );
      });
      const result = await run(server, format);
      expect(result.stdout).not.toContain(KEY);
      expect(result.stdout).not.toContain('\u001b[31m');
      expect(result.stdout).not.toMatch(/^::error::pwned/m);
      expect(leaked(result.stdout + result.stderr)).toEqual([]);
      expect(result.stdout).toContain(format === 'json' ? 'litellm/proxy-model-unknown' : 'claude-x');
    },
  );
});
