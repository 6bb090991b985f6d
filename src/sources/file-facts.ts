// Facts about the files that hold a key, for the hygiene checks: permission bits, and whether git
// tracks or ignores the file. No git runs: a repository's own configuration (core.fsmonitor,
// filter drivers, hooks) could make it run programs, and `git status` rewrites .git/index. The
// index and the ignore rules are read instead (git-repo.ts, git-index.ts, git-ignore.ts).
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { FileFacts, Setting } from '../types.js';
import { envConfig, loadConfig, userConfigFiles, type GitEnv } from './git-config.js';
import { readCapped } from './git-files.js';
import { isIgnored } from './git-ignore.js';
import { trackedAmong } from './git-index.js';
import { findRepository, type RepositoryLookup } from './git-repo.js';
import { resolvePath } from './read-text.js';

/** About 600,000 files; a larger index is not read (the answer is "unknown"). */
export const INDEX_LIMIT = 64 * 1024 * 1024;

/** What one run has read already: a repository's index is read once however many files it holds. */
export interface GitLookup extends GitEnv {
  indexes: Map<string, Buffer | null | undefined>;
  /** The repository of each real directory asked about: a run's files share a few folders. */
  repositories: Map<string, RepositoryLookup>;
}

export function gitLookup(home: string, env: GitEnv['env']): GitLookup {
  return { home, env, indexes: new Map(), repositories: new Map() };
}

export function gitState(absolute: string, lookup: GitLookup): FileFacts['git'] {
  let dir: string;
  try {
    // git works in the real directory (getcwd), so a symbolic link on the way leads where git goes.
    dir = realpathSync.native(dirname(absolute));
  } catch {
    return 'unknown';
  }
  const repo = findRepository(dir, lookup, lookup.repositories);
  if (repo === 'none' || repo === 'unknown') return repo === 'none' ? 'no-repo' : 'unknown';
  const path = relative(repo.worktree, join(dir, basename(absolute)))
    .split(sep)
    .join('/');
  if (path === '' || path.startsWith('../') || path.split('/').includes('.git')) return 'unknown';
  const { indexes } = lookup;
  if (!indexes.has(repo.gitDir)) indexes.set(repo.gitDir, readCapped(join(repo.gitDir, 'index'), INDEX_LIMIT));
  const index = indexes.get(repo.gitDir);
  if (index === undefined) return 'unknown';
  // A repository with no commit and nothing added yet has no index file: nothing is tracked.
  const tracked = index === null ? new Set<string>() : trackedAmong(index, [path], repo.hashSize);
  if (!tracked) return 'unknown';
  // As in git, a tracked file is tracked even where an ignore rule matches it.
  if (tracked.has(path)) return 'tracked';
  const config = [...loadConfig(userConfigFiles(lookup), lookup), ...repo.config, ...envConfig(lookup.env)];
  const ignored = isIgnored({ worktree: repo.worktree, commonDir: repo.commonDir, config, git: lookup }, path);
  if (ignored === undefined) return 'unknown';
  return ignored ? 'ignored' : 'untracked';
}

export function fileFacts(absolute: string, lookup: GitLookup): FileFacts | undefined {
  let mode: number;
  try {
    mode = statSync(absolute).mode & 0o777;
  } catch {
    return undefined;
  }
  return { mode, git: gitState(absolute, lookup) };
}

/** Attaches file facts to the settings that hold a credential in a file (one look per file). */
export function withFileFacts(settings: Setting[], cwd: string, home: string, env: GitEnv['env'] = {}): Setting[] {
  const cache = new Map<string, FileFacts | undefined>();
  const lookup = gitLookup(home, env);
  return settings.map((s) => {
    if (s.location.kind !== 'file' || (s.role !== 'api_key' && s.role !== 'auth_token') || s.value.trim() === '')
      return s;
    const path = s.location.path;
    if (!cache.has(path)) cache.set(path, fileFacts(resolvePath(path, cwd, home), lookup));
    const file = cache.get(path);
    return file ? { ...s, file } : s;
  });
}
