// Facts about the files that hold a key, for the hygiene checks: permission bits, and whether git
// tracks or ignores the file (asking git itself, so every .gitignore rule and global excludes count).
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { FileFacts, Setting } from '../types.js';
import { resolvePath } from './read-text.js';

function git(dir: string, args: string[]): number | null {
  const run = spawnSync('git', ['-C', dir, ...args], { stdio: 'ignore', timeout: 3000 });
  return run.error ? null : run.status;
}

export function fileFacts(absolute: string): FileFacts | undefined {
  let mode: number;
  try {
    mode = statSync(absolute).mode & 0o777;
  } catch {
    return undefined;
  }
  const dir = dirname(absolute);
  const name = basename(absolute);
  const tracked = git(dir, ['ls-files', '--error-unmatch', '--', name]);
  if (tracked === null) return { mode, git: 'unknown' };
  if (tracked === 0) return { mode, git: 'tracked' };
  const ignored = git(dir, ['check-ignore', '-q', '--', name]);
  return { mode, git: ignored === 0 ? 'ignored' : ignored === 1 ? 'untracked' : 'no-repo' };
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
