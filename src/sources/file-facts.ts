// Facts about the files that hold a key, for the hygiene checks: permission bits, and whether git
// tracks or ignores the file. No git runs: a repository's own configuration (core.fsmonitor,
// filter drivers, hooks) could make it run programs, and `git status` rewrites .git/index. The
// index and the ignore rules are read instead (git-repo.ts, git-index.ts, git-ignore.ts).
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { FileFacts, Setting } from '../types.js';
import { envConfig, loadConfig, userConfigFiles, type GitEnv } from './git-config.js';
import { scanCapped } from './git-files.js';
import { isIgnored } from './git-ignore.js';
import { trackedAmong } from './git-index.js';
import { findRepository, type Repository, type RepositoryLookup } from './git-repo.js';
import { resolvePath } from './read-text.js';

/** About 600,000 files; a larger index is not read (the answer is "unknown"). */
export const INDEX_LIMIT = 64 * 1024 * 1024;

/** What one run has looked up already. */
export interface GitLookup extends GitEnv {
  /** The repository of each real directory asked about: a run's files share a few folders. */
  repositories: Map<string, RepositoryLookup>;
}

export function gitLookup(home: string, env: GitEnv['env']): GitLookup {
  return { home, env, repositories: new Map() };
}

/** Where a file lies for git: a path inside a repository, or already an answer. */
type InRepository = { repo: Repository; path: string };
type Place = InRepository | FileFacts['git'];

function place(absolute: string, lookup: GitLookup): Place {
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
  return { repo, path };
}

/** Whether git tracks, ignores or would add each file; each repository's index is read once for all of them. */
export function gitStates(files: readonly string[], lookup: GitLookup): FileFacts['git'][] {
  const places = files.map((f) => place(f, lookup));
  const inRepository = places.filter((p): p is InRepository => typeof p !== 'string');
  const tracked = new Map<string, Set<string> | undefined>();
  for (const gitDir of new Set(inRepository.map((p) => p.repo.gitDir)))
    tracked.set(gitDir, trackedIn(inRepository.filter((p) => p.repo.gitDir === gitDir)));
  return places.map((p) => (typeof p === 'string' ? p : stateOf(p, tracked.get(p.repo.gitDir), lookup)));
}

export const gitState = (absolute: string, lookup: GitLookup): FileFacts['git'] => gitStates([absolute], lookup)[0]!;

/** Which of the files of one repository its index tracks. */
function trackedIn(files: InRepository[]): Set<string> | undefined {
  const { repo } = files[0]!;
  const paths = files.map((f) => f.path);
  const scan = scanCapped(join(repo.gitDir, 'index'), INDEX_LIMIT, (file) => trackedAmong(file, paths, repo.hashSize));
  // A repository with no commit and nothing added yet has no index file: nothing is tracked.
  return scan === null ? new Set() : scan;
}

function stateOf({ repo, path }: InRepository, tracked: Set<string> | undefined, lookup: GitLookup): FileFacts['git'] {
  if (!tracked) return 'unknown';
  // As in git, a tracked file is tracked even where an ignore rule matches it.
  if (tracked.has(path)) return 'tracked';
  const config = [...loadConfig(userConfigFiles(lookup), lookup), ...repo.config, ...envConfig(lookup.env)];
  const ignored = isIgnored({ worktree: repo.worktree, commonDir: repo.commonDir, config, git: lookup }, path);
  if (ignored === undefined) return 'unknown';
  return ignored ? 'ignored' : 'untracked';
}

/** Attaches file facts to the settings that hold a credential in a file (one look per file). */
export function withFileFacts(settings: Setting[], cwd: string, home: string, env: GitEnv['env'] = {}): Setting[] {
  const files = [...new Set(settings.map(keyFile).filter((f) => f !== undefined))].map((path) => {
    const absolute = resolvePath(path, cwd, home);
    return { path, absolute, mode: modeOf(absolute) };
  });
  const present = files.filter((f) => f.mode !== undefined);
  const states = gitStates(
    present.map((f) => f.absolute),
    gitLookup(home, env),
  );
  const facts = new Map(present.map((f, i) => [f.path, { mode: f.mode!, git: states[i]! }]));
  return settings.map((s) => {
    const path = keyFile(s);
    const file = path === undefined ? undefined : facts.get(path);
    return file ? { ...s, file } : s;
  });
}

/** The file a setting's credential is written in, if it is one. */
function keyFile(s: Setting): string | undefined {
  const credential = (s.role === 'api_key' || s.role === 'auth_token') && s.value.trim() !== '';
  return credential && s.location.kind === 'file' ? s.location.path : undefined;
}

function modeOf(absolute: string): number | undefined {
  try {
    return statSync(absolute).mode & 0o777;
  } catch {
    return undefined;
  }
}
