// Real git repositories built at run time, and git's own answer to compare ours with. The tests may
// run git; the product may not. Every call gets a private HOME and no system config, so that the
// machine's own git configuration plays no part, and the same environment is handed to our reader.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { gitLookup, gitState } from '../../src/sources/file-facts.js';
import type { FileFacts } from '../../src/types.js';

export interface Sandbox {
  root: string;
  home: string;
  env: Record<string, string>;
}

export function sandbox(extraEnv: Record<string, string> = {}): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'cd-git-'));
  const home = join(root, 'home');
  mkdirSync(home);
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.invalid',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.invalid',
    ...extraEnv,
  };
  return { root, home, env };
}

export function git(box: Sandbox, cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: box.env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 26,
  });
}

/** Writes files (creating their directories) under `dir`. */
export function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** A new repository at `<root>/<name>` (default 'repo'). */
export function repo(box: Sandbox, name = 'repo', ...initArgs: string[]): string {
  const dir = join(box.root, name);
  mkdirSync(dir, { recursive: true });
  git(box, dir, 'init', '-q', ...initArgs);
  return dir;
}

const GIT_STATE: Record<string, FileFacts['git']> = { '!!': 'ignored', '??': 'untracked' };

/** What the product did before: `git status --porcelain --ignored -- <name>` beside the file. */
export function gitSays(box: Sandbox, file: string): FileFacts['git'] {
  try {
    const args = ['-C', dirname(file), 'status', '--porcelain', '--ignored', '--', basename(file)];
    const out = execFileSync('git', args, { env: box.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return GIT_STATE[out.slice(0, 2)] ?? 'tracked';
  } catch {
    return 'unknown';
  }
}

/** Every untracked and ignored file under the work tree in one call ('??' or '!!' by path). */
export function gitStatusAll(box: Sandbox, worktree: string): Map<string, string> {
  const out = git(box, worktree, 'status', '--porcelain', '-z', '--ignored', '--untracked-files=all');
  return new Map(
    out
      .split('\0')
      .filter(Boolean)
      .map((entry) => [entry.slice(3), entry.slice(0, 2)]),
  );
}

export function ourAnswer(box: Sandbox, file: string): FileFacts['git'] {
  return gitState(file, gitLookup(box.home, box.env));
}
