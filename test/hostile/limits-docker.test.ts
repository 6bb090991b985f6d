// Hostile Docker engines (test/support/fake-engine.ts): whatever listens at DOCKER_HOST, the run ends within
// --timeout + 1 s, its memory stays bounded, and what it said becomes a docker/unreachable finding in neutral
// words — never exit 2, never the engine's text or a JavaScript error inside a message.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { httpEngine, pour, rawEngine, runMeasured, type MeasuredRun } from '../support/fake-engine.js';
import type { JsonReport } from '../support/fixture-case.js';

const dir = mkdtempSync(join(tmpdir(), 'cd-engines-'));
chmodSync(dir, 0o755);
const servers: Server[] = [];
afterAll(() => {
  for (const s of servers) s.close();
  rmSync(dir, { recursive: true, force: true });
});

const TIMEOUT = 2000;
/** The promise: every run ends within --timeout + 1 s. */
const BOUND = TIMEOUT + 1000;
/** A run's peak memory, whatever the engines send: the CLI alone takes ~60 MB. */
const MAX_RSS_KB = 200 * 1024;

const check = (hosts: string[], env: Record<string, string> = {}) =>
  runMeasured(
    [
      'check',
      '--offline',
      '--no-env',
      '--docker',
      ...hosts.flatMap((h) => ['--docker-host', h]),
      '--timeout',
      String(TIMEOUT),
      '--format',
      'json',
    ],
    dir,
    env,
  );

function engineFindings(run: MeasuredRun) {
  expect(run.code, run.stderr).toBe(1);
  const json = JSON.parse(run.stdout) as JsonReport;
  return json.findings.filter((f) => f.code.startsWith('docker/'));
}

/** What no finding may say: an engine's own text, or the words of a JavaScript parser. */
const LEAKS = /<html|<body|garbage|Unexpected token|JSON|SyntaxError|TypeError|undefined|is not a function/i;

const OPENHANDS = {
  Id: 'a'.repeat(64),
  Names: ['/openhands-app'],
  Image: 'docker.openhands.dev/openhands/openhands:0.62',
};

