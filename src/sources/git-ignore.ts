// Whether git ignores a path, from the same rules git reads (gitignore(5)): the global excludes
// file, .git/info/exclude, and the .gitignore of each directory from the top of the work tree down
// to the path. The patterns are matched by the `ignore` package, which implements git's wildmatch;
// each .gitignore's patterns are rewritten relative to the top, so that one rule list in git's
// order (last match wins) gives git's answer, parent directories first.
import ignore from 'ignore';
import { join, resolve } from 'node:path';
import { configPath, isTrue, lastValue, type ConfigEntry, type GitEnv } from './git-config.js';
import { readCapped } from './git-files.js';

export const IGNORE_FILE_LIMIT = 1024 * 1024;

export interface IgnoreContext {
  worktree: string;
  commonDir: string;
  /** Every configuration in force (system, global, repository), in git's order. */
  config: ConfigEntry[];
  git: GitEnv;
}

/** The lines of a rules file, or null if there is none; undefined if it is there but unreadable. */
function readRules(path: string, followLinks: boolean): string[] | null | undefined {
  const bytes = readCapped(path, IGNORE_FILE_LIMIT, { followLinks });
  if (!bytes) return bytes;
  // One char per byte (see isIgnored); git drops a UTF-8 BOM, and one CR before each LF.
  const text = bytes.toString('latin1').replace(/^\xEF\xBB\xBF/, '');
  return text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

/** core.excludesFile, or its default $XDG_CONFIG_HOME/git/ignore (~/.config/git/ignore). */
function globalExcludes({ config, worktree, git }: IgnoreContext): string | undefined {
  const configured = lastValue(config, 'core.excludesfile');
  if (configured === true || configured === '') return undefined;
  // A relative value is relative to where git runs: the top of the work tree.
  if (configured !== undefined) return configPath(configured, worktree, git.home);
  return resolve(git.env.XDG_CONFIG_HOME || resolve(git.home, '.config'), 'git/ignore');
}

/** git's trim_trailing_spaces: unescaped trailing spaces go, an escaped one stays. */
function trimTrailingSpaces(line: string): string {
  let cut = -1;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === ' ') {
      if (cut === -1) cut = i;
    } else {
      if (line[i] === '\\') i++;
      cut = -1;
    }
  }
  return cut === -1 ? line : line.slice(0, cut);
}

/** A pattern of `<base>.gitignore` as the same pattern at the top of the work tree. */
export function rebase(line: string, base: string): string | undefined {
  if (base === '') return line;
  if (line.startsWith('#')) return undefined;
  const negative = line.startsWith('!') ? '!' : '';
  let body = trimTrailingSpaces(negative ? line.slice(1) : line);
  const dirOnly = body.endsWith('/');
  if (dirOnly) body = body.slice(0, -1);
  // A slash left anywhere anchors the pattern to its directory; without one it matches at any depth below.
  const anchored = body.includes('/');
  if (anchored && body.startsWith('/')) body = body.slice(1);
  if (body === '') return undefined;
  const escapedBase = base.replace(/[\\*?[\]!#]/g, '\\$&');
  return `${negative}${escapedBase}${anchored ? '' : '**/'}${body}${dirOnly ? '/' : ''}`;
}

/**
 * Is `path` (relative to the work tree, `/`-separated) ignored? Undefined when a rules file is
 * there but cannot be read, since the answer might then be wrong.
 */
export function isIgnored(ctx: IgnoreContext, path: string): boolean | undefined {
  const rules = ignore({ ignorecase: isTrue(lastValue(ctx.config, 'core.ignorecase')) });
  const add = (file: string | undefined, base: string, followLinks: boolean): boolean => {
    const lines = file === undefined ? null : readRules(file, followLinks);
    if (lines === undefined) return false;
    if (lines) rules.add(lines.flatMap((line) => rebase(line, base) ?? []));
    return true;
  };
  // Lowest precedence first: global excludes, info/exclude, then .gitignore files from the top down.
  if (!add(globalExcludes(ctx), '', true) || !add(join(ctx.commonDir, 'info', 'exclude'), '', true)) return undefined;
  // git matches bytes, not characters: `?` is one byte of "é", not the whole of it. So patterns and
  // path go to the matcher as one char per byte.
  const raw = Buffer.from(path, 'utf8').toString('latin1');
  const parts = path.split('/');
  for (let depth = 0; depth < parts.length; depth++) {
    const dir = parts
      .slice(0, depth)
      .map((p) => `${p}/`)
      .join('');
    const base = Buffer.from(dir, 'utf8').toString('latin1');
    // git does not follow a .gitignore that is a symbolic link in the work tree.
    if (!add(join(ctx.worktree, dir, '.gitignore'), base, false)) return undefined;
  }
  try {
    return rules.ignores(raw);
  } catch {
    return undefined; // a path the package refuses (it never should be one)
  }
}
