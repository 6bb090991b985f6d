// The CLI writes its output straight to file descriptors 1 and 2 (src/cli/stdio.ts), so these are the
// promises a Node stream kept before: every byte arrives through a full non-blocking pipe, and a reader
// that has gone (`| head`) ends the run quietly, without a stack trace.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI } from '../support/fixture-case.js';

const dir = mkdtempSync(join(tmpdir(), 'cd-stdio-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: number;
  stderr: string;
}

/** Runs node with `args`, reading nothing of stdout for `delayMs`, or closing it at once when `close`. */
function run(args: string[], opts: { delayMs?: number; close?: boolean }): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir } });
    let stdout = 0;
    let stderr = '';
    if (opts.close) child.stdout.destroy();
    else {
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), opts.delayMs ?? 0);
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.length;
      });
    }
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('output to file descriptors', () => {
  it('writes every byte through a non-blocking pipe that is full', async () => {
    const bundle = join(dir, 'stdio.cjs');
    await build({
      entryPoints: [join(import.meta.dirname, '../../src/cli/stdio.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: bundle,
      logLevel: 'error',
    });
    // Building process.stdout makes libuv set O_NONBLOCK on the pipe, as a parent Node process (npm) does
    // on a pipe its child inherits: a write then fails with EAGAIN whenever the pipe is full.
    const script = join(dir, 'write.cjs');
    writeFileSync(
      script,
      `process.stdout; require(${JSON.stringify(bundle)}).output(1).write('x'.repeat(4 << 20)); process.exit(0);`,
    );
    const result = await run([script], { delayMs: 300 });
    expect(result).toEqual({ code: 0, stdout: 4 << 20, stderr: '' });
  });

  it('ends quietly when the reader has gone', async () => {
    // The child needs tens of milliseconds to start: its pipe's reader is closed long before it writes.
    const closed = await run(['--', CLI, 'codes'], { close: true });
    expect(closed).toEqual({ code: 0, stdout: 0, stderr: '' });
    const check = await run(['--', CLI, 'check', '--offline', '--no-docker', '--no-env'], { close: true });
    expect(check.stderr).toBe('');
    expect(check.code).toBe((await run(['--', CLI, 'check', '--offline', '--no-docker', '--no-env'], {})).code);
  });
});
