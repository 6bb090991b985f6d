// Tools for the attacks in test/hostile/: servers that misbehave on any loopback address (127.0.0.2 is
// "another machine" that still never leaves this one) and record every request they get, and a run of
// the built CLI that is timed and whose peak memory is measured by the process itself.
import { execFile } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from './fixture-case.js';
import { exitCodeOf } from './exit-code.js';

export interface Recorder {
  url: string;
  requests: { method: string; path: string; headers: IncomingMessage['headers'] }[];
  /** Whether any request carried this text anywhere: its path or any header. */
  saw(text: string): boolean;
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export async function startServer(handler: Handler, host = '127.0.0.1'): Promise<Recorder> {
  const requests: Recorder['requests'] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    requests,
    saw: (text) => requests.some((r) => r.path.includes(text) || JSON.stringify(r.headers).includes(text)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers like the API for a model that exists: what a stolen key's new owner would send back. */
export const answerOk: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'request-id': 'req_capture' });
  res.end(
    JSON.stringify({
      type: 'model',
      id: 'claude-sonnet-4-6',
      display_name: 'Claude Sonnet 4.6',
      created_at: '2026-02-17T00:00:00Z',
    }),
  );
};

// Written once per test process: at exit the CLI's own process reports its peak resident memory.
const MAX_RSS = join(tmpdir(), `cd-max-rss-${process.pid}.cjs`);
writeFileSync(
  MAX_RSS,
  // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source for the child, where the template is evaluated
  "process.on('exit', () => require('fs').writeSync(2, `\\nMAXRSS ${process.resourceUsage().maxRSS}\\n`));\n",
);

export interface TimedRun {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
  maxRssMb: number;
}

/** The built CLI with exactly the environment given (plus PATH and HOME), timed; never killed early. */
export function runTimed(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
  stdin?: string,
): Promise<TimedRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['-r', MAX_RSS, '--', CLI, ...args],
      {
        cwd,
        env: { PATH: process.env.PATH ?? '', HOME: join(cwd, 'home'), ...env },
        maxBuffer: 1 << 26,
      },
      (error, stdout, rawStderr) => {
        const rss = /\nMAXRSS (\d+)\n/.exec(rawStderr);
        const stderr = rawStderr.replace(/\nMAXRSS \d+\n/, '');
        // For the figures in a report: HOSTILE_TIMES=file npm test collects every attack's time and memory.
        if (process.env.HOSTILE_TIMES)
          appendFileSync(
            process.env.HOSTILE_TIMES,
            `${JSON.stringify({ args, ms: Date.now() - started, rss: rss?.[1] })}\n`,
          );
        resolve({
          code: exitCodeOf(error, 1),
          stdout,
          stderr,
          ms: Date.now() - started,
          maxRssMb: rss ? Number(rss[1]) / 1024 : NaN,
        });
      },
    );
    if (stdin !== undefined) child.stdin!.end(stdin);
    else child.stdin!.end();
  });
}
