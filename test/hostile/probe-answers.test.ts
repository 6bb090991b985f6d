// Servers that answer the probe with too much, too slowly or not at all. The promise: every run ends
// within --timeout + 1 s, in bounded memory, with a finding and the report intact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareCase } from '../support/fixture-case.js';
import { runTimed, startServer, type Handler, type Recorder } from '../support/hostile.js';
import { apiKey } from '../support/keys.js';

const KEY = apiKey(601);
const TIMEOUT = 2000;
/** A CLI run that read nothing in full stays far below this (about 60 MB here). */
const MEMORY_MB = 160;

const endless =
  (status: number): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(1 << 16, 'a');
    const pump = () => {
      while (res.write(chunk)) {
        /* fill the socket */
      }
      res.once('drain', pump);
    };
    res.write(
      status === 200 ? '{"type":"model","id":"' : '{"type":"error","error":{"type":"authentication_error","message":"',
    );
    pump();
  };

const HANDLERS: [string, Handler][] = [
  ['an endless 200 body', endless(200)],
  ['an endless 401 body', endless(401)],
  [
    'a 1 GB error body announced up front',
    (_req, res) => {
      res.writeHead(500, { 'content-type': 'application/json', 'content-length': String(1 << 30) });
      const chunk = Buffer.alloc(1 << 16, 'b');
      const pump = () => {
        while (res.write(chunk)) {
          /* fill */
        }
        res.once('drain', pump);
      };
      pump();
    },
  ],
  [
    'a body that drips one byte at a time',
    (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(timer));
    },
  ],
  ['headers that never come', () => undefined],
];

describe('a probe answer cannot hold the run or fill the memory', () => {
  const servers: Recorder[] = [];
  afterAll(() => Promise.all(servers.map((s) => s.close())));

  it.each(HANDLERS)('%s', async (_name, handler) => {
    const server = await startServer(handler);
    servers.push(server);
    const run = await runTimed(
      ['check', '--no-docker', '--format', 'json', '--timeout', String(TIMEOUT)],
      prepareCase(),
      { ANTHROPIC_API_KEY: KEY, ANTHROPIC_BASE_URL: server.url, ANTHROPIC_MODEL: 'claude-sonnet-4-6' },
    );
    expect(run.ms).toBeLessThan(TIMEOUT + 1000);
    expect(run.maxRssMb).toBeLessThan(MEMORY_MB);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { probes: { code: string }[] };
    expect(report.probes[0]!.code).toMatch(
      /^(api\/unexpected-response|net\/timeout|api\/server-error|auth\/invalid-api-key)$/,
    );
  });
});

describe('an answer cut off at the limit is an answer, not a failed connection', () => {
  it('an endless 200 is api/unexpected-response with its status', async () => {
    const server = await startServer(endless(200));
    const run = await runTimed(
      ['check', '--no-docker', '--format', 'json', '--timeout', String(TIMEOUT)],
      prepareCase(),
      { ANTHROPIC_API_KEY: KEY, ANTHROPIC_BASE_URL: server.url, ANTHROPIC_MODEL: 'claude-sonnet-4-6' },
    );
    await server.close();
    const report = JSON.parse(run.stdout) as {
      probes: { code: string; status?: number }[];
      findings: { code: string; message: string }[];
    };
    expect(report.probes[0]).toMatchObject({ code: 'api/unexpected-response', status: 200 });
    expect(report.findings.find((f) => f.code === 'api/unexpected-response')!.message).toContain('HTTP 200');
  });
});

describe('what a server says is shown as its text, never as a key', () => {
  let server: Recorder;
  beforeAll(async () => {
    server = await startServer((req, res) => {
      // A gateway that echoes the key back in its headers and its message.
      const echoed = String(req.headers['x-api-key']);
      res.writeHead(401, {
        'content-type': 'application/json',
        'request-id': echoed,
        'anthropic-organization-id': echoed,
        'retry-after': echoed,
      });
      res.end(
        JSON.stringify({
          type: 'error',
          error: { type: 'authentication_error', message: `invalid x-api-key ${echoed}` },
        }),
      );
    });
  });
  afterAll(() => server.close());

  it.each(['json', 'text'])('--format %s', async (format) => {
    const run = await runTimed(['check', '--no-docker', '--format', format], prepareCase(), {
      ANTHROPIC_API_KEY: KEY,
      ANTHROPIC_BASE_URL: server.url,
    });
    expect(server.saw(KEY)).toBe(true);
    expect(run.stdout + run.stderr).not.toContain(KEY.slice(13, 40));
    expect(run.stdout).toContain('auth/invalid-api-key');
  });
});
