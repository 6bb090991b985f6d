// Finds the git repository a directory belongs to the way git does (gitrepository-layout(5)),
// reading only: walk up to a `.git` directory, or a `.git` file ("gitdir: <path>", as linked
// worktrees and submodules have), and stop at a bare repository. No git runs, so a repository's
// configuration (core.fsmonitor, filters, hooks) has nothing to act on.
import { lstatSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readCapped } from './git-files.js';
import { configPath, isTrue, lastValue, loadConfig, type ConfigEntry, type GitEnv } from './git-config.js';

export interface Repository {
  /** The top of the work tree. */
  worktree: string;
  /** Where the index is: `.git`, or `.git/worktrees/<name>` for a linked worktree. */
  gitDir: string;
  /** Where the shared files are (config, info/exclude): `commondir` of a linked worktree, else gitDir. */
  commonDir: string;
  /** The repository's own configuration (config, then config.worktree when enabled). */
  config: ConfigEntry[];
  /** 20 for SHA-1, 32 for SHA-256. */
  hashSize: number;
}

const GITFILE_LIMIT = 64 * 1024;

// throwIfNoEntry: most places looked at hold no .git, and an exception per miss is the slow part.
const kind = (path: string): 'file' | 'dir' | 'other' | 'none' => {
  try {
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st) return 'none';
    if (st.isFile()) return 'file';
    return st.isDirectory() ? 'dir' : 'other';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'none' : 'other';
  }
};

/** The shared directory of `gitDir` (its `commondir` file, relative to it), or undefined if unreadable. */
function commonDirOf(gitDir: string): string | undefined {
  const bytes = readCapped(join(gitDir, 'commondir'), GITFILE_LIMIT);
  if (bytes === undefined) return undefined;
  return bytes === null ? gitDir : resolve(gitDir, bytes.toString('utf8').trim());
}

/** git's is_git_directory: a HEAD, and objects/ and refs/ in the common directory. */
function isGitDirectory(path: string): boolean {
  let head = false;
  try {
    const st = lstatSync(join(path, 'HEAD'), { throwIfNoEntry: false });
    if (!st) return false;
    head = st.isFile() || st.isSymbolicLink();
  } catch {
    return false;
  }
  const common = head ? commonDirOf(path) : undefined;
  return common !== undefined && kind(join(common, 'objects')) === 'dir' && kind(join(common, 'refs')) === 'dir';
}

export type RepositoryLookup = Repository | 'none' | 'unknown';

/**
 * The repository the real directory `dir` is in: 'none' outside any, 'unknown' where git itself
 * would stop with an error (a broken `.git` file, a bare repository, a format it does not know).
 * `known` remembers the answer for every folder walked through: a run's files share their parents.
 */
export function findRepository(dir: string, ctx: GitEnv, known?: Map<string, RepositoryLookup>): RepositoryLookup {
  const walked: string[] = [];
  let found: RepositoryLookup | undefined;
  for (let d = dir; found === undefined; d = dirname(d)) {
    found = known?.get(d);
    if (found !== undefined) break;
    walked.push(d);
    found = repositoryAt(d, ctx) ?? (dirname(d) === d ? 'none' : undefined);
  }
  for (const d of walked) known?.set(d, found);
  return found;
}

/** The repository whose work tree's top is `d`, 'unknown' where git would stop, or undefined: look above. */
function repositoryAt(d: string, ctx: GitEnv): RepositoryLookup | undefined {
  const dotGit = join(d, '.git');
  const type = kind(dotGit);
  if (type === 'file') {
    const bytes = readCapped(dotGit, GITFILE_LIMIT);
    const text = bytes ? bytes.toString('utf8') : '';
    if (!text.startsWith('gitdir: ')) return 'unknown';
    const gitDir = resolve(d, text.slice(8).trim());
    return isGitDirectory(gitDir) ? open(d, gitDir, ctx) : 'unknown';
  }
  if (type === 'dir' && isGitDirectory(dotGit)) return open(d, dotGit, ctx);
  if (isGitDirectory(d)) return 'unknown'; // inside a bare repository (or a .git directory): no work tree
  return undefined;
}

function open(worktree: string, gitDir: string, ctx: GitEnv): Repository | 'unknown' {
  const commonDir = commonDirOf(gitDir);
  if (!commonDir) return 'unknown';
  let config = loadConfig([join(commonDir, 'config')], ctx);
  if (isTrue(lastValue(config, 'extensions.worktreeconfig'))) {
    config = [...config, ...loadConfig([join(gitDir, 'config.worktree')], ctx)];
  }
  const format = Number(lastValue(config, 'core.repositoryformatversion') ?? 0);
  const objectFormat = String(lastValue(config, 'extensions.objectformat') ?? 'sha1').toLowerCase();
  if (!(format === 0 || format === 1) || !(objectFormat === 'sha1' || objectFormat === 'sha256')) return 'unknown';
  // A submodule's configuration names its own work tree (core.worktree); any other is one we cannot place.
  const configured = lastValue(config, 'core.worktree');
  if (typeof configured === 'string') {
    if (realOrSelf(configPath(configured, gitDir, ctx.home)) !== worktree) return 'unknown';
  } else if (isTrue(lastValue(config, 'core.bare'))) {
    return 'unknown';
  }
  return { worktree, gitDir, commonDir, config, hashSize: objectFormat === 'sha256' ? 32 : 20 };
}

function realOrSelf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}
