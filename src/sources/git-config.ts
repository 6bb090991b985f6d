// Reads the few git configuration values that say how to read a repository without running git
// (core.excludesFile, core.ignoreCase, core.bare, core.worktree, the repository format), from the
// same files and in the same order as git: system, global, repository, worktree. Only reads:
// nothing here can make anything run. `include.path` is followed; `includeIf` is not (its
// conditions need more of git than this).
import { dirname, resolve } from 'node:path';
import { readCapped } from './git-files.js';
import { isHomePath } from './read-text.js';

export const CONFIG_LIMIT = 1024 * 1024;
const MAX_INCLUDE_DEPTH = 10; // git's own limit
// The escapes git knows inside a value; any other escaped character stands for itself.
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', b: '\b' };

/** `section.name` or `section.subsection.name`, section and name lower-cased as git does; true for a bare key. */
export type ConfigEntry = [key: string, value: string | true];

export interface GitEnv {
  home: string;
  env: Record<string, string | undefined>;
}

/** The entries of one file's text, in order. Malformed lines are skipped, not fatal. */
export function parseConfig(text: string): ConfigEntry[] {
  const entries: ConfigEntry[] = [];
  let section = '';
  let i = 0;
  const n = text.length;
  const skipBlank = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t')) i++;
  };
  const skipLine = () => {
    while (i < n && text[i] !== '\n') i++;
    i++;
  };
  while (i < n) {
    skipBlank();
    const c = text[i];
    if (c === '\n' || c === '\r') i++;
    else if (c === '#' || c === ';') skipLine();
    else if (c === '[') {
      const header = /^\[\s*([\w.-]+)\s*(?:"((?:\\.|[^"\\\n])*)")?\s*\]/.exec(text.slice(i, i + 4096));
      if (!header) {
        section = '';
        skipLine();
        continue;
      }
      const name = header[1]!.toLowerCase();
      // [a "B"] keeps the subsection's case; the old [a.B] form lower-cases it.
      section = header[2] !== undefined ? `${name}.${header[2].replace(/\\(.)/g, '$1')}` : name;
      i += header[0].length;
    } else {
      const key = /^[A-Za-z][\w-]*/.exec(text.slice(i, i + 256))?.[0];
      if (!key || !section) {
        skipLine();
        continue;
      }
      i += key.length;
      skipBlank();
      const full = `${section}.${key.toLowerCase()}`;
      if (text[i] === '=') {
        i++;
        entries.push([full, readValue()]);
      } else {
        entries.push([full, true]);
        skipLine();
      }
    }
  }
  return entries;

  /** A value: quotes, backslash escapes and continuations, a comment ends it, outer spaces trimmed. */
  function readValue(): string {
    let out = '';
    let quoted = false;
    let trailing = 0; // unquoted spaces at the end of `out`, dropped if nothing follows them
    skipBlank();
    for (; i < n; i++) {
      const c = text[i]!;
      if (c === '\n') break;
      if (c === '\r' && text[i + 1] === '\n') continue;
      if (!quoted && (c === '#' || c === ';')) {
        skipLine();
        i--;
        break;
      }
      if (c === '"') {
        quoted = !quoted;
        trailing = 0;
      } else if (c === '\\') {
        const next = text[++i];
        if (next === '\n') continue;
        if (next === '\r' && text[i + 1] === '\n') {
          i++;
          continue;
        }
        out += ESCAPES[next ?? ''] ?? next ?? '';
        trailing = 0;
      } else if (!quoted && (c === ' ' || c === '\t')) {
        out += c;
        trailing++;
      } else {
        out += c;
        trailing = 0;
      }
    }
    i++;
    return trailing ? out.slice(0, -trailing) : out;
  }
}

/** `~/x` and `~` as git expands them in a path value; anything relative is relative to `base`. */
export function configPath(value: string, base: string, home: string): string {
  if (isHomePath(value)) return resolve(home, value.slice(2));
  return resolve(base, value);
}

/**
 * The entries of `file` with its includes spliced in where they stand. A file that is missing, or
 * that cannot be read (a device, a FIFO, too large), has none: git would stop there, but a
 * repository must not be able to hide a committed key by pointing an include at /dev/zero.
 */
function loadFile(file: string, ctx: GitEnv, depth: number, out: ConfigEntry[]): void {
  const bytes = readCapped(file, CONFIG_LIMIT);
  if (!bytes) return;
  for (const entry of parseConfig(bytes.toString('utf8'))) {
    out.push(entry);
    if (entry[0] === 'include.path' && typeof entry[1] === 'string' && entry[1] && depth < MAX_INCLUDE_DEPTH) {
      loadFile(configPath(entry[1], dirname(file), ctx.home), ctx, depth + 1, out);
    }
  }
}

/** The files git reads before the repository's own: system, then global (XDG, then ~/.gitconfig). */
export function userConfigFiles({ home, env }: GitEnv): string[] {
  const files: string[] = [];
  if (!isTrue(env.GIT_CONFIG_NOSYSTEM)) files.push(env.GIT_CONFIG_SYSTEM || '/etc/gitconfig');
  if (env.GIT_CONFIG_GLOBAL) files.push(resolve(env.GIT_CONFIG_GLOBAL));
  else files.push(resolve(env.XDG_CONFIG_HOME || resolve(home, '.config'), 'git/config'), resolve(home, '.gitconfig'));
  return files;
}

export function loadConfig(files: string[], ctx: GitEnv): ConfigEntry[] {
  const out: ConfigEntry[] = [];
  for (const file of files) loadFile(file, ctx, 0, out);
  return out;
}

/** GIT_CONFIG_COUNT / GIT_CONFIG_KEY_n / GIT_CONFIG_VALUE_n: settings given in the environment, read last. */
export function envConfig(env: GitEnv['env']): ConfigEntry[] {
  const count = Math.min(Number(env.GIT_CONFIG_COUNT) || 0, 1000);
  const out: ConfigEntry[] = [];
  for (let k = 0; k < count; k++) {
    const key = env[`GIT_CONFIG_KEY_${k}`];
    const dot = key?.lastIndexOf('.') ?? -1;
    const first = key?.indexOf('.') ?? -1;
    if (!key || dot <= 0) continue;
    const lowered = `${key.slice(0, first).toLowerCase()}${key.slice(first, dot)}.${key.slice(dot + 1).toLowerCase()}`;
    out.push([lowered, env[`GIT_CONFIG_VALUE_${k}`] ?? '']);
  }
  return out;
}

/** The last value of `key`, as git takes it. */
export function lastValue(entries: ConfigEntry[], key: string): string | true | undefined {
  for (let k = entries.length - 1; k >= 0; k--) if (entries[k]![0] === key) return entries[k]![1];
  return undefined;
}

export function isTrue(value: string | true | undefined): boolean {
  return value === true || (typeof value === 'string' && /^(true|yes|on|1)$/i.test(value.trim()));
}