describe('hostile Docker engines', () => {
  it('an endless container list: cut at a size cap, in bounded time and memory', async () => {
    const host = await httpEngine(
      dir,
      'endless',
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('[');
        pour(res, `${JSON.stringify(OPENHANDS)},`);
      },
      servers,
    );
    const run = await check([host]);
    const [f] = engineFindings(run);
    expect(f).toMatchObject({ code: 'docker/unreachable', severity: 'error' });
    expect(f!.message).toContain('too large');
    expect(run.ms).toBeLessThan(BOUND);
    expect(run.maxRssKb).toBeGreaterThan(0);
    expect(run.maxRssKb).toBeLessThan(MAX_RSS_KB);
  });

  it('a 200 MB container list with a Content-Length: the same', async () => {
    const unit = `${JSON.stringify({ ...OPENHANDS, Names: ['/other'], Image: 'busybox' })},`;
    const count = Math.ceil((200 * 1024 * 1024) / unit.length);
    const host = await httpEngine(
      dir,
      'huge',
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(unit.length * count + 1) });
        res.write('[');
        pour(res, unit, unit.length * (count - 1), `${unit.slice(0, -1)}]`);
      },
      servers,
    );
    const run = await check([host]);
    expect(engineFindings(run)[0]!.message).toContain('too large');
    expect(run.ms).toBeLessThan(BOUND);
    expect(run.maxRssKb).toBeLessThan(MAX_RSS_KB);
  });

  it('HTML, garbage that is not HTTP, and JSON of the wrong shape: "not a Docker engine answer"', async () => {
    const hosts = [
      await httpEngine(
        dir,
        'html',
        (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>It works!</body></html>'),
        servers,
      ),
      await httpEngine(
        dir,
        'html-error',
        (_req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad gateway</html>'),
        servers,
      ),
      await rawEngine(dir, 'raw', 'garbage\x1b]0;pwned\x07\r\n\r\n', servers),
      await httpEngine(
        dir,
        'shape',
        (_req, res) => res.writeHead(200).end(JSON.stringify([{ Id: 1, Names: 'x' }])),
        servers,
      ),
      // The list is fine; the container's own answer is not.
      await httpEngine(
        dir,
        'inspect',
        (req, res) =>
          res.writeHead(200).end(req.url!.includes('/containers/json') ? JSON.stringify([OPENHANDS]) : '{"Id":'),
        servers,
      ),
    ];
    const run = await check(hosts);
    const findings = engineFindings(run);
    expect(findings).toHaveLength(hosts.length);
    for (const f of findings) {
      expect(f.code).toBe('docker/unreachable');
      expect(f.message).toContain('not a Docker engine answer');
      expect(f.message).not.toMatch(LEAKS);
    }
    expect(run.ms).toBeLessThan(BOUND);
  });

  it('five engines that accept and never answer are waited on together: one timeout, not five', async () => {
    const hosts = await Promise.all([0, 1, 2, 3, 4].map((i) => rawEngine(dir, `silent${i}`, undefined, servers)));
    const run = await check(hosts);
    const findings = engineFindings(run);
    expect(findings.map((f) => f.code)).toEqual(Array(5).fill('docker/unreachable'));
    for (const f of findings) expect(f.message).toContain('did not answer in time');
    expect(run.ms).toBeGreaterThan(TIMEOUT - 100);
    expect(run.ms).toBeLessThan(BOUND);
  });

  it('an engine that starts an answer and stalls, and one that sends an endless settings file', async () => {
    const stalled = await httpEngine(
      dir,
      'stalled',
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('[{"Id":');
      },
      servers,
    );
    // A valid list and container, then a tar whose file claims 8 GB and never ends.
    const tarHeader = Buffer.alloc(512);
    tarHeader.write('settings.json', 0);
    tarHeader.write('77777777777', 124);
    tarHeader.write('0', 156);
    const endless = await httpEngine(
      dir,
      'endless-file',
      (req, res) => {
        if (req.url!.includes('/containers/json')) return res.writeHead(200).end(JSON.stringify([OPENHANDS]));
        if (req.url!.includes('/archive')) {
          res.writeHead(200, { 'content-type': 'application/x-tar' });
          res.write(tarHeader);
          return pour(res, '{"llm_api_key":"x",');
        }
        res.writeHead(200).end(
          JSON.stringify({
            Id: OPENHANDS.Id,
            Name: '/openhands-app',
            Config: { Image: OPENHANDS.Image, Env: [] },
            State: { Running: true },
            Mounts: [],
          }),
        );
      },
      servers,
    );
    const run = await check([stalled, endless]);
    const json = JSON.parse(run.stdout) as JsonReport;
    expect(json.findings.find((f) => f.code === 'docker/unreachable')!.message).toContain('did not answer in time');
    const tooLarge = json.findings.find((f) => f.code === 'source/too-large');
    expect(tooLarge?.message).toContain('openhands-app:/.openhands/settings.json');
    expect(run.ms).toBeLessThan(BOUND);
    expect(run.maxRssKb).toBeLessThan(MAX_RSS_KB);
  });

  it('DOCKER_CERT_PATH without its files, or with a FIFO for ca.pem: a finding, not a crash or a hang', async () => {
    const missing = await check(['tcp://127.0.0.1:9'], {
      DOCKER_TLS_VERIFY: '1',
      DOCKER_CERT_PATH: join(dir, 'no-certs'),
    });
    expect(engineFindings(missing)[0]!.message).toMatch(/TLS file in DOCKER_CERT_PATH cannot be read.*ca\.pem/);
    const certs = join(dir, 'certs');
    mkdirSync(certs);
    execFileSync('mkfifo', [join(certs, 'ca.pem')]);
    writeFileSync(join(certs, 'cert.pem'), 'x');
    writeFileSync(join(certs, 'key.pem'), 'x');
    const fifo = await check(['tcp://127.0.0.1:9'], { DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: certs });
    expect(engineFindings(fifo)[0]!.message).toContain('named pipe');
    expect(fifo.ms).toBeLessThan(BOUND);
  });
});
