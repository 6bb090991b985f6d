// Facts about the files that hold a key, for the hygiene checks: permission bits, and whether git
// tracks or ignores the file (asking git itself, so every .gitignore rule and global excludes count).
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { lazyRequire } from '../lazy.js';
import type { FileFacts, Setting } from '../types.js';
import { resolvePath } from './read-text.js';

/** Is there a .git above this directory? Asking the file system is much cheaper than starting git. */
function inRepository(dir: string): boolean {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return true;
    if (dirname(d) === d) return false;
  }
}

function gitState(dir: string, name: string): FileFacts['git'] {
  // child_process costs a few ms to load: only a file inside a repository needs it.
  const { spawnSync } = lazyRequire<typeof import('node:child_process')>('node:child_process');
  // One call answers all three: "!! f" ignored, "?? f" untracked, anything else (or nothing) tracked.
  const run = spawnSync('git', ['-C', dir, 'status', '--porcelain', '--ignored', '--', name], { encoding: 'utf8', timeout: 3000 });
  if (run.error || run.status !== 0) return 'unknown';
  const state = run.stdout.slice(0, 2);
  return state === '!!' ? 'ignored' : state === '??' ? 'untracked' : 'tracked';
}

export function fileFacts(absolute: string): FileFacts | undefined {
  let mode: number;
  try {
    mode = statSync(absolute).mode & 0o777;
  } catch {
    return undefined;
  }
  const dir = dirname(absolute);
  return { mode, git: inRepository(dir) ? gitState(dir, basename(absolute)) : 'no-repo' };
}

/** Attaches file facts to the settings that hold a credential in a file (one look per file). */
export function withFileFacts(settings: Setting[], cwd: string, home: string): Setting[] {
  const cache = new Map<string, FileFacts | undefined>();
  return settings.map((s) => {
    if (s.location.kind !== 'file' || (s.role !== 'api_key' && s.role !== 'auth_token') || s.value.trim() === '') return s;
    const path = s.location.path;
    if (!cache.has(path)) cache.set(path, fileFacts(resolvePath(path, cwd, home)));
    const file = cache.get(path);
    return file ? { ...s, file } : s;
  });
}
