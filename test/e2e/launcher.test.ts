// The launcher's first line. `#!/usr/bin/env node` works with GNU env, BusyBox env (Alpine, many CI
// images: no `-S`), macOS and npm's Windows shims. BusyBox is tested as the kernel would run it: the
// interpreter named on the first line, then the rest of that line as ONE argument, then the script and
// its arguments. And the price of a plain `env node`, as the README states it: Node reads --env-file
// anywhere on its command line (nodejs/node#54232), so a missing file stops Node itself with exit 9;
// `node -- dist/cli.cjs` (how the tests and the README run the file by hand) does not.
import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCodeOf } from '../support/exit-code.js';
import { CLI, ROOT } from '../support/fixture-case.js';
import { apiKey } from '../support/keys.js';
import { cannotRun } from '../support/requires.js';

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
/** The launcher's first line before this change: BusyBox env has no -S. */
const OLD_LINE = '#!/usr/bin/env -S node --';

/** What the kernel runs for a `#!` line (Linux): the interpreter, and the rest of the line as one argument. */
function shebang(line: string): { interpreter: string; arg?: string } {
  const [, interpreter, arg] = /^#!\s*(\S+)(?:[ \t]+(.*?))?\s*$/.exec(line) ?? [];
  if (!interpreter) throw new Error(`not a #! line: ${line}`);
  return { interpreter, ...(arg ? { arg } : {}) };
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(file: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  // node on PATH, as `env node` finds it; nothing else of this process's environment.
  const PATH = [dirname(process.execPath), process.env.PATH ?? ''].join(delimiter);
  return new Promise((resolve) =>
    execFile(file, args, { cwd, env: { PATH, HOME: cwd, ...env } }, (error, stdout, stderr) =>
      resolve({ code: exitCodeOf(error, -1), stdout, stderr }),
    ),
  );
}

/** Runs dist/cli.cjs the way the kernel does with `line` as its first line, through `busybox env`. */
function underBusybox(busybox: string, line: string, args: string[], cwd: string): Promise<Run> {
  const { interpreter, arg } = shebang(line);
  expect(interpreter).toBe('/usr/bin/env');
  return run(busybox, ['env', ...(arg === undefined ? [] : [arg]), CLI, ...args], cwd);
}

function findBusybox(): string | undefined {
  for (const dir of [...(process.env.PATH ?? '').split(delimiter), '/bin', '/usr/bin']) {
    try {
      accessSync(join(dir, 'busybox'), constants.X_OK);
      return join(dir, 'busybox');
    } catch {
      // Not here.
    }
  }
  return undefined;
}

const firstLine = () => readFileSync(CLI, 'utf8').split('\n')[0]!;
const empty = () => mkdtempSync(join(tmpdir(), 'cd-launcher-'));

describe('the launcher', () => {
  it('reads its shebang as the kernel does', () => {
    expect(shebang('#!/usr/bin/env node')).toEqual({ interpreter: '/usr/bin/env', arg: 'node' });
    expect(shebang(OLD_LINE)).toEqual({ interpreter: '/usr/bin/env', arg: '-S node --' });
    expect(shebang('#! /bin/sh')).toEqual({ interpreter: '/bin/sh' });
  });

  it('starts with a first line that needs no env -S', () => {
    expect(firstLine()).toBe('#!/usr/bin/env node');
  });

  it('runs as an executable through this system env', async () => {
    const dir = empty();
    expect(await run(CLI, ['--version'], dir)).toMatchObject({ code: 0, stdout: `${version}\n` });
    const check = await run(CLI, ['check', '--offline', '--no-docker'], dir);
    expect([0, 1]).toContain(check.code);
    expect(check.stdout).toMatch(/^claude-doctor /);
  });

  const busybox = findBusybox();
  describe.skipIf(cannotRun('BusyBox env', busybox ? undefined : 'busybox is not installed'))('under BusyBox', () => {
    it('starts under BusyBox env, which has no -S', async () => {
      const dir = empty();
      const line = firstLine();
      expect(await underBusybox(busybox!, line, ['--version'], dir)).toMatchObject({
        code: 0,
        stdout: `${version}\n`,
        stderr: '',
      });
      const check = await underBusybox(busybox!, line, ['check', '--offline', '--no-docker'], dir);
      expect([0, 1], check.stderr).toContain(check.code);
      expect(check.stdout).toMatch(/^claude-doctor /);
      expect(check.stderr).toBe('');
    });

    it('the old `env -S node --` line does not start there (so the test above can fail)', async () => {
      const old = await underBusybox(busybox!, OLD_LINE, ['--version'], empty());
      expect(old.code).not.toBe(0);
      expect(old.stdout).toBe('');
    });
  });

  it('is run by hand as `node -- dist/cli.cjs` in the README and docs, its first command included', () => {
    const docs = ['README.md', 'docs/ci.md'].map((f) => readFileSync(join(ROOT, f), 'utf8'));
    for (const text of docs) expect(text).not.toMatch(/\bnode\s+(?!--\s)[^\s`]*dist\/cli\.cjs/);
    const setUp = docs[0]!.slice(docs[0]!.indexOf('## Set-up on a fresh machine'));
    expect(/```sh\n(.*)\n```/.exec(setUp)![1]).toBe('npm ci && npm run build && node -- dist/cli.cjs check');
  });

  describe('--env-file and Node (nodejs/node#54232), as the README says', () => {
    it('a missing file: the command stops in Node itself with exit 9; `node --` reaches claude-doctor', async () => {
      const dir = empty();
      const bin = await run(CLI, ['check', '--offline', '--no-docker', '--env-file', 'missing.env'], dir);
      expect(bin).toMatchObject({ code: 9, stdout: '' });
      expect(bin.stderr).toMatch(/missing\.env: not found/);
      const direct = await run(
        process.execPath,
        ['--', CLI, 'check', '--offline', '--no-docker', '--env-file', 'missing.env', '--format', 'json'],
        dir,
      );
      expect(direct.code).toBe(1);
      expect(JSON.parse(direct.stdout).findings.map((f: { code: string }) => f.code)).toContain('source/unreadable');
    });

    it('an existing file is read by claude-doctor as a file, not loaded into the environment by Node', async () => {
      const dir = empty();
      writeFileSync(join(dir, 'a.env'), `ANTHROPIC_API_KEY=${apiKey(3)}\n`, { mode: 0o600 });
      const bin = await run(CLI, ['check', '--offline', '--no-docker', '--env-file', 'a.env', '--format', 'json'], dir);
      expect(bin.code).not.toBe(2);
      const [profile] = JSON.parse(bin.stdout).profiles;
      expect(profile.sources.apiKey).toMatchObject({ kind: 'file', path: 'a.env' });
    });
  });
});
