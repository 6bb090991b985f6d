// Things that listen where a Docker engine should be, for the hostile tests: a tiny HTTP server on a unix
// socket in a temp dir that answers with an endless or huge list, HTML, garbage, or nothing at all.
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type Server } from 'node:net';
import { join } from 'node:path';
import { CLI } from './fixture-case.js';
import { exitCodeOf } from './exit-code.js';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** An HTTP server on `<dir>/<name>.sock`; returns its DOCKER_HOST address. */
export async function httpEngine(dir: string, name: string, handler: Handler, servers: Server[]): Promise<string> {
  const server = createHttpServer(handler);
  return listen(server, join(dir, `${name}.sock`), servers);
}

/** A socket that accepts and then answers raw bytes (or nothing, when `answer` is undefined). */
export async function rawEngine(
  dir: string,
  name: string,
  answer: string | undefined,
  servers: Server[],
): Promise<string> {
  const server = createNetServer((socket) => {
    socket.on('error', () => undefined);
    if (answer !== undefined) socket.end(answer);
  });
  return listen(server, join(dir, `${name}.sock`), servers);
}

function listen(server: Server, path: string, servers: Server[]): Promise<string> {
  rmSync(path, { force: true });
  servers.push(server);
  return new Promise((resolve) => server.listen(path, () => resolve(`unix://${path}`)));
}

/** Writes `unit` again and again, as fast as the reader takes it, for `total` bytes (Infinity: forever). */
export function pour(res: ServerResponse, unit: string, total = Infinity, end = ''): void {
  const block = Buffer.from(unit.repeat(Math.max(1, Math.floor(65536 / unit.length))));
  let sent = 0;
  const more = () => {
    while (sent < total) {
      sent += block.length;
      if (!res.write(block)) return;
    }
    res.end(end);
  };
  res.on('drain', more);
  res.on('error', () => undefined);
  res.socket?.on('error', () => undefined);
  more();
}

export interface MeasuredRun {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
  maxRssKb: number;
}

/** Runs the built CLI with its peak memory recorded (test/support/max-rss.cjs) and its wall time (CLAUDE_DOCTOR_TIMES=1 prints both). */
export function runMeasured(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
  stdin?: (child: ReturnType<typeof execFile>) => void,
): Promise<MeasuredRun> {
  const rss = join(cwd, `rss-${process.hrtime.bigint()}`);
  const started = performance.now();
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--', join(import.meta.dirname, 'max-rss.cjs'), CLI, ...args],
      {
        cwd,
        env: { PATH: process.env.PATH ?? '', HOME: join(cwd, 'home'), CLAUDE_DOCTOR_TEST_RSS: rss, ...env },
        maxBuffer: 1 << 26,
      },
      (error, stdout, stderr) => {
        const ms = performance.now() - started;
        let maxRssKb = -1;
        try {
          maxRssKb = Number(readFileSync(rss, 'utf8'));
          rmSync(rss);
        } catch {
          // Killed before it could write: the test fails on the -1.
        }
        if (process.env.CLAUDE_DOCTOR_TIMES)
          console.log(`${args.join(' ').slice(0, 100)}: ${ms.toFixed(0)} ms, peak ${Math.round(maxRssKb / 1024)} MB`);
        resolve({ code: exitCodeOf(error, 1), stdout, stderr, ms, maxRssKb });
      },
    );
    if (stdin) stdin(child);
  });
}
